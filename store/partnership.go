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

// SavePartnership validates the partnership and saves it. One without an ID is new: it
// gets an ID and CreatedAt. UpdatedAt is set to now. A PartnerID must name a saved
// partner (else the error wraps model.ErrNotFound).
//
// The letters are the store's own record: they change only through IssueLetterNumber
// and SetLetterCode, so saving a copy read before a letter was issued does not lose
// that letter. On success p holds what was saved, letters included.
func (db *DB) SavePartnership(p *model.Partnership) error {
	if problems := p.Validate(); problems != nil {
		return problems
	}
	rec := *p
	now := db.stamp()
	err := db.update(func(tx *bolt.Tx) error {
		if rec.PartnerID != "" {
			if tx.Bucket(bucketPartners).Get([]byte(rec.PartnerID)) == nil {
				return fmt.Errorf("kemitraan %q: mitra %s: %w", rec.Title, rec.PartnerID, model.ErrNotFound)
			}
		}
		if rec.ID == "" {
			rec.ID = model.NewID(now)
			rec.CreatedAt = now
			rec.Letters = nil
		} else {
			old, err := getPartnership(tx, rec.ID)
			if err != nil {
				return err
			}
			rec.CreatedAt = old.CreatedAt
			rec.Letters = old.Letters
		}
		rec.UpdatedAt = now
		return putPartnership(tx, rec)
	})
	if err != nil {
		return err
	}
	*p = rec
	return nil
}

// DeletePartnership deletes the partnership and the record of its letters. The letter
// numbers it was given are not handed out again.
func (db *DB) DeletePartnership(id model.ID) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPartnerships)
		if b.Get([]byte(id)) == nil {
			return fmt.Errorf("kemitraan %s: %w", id, model.ErrNotFound)
		}
		return b.Delete([]byte(id))
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

func putPartnership(tx *bolt.Tx, ps model.Partnership) error {
	return putJSON(tx.Bucket(bucketPartnerships), []byte(ps.ID), ps)
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
