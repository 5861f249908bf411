package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

func TestCheckCounts(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	p1 := MustSavePartner(t, db, "CV Maju")
	MustSavePartner(t, db, "PT Sejahtera")
	a := MustSavePartnership(t, db, "A", p1.ID)
	MustSavePartnership(t, db, "B", "")
	MustSavePartnership(t, db, "C", p1.ID)
	MustIssue(t, db, a.ID, "permohonan", day(2026, 1, 2))
	MustIssue(t, db, a.ID, "undangan", day(2026, 1, 3))

	// each partnership has its "dibuat" event
	want := Counts{SchemaVersion: SchemaVersion, Partners: 2, Partnerships: 3, Letters: 2, Events: 3}
	got, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Check() = %+v, want %+v", got, want)
	}
	if got, err := db.Counts(); err != nil || got != want {
		t.Errorf("Counts() = %+v, %v; want %+v", got, err, want)
	}
}

// A record without its checksum is reported, named.
func TestCheckDamagedRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := MustSavePartner(t, db, "CV Maju")
	MustClose(t, db)
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPartners).Put([]byte(p.ID), []byte(`{"name": "CV Ma`))
	})

	db = MustOpen(t, path)
	_, err := db.Check()
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("Check: %v, want ErrDamaged", err)
	}
	if !strings.Contains(err.Error(), "mitra "+string(p.ID)) {
		t.Errorf("message %q should name the record", err)
	}
	// reading it says the same
	if _, err := db.Partners(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Partners: %v, want ErrDamaged", err)
	}
}

// Garbage over the pages after the meta pages: Open or Check says damaged, and the
// program does not crash.
func TestCheckDamagedPages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	fill(t, db, 100)
	MustClose(t, db)

	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := f.Stat()
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 1024))
	for off := int64(2 * 4096); off+int64(len(junk)) <= info.Size(); off += 3 * 4096 {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
	_ = f.Close()

	db, err = Open(path)
	if err == nil {
		_, err = db.Check()
		_ = db.Close()
	}
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open/Check: %v, want ErrDamaged", err)
	}
}

// An event that does not decode, and attachment data without its attachment, are
// reported, named.
func TestCheckDamagedEventAndAttachment(t *testing.T) {
	for _, tc := range []struct {
		bucket []byte
		says   string
		damage func(tx *bolt.Tx, ps model.Partnership) error
	}{
		{bucketEvents, "peristiwa kemitraan", func(tx *bolt.Tx, ps model.Partnership) error {
			return tx.Bucket(bucketEvents).Put(eventKey(ps.ID, day(2026, 1, 1), 99), []byte(`{"kind":`))
		}},
		{bucketAttachmentData, "isi lampiran", func(tx *bolt.Tx, _ model.Partnership) error {
			return tx.Bucket(bucketAttachmentData).Put([]byte("01KP0B8T00G4G4N1ERT9"), []byte("%PDF"))
		}},
		{bucketSummaries, "ringkasan", func(tx *bolt.Tx, ps model.Partnership) error {
			return tx.Bucket(bucketSummaries).Delete([]byte(ps.ID))
		}},
	} {
		t.Run(string(tc.bucket), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kemitraan.db")
			db := MustOpen(t, path)
			ps := MustSavePartnership(t, db, "A", "")
			MustClose(t, db)
			writeBolt(t, path, func(tx *bolt.Tx) error { return tc.damage(tx, ps) })
			_, err := MustOpen(t, path).Check()
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("Check: %v, want ErrDamaged naming %s", err, tc.says)
			}
		})
	}
}
