package store

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// clock is a test clock: every reading is one minute after the previous one, so
// records saved one after another have distinct, ordered times.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)}
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Minute)
	return c.t
}

// MustOpen opens (or creates) the data file at path with a test clock; it is closed
// when the test ends.
func MustOpen(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	db.setClock(newClock().now)
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// MustOpenTemp opens a new data file in a temporary folder.
func MustOpenTemp(t testing.TB) *DB {
	t.Helper()
	return MustOpen(t, filepath.Join(t.TempDir(), "kemitraan.db"))
}

func MustClose(t testing.TB, db *DB) {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

func validSchool() model.School {
	s := model.NewSchool()
	s.Name = "SMP Negeri 1 Bandung"
	s.NPSN = "20219123"
	s.Address = "Jl. Kesatriaan No. 12"
	s.City = "Bandung"
	s.PrincipalName = "Dra. Siti Aminah, M.Pd."
	s.PrincipalNIP = "196805121993032004"
	s.ShortName = "SMPN1-BDG"
	s.LetterheadLines = []string{"PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN"}
	s.Logo = []byte("\x89PNG\r\n\x1a\n fake logo bytes \x00\x01\x02\xff")
	return s
}

func MustSaveSchool(t testing.TB, db *DB, s model.School) {
	t.Helper()
	if err := db.SaveSchool(s); err != nil {
		t.Fatalf("SaveSchool: %v", err)
	}
}

func MustSavePartner(t testing.TB, db *DB, name string) model.Partner {
	t.Helper()
	p := model.Partner{Name: name, Kind: model.KindBisnis, ContactPerson: "Budi", Email: "budi@contoh.co.id"}
	if err := db.SavePartner(&p); err != nil {
		t.Fatalf("SavePartner(%s): %v", name, err)
	}
	return p
}

func MustSavePartnership(t testing.TB, db *DB, title string, partner model.ID) model.Partnership {
	t.Helper()
	ps := model.NewPartnership()
	ps.Title = title
	ps.Need.Category = model.NeedAkademik
	ps.Need.Description = "Guru butuh pelatihan " + title
	ps.PartnerID = partner
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatalf("SavePartnership(%s): %v", title, err)
	}
	return ps
}

func MustIssue(t testing.TB, db *DB, id model.ID, kind string, date time.Time) model.Letter {
	t.Helper()
	l, err := db.IssueLetterNumber(id, kind, date)
	if err != nil {
		t.Fatalf("IssueLetterNumber(%s, %s): %v", kind, date.Format("2006-01-02"), err)
	}
	return l
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
