package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// School returns the school's profile, or model.NewSchool() when none is saved yet.
func (db *DB) School() (model.School, error) {
	var s model.School
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		s, err = getSchool(tx)
		return err
	})
	return s, err
}

// SaveSchool validates the profile and saves it with UpdatedAt set to now. An invalid
// profile is returned as model.Problems and nothing is saved.
func (db *DB) SaveSchool(s model.School) error {
	if p := s.Validate(); p != nil {
		return p
	}
	s.UpdatedAt = db.stamp()
	return db.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketSchool), keyProfile, s)
	})
}

// getSchool reads the profile inside tx; the defaults when none is saved.
func getSchool(tx *bolt.Tx) (model.School, error) {
	v := tx.Bucket(bucketSchool).Get(keyProfile)
	if v == nil {
		return model.NewSchool(), nil
	}
	var s model.School
	err := decode(bucketSchool, keyProfile, v, &s)
	return s, err
}
