package store

import (
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Partnerships returns every partnership, the most recently changed first.
func (db *DB) Partnerships() ([]model.Partnership, error) {
	var list []model.Partnership
	err := db.view(func(tx *bolt.Tx) error {
		return eachPartnership(tx, func(ps model.Partnership) error {
			list = append(list, ps)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].UpdatedAt, list[j].UpdatedAt
		if !a.Equal(b) {
			return a.After(b)
		}
		return list[i].ID > list[j].ID
	})
	return list, nil
}

// Partnership returns the partnership with the given ID, or an error wrapping
// model.ErrNotFound.
func (db *DB) Partnership(id model.ID) (model.Partnership, error) {
	var ps model.Partnership
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		ps, err = getPartnership(tx, id)
		return err
	})
	return ps, err
}

// SavePartnership validates the partnership and saves it, with the given timeline
// events, in one transaction: either all of it is written or nothing. One without an
// ID is new: it gets an ID, CreatedAt and a model.EventCreated event at CreatedAt.
// UpdatedAt is set to now; StageSince is set to now when the stage changed and
// StageSince did not. A PartnerID must name a saved partner (else the error wraps
// model.ErrNotFound).
//
// Events without a partnership get p's (so the events of a new partnership can be
// made before it has an ID); without a stage, p's stage; without a time, now. An event
// for another partnership is refused.
//
// The letters are the store's own record: they change only through IssueLetter,
// RegisterLetter and SetLetterDocument, so saving a copy read before a letter was
// issued does not lose that letter — except the agreement's numbers, which the save
// records in the register (a number another letter holds is refused at its field, as
// model.Problems). On success p holds what was saved, letters included.
func (db *DB) SavePartnership(p *model.Partnership, events ...model.Event) error {
	if problems := p.Validate(); problems != nil {
		return problems
	}
	for _, e := range events {
		if err := checkEvent(e); err != nil {
			return err
		}
		if e.PartnershipID != "" && e.PartnershipID != p.ID {
			return invalid("kemitraan %q: peristiwa untuk kemitraan lain (%s)", p.Title, e.PartnershipID)
		}
	}
	rec := *p
	now := db.stamp()
	err := db.update(func(tx *bolt.Tx) error {
		if err := checkPartner(tx, rec); err != nil {
			return err
		}
		var created []model.Event
		if rec.ID == "" {
			rec.ID = model.NewID(now)
			rec.CreatedAt = now
			rec.StageSince = now
			rec.Letters = nil
			created = append(created, model.CreatedEvent(rec.ID, rec.Stage, now))
		} else {
			old, err := getPartnership(tx, rec.ID)
			if err != nil {
				return err
			}
			rec.CreatedAt = old.CreatedAt
			rec.Letters = old.Letters
			if rec.StageSince.IsZero() || rec.Stage != old.Stage && rec.StageSince.Equal(old.StageSince) {
				rec.StageSince = now
			}
		}
		if err := reconcileAgreementLetters(tx, &rec, now); err != nil {
			return err
		}
		rec.UpdatedAt = now
		if err := putPartnership(tx, rec); err != nil {
			return err
		}
		for _, e := range append(created, events...) {
			if err := putEvent(tx, fillEvent(e, rec.ID, rec.Stage, now)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	*p = rec
	return nil
}

// SaveExtension saves the two periods of an extended partnership and the events of
// the extension in one transaction, as model's Extend leaves them: old is the saved
// partnership whose review decided to extend it, next the new period, not saved yet,
// with its ID already given; they must name each other (old.NextID, next.PreviousID).
// Both get UpdatedAt now. next gets a model.EventCreated event unless events hold one.
// On success old and next hold what was saved.
func (db *DB) SaveExtension(old, next *model.Partnership, events []model.Event) error {
	for _, ps := range []*model.Partnership{old, next} {
		if problems := ps.Validate(); problems != nil {
			return fmt.Errorf("kemitraan %q: %w", ps.Title, problems)
		}
	}
	if !next.ID.Valid() {
		return invalid("periode baru %q: ID %q tidak valid", next.Title, next.ID)
	}
	if old.ID == "" || old.NextID != next.ID || next.PreviousID != old.ID {
		return invalid("kemitraan %q: periode lama dan baru tidak saling terhubung", old.Title)
	}
	hasCreated := false
	for _, e := range events {
		if err := checkEvent(e); err != nil {
			return err
		}
		if e.PartnershipID != old.ID && e.PartnershipID != next.ID {
			return invalid("kemitraan %q: peristiwa untuk kemitraan lain (%q)", old.Title, e.PartnershipID)
		}
		hasCreated = hasCreated || e.PartnershipID == next.ID && e.Kind == model.EventCreated
	}
	recOld, recNext := *old, *next
	now := db.stamp()
	err := db.update(func(tx *bolt.Tx) error {
		stored, err := getPartnership(tx, recOld.ID)
		if err != nil {
			return err
		}
		if stored.NextID != "" && stored.NextID != recNext.ID {
			return invalid("kemitraan %q sudah diperpanjang (%s)", stored.Title, stored.NextID)
		}
		if tx.Bucket(bucketPartnerships).Get([]byte(recNext.ID)) != nil {
			return invalid("periode baru %s sudah tersimpan", recNext.ID)
		}
		for _, ps := range []model.Partnership{recOld, recNext} {
			if err := checkPartner(tx, ps); err != nil {
				return err
			}
		}
		recOld.CreatedAt = stored.CreatedAt
		recOld.Letters = stored.Letters
		recOld.UpdatedAt = now
		if recNext.CreatedAt.IsZero() {
			recNext.CreatedAt = now
		}
		if recNext.StageSince.IsZero() {
			recNext.StageSince = recNext.CreatedAt
		}
		recNext.Letters = nil
		recNext.UpdatedAt = now
		if err := putPartnership(tx, recOld); err != nil {
			return err
		}
		if err := putPartnership(tx, recNext); err != nil {
			return err
		}
		if !hasCreated {
			events = append(events, model.CreatedEvent(recNext.ID, recNext.Stage, recNext.CreatedAt))
		}
		for _, e := range events {
			stage := recOld.Stage
			if e.PartnershipID == recNext.ID {
				stage = recNext.Stage
			}
			if err := putEvent(tx, fillEvent(e, e.PartnershipID, stage, now)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	*old, *next = recOld, recNext
	return nil
}

// checkPartner refuses a partnership whose partner is not in the file.
func checkPartner(tx *bolt.Tx, ps model.Partnership) error {
	if ps.PartnerID != "" && tx.Bucket(bucketPartners).Get([]byte(ps.PartnerID)) == nil {
		return fmt.Errorf("kemitraan %q: mitra %s: %w", ps.Title, ps.PartnerID, model.ErrNotFound)
	}
	return nil
}

// DeletePartnership deletes the partnership with its timeline, its attachments, its
// students' activities and the record of its letters. The letter numbers it was given
// are not handed out again.
func (db *DB) DeletePartnership(id model.ID) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPartnerships)
		if b.Get([]byte(id)) == nil {
			return fmt.Errorf("kemitraan %s: %w", id, model.ErrNotFound)
		}
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSummaries).Delete([]byte(id)); err != nil {
			return err
		}
		if _, err := deletePrefix(tx.Bucket(bucketEvents), []byte(id)); err != nil {
			return err
		}
		if _, err := deletePrefix(tx.Bucket(bucketStudentActivities), []byte(id)); err != nil {
			return err
		}
		keys, err := deletePrefix(tx.Bucket(bucketAttachments), []byte(id))
		if err != nil {
			return err
		}
		data := tx.Bucket(bucketAttachmentData)
		for _, k := range keys {
			if err := data.Delete(k[idLen:]); err != nil {
				return err
			}
		}
		return nil
	})
}

func getPartnership(tx *bolt.Tx, id model.ID) (model.Partnership, error) {
	var ps model.Partnership
	v := tx.Bucket(bucketPartnerships).Get([]byte(id))
	if v == nil {
		return ps, fmt.Errorf("kemitraan %s: %w", id, model.ErrNotFound)
	}
	err := decode(bucketPartnerships, []byte(id), v, &ps)
	return ps, err
}

// putPartnership writes the partnership and its summary.
func putPartnership(tx *bolt.Tx, ps model.Partnership) error {
	if err := putJSON(tx.Bucket(bucketPartnerships), []byte(ps.ID), ps); err != nil {
		return err
	}
	return putJSON(tx.Bucket(bucketSummaries), []byte(ps.ID), summarize(ps))
}

// eachPartnership calls fn with every partnership in ID (creation) order.
func eachPartnership(tx *bolt.Tx, fn func(model.Partnership) error) error {
	return tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
		var ps model.Partnership
		if err := decode(bucketPartnerships, k, v, &ps); err != nil {
			return err
		}
		return fn(ps)
	})
}
