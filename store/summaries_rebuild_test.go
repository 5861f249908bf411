package store

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// A file whose summaries an older program wrote (without the reminders' fields) has
// them rewritten when it is opened, and then passes Check.
func TestOpenRebuildsOldSummaries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lama.db")
	db := MustOpen(t, path)
	partner := MustSavePartner(t, db, "PT Maju")
	var ids []model.ID
	for _, title := range []string{"Kebun sekolah", "Pojok baca"} {
		ps := MustSavePartnership(t, db, title, partner.ID)
		ps.Agreement.NoticeDays = 45
		ps.Activities = []model.Activity{{Title: "Tanam", Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Status: model.ActivityPlanned}}
		if err := db.SavePartnership(&ps); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ps.ID)
	}
	// write the summaries as the older program did: without the new fields
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSummaries)
		return b.ForEach(func(k, v []byte) error {
			var old map[string]any
			if err := decode(bucketSummaries, k, v, &old); err != nil {
				return err
			}
			for _, f := range []string{"notice_days", "evaluation_months", "last_evaluation", "ratings", "planned"} {
				delete(old, f)
			}
			return putJSON(b, k, old)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Check(); err == nil {
		t.Fatal("Check passes with old summaries; the test does not make them old")
	}
	MustClose(t, db)

	db = MustOpen(t, path)
	defer MustClose(t, db)
	if _, err := db.Check(); err != nil {
		t.Fatalf("Check after opening: %v", err)
	}
	list, err := db.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.NoticeDays != 45 || s.EvaluationMonths != 3 || len(s.Planned) != 1 {
			t.Errorf("summary %s not rebuilt: %+v", s.ID, s)
		}
	}
	if len(list) != len(ids) {
		t.Errorf("%d summaries, want %d", len(list), len(ids))
	}
}
