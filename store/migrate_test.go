package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The migration mechanism, with a made-up version 3 that adds a bucket.
func TestUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := MustSavePartner(t, db, "CV Maju")

	table := map[int]migration{2: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("made_up"))
		return err
	}}
	if err := upgrade(db, 2, 3, table); err != nil {
		t.Fatal(err)
	}
	err := db.view(func(tx *bolt.Tx) error {
		if got := string(tx.Bucket(bucketMeta).Get(keySchemaVersion)); got != "3" {
			t.Errorf("schema_version = %q, want 3", got)
		}
		if tx.Bucket([]byte("made_up")) == nil {
			t.Error("migration did not run")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Partner(p.ID); err != nil {
		t.Errorf("partner lost in the upgrade: %v", err)
	}

	// the backup is the version 2 file, complete
	old := MustOpen(t, path+".v2.bak")
	if c, err := old.Check(); err != nil || c.SchemaVersion != 2 || c.Partners != 1 {
		t.Errorf("backup: %+v, %v; want version 2 with 1 partner", c, err)
	}
}

// A failing step leaves the file as it was.
func TestUpgradeFailureChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	table := map[int]migration{2: func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket([]byte("made_up")); err != nil {
			return err
		}
		return errors.New("langkah gagal")
	}}
	err := upgrade(db, 2, 3, table)
	if err == nil || !strings.Contains(err.Error(), "langkah gagal") || !strings.Contains(err.Error(), ".v2.bak") {
		t.Fatalf("upgrade: %v, want the step's error and the backup's name", err)
	}
	c, err := db.Check()
	if err != nil || c.SchemaVersion != 2 {
		t.Errorf("after a failed upgrade: %+v, %v", c, err)
	}
	_ = db.view(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("made_up")) != nil {
			t.Error("half an upgrade was kept")
		}
		return nil
	})
	if _, err := os.Stat(path + ".v2.bak"); err != nil {
		t.Errorf("no backup: %v", err)
	}
}

func TestUpgradeMissingStep(t *testing.T) {
	db := MustOpenTemp(t)
	if err := upgrade(db, 2, 4, map[int]migration{2: func(*bolt.Tx) error { return nil }}); err == nil {
		t.Fatal("upgrade without a step from 3 to 4 succeeded")
	}
}
