package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// Preview is what a candidate file holds, for a person to confirm before a restore
// (model.Preview).
type Preview = model.Preview

// Inspect checks the file at path as InspectContext does, without a way to cancel.
func Inspect(path string) (Preview, error) { return InspectContext(context.Background(), path) }

// InspectContext opens the file at path read-only (it changes nothing, not even on
// an older schema) and checks it fully, as Check does (a file of an older schema as
// its version wrote it). It fails with an error wrapping ErrDamaged for a damaged
// file (a *model.DamageReport naming the damaged records), a truncated one, or one
// that is not a Kemitraan data file at all (ErrNotDataFile, ErrEmptyFile); with
// ErrNewerSchema for a file of a newer Kemitraan; with ErrLocked when a Kemitraan
// window has it open; with fs.ErrNotExist when it is missing; with ErrCancelled when
// ctx ends. No report file is written.
func InspectContext(ctx context.Context, path string) (Preview, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Preview{}, fmt.Errorf("%s: %w (%w)", path, ErrInvalidRequest, err)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return Preview{}, fmt.Errorf("membuka berkas: %w", err)
	}
	if err := preflight(abs, true); err != nil {
		return Preview{}, err
	}
	bdb, err := openBolt(abs, true)
	if err != nil {
		return Preview{}, openError(abs, err)
	}
	db := &DB{bolt: bdb, path: abs, now: time.Now, readOnly: true, ctx: ctx, cancel: func() {}}
	defer db.Close()

	p := Preview{Size: st.Size()}
	c, rep, err := db.checkFile(ctx, func(t time.Time) {
		if t.After(p.Newest) {
			p.Newest = t
		}
	})
	switch {
	case err != nil:
		return Preview{}, err
	case rep != nil:
		rep.Problems = rep.Problems[:min(reportShown, len(rep.Problems))]
		return Preview{}, rep
	}
	p.Counts, p.SchemaVersion = c, c.SchemaVersion
	if p.SchemaVersion > SchemaVersion {
		return p, fmt.Errorf("%s: %w (versi berkas %d, versi aplikasi %d)", abs, ErrNewerSchema, p.SchemaVersion, SchemaVersion)
	}
	err = db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSchool).Get(keyProfile)
		if v == nil {
			return nil
		}
		var s model.School
		if err := decodeVersion(p.SchemaVersion, bucketSchool, keyProfile, v, &s); err != nil {
			return err
		}
		p.SchoolName, p.NPSN = s.Name, s.NPSN
		return nil
	})
	if err != nil {
		return Preview{}, err
	}
	return p, nil
}

// decodeVersion decodes a record of a file of the given schema version: in an
// envelope since version 3, plain JSON before.
func decodeVersion(version int, bucket, key, v []byte, dst any) error {
	if version >= 3 {
		return decode(bucket, key, v, dst)
	}
	return decodeRaw(bucket, key, v, dst)
}

// Restore replaces the data file with the file at from, as RestoreContext does,
// without a way to cancel.
func (db *DB) Restore(from string, now time.Time) (BackupInfo, error) {
	return db.RestoreContext(context.Background(), from, now)
}

// testHookSwapped, when set, runs after the restored file is in place and before it
// is opened; an error it returns is taken as the open's (tests of the rollback).
var testHookSwapped func() error

// RestoreContext replaces the data file with a copy of the file at from, in place:
// the DB stays the same value, and after it returns every method sees the restored
// file. The long work happens while the file stays in use; only the swap holds it:
//
//  1. from is checked with Inspect; if it fails, nothing changes and the error says
//     why (wrapping ErrDamaged, ErrNewerSchema, ErrLocked or fs.ErrNotExist).
//  2. It is copied to a temporary file beside the data file, synced, and the copy is
//     checked again (so what is installed is exactly what was verified).
//  3. The current file is backed up to backups/kemitraan-sebelum-pulih-2026-11-26-0930.db
//     (verified, never over another backup: "-2" when the name is taken), which is
//     returned. When the current file is damaged (its backup fails the check), it
//     is not backed up but kept as it is, moved aside as kemitraan.db.rusak-…
//     (QuarantineDamaged) by the swap; the returned info then has Kind
//     model.BackupDamagedKept and that path. The restore goes on either way.
//  4. The swap: transactions are let finish and new ones wait; if the file changed
//     since step 3, step 3 is done again first. The file is closed, moved aside,
//     the copy renamed into its place and opened as Open does (upgrading an older
//     schema); then the old file is removed (or kept, when damaged).
//
// Until step 4, ctx can cancel the restore (ErrCancelled, nothing changed). If
// opening the restored file fails, the old file is put back and opened again, so
// the DB is usable with the data it had, and the error is returned. Only if even
// that fails is the DB left closed (its methods then return errors).
func (db *DB) RestoreContext(ctx context.Context, from string, now time.Time) (BackupInfo, error) {
	if db.readOnly {
		return BackupInfo{}, fmt.Errorf("%s: %w", db.path, ErrReadOnly)
	}
	src, err := filepath.Abs(from)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("%s: %w (%w)", from, ErrInvalidRequest, err)
	}
	if a, errA := os.Stat(src); errA == nil {
		if b, errB := os.Stat(db.path); errB == nil && os.SameFile(a, b) {
			return BackupInfo{}, fmt.Errorf("%s: %w", src, ErrSameFile)
		}
	}
	if _, err := InspectContext(ctx, src); err != nil {
		return BackupInfo{}, err
	}
	tmp, err := copyAside(ctx, db.path, src)
	if err != nil {
		return BackupInfo{}, err
	}
	installed := false
	defer func() {
		if !installed {
			_ = os.Remove(tmp)
		}
	}()

	// the backup is written while the file stays in use; if it changed meanwhile, the
	// backup is written again, and after a few tries under the lock, so that the
	// backup holds every change the restore replaces
	for attempt := 0; ; attempt++ {
		locked := attempt == 3
		view := db.view
		if locked {
			db.mu.Lock()
			view = db.viewLocked
		}
		before, txid, err := db.backupBeforeRestore(ctx, now, view)
		if !locked {
			db.mu.Lock()
		}
		switch {
		case err != nil:
			db.mu.Unlock()
			return BackupInfo{}, err
		case ctx.Err() != nil:
			db.mu.Unlock()
			db.removeBackup(before)
			return BackupInfo{}, fmt.Errorf("%w (%w)", ErrCancelled, ctx.Err())
		case db.bolt == nil:
			db.mu.Unlock()
			return before, fmt.Errorf("%s: %w (berkas data tertutup)", db.path, ErrInvalidRequest)
		case !locked && currentTxid(db.bolt) != txid:
			// saved meanwhile: that change must be in the backup too
			db.mu.Unlock()
			db.removeBackup(before)
			continue
		}
		defer db.mu.Unlock()
		installed = true // the swap removes or installs tmp from here on
		err = db.swap(tmp, &before, now)
		return before, err
	}
}

// viewLocked is view for a caller that holds db.mu.
func (db *DB) viewLocked(fn func(*bolt.Tx) error) error {
	return kindOrBug(db.recordErr(guard(db.path, func() error { return db.bolt.View(fn) })))
}

// copyAside copies the file at src into a temporary file beside the data file and
// checks the copy; it returns the copy's name. A copy left by a power cut is removed
// at the next start, like every temporary file of the data file.
func copyAside(ctx context.Context, dataPath, src string) (string, error) {
	dst := filepath.Join(filepath.Dir(dataPath), fmt.Sprintf(".%s.pulih-%d.tmp", filepath.Base(dataPath), time.Now().UnixNano()))
	if _, err := writeCopy(dst, copyFrom(ctx, src, nil), true); err != nil {
		return "", err
	}
	return dst, nil
}

// backupBeforeRestore backs up the current file (step 3 of RestoreContext) and
// returns the backup and the transaction it saw. A file whose backup fails its check
// is damaged: it is not backed up but will be kept aside.
func (db *DB) backupBeforeRestore(ctx context.Context, now time.Time, view func(func(*bolt.Tx) error) error) (BackupInfo, int, error) {
	info, txid, err := db.writeBackupTx(ctx, restoreBackupPath(db.path, now), now, nil, true, view)
	switch {
	case err == nil:
		info.Kind = BackupBeforeRestore
		return info, txid, nil
	case errors.Is(err, ErrDamaged):
		_ = view(func(tx *bolt.Tx) error { txid = tx.ID(); return nil })
		return BackupInfo{Kind: model.BackupDamagedKept, Time: now}, txid, nil
	}
	return BackupInfo{}, 0, fmt.Errorf("mencadangkan berkas data sebelum memulihkan: %w", err)
}

// removeBackup deletes a before-restore backup that a repeated or cancelled restore
// does not need.
func (db *DB) removeBackup(b BackupInfo) {
	if b.Kind == BackupBeforeRestore && b.Path != "" {
		_ = os.Remove(b.Path)
	}
}

func currentTxid(bdb *bolt.DB) int {
	id := -1
	_ = bdb.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
	return id
}

// swap puts the checked copy tmp in the data file's place (step 4); the caller holds
// db.mu. before is the backup of the current file, or says it is damaged.
func (db *DB) swap(tmp string, before *BackupInfo, now time.Time) error {
	if err := db.bolt.Close(); err != nil {
		_ = os.Remove(tmp)
		return db.reopen(fmt.Errorf("%s: menutup berkas data: %w", db.path, err))
	}
	db.bolt = nil
	aside := asidePath(db.path)
	if before.Kind == model.BackupDamagedKept {
		kept, err := QuarantineDamaged(db.path, now)
		if err != nil {
			_ = os.Remove(tmp)
			return db.reopen(err)
		}
		aside, before.Path = kept, kept
	} else if err := os.Rename(db.path, aside); err != nil {
		_ = os.Remove(tmp)
		return db.reopen(writeFailed(db.path, err))
	}
	putBack := func(cause error) error {
		_ = os.Remove(db.path)
		if err := os.Rename(aside, db.path); err != nil {
			return fmt.Errorf("%w; mengembalikan berkas lama dari %s juga gagal: %w", cause, aside, err)
		}
		_ = safefile.SyncDir(filepath.Dir(db.path))
		return db.reopen(cause)
	}
	if err := os.Rename(tmp, db.path); err != nil {
		_ = os.Remove(tmp)
		return putBack(writeFailed(db.path, err))
	}
	_ = safefile.SyncDir(filepath.Dir(db.path))
	var err error
	if testHookSwapped != nil {
		err = testHookSwapped()
	}
	if err == nil {
		err = db.openInPlace()
	}
	if err != nil {
		return putBack(err)
	}
	if before.Kind != model.BackupDamagedKept {
		_ = os.Remove(aside)
	}
	return nil
}

// openInPlace opens the data file at db.path into db after a swap, as Open does; the
// caller holds db.mu. The restored file passed its check just now.
func (db *DB) openInPlace() error {
	bdb, err := openBolt(db.path, false)
	if err != nil {
		return openError(db.path, err)
	}
	db.bolt = bdb
	db.mu.Unlock()
	err = db.prepare()
	db.mu.Lock()
	if err != nil {
		if db.bolt != nil {
			_ = db.bolt.Close()
		}
		db.bolt = nil
		return err
	}
	db.verify.passed(db.today())
	return nil
}

// reopen opens the data file again after a failed swap, and returns cause, joined
// with the reason when the file cannot be opened. The caller holds db.mu.
func (db *DB) reopen(cause error) error {
	if db.bolt != nil {
		return cause
	}
	bdb, err := openBolt(db.path, false)
	if err != nil {
		return fmt.Errorf("%w; membuka lagi berkas data juga gagal: %w", cause, openError(db.path, err))
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
		return "", fmt.Errorf("%s: %w (%w)", path, ErrInvalidRequest, err)
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
	_ = safefile.SyncDir(filepath.Dir(abs))
	return dst, nil
}

// NewestGoodBackup returns the newest automatic backup of the data file at dataPath
// (of any kind) that passes Inspect, with its Counts; the error wraps ErrNoGoodBackup
// when there is none. Backups that fail are skipped and left where they are.
func NewestGoodBackup(dataPath string) (BackupInfo, error) {
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("%s: %w (%w)", dataPath, ErrInvalidRequest, err)
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
// dataPath, synced, checked again and only then named dataPath; on failure nothing is
// left. Open the data file afterwards as usual (an older backup is upgraded then).
func RestoreBackupInto(dataPath, backupPath string) error {
	abs, err := filepath.Abs(dataPath)
	if err != nil {
		return fmt.Errorf("%s: %w (%w)", dataPath, ErrInvalidRequest, err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return fmt.Errorf("%s: %w (%w)", abs, ErrInvalidRequest, fs.ErrExist)
	}
	if _, err := Inspect(backupPath); err != nil {
		return err
	}
	if err := safefile.MkdirAll(filepath.Dir(abs)); err != nil {
		return err
	}
	_, err = writeCopy(abs, copyFrom(context.Background(), backupPath, nil), true)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: %w (%w)", abs, ErrInvalidRequest, err)
	}
	return err
}
