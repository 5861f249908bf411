package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// BackupDirName is the folder, beside the data file, that holds the automatic backups.
const BackupDirName = "backups"

// Rotation of the daily backups: the newest KeepDaily, and beyond those the newest of
// each of the KeepWeekly most recent ISO weeks.
const (
	KeepDaily  = 7
	KeepWeekly = 4
)

// BackupKind says why a backup was written (model.BackupKind).
type BackupKind = model.BackupKind

// The kinds of backup.
const (
	BackupDaily         = model.BackupDaily         // AutoBackup, once a day, rotated
	BackupBeforeRestore = model.BackupBeforeRestore // Restore, of the file it replaced
	BackupBeforeUpgrade = model.BackupBeforeUpgrade // Open, before a schema upgrade
	BackupManual        = model.BackupManual        // BackupTo, in a chosen folder
)

// BackupInfo describes one backup file (model.BackupInfo). Its Counts are known only
// when the backup was verified by the call that returned it (AutoBackup or BackupTo
// writing it, NewestGoodBackup); Backups leaves them zero.
type BackupInfo = model.BackupInfo

// Name formats: the data file's name without its extension ("kemitraan"), then:
const (
	dayLayout    = "2006-01-02"
	minuteLayout = "2006-01-02-1504"
)

// backupStem is the data file's name without its extension: kemitraan.db → kemitraan.
func backupStem(dataPath string) string {
	base := filepath.Base(dataPath)
	if stem := strings.TrimSuffix(base, filepath.Ext(base)); stem != "" {
		return stem
	}
	return base
}

func backupDir(dataPath string) string {
	return filepath.Join(filepath.Dir(dataPath), BackupDirName)
}

// dailyBackupPath is backups/kemitraan-2026-11-26.db.
func dailyBackupPath(dataPath string, now time.Time) string {
	return filepath.Join(backupDir(dataPath), backupStem(dataPath)+"-"+now.Format(dayLayout)+".db")
}

// restoreBackupPath is backups/kemitraan-sebelum-pulih-2026-11-26-0930.db.
func restoreBackupPath(dataPath string, now time.Time) string {
	return filepath.Join(backupDir(dataPath), backupStem(dataPath)+"-sebelum-pulih-"+now.Format(minuteLayout)+".db")
}

// upgradeBackupPath is backups/kemitraan-sebelum-pembaruan-v1-2026-11-26-0930.db.
func upgradeBackupPath(dataPath string, from int, now time.Time) string {
	return filepath.Join(backupDir(dataPath), fmt.Sprintf("%s-sebelum-pembaruan-v%d-%s.db", backupStem(dataPath), from, now.Format(minuteLayout)))
}

// manualBackupName is kemitraan-cadangan-2026-11-26-0930.db.
func manualBackupName(dataPath string, now time.Time) string {
	return backupStem(dataPath) + "-cadangan-" + now.Format(minuteLayout) + ".db"
}

// backupName matches the names of the automatic backups of the data file with the
// given stem, with the "-2", "-3" a backup gets when its name is taken; other files
// in the folder are never listed, rotated or deleted.
func backupName(stem string) *regexp.Regexp {
	return regexp.MustCompile(`^` + regexp.QuoteMeta(stem) +
		`-(?:(\d{4}-\d\d-\d\d)|sebelum-pulih-(\d{4}-\d\d-\d\d-\d{4})|sebelum-pembaruan-v\d+-(\d{4}-\d\d-\d\d-\d{4}))(?:-(\d+))?\.db$`)
}

// parseBackupName reads the kind, time and number (1, or the n of "-n") from a
// backup's file name.
func parseBackupName(re *regexp.Regexp, name string) (BackupKind, time.Time, int, bool) {
	m := re.FindStringSubmatch(name)
	if m == nil {
		return "", time.Time{}, 0, false
	}
	var kind BackupKind
	var t time.Time
	var err error
	switch {
	case m[1] != "":
		kind = BackupDaily
		t, err = time.ParseInLocation(dayLayout, m[1], time.Local)
	case m[2] != "":
		kind = BackupBeforeRestore
		t, err = time.ParseInLocation(minuteLayout, m[2], time.Local)
	default:
		kind = BackupBeforeUpgrade
		t, err = time.ParseInLocation(minuteLayout, m[3], time.Local)
	}
	n := 1
	if m[4] != "" {
		n, _ = strconv.Atoi(m[4])
	}
	return kind, t, n, err == nil
}

// Backups lists the automatic backups of the data file (daily, before a restore,
// before an upgrade), newest first. It reads only names and sizes: nothing is opened,
// so Counts are zero. No backups folder is no backups.
func (db *DB) Backups() ([]BackupInfo, error) { return listBackups(db.path) }

func listBackups(dataPath string) ([]BackupInfo, error) {
	dir := backupDir(dataPath)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	re := backupName(backupStem(dataPath))
	var list []BackupInfo
	number := map[string]int{}
	for _, e := range entries {
		kind, t, n, ok := parseBackupName(re, e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		if kind == BackupDaily {
			if mt := info.ModTime(); mt.Format(dayLayout) == t.Format(dayLayout) {
				t = mt
			}
		}
		p := filepath.Join(dir, e.Name())
		number[p] = n
		list = append(list, BackupInfo{Path: p, Kind: kind, Time: t, Size: info.Size()})
	}
	// newest first; of one minute, the one numbered last is the newest
	slices.SortStableFunc(list, func(a, b BackupInfo) int {
		return cmp.Or(b.Time.Compare(a.Time), cmp.Compare(number[b.Path], number[a.Path]), strings.Compare(b.Path, a.Path))
	})
	return list, nil
}

// AutoBackup writes today's automatic backup, once a day: when a backup of now's date
// is already in the backups folder it is returned as it is and nothing is written.
// Otherwise a consistent snapshot (one read transaction, so saves may go on meanwhile)
// is written to a temporary file (mode 0600, folder 0700), synced, verified (opened
// read-only and checked as Inspect does, its counts recorded) and only then named
// backups/kemitraan-2026-11-26.db. A snapshot that fails its check is deleted and
// the error returned: a damaged file never spreads into its backups. Last, old daily
// backups are rotated: the newest KeepDaily are kept and, beyond those, the newest of
// each of the KeepWeekly most recent ISO weeks; other files in the folder, and
// backups of other kinds, are left alone. A read-only file gets no backup (nothing
// changes it) and AutoBackup returns ErrReadOnly. Close cancels a backup being written.
func (db *DB) AutoBackup(now time.Time) (BackupInfo, error) {
	if db.readOnly {
		return BackupInfo{}, fmt.Errorf("%s: %w", db.path, ErrReadOnly)
	}
	dst := dailyBackupPath(db.path, now)
	if err := safefile.MkdirAll(filepath.Dir(dst)); err != nil {
		return BackupInfo{}, err
	}
	var info BackupInfo
	if st, err := os.Stat(dst); err == nil && st.Mode().IsRegular() {
		info = BackupInfo{Path: dst, Kind: BackupDaily, Time: st.ModTime(), Size: st.Size()}
	} else {
		info, err = db.writeBackup(db.ctx, dst, now, nil, false)
		if err != nil {
			return BackupInfo{}, err
		}
		info.Kind = BackupDaily
	}
	if err := rotateBackups(db.path); err != nil {
		return info, err
	}
	return info, nil
}

// rotateBackups deletes the daily backups that the rotation does not keep.
func rotateBackups(dataPath string) error {
	list, err := listBackups(dataPath)
	if err != nil {
		return err
	}
	var daily []BackupInfo
	for _, b := range list {
		if b.Kind == BackupDaily {
			daily = append(daily, b)
		}
	}
	var errs []error
	for _, b := range dropFromRotation(daily) {
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, writeFailed(b.Path, err))
		}
	}
	return errors.Join(errs...)
}

// dropFromRotation returns the daily backups (newest first) that the rotation does
// not keep. Days are told by the date in the name, not by the modification time.
func dropFromRotation(daily []BackupInfo) []BackupInfo {
	if len(daily) <= KeepDaily {
		return nil
	}
	var drop []BackupInfo
	weeks := map[[2]int]bool{}
	for _, b := range daily[KeepDaily:] {
		y, w := b.Time.ISOWeek()
		week := [2]int{y, w}
		if !weeks[week] && len(weeks) < KeepWeekly {
			weeks[week] = true // the newest of its week, and one of the most recent weeks
			continue
		}
		drop = append(drop, b)
	}
	return drop
}

// BackupTo writes a backup to dir (a USB stick, another disk) as BackupContext does,
// without progress or a way to cancel it.
func (db *DB) BackupTo(dir string, now time.Time) (BackupInfo, error) {
	return db.BackupContext(context.Background(), dir, now, nil)
}

// BackupToProgress is BackupContext without a way to cancel it.
func (db *DB) BackupToProgress(dir string, now time.Time, progress Progress) (BackupInfo, error) {
	return db.BackupContext(context.Background(), dir, now, progress)
}

// BackupContext writes a backup to dir (a USB stick, another disk) named
// kemitraan-cadangan-2026-11-26-0930.db, the same safe way as AutoBackup, and
// verifies it before it gets that name. dir is made when missing. A backup never
// replaces another: when the name is taken (two backups in one minute) the new one
// is kemitraan-cadangan-2026-11-26-0930-2.db. progress (may be nil) is told how much
// is written; verification after its last call takes a moment more. When ctx ends
// the backup stops, nothing is left, and the error wraps ErrCancelled.
func (db *DB) BackupContext(ctx context.Context, dir string, now time.Time, progress Progress) (BackupInfo, error) {
	if err := safefile.MkdirAll(dir); err != nil {
		return BackupInfo{}, err
	}
	info, err := db.writeBackup(ctx, filepath.Join(dir, manualBackupName(db.path, now)), now, progress, true)
	info.Kind = BackupManual
	return info, err
}

// writeBackup writes a snapshot of the file to dst in a read transaction and
// verifies it before it gets its name. With fresh, dst is a name to start from: the
// backup goes under the first free name like it ("-2", "-3"), never over another.
func (db *DB) writeBackup(ctx context.Context, dst string, now time.Time, progress Progress, fresh bool) (BackupInfo, error) {
	info, _, err := db.writeBackupTx(ctx, dst, now, progress, fresh, db.view)
	return info, err
}

// writeBackupTx is writeBackup reading in a transaction of view (db.view, or one
// for a caller that holds db.mu) and telling also the transaction the backup holds.
func (db *DB) writeBackupTx(ctx context.Context, dst string, now time.Time, progress Progress, fresh bool,
	view func(func(*bolt.Tx) error) error) (BackupInfo, int, error) {
	if err := safefile.MkdirAll(filepath.Dir(dst)); err != nil {
		return BackupInfo{}, 0, err
	}
	for range 100 {
		if fresh {
			dst = filepath.Join(filepath.Dir(dst), safefile.FreeName(filepath.Dir(dst), filepath.Base(dst)))
		}
		var p Preview
		txid := 0
		err := view(func(tx *bolt.Tx) error {
			var err error
			txid = tx.ID()
			p, err = writeCopy(dst, snapshotTo(ctx, tx, progress), true)
			return err
		})
		if fresh && errors.Is(err, fs.ErrExist) {
			continue // another program took the name meanwhile: the next one
		}
		if err != nil {
			return BackupInfo{}, 0, err
		}
		return BackupInfo{Path: dst, Time: now, Size: p.Size, Counts: p.Counts}, txid, nil
	}
	return BackupInfo{}, 0, writeFailed(dst, fs.ErrExist)
}
