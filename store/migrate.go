package store

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// A migration brings the file's structure from one schema version to the next, inside
// the transaction it is given.
type migration func(tx *bolt.Tx) error

// migrations are keyed by the version they upgrade from: migrations[1] is migrate1to2.
// Version 1 is the first, so there is none yet.
var migrations = map[int]migration{}

// upgrade brings the file from version from to version to. It first writes a copy of
// the file as it is (path.vN.bak), then runs every step and sets the new version in one
// transaction, so the file is either upgraded completely or left as it was.
func upgrade(db *DB, from, to int, table map[int]migration) error {
	for v := from; v < to; v++ {
		if table[v] == nil {
			return fmt.Errorf("%s: tidak ada cara memperbarui berkas data dari versi %d ke %d", db.path, v, v+1)
		}
	}
	backup := fmt.Sprintf("%s.v%d.bak", db.path, from)
	if err := db.view(func(tx *bolt.Tx) error { return writeSnapshot(tx, backup) }); err != nil {
		return fmt.Errorf("%s: mencadangkan sebelum memperbarui: %w", db.path, err)
	}
	err := db.update(func(tx *bolt.Tx) error {
		for v := from; v < to; v++ {
			if err := table[v](tx); err != nil {
				return fmt.Errorf("versi %d ke %d: %w", v, v+1, err)
			}
		}
		return putSchemaVersion(tx, to)
	})
	if err != nil {
		return fmt.Errorf("%s: memperbarui berkas data (cadangan ada di %s): %w", db.path, backup, err)
	}
	return nil
}

// writeSnapshot writes the file as tx sees it to dst: into a temporary file beside
// dst, synced, then renamed over it, so dst is never half written.
func writeSnapshot(tx *bolt.Tx, dst string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(dst), filepath.Base(dst)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if _, err = tx.WriteTo(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), dst)
}
