package store

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestOpenCreatesFileAndFolders(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "kemitraan.db")
	db := MustOpen(t, path)
	if db.Path() != path {
		t.Errorf("Path() = %q, want %q", db.Path(), path)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", info.Mode().Perm())
	}
	c, err := db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c != (Counts{SchemaVersion: SchemaVersion}) {
		t.Errorf("Counts of a new file = %+v", c)
	}
}

func TestOpenRelativePathIsAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	db := MustOpen(t, "data.db")
	if !filepath.IsAbs(db.Path()) || filepath.Base(db.Path()) != "data.db" {
		t.Errorf("Path() = %q, want an absolute path to data.db", db.Path())
	}
}

// A second Open of a held file, even from this process, fails with ErrLocked
// within about a second: bbolt's flock belongs to the open file, so the second open
// waits as another process's would.
func TestOpenLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	MustOpen(t, path)

	start := time.Now()
	db2, err := Open(path)
	elapsed := time.Since(start)
	if err == nil {
		_ = db2.Close()
		t.Fatal("second Open of a held file succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if elapsed > 2*time.Second {
		t.Errorf("second Open took %v, want about a second", elapsed)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "program lain") {
		t.Errorf("message %q should name the file and say another program has it", err)
	}
}

func TestOpenAfterCloseSucceeds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	MustClose(t, db)
	MustOpen(t, path)
}

// writeBolt makes a bbolt file at path as fn leaves it.
func writeBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	MustClose(t, MustOpen(t, path))
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte("99"))
	})
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	db, err := Open(path)
	if err == nil {
		_ = db.Close()
		t.Fatal("Open of a version 99 file succeeded")
	}
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open: %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "perbarui aplikasi") {
		t.Errorf("message %q should say to update the program", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("refusing a newer file changed it")
	}
	// the file was closed: it can be opened again at once
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("file still held after the refusal: %v", err)
	}
	_ = bdb.Close()
}

func TestOpenDamaged(t *testing.T) {
	random := func(n int) []byte {
		b := make([]byte, n)
		_, _ = rand.Read(b)
		return b
	}
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
	}{
		{"random bytes", func(t *testing.T, path string) { mustWrite(t, path, random(64<<10)) }},
		{"a few bytes", func(t *testing.T, path string) { mustWrite(t, path, []byte("bukan berkas data")) }},
		{"text file", func(t *testing.T, path string) {
			mustWrite(t, path, []byte(strings.Repeat("Nama,NPSN\nSMPN 1,20219123\n", 2000)))
		}},
		{"truncated", func(t *testing.T, path string) {
			db := MustOpen(t, path)
			fill(t, db, 200)
			MustClose(t, db)
			truncateTo(t, path, 3*4096)
		}},
		{"bbolt file of another program", func(t *testing.T, path string) {
			writeBolt(t, path, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("widgets"))
				if err != nil {
					return err
				}
				return b.Put([]byte("a"), []byte("b"))
			})
		}},
		{"bad schema version", func(t *testing.T, path string) {
			MustClose(t, MustOpen(t, path))
			writeBolt(t, path, func(tx *bolt.Tx) error {
				return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte("satu"))
			})
		}},
		{"missing bucket", func(t *testing.T, path string) {
			MustClose(t, MustOpen(t, path))
			writeBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketPartners) })
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kemitraan.db")
			tt.write(t, path)
			db, err := Open(path)
			if err == nil {
				_, err = db.Check()
				_ = db.Close()
			}
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Open/Check: %v, want ErrDamaged", err)
			}
			t.Log(err)
			if !strings.Contains(err.Error(), path) {
				t.Errorf("message %q should name the file", err)
			}
		})
	}
}

// An empty data file (a full disk leaves one) is never taken for a new one (#13.5):
// Open says so, wrapping ErrDamaged so that the window offers the newest backup,
// and leaves the file as it is.
func TestOpenEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	mustWrite(t, path, nil)
	db, err := Open(path)
	if err == nil {
		_ = db.Close()
		t.Fatal("an empty file opened")
	}
	if !errors.Is(err, ErrEmptyFile) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "0 bita") {
		t.Fatalf("Open: %v, want ErrEmptyFile", err)
	}
	if st, err := os.Stat(path); err != nil || st.Size() != 0 {
		t.Errorf("the empty file changed: %v, %v", st, err)
	}
	if _, err := Inspect(path); !errors.Is(err, ErrEmptyFile) {
		t.Errorf("Inspect: %v, want ErrEmptyFile", err)
	}
}

func mustWrite(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func truncateTo(t *testing.T, path string, size int64) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() <= size {
		t.Fatalf("file is %d bytes, cannot cut it to %d", info.Size(), size)
	}
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}

// fill saves n partners and a partnership for each.
func fill(t *testing.T, db *DB, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		p := MustSavePartner(t, db, "Mitra "+strings.Repeat("x", i%50))
		MustSavePartnership(t, db, "Kemitraan "+string(p.ID), p.ID)
	}
}
