package store

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

func TestLetterNumbersPerYear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	MustSaveSchool(t, db, validSchool())
	ps := MustSavePartnership(t, db, "Magang Guru", "")

	number := func(kind string, date time.Time) string {
		return MustIssue(t, db, ps.ID, kind, date).Number
	}
	got := []string{
		number("permohonan", day(2026, 1, 5)),
		number("undangan", day(2026, 2, 10)),
		number("pemberitahuan", day(2026, 11, 26)),
		number("permohonan", day(2027, 1, 4)), // a new year starts at 1
		number("undangan", day(2026, 12, 30)), // 2026 goes on at 4
	}
	want := []string{
		"001/421.3/SMPN1-BDG/I/2026",
		"002/421.3/SMPN1-BDG/II/2026",
		"003/421.3/SMPN1-BDG/XI/2026",
		"001/421.3/SMPN1-BDG/I/2027",
		"004/421.3/SMPN1-BDG/XII/2026",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("letter %d: %q, want %q", i+1, got[i], want[i])
		}
	}

	// a deleted partnership does not give its numbers back, nor does reopening
	if err := db.DeletePartnership(ps.ID); err != nil {
		t.Fatal(err)
	}
	MustClose(t, db)
	db = MustOpen(t, path)
	ps2 := MustSavePartnership(t, db, "Kelas Industri", "")
	if n := MustIssue(t, db, ps2.ID, "permohonan", day(2026, 12, 31)).Number; n != "005/421.3/SMPN1-BDG/XII/2026" {
		t.Errorf("after delete and reopen: %q, want 005/…/2026", n)
	}
}

// The school's own pattern is used; without a saved profile, the default one.
func TestLetterNumberPattern(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Literasi", "")
	if n := MustIssue(t, db, ps.ID, "permohonan", day(2026, 4, 1)).Number; n != "001/421.3/IV/2026" {
		t.Errorf("without a profile: %q", n)
	}
	s := validSchool()
	s.LetterPattern = "{kode}/{no}/{sekolah}/{tahun}"
	s.LetterCode = "800"
	MustSaveSchool(t, db, s)
	if n := MustIssue(t, db, ps.ID, "permohonan", day(2026, 4, 2)).Number; n != "800/002/SMPN1-BDG/2026" {
		t.Errorf("with the school's pattern: %q", n)
	}
}

func TestIssueLetterNumberUnknownPartnership(t *testing.T) {
	db := MustOpenTemp(t)
	_, err := db.IssueLetterNumber(model.NewID(day(2026, 1, 1)), "permohonan", day(2026, 1, 1))
	if !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("IssueLetterNumber: %v, want model.ErrNotFound", err)
	}
	// nothing was counted
	ps := MustSavePartnership(t, db, "Literasi", "")
	if n := MustIssue(t, db, ps.ID, "permohonan", day(2026, 1, 2)).Number; !strings.HasPrefix(n, "001/") {
		t.Errorf("first number after a refused one: %q", n)
	}
}

func TestIssueLetterNumberConcurrent(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	a := MustSavePartnership(t, db, "A", "")
	b := MustSavePartnership(t, db, "B", "")

	const n = 20
	numbers := make(chan string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := a.ID
			if i%2 == 1 {
				id = b.ID
			}
			l, err := db.IssueLetterNumber(id, "permohonan", day(2026, 8, 17))
			if err != nil {
				t.Error(err)
				return
			}
			numbers <- l.Number
		}()
	}
	wg.Wait()
	close(numbers)

	seen := map[string]bool{}
	for num := range numbers {
		if seen[num] {
			t.Errorf("number %s given twice", num)
		}
		seen[num] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct numbers, want %d", len(seen), n)
	}
	c, err := db.Counts()
	if err != nil || c.Letters != n {
		t.Errorf("Counts: %+v, %v; want %d letters recorded", c, err, n)
	}
	if seen["020/421.3/SMPN1-BDG/VIII/2026"] != true || seen["021/421.3/SMPN1-BDG/VIII/2026"] {
		t.Errorf("numbers are not 001 … 020: %v", seen)
	}
}

func TestSetLetterCode(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Literasi", "")
	l := MustIssue(t, db, ps.ID, "permohonan", day(2026, 1, 2))
	if err := db.SetLetterCode(ps.ID, l.Number, "ABC123"); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Partnership(ps.ID)
	if got.Letters[0].Code != "ABC123" {
		t.Errorf("code = %q", got.Letters[0].Code)
	}
	if err := db.SetLetterCode(ps.ID, "999/X/2026", "Z"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("unknown number: %v, want model.ErrNotFound", err)
	}
}

func TestLetterCounterStoredBigEndian(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Literasi", "")
	for i := 0; i < 3; i++ {
		MustIssue(t, db, ps.ID, "permohonan", day(2026, 1, 2))
	}
	_ = db.view(func(tx *bolt.Tx) error {
		v, err := get(tx.Bucket(bucketCounters), bucketCounters, []byte("letter/2026"))
		if err != nil || string(v) != "\x00\x00\x00\x00\x00\x00\x00\x03" {
			t.Errorf("counter letter/2026 = %x, want 3 as uint64 big-endian", v)
		}
		return nil
	})
}

func TestNextLetterSequencePeeksWithoutTaking(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	ps := MustSavePartnership(t, db, "Magang Guru", "")
	if n, err := db.NextLetterSequence(2026); err != nil || n != 1 {
		t.Fatalf("next of an unused year: %d, %v; want 1", n, err)
	}
	MustIssue(t, db, ps.ID, "permohonan", day(2026, 3, 1))
	MustIssue(t, db, ps.ID, "permohonan", day(2026, 4, 1))
	for range 2 { // asking twice takes nothing
		if n, err := db.NextLetterSequence(2026); err != nil || n != 3 {
			t.Fatalf("next after two letters: %d, %v; want 3", n, err)
		}
	}
	if n := MustIssue(t, db, ps.ID, "permohonan", day(2026, 5, 1)).Number; n[:4] != "003/" {
		t.Errorf("the next letter got %q, want 003/…", n)
	}
}
