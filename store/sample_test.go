package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

// loadSample loads model/demo's sample as the programs' mains do (the store itself
// does not know the sample).
func loadSample(db *DB, now time.Time) error {
	d := demo.Dataset(now)
	return db.LoadIntoEmpty(Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.Timeline(d), LetterCounters: d.LetterCounters})
}

func TestLoadSample(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)
	if err := loadSample(db, now); err != nil {
		t.Fatal(err)
	}
	c, err := db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Partnerships <= 10 || c.Partners == 0 || c.Events == 0 {
		t.Errorf("after loading the sample: %+v", c)
	}
	if s, err := db.School(); err != nil || s.Name == "" {
		t.Errorf("school %q, %v", s.Name, err)
	}
	if err := loadSample(db, now); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("second load: %v, want ErrNotEmpty", err)
	}
}

// TestSampleNumbersAreNotGivenAgain: the sample agreements carry school letter numbers;
// the next letter the school prints gets a number above all of them.
func TestSampleNumbersAreNotGivenAgain(t *testing.T) {
	db := MustOpen(t, filepath.Join(t.TempDir(), "kemitraan.db"))
	now := time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)
	if err := loadSample(db, now); err != nil {
		t.Fatal(err)
	}
	school, err := db.School()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := db.Partnerships()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, p := range ps {
		if n := p.Agreement.SchoolNumber; n != "" {
			used[n] = true
		}
	}
	if len(used) == 0 {
		t.Fatal("the sample has no numbered agreement")
	}
	for year := 2024; year <= 2027; year++ {
		next, err := db.NextLetterSequence(year)
		if err != nil {
			t.Fatal(err)
		}
		for seq := next; seq < next+40; seq++ {
			for m := time.January; m <= time.December; m++ {
				if n := model.FormatLetterNumber(school, seq, time.Date(year, m, 1, 0, 0, 0, 0, time.Local)); used[n] {
					t.Fatalf("the counter of %d would give %s again", year, n)
				}
			}
		}
	}
}

// TestLoadRaisesLetterCountersOnly: loaded counters raise the file's, never lower them.
func TestLoadRaisesLetterCountersOnly(t *testing.T) {
	db := MustOpen(t, filepath.Join(t.TempDir(), "kemitraan.db"))
	if err := db.Load(Records{LetterCounters: map[int]int{2026: 12}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Load(Records{LetterCounters: map[int]int{2026: 5, 2027: 3}}); err != nil {
		t.Fatal(err)
	}
	for year, want := range map[int]int{2026: 13, 2027: 4, 2028: 1} {
		if got, err := db.NextLetterSequence(year); err != nil || got != want {
			t.Errorf("next letter of %d: %d, %v; want %d", year, got, err, want)
		}
	}
}
