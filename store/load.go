package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Records are whole records to put into the file as they are: IDs and times kept.
type Records struct {
	School       *model.School
	Partners     []model.Partner
	Partnerships []model.Partnership
	// Events are written as they are; an event equal to one already stored at the same
	// nanosecond is skipped, so loading the same records twice does not double a timeline.
	Events []model.Event
	// Attachments keep their IDs, names and Added times; Size and Type are taken from
	// the data.
	Attachments []AttachmentFile
	// LetterCounters are the last letter numbers the records used, by year: a
	// counter below one is raised to it, so no number is given twice; none is lowered.
	LetterCounters map[int]int
	// StudentActivities of an SMK keep their IDs and times; their partnerships must
	// be in the file or among the records.
	StudentActivities []model.StudentActivity
}

// Load puts the records into the file in one transaction, keeping their IDs and
// timestamps (sample data, and later bundles from another PC of the school). Every
// record must be valid and have an ID, every partnership's partner must be in the
// file or among the records, and every event's and attachment's partnership too;
// otherwise nothing is written.
func (db *DB) Load(r Records) error {
	if r.School != nil {
		if problems := r.School.Validate(); problems != nil {
			return fmt.Errorf("profil sekolah: %w", problems)
		}
	}
	for _, p := range r.Partners {
		if !p.ID.Valid() {
			return invalid("mitra %q: ID %q tidak valid", p.Name, p.ID)
		}
		if problems := p.Validate(); problems != nil {
			return fmt.Errorf("mitra %q: %w", p.Name, problems)
		}
	}
	for _, ps := range r.Partnerships {
		if !ps.ID.Valid() {
			return invalid("kemitraan %q: ID %q tidak valid", ps.Title, ps.ID)
		}
		if problems := ps.Validate(); problems != nil {
			return fmt.Errorf("kemitraan %q: %w", ps.Title, problems)
		}
	}
	for _, e := range r.Events {
		if err := checkEvent(e); err != nil {
			return fmt.Errorf("peristiwa kemitraan %s: %w", e.PartnershipID, err)
		}
		if !e.PartnershipID.Valid() || e.Time.IsZero() || !e.Stage.Valid() {
			return invalid("peristiwa %q kemitraan %q: kemitraan, waktu dan tahap wajib diisi", e.Text, e.PartnershipID)
		}
	}
	for _, a := range r.StudentActivities {
		if err := checkStoredActivity(a); err != nil {
			return fmt.Errorf("%w (%w)", ErrInvalidRequest, err)
		}
	}
	attachments := make([]AttachmentFile, len(r.Attachments))
	for i, a := range r.Attachments {
		if !a.ID.Valid() || !a.PartnershipID.Valid() {
			return invalid("lampiran %q: ID %q atau kemitraan %q tidak valid", a.Name, a.ID, a.PartnershipID)
		}
		a.Name = attachmentName(a.Name, "")
		typ, err := model.CheckAttachment(a.Name, a.Data)
		if err != nil {
			return fmt.Errorf("lampiran %q: %w", a.Name, err)
		}
		a.Type, a.Size = typ, int64(len(a.Data))
		attachments[i] = a
	}
	return db.update(func(tx *bolt.Tx) error {
		if r.School != nil {
			if err := putJSON(tx.Bucket(bucketSchool), keyProfile, *r.School); err != nil {
				return err
			}
		}
		partners := tx.Bucket(bucketPartners)
		for _, p := range r.Partners {
			if err := putJSON(partners, []byte(p.ID), p); err != nil {
				return err
			}
		}
		for _, ps := range r.Partnerships {
			if err := checkPartner(tx, ps); err != nil {
				return err
			}
			if err := putPartnership(tx, ps); err != nil {
				return err
			}
		}
		partnerships := tx.Bucket(bucketPartnerships)
		for _, e := range r.Events {
			if partnerships.Get([]byte(e.PartnershipID)) == nil {
				return fmt.Errorf("peristiwa %q: kemitraan %s: %w", e.Text, e.PartnershipID, model.ErrNotFound)
			}
			e.Time = e.Time.Round(0)
			dup, err := hasEvent(tx, e)
			if err != nil {
				return err
			}
			if dup {
				continue
			}
			if err := putEvent(tx, e); err != nil {
				return err
			}
		}
		for _, a := range attachments {
			if partnerships.Get([]byte(a.PartnershipID)) == nil {
				return fmt.Errorf("lampiran %q: kemitraan %s: %w", a.Name, a.PartnershipID, model.ErrNotFound)
			}
			if err := putJSON(tx.Bucket(bucketAttachments), attachmentKey(a.PartnershipID, a.ID), a.Attachment); err != nil {
				return err
			}
			if err := put(tx.Bucket(bucketAttachmentData), []byte(a.ID), a.Data); err != nil {
				return err
			}
		}
		keys := activityKeys(tx)
		for _, a := range r.StudentActivities {
			if partnerships.Get([]byte(a.PartnershipID)) == nil {
				return fmt.Errorf("aktivitas peserta didik %q: kemitraan %s: %w", a.Title, a.PartnershipID, model.ErrNotFound)
			}
			if err := putStudentActivity(tx, a, keys); err != nil {
				return err
			}
		}
		for year, n := range r.LetterCounters {
			if n > model.MaxLetterNumber {
				return invalid("penghitung nomor surat %d: %d melewati batas", year, n)
			}
			if n > 0 {
				if err := raiseLetterCounter(tx, year, uint64(n)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// LoadIntoEmpty loads the records as Load does, only into a file that holds no
// partner and no partnership yet (sample data on the first start): otherwise it
// fails with ErrNotEmpty and writes nothing.
func (db *DB) LoadIntoEmpty(r Records) error {
	c, err := db.Counts()
	if err != nil {
		return err
	}
	if c.Partners > 0 || c.Partnerships > 0 {
		return fmt.Errorf("%s: %w", db.path, ErrNotEmpty)
	}
	return db.Load(r)
}
