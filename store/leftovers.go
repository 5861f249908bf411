package store

import (
	"errors"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/kemitraan/kemitraan/model/safefile"
)

// What a program killed half way leaves beside the data file is cleared when the
// file is next opened for writing (the lock is then ours, so no other program of
// ours is writing them): temporary files of the data file (".kemitraan.db.*.tmp")
// and of the backups (".kemitraan-*.tmp" in backups/). A restore stopped between
// moving the old file aside and putting the new one in place is finished or undone
// first (recoverRestore).

// removeLeftovers deletes the temporary files of the data file at path and of its
// backups.
func removeLeftovers(path string) {
	base := filepath.Base(path)
	removeTemps(filepath.Dir(path), base)
	removeTemps(backupDir(path), backupStem(path)+"-")
}

func removeTemps(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && safefile.IsTemp(e.Name(), prefix) {
			p := filepath.Join(dir, e.Name())
			if err := os.Remove(p); err == nil {
				log.Printf("kemitraan: berkas sementara sisa dihapus: %s", p)
			}
		}
	}
}

// asidePath is where Restore moves the data file while it puts the restored one in
// its place: ".kemitraan.db.lama".
func asidePath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lama")
}

// recoverRestore finishes what a restore stopped by a power cut left: when the data
// file is missing and the old one is aside, the old one goes back (the restore did
// not happen); when both are there, the restored file is in place and complete (it
// was renamed only after its check) and the old one, backed up before, goes.
func recoverRestore(path string) {
	aside := asidePath(path)
	if _, err := os.Lstat(aside); err != nil {
		return
	}
	_, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if os.Rename(aside, path) == nil {
			log.Printf("kemitraan: pemulihan yang terhenti dibatalkan; berkas data lama dikembalikan: %s", path)
		}
	case err == nil:
		_ = os.Remove(aside)
	}
	_ = safefile.SyncDir(filepath.Dir(path))
}
