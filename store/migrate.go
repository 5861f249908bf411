package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// A migration brings the file's structure from one schema version to the next, inside
// the transaction it is given.
type migration func(tx *bolt.Tx) error

// migrations are keyed by the version they upgrade from: migrations[1] is migrate1to2.
// Version 1 is the first, so there is none yet.
var migrations = map[int]migration{}

// upgrade brings the file from version from to version to. It first writes a verified
// backup of the file as it is (backups/kemitraan-sebelum-pembaruan-vN-….db, see
// writeBackup), then runs every step and sets the new version in one transaction, so
// the file is either upgraded completely or left as it was.
func upgrade(db *DB, from, to int, table map[int]migration) error {
	for v := from; v < to; v++ {
		if table[v] == nil {
			return fmt.Errorf("%s: tidak ada cara memperbarui berkas data dari versi %d ke %d", db.path, v, v+1)
		}
	}
	now := db.stamp()
	info, err := db.writeBackup(upgradeBackupPath(db.path, from, now), now, nil, db.view)
	if err != nil {
		return fmt.Errorf("%s: mencadangkan sebelum memperbarui: %w", db.path, err)
	}
	backup := info.Path
	err = db.update(func(tx *bolt.Tx) error {
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
