package store

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// at is a moment on the given day, in the local zone (backup names are local dates).
func at(y int, m time.Month, d, hour, min int) time.Time {
	return time.Date(y, m, d, hour, min, 0, 0, time.Local)
}

func MustAutoBackup(t testing.TB, db *DB, now time.Time) BackupInfo {
	t.Helper()
	info, err := db.AutoBackup(now)
	if err != nil {
		t.Fatalf("AutoBackup(%s): %v", now.Format(time.DateTime), err)
	}
	return info
}

// exportJSON is the file's Export with the export time left out, to compare contents.
func exportJSON(t testing.TB, db *DB) string {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatalf("Export: %v", err)
	}
	var b Bundle
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	b.ExportedAt = time.Time{}
	out, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// dirNames lists the names in dir, sorted.
func dirNames(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func copyForTest(t testing.TB, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t.(*testing.T), dst, data)
}

func TestAutoBackupOncePerDay(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, filepath.Join(dir, "kemitraan.db"))
	MustSaveSchool(t, db, validSchool())
	MustSavePartner(t, db, "CV Maju")

	first := MustAutoBackup(t, db, at(2026, 11, 26, 7, 30))
	want := filepath.Join(dir, "backups", "kemitraan-2026-11-26.db")
	if first.Path != want || first.Kind != BackupDaily {
		t.Fatalf("backup %s (%s), want %s", first.Path, first.Kind, want)
	}
	if first.Counts.Partners != 1 || first.Counts.SchemaVersion != SchemaVersion || first.Size == 0 {
		t.Errorf("first backup %+v, want 1 partner, the schema version and a size", first)
	}
	before, err := os.ReadFile(first.Path)
	if err != nil {
		t.Fatal(err)
	}

	MustSavePartner(t, db, "PT Sejahtera")
	second := MustAutoBackup(t, db, at(2026, 11, 26, 16, 0))
	if second.Path != first.Path {
		t.Errorf("second backup of the day at %s", second.Path)
	}
	after, err := os.ReadFile(first.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the second call of the day wrote the backup again")
	}
	if names := dirNames(t, filepath.Join(dir, "backups")); len(names) != 1 {
		t.Errorf("backups folder holds %v, want one file", names)
	}

	// the next day writes a new one, holding both partners
	next := MustAutoBackup(t, db, at(2026, 11, 27, 7, 0))
	if next.Counts.Partners != 2 {
		t.Errorf("next day's backup holds %d partners, want 2", next.Counts.Partners)
	}
	list, err := db.Backups()
	if err != nil || len(list) != 2 || list[0].Path != next.Path || list[1].Path != first.Path {
		t.Fatalf("Backups() = %+v, %v; want the two, newest first", list, err)
	}
	if list[0].Size == 0 || list[0].Counts != (Counts{}) {
		t.Errorf("Backups() entry %+v: want a size and no counts (nothing opened)", list[0])
	}
}

// Forty days of daily backups leave the 7 newest days and the newest of each of the 4
// ISO weeks before them; files that are not backups stay.
func TestAutoBackupRotation(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, filepath.Join(dir, "kemitraan.db"))
	backups := filepath.Join(dir, "backups")
	if err := os.MkdirAll(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	others := []string{"catatan.txt", "kemitraan-2026-13-45.db.txt", "lain-2026-10-01.db", "kemitraan-cadangan-2026-10-01-0900.db", "kemitraan-2026-10-01.db.bak"}
	for _, name := range others {
		mustWrite(t, filepath.Join(backups, name), []byte("jangan dihapus"))
	}

	start := at(2026, 10, 1, 6, 0)
	partners := map[string]int{} // backup path → partners when it was written
	for i := range 40 {
		now := start.AddDate(0, 0, i)
		MustSavePartner(t, db, "Mitra "+now.Format(dayLayout))
		info := MustAutoBackup(t, db, now)
		if info.Counts.Partners != i+1 {
			t.Fatalf("day %d: backup holds %d partners, want %d", i, info.Counts.Partners, i+1)
		}
		partners[info.Path] = i + 1
	}

	list, err := db.Backups()
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, b := range list {
		days = append(days, b.Time.Format(dayLayout))
	}
	// the 7 newest days …
	last := start.AddDate(0, 0, 39)
	var want []string
	for i := range KeepDaily {
		want = append(want, last.AddDate(0, 0, -i).Format(dayLayout))
	}
	// … then, going back, the newest day of each of the next 4 ISO weeks
	weeks := map[[2]int]bool{}
	for d := last.AddDate(0, 0, -KeepDaily); len(weeks) < KeepWeekly; d = d.AddDate(0, 0, -1) {
		y, w := d.ISOWeek()
		if !weeks[[2]int{y, w}] {
			weeks[[2]int{y, w}] = true
			want = append(want, d.Format(dayLayout))
		}
	}
	if !slices.Equal(days, want) {
		t.Errorf("kept %v\nwant %v", days, want)
	}
	if len(days) != KeepDaily+KeepWeekly {
		t.Errorf("kept %d backups, want %d", len(days), KeepDaily+KeepWeekly)
	}
	for _, name := range others {
		if data, err := os.ReadFile(filepath.Join(backups, name)); err != nil || string(data) != "jangan dihapus" {
			t.Errorf("%s touched by the rotation: %q, %v", name, data, err)
		}
	}
	// every kept backup opens and holds what the file held that day
	for _, b := range list {
		p, err := Inspect(b.Path)
		if err != nil {
			t.Errorf("%s: %v", b.Path, err)
			continue
		}
		if p.Counts.Partners != partners[b.Path] {
			t.Errorf("%s holds %d partners, want %d", filepath.Base(b.Path), p.Counts.Partners, partners[b.Path])
		}
	}
}

// fillSample gives the file a school, partners, partnerships and letters.
func fillSample(t *testing.T, db *DB) {
	t.Helper()
	MustSaveSchool(t, db, validSchool())
	for _, name := range []string{"CV Maju", "PT Sejahtera", "Universitas Padjadjaran"} {
		p := MustSavePartner(t, db, name)
		ps := MustSavePartnership(t, db, "Pelatihan bersama "+name, p.ID)
		MustIssue(t, db, ps.ID, "permohonan", day(2026, 11, 26))
	}
}

func TestBackupToThenRestore(t *testing.T) {
	dir := t.TempDir()
	usb := filepath.Join(t.TempDir(), "FLASHDISK")
	db := MustOpen(t, filepath.Join(dir, "kemitraan.db"))
	fillSample(t, db)
	wantData := exportJSON(t, db)

	now := at(2026, 11, 26, 9, 30)
	var calls []int64
	info, err := db.BackupToProgress(usb, now, func(written, total int64) {
		if total <= 0 || written > total {
			t.Errorf("progress %d of %d", written, total)
		}
		calls = append(calls, written)
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(usb, "kemitraan-cadangan-2026-11-26-0930.db"); info.Path != want {
		t.Errorf("backup at %s, want %s", info.Path, want)
	}
	if info.Counts.Partnerships != 3 || info.Counts.Letters != 3 || info.Kind != BackupManual {
		t.Errorf("backup info %+v", info)
	}
	if len(calls) == 0 || calls[len(calls)-1] != info.Size || !slices.IsSorted(calls) {
		t.Errorf("progress reports %v, want rising to %d", calls, info.Size)
	}
	if names := dirNames(t, usb); len(names) != 1 {
		t.Errorf("USB folder holds %v, want only the backup", names)
	}

	// change things after the backup …
	s := validSchool()
	s.Name = "SMP Negeri 2 Bandung"
	MustSaveSchool(t, db, s)
	MustSavePartner(t, db, "Toko Buku Sentosa")
	if exportJSON(t, db) == wantData {
		t.Fatal("the changes changed nothing")
	}
	preview, err := Inspect(info.Path)
	if err != nil {
		t.Fatal(err)
	}
	if preview.SchoolName != "SMP Negeri 1 Bandung" || preview.NPSN != "20219123" || preview.Counts.Partners != 3 ||
		preview.SchemaVersion != SchemaVersion || preview.Size != info.Size || preview.Newest.IsZero() {
		t.Errorf("preview %+v", preview)
	}

	// … and restore the backup: the data are the backup's again
	before, err := db.Restore(info.Path, at(2026, 11, 26, 10, 15))
	if err != nil {
		t.Fatal(err)
	}
	if got := exportJSON(t, db); got != wantData {
		t.Errorf("after the restore:\n%s\nwant\n%s", got, wantData)
	}
	if c, err := db.Check(); err != nil || c.Partners != 3 {
		t.Errorf("Check after the restore: %+v, %v", c, err)
	}
	// the file as it was before the restore is kept, complete
	if want := filepath.Join(dir, "backups", "kemitraan-sebelum-pulih-2026-11-26-1015.db"); before.Path != want || before.Kind != BackupBeforeRestore {
		t.Errorf("before-restore backup %s (%s), want %s", before.Path, before.Kind, want)
	}
	if p, err := Inspect(before.Path); err != nil || p.Counts.Partners != 4 || p.SchoolName != "SMP Negeri 2 Bandung" {
		t.Errorf("before-restore backup: %+v, %v; want the 4 partners and the new name", p, err)
	}
	// no temporary file is left, and the DB keeps working
	if names := dirNames(t, dir); !slices.Equal(names, []string{"backups", "kemitraan.db"}) {
		t.Errorf("data folder holds %v", names)
	}
	MustSavePartner(t, db, "CV Baru")
	if c, err := db.Check(); err != nil || c.Partners != 4 {
		t.Errorf("after a save: %+v, %v", c, err)
	}
}

// Restores that must be refused change nothing and leave nothing behind.
func TestRestoreRefused(t *testing.T) {
	dir := t.TempDir()
	db := MustOpen(t, filepath.Join(dir, "kemitraan.db"))
	fillSample(t, db)
	fill(t, db, 100) // big enough to cut in the middle
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 30))
	if err != nil {
		t.Fatal(err)
	}
	wantData := exportJSON(t, db)
	random := make([]byte, 64<<10)
	_, _ = rand.Read(random)

	cand := t.TempDir()
	tests := []struct {
		name  string
		make  func(path string)
		isErr error
	}{
		{"truncated copy", func(path string) {
			copyForTest(t, good.Path, path)
			truncateTo(t, path, good.Size/2)
		}, ErrDamaged},
		{"random bytes", func(path string) { mustWrite(t, path, random) }, ErrDamaged},
		{"text file", func(path string) { mustWrite(t, path, []byte("Nama,NPSN\nSMPN 1,20219123\n")) }, ErrDamaged},
		{"empty file", func(path string) { mustWrite(t, path, nil) }, ErrDamaged},
		{"bbolt file of another program", func(path string) {
			writeBolt(t, path, func(tx *bolt.Tx) error {
				_, err := tx.CreateBucket([]byte("widgets"))
				return err
			})
		}, ErrDamaged},
		{"damaged record", func(path string) {
			copyForTest(t, good.Path, path)
			writeBolt(t, path, func(tx *bolt.Tx) error {
				return tx.Bucket(bucketPartners).Put([]byte("01JX"), []byte("{bukan json"))
			})
		}, ErrDamaged},
		{"newer schema", func(path string) {
			copyForTest(t, good.Path, path)
			writeBolt(t, path, func(tx *bolt.Tx) error {
				return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte("99"))
			})
		}, ErrNewerSchema},
		{"missing file", func(string) {}, fs.ErrNotExist},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(cand, "calon-"+string(rune('a'+i))+".db")
			tt.make(path)
			if _, err := Inspect(path); !errors.Is(err, tt.isErr) {
				t.Errorf("Inspect: %v, want %v", err, tt.isErr)
			}
			_, err := db.Restore(path, at(2026, 11, 26, 10, 0))
			if !errors.Is(err, tt.isErr) {
				t.Fatalf("Restore: %v, want %v", err, tt.isErr)
			}
			t.Log(err)
			if got := exportJSON(t, db); got != wantData {
				t.Error("a refused restore changed the data")
			}
			if names := dirNames(t, dir); !slices.Equal(names, []string{"kemitraan.db"}) {
				t.Errorf("data folder holds %v after a refused restore", names)
			}
		})
	}
	MustSavePartner(t, db, "CV Masih Bisa")

	// the data file itself is not a backup to restore from
	if _, err := db.Restore(db.Path(), at(2026, 11, 26, 10, 0)); err == nil {
		t.Error("restoring the data file from itself succeeded")
	}
}

// Saves and reads that run while a restore swaps the file wait for it and then see
// the restored file; none fails.
func TestRestoreWhileBusy(t *testing.T) {
	db := MustOpenTemp(t)
	fillSample(t, db)
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 30))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var done [2]atomic.Int64
	stop := make(chan struct{})
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if g == 0 {
					MustSavePartner(t, db, "Mitra sibuk")
				} else if _, err := db.Partnerships(); err != nil {
					t.Error(err)
					return
				}
				done[g].Add(1)
			}
		}()
	}
	// the saves and reads run before, during and after the restore: counted, not timed
	waitFor := func(n int64) {
		for done[0].Load() < n || done[1].Load() < n {
			runtime.Gosched()
		}
	}
	waitFor(5)
	if _, err := db.Restore(good.Path, at(2026, 11, 26, 10, 0)); err != nil {
		t.Error(err)
	}
	waitFor(done[0].Load() + 5)
	close(stop)
	wg.Wait()
	if _, err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestInspectLockedFile(t *testing.T) {
	db := MustOpenTemp(t)
	if _, err := Inspect(db.Path()); !errors.Is(err, ErrLocked) {
		t.Fatalf("Inspect of a file open in another window: %v, want ErrLocked", err)
	}
}

// The start-up path for a damaged file: move it aside, find the newest good backup,
// put a copy of it in place, open.
func TestQuarantineAndRestoreNewestGoodBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	fill(t, db, 100)
	MustAutoBackup(t, db, at(2026, 11, 25, 7, 0))
	want := exportJSON(t, db)
	// the next day's backup is damaged (the disk failed under it), and the day after
	// there is a backup of a newer Kemitraan: both are passed over
	MustSavePartner(t, db, "CV Sesudah")
	newer := MustAutoBackup(t, db, at(2026, 11, 26, 7, 0))
	truncateTo(t, newer.Path, newer.Size/2)
	newest := MustAutoBackup(t, db, at(2026, 11, 27, 7, 0))
	writeBolt(t, newest.Path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte("99"))
	})
	MustClose(t, db)
	truncateTo(t, path, 3*4096)
	damagedBytes, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	if db, err := Open(path); !errors.Is(err, ErrDamaged) {
		if err == nil {
			_ = db.Close()
		}
		t.Fatalf("Open of the cut file: %v, want ErrDamaged", err)
	}
	now := at(2026, 11, 28, 9, 30)
	moved, err := QuarantineDamaged(path, now)
	if err != nil {
		t.Fatal(err)
	}
	if moved != path+".rusak-2026-11-28-0930" {
		t.Errorf("moved to %s", moved)
	}
	if kept, err := os.ReadFile(moved); err != nil || !bytes.Equal(kept, damagedBytes) {
		t.Errorf("the damaged file was not kept as it was: %v", err)
	}

	b, err := NewestGoodBackup(path)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(b.Path) != "kemitraan-2026-11-25.db" || b.Counts.Partners != 103 {
		t.Errorf("newest good backup %+v, want the one of 25 November with 103 partners", b)
	}
	if err := RestoreBackupInto(path, b.Path); err != nil {
		t.Fatal(err)
	}
	// a second time: the data file is there now, and is not overwritten
	if err := RestoreBackupInto(path, b.Path); !errors.Is(err, fs.ErrExist) {
		t.Errorf("RestoreBackupInto over a data file: %v, want fs.ErrExist", err)
	}
	db = MustOpen(t, path)
	if got := exportJSON(t, db); got != want {
		t.Error("the restored file does not hold the backup's data")
	}
	MustClose(t, db)

	// quarantining again in the same minute keeps both damaged files
	truncateTo(t, path, 3*4096)
	moved2, err := QuarantineDamaged(path, now)
	if err != nil {
		t.Fatal(err)
	}
	if moved2 != moved+"-2" {
		t.Errorf("second quarantine to %s, want %s", moved2, moved+"-2")
	}
	if _, err := os.Stat(moved); err != nil {
		t.Errorf("first damaged file gone: %v", err)
	}
}

func TestNewestGoodBackupNone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	if _, err := NewestGoodBackup(path); !errors.Is(err, ErrNoGoodBackup) {
		t.Errorf("NewestGoodBackup without backups: %v, want ErrNoGoodBackup", err)
	}
}

func TestFileModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes are Unix")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "data", "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	daily := MustAutoBackup(t, db, at(2026, 11, 26, 7, 0))
	manual, err := db.BackupTo(filepath.Join(dir, "usb", "cadangan"), at(2026, 11, 26, 9, 30))
	if err != nil {
		t.Fatal(err)
	}
	before, err := db.Restore(manual.Path, at(2026, 11, 26, 10, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		mode fs.FileMode
	}{
		{filepath.Dir(path), 0o700},
		{path, 0o600},
		{filepath.Dir(daily.Path), 0o700},
		{daily.Path, 0o600},
		{before.Path, 0o600},
		{filepath.Dir(manual.Path), 0o700},
		{manual.Path, 0o600},
	} {
		info, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != c.mode {
			t.Errorf("%s: mode %o, want %o", c.path, got, c.mode)
		}
	}
}

// A folder that cannot take the backup: the error says so plainly (ErrWriteFailed),
// nothing is left behind, and the DB goes on working.
func TestBackupToUnwritableFolder(t *testing.T) {
	db := MustOpenTemp(t)
	fillSample(t, db)

	check := func(t *testing.T, dir, look string) {
		t.Helper()
		_, err := db.BackupTo(dir, at(2026, 11, 26, 9, 30))
		if !errors.Is(err, ErrWriteFailed) {
			t.Fatalf("BackupTo(%s): %v, want ErrWriteFailed", dir, err)
		}
		t.Log(err)
		if !strings.Contains(err.Error(), dir) {
			t.Errorf("message %q should name the folder", err)
		}
		if names := dirNames(t, look); len(names) != 0 {
			t.Errorf("left behind: %v", names)
		}
		MustSavePartner(t, db, "CV Tetap Jalan")
		if _, err := db.Check(); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("folder is a file", func(t *testing.T) {
		parent := t.TempDir()
		file := filepath.Join(parent, "FLASHDISK")
		mustWrite(t, file, []byte("bukan folder"))
		check(t, filepath.Join(file, "cadangan"), t.TempDir())
	})
	t.Run("read-only folder", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("folder permissions are Unix")
		}
		if os.Geteuid() == 0 {
			t.Skip("running as root, which ignores folder permissions; TestWriteFailureDiskFull covers a refused write")
		}
		ro := t.TempDir()
		if err := os.Chmod(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(ro, 0o700) })
		check(t, ro, ro)
	})
}
