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
}

// Load puts the records into the file in one transaction, keeping their IDs and
// timestamps (sample data, and later bundles from another PC of the school). Every
// record must be valid and have an ID, and every partnership's partner must be in the
// file or among the records; otherwise nothing is written.
func (db *DB) Load(r Records) error {
	if r.School != nil {
		if problems := r.School.Validate(); problems != nil {
			return fmt.Errorf("profil sekolah: %w", problems)
		}
	}
	for _, p := range r.Partners {
		if !p.ID.Valid() {
			return fmt.Errorf("mitra %q: ID %q tidak valid", p.Name, p.ID)
		}
		if problems := p.Validate(); problems != nil {
			return fmt.Errorf("mitra %q: %w", p.Name, problems)
		}
	}
	for _, ps := range r.Partnerships {
		if !ps.ID.Valid() {
			return fmt.Errorf("kemitraan %q: ID %q tidak valid", ps.Title, ps.ID)
		}
		if problems := ps.Validate(); problems != nil {
			return fmt.Errorf("kemitraan %q: %w", ps.Title, problems)
		}
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
			if ps.PartnerID != "" && partners.Get([]byte(ps.PartnerID)) == nil {
				return fmt.Errorf("kemitraan %q: mitra %s: %w", ps.Title, ps.PartnerID, model.ErrNotFound)
			}
			if err := putPartnership(tx, ps); err != nil {
				return err
			}
		}
		return nil
	})
}
