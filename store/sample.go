package store

import (
	"errors"
	"time"

	"github.com/kemitraan/kemitraan/model/demo"
)

// ErrNotEmpty is returned by LoadSample when the file already holds partners or
// partnerships: sample data goes only into an empty file.
var ErrNotEmpty = errors.New("berkas data sudah berisi data; contoh data hanya diisikan ke berkas kosong")

// LoadSample fills an empty file with the sample data of model/demo on the day now
// (the school profile, its partners, its partnerships and their timelines), in one
// transaction. The welcome of the first start offers it.
func (db *DB) LoadSample(now time.Time) error {
	c, err := db.Counts()
	if err != nil {
		return err
	}
	if c.Partners > 0 || c.Partnerships > 0 {
		return ErrNotEmpty
	}
	d := demo.Dataset(now)
	return db.Load(Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships, Events: demo.Timeline(d), LetterCounters: d.LetterCounters})
}
