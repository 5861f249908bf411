package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The migration mechanism, with a made-up version 2 that adds a bucket.
func TestUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := MustSavePartner(t, db, "CV Maju")

	table := map[int]migration{1: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("events"))
		return err
	}}
	if err := upgrade(db, 1, 2, table); err != nil {
		t.Fatal(err)
	}
	err := db.view(func(tx *bolt.Tx) error {
		if got := string(tx.Bucket(bucketMeta).Get(keySchemaVersion)); got != "2" {
			t.Errorf("schema_version = %q, want 2", got)
		}
		if tx.Bucket([]byte("events")) == nil {
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

	// the backup is the version 1 file, complete, in the backups folder
	backups, err := db.Backups()
	if err != nil || len(backups) != 1 || backups[0].Kind != BackupBeforeUpgrade ||
		!strings.Contains(filepath.Base(backups[0].Path), "kemitraan-sebelum-pembaruan-v1-") {
		t.Fatalf("Backups() = %+v, %v; want one backup before the upgrade", backups, err)
	}
	if p, err := Inspect(backups[0].Path); err != nil || p.SchemaVersion != 1 || p.Counts.Partners != 1 {
		t.Errorf("backup: %+v, %v; want version 1 with 1 partner", p, err)
	}
}

// A failing step leaves the file as it was.
func TestUpgradeFailureChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	table := map[int]migration{1: func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket([]byte("events")); err != nil {
			return err
		}
		return errors.New("langkah gagal")
	}}
	err := upgrade(db, 1, 2, table)
	if err == nil || !strings.Contains(err.Error(), "langkah gagal") || !strings.Contains(err.Error(), "sebelum-pembaruan-v1-") {
		t.Fatalf("upgrade: %v, want the step's error and the backup's name", err)
	}
	c, err := db.Check()
	if err != nil || c.SchemaVersion != 1 {
		t.Errorf("after a failed upgrade: %+v, %v", c, err)
	}
	_ = db.view(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("events")) != nil {
			t.Error("half an upgrade was kept")
		}
		return nil
	})
	if backups, err := db.Backups(); err != nil || len(backups) != 1 {
		t.Errorf("backups %v, %v; want the one before the upgrade", backups, err)
	}
}

func TestUpgradeMissingStep(t *testing.T) {
	db := MustOpenTemp(t)
	if err := upgrade(db, 1, 3, map[int]migration{1: func(*bolt.Tx) error { return nil }}); err == nil {
		t.Fatal("upgrade without a step from 2 to 3 succeeded")
	}
}
