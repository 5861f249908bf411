package store

import (
	"fmt"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Partners returns every partner, sorted by name without regard to case.
func (db *DB) Partners() ([]model.Partner, error) {
	var list []model.Partner
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		list, err = allPartners(tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := strings.ToLower(list[i].Name), strings.ToLower(list[j].Name)
		if a != b {
			return a < b
		}
		return list[i].ID < list[j].ID
	})
	return list, nil
}

// Partner returns the partner with the given ID, or an error wrapping
// model.ErrNotFound.
func (db *DB) Partner(id model.ID) (model.Partner, error) {
	var p model.Partner
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		p, err = getPartner(tx, id)
		return err
	})
	return p, err
}

// SavePartner validates the partner and saves it. A partner without an ID is new: it
// gets an ID and CreatedAt. UpdatedAt is set to now. On success p holds what was saved;
// an invalid partner is returned as model.Problems and nothing is saved. Saving a
// partner whose ID is not in the file fails with model.ErrNotFound (it was deleted).
func (db *DB) SavePartner(p *model.Partner) error {
	if problems := p.Validate(); problems != nil {
		return problems
	}
	rec := *p
	now := db.stamp()
	err := db.update(func(tx *bolt.Tx) error {
		if rec.ID == "" {
			rec.ID = model.NewID(now)
			rec.CreatedAt = now
		} else {
			old, err := getPartner(tx, rec.ID)
			if err != nil {
				return err
			}
			rec.CreatedAt = old.CreatedAt
		}
		rec.UpdatedAt = now
		return putJSON(tx.Bucket(bucketPartners), []byte(rec.ID), rec)
	})
	if err != nil {
		return err
	}
	*p = rec
	return nil
}

// DeletePartner deletes the partner. It refuses, with an error wrapping
// model.ErrPartnerInUse, while a partnership names the partner.
func (db *DB) DeletePartner(id model.ID) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPartners)
		if b.Get([]byte(id)) == nil {
			return fmt.Errorf("mitra %s: %w", id, model.ErrNotFound)
		}
		// the summaries name the partner: no full record is read
		var used []string
		err := tx.Bucket(bucketSummaries).ForEach(func(k, v []byte) error {
			var s Summary
			if err := decode(bucketSummaries, k, v, &s); err != nil {
				return err
			}
			if s.PartnerID == id {
				used = append(used, s.Title)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(used) > 0 {
			return fmt.Errorf("mitra %s (%s): %w", id, strings.Join(used, ", "), model.ErrPartnerInUse)
		}
		return b.Delete([]byte(id))
	})
}

func getPartner(tx *bolt.Tx, id model.ID) (model.Partner, error) {
	var p model.Partner
	v := tx.Bucket(bucketPartners).Get([]byte(id))
	if v == nil {
		return p, fmt.Errorf("mitra %s: %w", id, model.ErrNotFound)
	}
	err := decode(bucketPartners, []byte(id), v, &p)
	return p, err
}

// allPartners returns the partners in ID (creation) order.
func allPartners(tx *bolt.Tx) ([]model.Partner, error) {
	b := tx.Bucket(bucketPartners)
	var list []model.Partner
	err := b.ForEach(func(k, v []byte) error {
		var p model.Partner
		if err := decode(bucketPartners, k, v, &p); err != nil {
			return err
		}
		list = append(list, p)
		return nil
	})
	return list, err
}
