package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kemitraan/kemitraan/model"
)

// ErrNoGoodBackup: no automatic backup passes Inspect.
var ErrNoGoodBackup = errors.New("tidak ada cadangan otomatis yang utuh; pilih berkas cadangan lain (misalnya dari flashdisk)")

// Preview is what a candidate file holds, for a person to confirm before a restore
// (model.Preview).
type Preview = model.Preview

// Inspect opens the file at path read-only (it changes nothing, not even on an older
// schema) and checks it fully, as Check does. It fails with an error wrapping
// ErrDamaged for a damaged file, a truncated one, or one that is not a Kemitraan
// data file at all; with ErrNewerSchema for a file of a newer Kemitraan; with ErrLocked
// when a Kemitraan window has it open; and with fs.ErrNotExist when it is missing.
func Inspect(path string) (Preview, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Preview{}, fmt.Errorf("%s: %w", path, err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return Preview{}, fmt.Errorf("membuka berkas: %w", err)
	}
	switch {
	case !st.Mode().IsRegular():
		return Preview{}, damaged(abs, errors.New("bukan berkas biasa"))
	case st.Size() == 0:
		return Preview{}, damaged(abs, errors.New("berkas kosong"))
	}
	if err := checkLength(abs); err != nil {
		return Preview{}, err
	}
	var bdb *bolt.DB
	err = guard(abs, func() error {
		var err error
		bdb, err = bolt.Open(abs, 0o600, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
		return err
	})
	if err != nil {
		var pe *os.PathError
		switch {
		case errors.Is(err, ErrDamaged), errors.Is(err, bolterrors.ErrTimeout):
			return Preview{}, openError(abs, err)
		case errors.As(err, &pe):
			return Preview{}, fmt.Errorf("membuka berkas: %w", err)
		default:
			// anything bbolt does not recognise as its own file
			return Preview{}, damaged(abs, err)
		}
	}
	defer bdb.Close()
	db := &DB{bolt: bdb, path: abs, now: time.Now}

	p := Preview{Size: st.Size()}
	err = db.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return errors.New("tidak ada ember meta")
		}
		v, err := strconv.Atoi(string(meta.Get(keySchemaVersion)))
		if err != nil || v < 1 {
			return fmt.Errorf("ember meta: schema_version %q tidak valid", meta.Get(keySchemaVersion))
		}
		p.SchemaVersion = v
		return nil
	})
	if err != nil {
		return Preview{}, db.damaged(err)
	}
	if p.SchemaVersion > SchemaVersion {
		return p, fmt.Errorf("%s: %w (versi berkas %d, versi aplikasi %d)", abs, ErrNewerSchema, p.SchemaVersion, SchemaVersion)
	}
	// an older file is checked as its version wrote it; Open upgrades it afterwards
	buckets, check := allBuckets, db.check
	if p.SchemaVersion < SchemaVersion {
		buckets, check = bucketsV1, db.checkOlder
	}
	for _, name := range buckets {
		err := db.view(func(tx *bolt.Tx) error {
			if tx.Bucket(name) == nil {
				return fmt.Errorf("ember %q tidak ada", name)
			}
			return nil
		})
		if err != nil {
			return Preview{}, db.damaged(err)
		}
	}
	p.Counts, err = check(func(t time.Time) {
		if t.After(p.Newest) {
			p.Newest = t
		}
	})
	if err != nil {
		return Preview{}, err
	}
	err = db.view(func(tx *bolt.Tx) error {
		s, err := getSchool(tx)
		p.SchoolName, p.NPSN = s.Name, s.NPSN
		return err
	})
	if err != nil {
		return Preview{}, err
	}
	return p, nil
}

// Restore replaces the data file with a copy of the file at from, in place: the DB
// stays the same value, and after Restore returns every method sees the restored file.
//
//  1. from is checked with Inspect; if it fails, nothing changes and the error says why
//     (wrapping ErrDamaged, ErrNewerSchema, ErrLocked or fs.ErrNotExist).
//  2. It is copied to a temporary file beside the data file, synced, and the copy is
//     checked again (so what is installed is exactly what was verified).
//  3. Transactions are let finish and new ones wait; the current file is backed up to
//     backups/kemitraan-sebelum-pulih-2026-11-26-0930.db (verified), which is returned.
//  4. The file is closed, the copy renamed over it (atomic on one file system) and
//     opened again as Open does, upgrading an older schema.
//
// If anything fails after step 3 the old file is put back and opened again, so the DB
// is usable with the data it had, and the error is returned. Only if even that fails
// is the DB left closed (its methods then return errors); the before-restore backup
// is still there.
func (db *DB) Restore(from string, now time.Time) (BackupInfo, error) {
	src, err := filepath.Abs(from)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("%s: %w", from, err)
	}
	if a, errA := os.Stat(src); errA == nil {
		if b, errB := os.Stat(db.path); errB == nil && os.SameFile(a, b) {
			return BackupInfo{}, fmt.Errorf("%s: berkas itu adalah berkas data yang sedang dipakai; pilih berkas cadangan", src)
		}
	}
	if _, err := Inspect(src); err != nil {
		return BackupInfo{}, err
	}
	tmp, err := writeTemp(db.path, copyFrom(src, nil))
	if err != nil {
		return BackupInfo{}, err
	}
	installed := false
	defer func() {
		if !installed {
			_ = os.Remove(tmp)
		}
	}()
	if _, err := Inspect(tmp); err != nil {
		return BackupInfo{}, fmt.Errorf("salinan %s: %w", src, err)
	}

	db.mu.Lock()
	defer db.mu.Unlock()
	viewLocked := func(fn func(*bolt.Tx) error) error {
		return db.recordErr(guard(db.path, func() error { return db.bolt.View(fn) }))
	}
	before, err := db.writeBackup(restoreBackupPath(db.path, now), now, nil, viewLocked)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("mencadangkan berkas data sebelum memulihkan: %w", err)
	}
	before.Kind = BackupBeforeRestore

	if err := db.bolt.Close(); err != nil {
		return before, db.reopen(fmt.Errorf("%s: menutup berkas data: %w", db.path, err))
	}
	if err := os.Rename(tmp, db.path); err != nil {
		return before, db.reopen(writeFailed(db.path, err))
	}
	installed = true
	_ = syncDir(filepath.Dir(db.path))
	bdb, err := openBolt(db.path, db.now)
	if err != nil {
		// put the file as it was back, from the backup just verified
		if cerr := copyFile(before.Path, db.path, nil); cerr != nil {
			return before, fmt.Errorf("%w; mengembalikan berkas lama dari %s juga gagal: %w", err, before.Path, cerr)
		}
		return before, db.reopen(err)
	}
	db.bolt = bdb
	return before, nil
}

// reopen opens the data file again after Restore closed it, and returns cause, joined
// with the reason when the file cannot be opened. The caller holds db.mu.
func (db *DB) reopen(cause error) error {
	bdb, err := openBolt(db.path, db.now)
	if err != nil {
		return fmt.Errorf("%w; membuka lagi berkas data juga gagal: %w", cause, err)
	}
	db.bolt = bdb
	return cause
}

// QuarantineDamaged renames a damaged data file out of the way, to
// kemitraan.db.rusak-2026-11-26-0930 beside it (…-2, -3 when that name is taken), and
// returns the new name. It never overwrites or deletes anything: the damaged file is
// kept for support. The program must not have the file open.
func QuarantineDamaged(path string, now time.Time) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if _, err := os.Lstat(abs); err != nil {
		return "", fmt.Errorf("memindahkan berkas rusak: %w", err)
	}
	base := abs + ".rusak-" + now.Format(minuteLayout)
	dst := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) {
			break
		}
		dst = base + "-" + strconv.Itoa(i)
	}
	if err := os.Rename(abs, dst); err != nil {
		return "", writeFailed(abs, err)
	}
	_ = syncDir(filepath.Dir(abs))
	return dst, nil
}

// NewestGoodBackup returns the newest automatic backup of the data file at dataPath
// (of any kind) that passes Inspect, with its Counts; the error wraps ErrNoGoodBackup
// when there is none. Backups that fail are skipped and left where they are.
func NewestGoodBackup(dataPath string) (BackupInfo, error) {
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("%s: %w", dataPath, err)
	}
	list, err := listBackups(abs)
	if err != nil {
		return BackupInfo{}, err
	}
	for _, b := range list {
		p, err := Inspect(b.Path)
		if err == nil {
			b.Counts = p.Counts
			return b, nil
		}
	}
	return BackupInfo{}, fmt.Errorf("%s: %w", backupDir(abs), ErrNoGoodBackup)
}

// RestoreBackupInto puts a copy of the backup at backupPath in place as the data file
// at dataPath, which must not exist (move a damaged one away with QuarantineDamaged
// first). The backup is checked with Inspect, copied to a temporary file beside
// dataPath, synced, checked again and renamed to dataPath; on failure nothing is left.
// Open the data file afterwards as usual (an older backup is upgraded then).
func RestoreBackupInto(dataPath, backupPath string) error {
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return fmt.Errorf("%s: %w", dataPath, err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return fmt.Errorf("%s: %w", abs, fs.ErrExist)
	}
	if _, err := Inspect(backupPath); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return writeFailed(filepath.Dir(abs), err)
	}
	tmp, err := writeTemp(abs, copyFrom(backupPath, nil))
	if err != nil {
		return err
	}
	if _, err := Inspect(tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("salinan %s: %w", backupPath, err)
	}
	if _, err := os.Lstat(abs); err == nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%s: %w", abs, fs.ErrExist)
	}
	if err := os.Rename(tmp, abs); err != nil {
		_ = os.Remove(tmp)
		return writeFailed(abs, err)
	}
	_ = syncDir(filepath.Dir(abs))
	return nil
}
