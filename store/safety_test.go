package store

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Tests of the second round of data safety (#13), point by point.

// rawUpdate changes the closed file at path with bbolt directly, as damage would.
func rawUpdate(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
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

// flipInValue flips one bit in the middle of the payload of the record under key,
// keeping its envelope: the damage a rotting disk does, which JSON may not notice.
func flipInValue(t *testing.T, path string, bucket, key []byte) {
	t.Helper()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		v := bytes.Clone(b.Get(key))
		if len(v) <= envelopeHead+4 {
			t.Fatalf("%s/%s: value of %d bytes", bucket, key, len(v))
		}
		i := envelopeHead + (len(v)-envelopeHead)/2
		v[i] ^= 0x04 // "a" (0x61) becomes "e" (0x65): still valid JSON
		return b.Put(key, v)
	})
}

// #13.1: two restores in the same minute keep both before-restore backups, each with
// the data it replaced.
func TestTwoRestoresInOneMinuteKeepBothBackups(t *testing.T) {
	db := MustOpenTemp(t)
	fillSample(t, db)
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	MustSavePartner(t, db, "Mitra sebelum pemulihan pertama")
	first := exportJSON(t, db)
	now := at(2026, 11, 26, 10, 0)
	b1, err := db.Restore(good.Path, now)
	if err != nil {
		t.Fatal(err)
	}
	MustSavePartner(t, db, "Mitra sebelum pemulihan kedua")
	second := exportJSON(t, db)
	b2, err := db.Restore(good.Path, now.Add(20*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if b1.Path == b2.Path {
		t.Fatalf("both restores backed up to %s", b1.Path)
	}
	for _, c := range []struct {
		info BackupInfo
		want string
	}{{b1, first}, {b2, second}} {
		copyDB := MustOpen(t, copyOf(t, c.info.Path))
		if got := exportJSON(t, copyDB); got != c.want {
			t.Errorf("%s does not hold the data it replaced", filepath.Base(c.info.Path))
		}
	}
	list, _ := db.Backups()
	n := 0
	for _, b := range list {
		if b.Kind == BackupBeforeRestore {
			n++
		}
	}
	if n != 2 || list[0].Path != b2.Path {
		t.Errorf("backups %+v: want both before-restore backups, the second newest", list)
	}
	// and two manual backups in one minute
	usb := t.TempDir()
	m1, err1 := db.BackupTo(usb, now)
	m2, err2 := db.BackupTo(usb, now)
	if err1 != nil || err2 != nil || m1.Path == m2.Path || !strings.HasSuffix(m2.Path, "-2.db") {
		t.Errorf("two backups in a minute: %s %v, %s %v", m1.Path, err1, m2.Path, err2)
	}
}

// copyOf copies a file into a new temporary folder and returns the copy's path.
func copyOf(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return dst
}

// pointBranchOutside makes the first element of a branch page of the partners bucket
// point past the end of the file: bbolt reading it faults (SIGBUS) or panics.
func pointBranchOutside(t *testing.T, path string) {
	t.Helper()
	var root uint64
	var hwm uint64
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.View(func(tx *bolt.Tx) error {
		root = uint64(tx.Bucket(bucketPartners).RootPage())
		hwm = uint64(tx.Size()) / 4096
		return nil
	})
	_ = bdb.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var h [pageHeader]byte
	if _, err := f.ReadAt(h[:], int64(root)*4096); err != nil {
		t.Fatal(err)
	}
	if flags := binary.LittleEndian.Uint16(h[8:]); flags != pageFlagBranch {
		t.Fatalf("the partners' root page %d is not a branch (flags %#x): fill more", root, flags)
	}
	var pgid [8]byte
	binary.LittleEndian.PutUint64(pgid[:], hwm+3)
	if _, err := f.WriteAt(pgid[:], int64(root)*4096+pageHeader+8); err != nil {
		t.Fatal(err)
	}
}

// #13.2: a damaged page makes backup, check, import and restore say "damaged"; none
// ends the program, no damaged backup gets a final name, and no temporary file stays.
func TestDamagedPageDoesNotCrashOrSpread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	fill(t, db, 300)
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	MustClose(t, db)
	pointBranchOutside(t, path)

	db = MustOpen(t, path)
	if _, err := db.Check(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "di luar batas") {
		t.Errorf("Check: %v, want ErrDamaged naming the page out of bounds", err)
	}
	if _, err := db.Partners(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Partners: %v, want ErrDamaged", err)
	}
	usb := t.TempDir()
	if _, err := db.BackupTo(usb, at(2026, 11, 26, 9, 0)); !errors.Is(err, ErrDamaged) {
		t.Errorf("BackupTo: %v, want ErrDamaged", err)
	}
	if names := dirNames(t, usb); len(names) != 0 {
		t.Errorf("the failed backup left %v", names)
	}
	if _, err := db.AutoBackup(at(2026, 11, 26, 9, 0)); !errors.Is(err, ErrDamaged) {
		t.Errorf("AutoBackup: %v, want ErrDamaged", err)
	}
	for _, n := range dirNames(t, backupDir(path)) {
		if !strings.Contains(n, "sebelum") {
			t.Errorf("a backup of the damaged file was kept: %s", n)
		}
	}
	b := &Bundle{Format: ExportFormat, SchemaVersion: SchemaVersion,
		Partners: []model.Partner{{ID: model.NewID(time.Now()), Name: "PT Baru", Kind: model.KindBisnis}}}
	if plan, err := db.PlanImport(b); err == nil {
		if _, err := db.ApplyImport(plan, nil); !errors.Is(err, ErrDamaged) {
			t.Errorf("ApplyImport: %v, want ErrDamaged", err)
		}
	} else if !errors.Is(err, ErrDamaged) {
		t.Errorf("PlanImport: %v, want ErrDamaged", err)
	}
	// the restore goes on: the damaged file is kept aside as it was
	before, err := db.Restore(good.Path, at(2026, 11, 26, 10, 0))
	if err != nil {
		t.Fatalf("Restore over a damaged file: %v", err)
	}
	if before.Kind != model.BackupDamagedKept || !strings.Contains(filepath.Base(before.Path), ".rusak-") {
		t.Errorf("Restore kept %+v, want the damaged file aside", before)
	}
	if _, err := db.Check(); err != nil {
		t.Errorf("Check after the restore: %v", err)
	}
	for _, n := range append(dirNames(t, filepath.Dir(path)), dirNames(t, backupDir(path))...) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("temporary file left: %s", n)
		}
	}
}

// #13.2: temporary files a killed program left are removed when the file is opened.
func TestLeftoverTempsRemovedAtOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	MustClose(t, MustOpen(t, path))
	dir := filepath.Dir(path)
	if err := os.MkdirAll(backupDir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	left := []string{filepath.Join(dir, ".kemitraan.db.123456.tmp"), filepath.Join(dir, ".kemitraan.db.pulih-99.tmp"),
		filepath.Join(backupDir(path), ".kemitraan-2026-11-26.db.77.tmp")}
	keep := []string{filepath.Join(dir, "catatan.txt"), filepath.Join(dir, ".lain.db.1.tmp")}
	for _, p := range append(left, keep...) {
		mustWrite(t, p, []byte("sisa"))
	}
	MustOpen(t, path)
	for _, p := range left {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was not removed", filepath.Base(p))
		}
	}
	for _, p := range keep {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s, not ours, was removed", filepath.Base(p))
		}
	}
}

// A restore stopped by a power cut between moving the old file aside and putting the
// new one in place is undone when the file is next opened.
func TestRestoreStoppedHalfWayIsUndone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	want := exportJSON(t, db)
	MustClose(t, db)
	if err := os.Rename(path, asidePath(path)); err != nil {
		t.Fatal(err)
	}
	db = MustOpen(t, path)
	if got := exportJSON(t, db); got != want {
		t.Error("the old file did not come back")
	}
}

// #13.3: restore goes on over a file damaged inside a record (it opens, but its
// backup fails the check): the damaged file is moved aside, not backed up.
func TestRestoreOverRecordDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	want := exportJSON(t, db)
	p := MustSavePartner(t, db, "PT Rusak")
	MustClose(t, db)
	flipInValue(t, path, bucketPartners, []byte(p.ID))
	damagedBytes, _ := os.ReadFile(path)

	db = MustOpen(t, path)
	before, err := db.Restore(good.Path, at(2026, 11, 26, 10, 0))
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if before.Kind != model.BackupDamagedKept {
		t.Fatalf("Restore returned %+v, want the damaged file kept", before)
	}
	if kept, _ := os.ReadFile(before.Path); !bytes.Equal(kept, damagedBytes) {
		t.Error("the damaged file was not kept as it was")
	}
	if got := exportJSON(t, db); got != want {
		t.Error("the restored data differ from the backup")
	}
}

// #13.3: small files that are no bbolt file are "not a Kemitraan data file", in
// Bahasa Indonesia, and damaged (so the window offers a backup): never bbolt's raw
// English.
func TestSmallNonBboltFiles(t *testing.T) {
	for _, size := range []int{1, 100, 2 << 10, 4 << 10, 8<<10 + 3, 16 << 10} {
		path := filepath.Join(t.TempDir(), "kemitraan.db")
		data := make([]byte, size)
		_, _ = rand.Read(data)
		mustWrite(t, path, data)
		db, err := Open(path)
		if err == nil {
			_ = db.Close()
			t.Fatalf("%d random bytes opened", size)
		}
		if !errors.Is(err, ErrNotDataFile) || !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "too small") {
			t.Errorf("%d bytes: %v, want ErrNotDataFile", size, err)
		}
		if _, err := Inspect(path); !errors.Is(err, ErrNotDataFile) {
			t.Errorf("Inspect of %d bytes: %v", size, err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
			t.Errorf("%d bytes: the file was changed", size)
		}
	}
}

// #13.6: a bit that rots inside a record is found: reading it says damaged, Check
// names it (with its partnership's title), it is not backed up, and a backup
// holding it is refused before a restore.
func TestChecksumFindsRottenRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	ps := MustSavePartnership(t, db, "Pelatihan pencacah data", "")
	MustClose(t, db)
	flipInValue(t, path, bucketPartnerships, []byte(ps.ID))

	db = MustOpen(t, path)
	_, err := db.Partnership(ps.ID)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("Partnership: %v, want ErrDamaged (checksum)", err)
	}
	_, err = db.Check()
	var rep *model.DamageReport
	if !errors.As(err, &rep) || !strings.Contains(err.Error(), "kemitraan "+string(ps.ID)) ||
		!strings.Contains(err.Error(), "Pelatihan pencacah data") {
		t.Fatalf("Check: %v, want a report naming the partnership", err)
	}
	if rep.Report == "" {
		t.Error("no report file")
	} else if data, err := os.ReadFile(rep.Report); err != nil || !strings.Contains(string(data), string(ps.ID)) {
		t.Errorf("report file: %v %q", err, data)
	}
	if _, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 0)); !errors.Is(err, ErrDamaged) {
		t.Errorf("BackupTo: %v, want ErrDamaged (no backup of rotten data)", err)
	}
	if _, err := Inspect(copyOf(t, path)); !errors.Is(err, ErrDamaged) {
		t.Errorf("Inspect of a copy: %v, want ErrDamaged", err)
	}
	// a key that rots is found too: the key is in the sum
	MustClose(t, db)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSummaries)
		v := bytes.Clone(b.Get([]byte(ps.ID)))
		k := []byte(ps.ID)
		k[len(k)-1] ^= 0x01
		if err := b.Delete([]byte(ps.ID)); err != nil {
			return err
		}
		return b.Put(k, v)
	})
	db = MustOpen(t, path)
	if _, err := db.Check(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "ringkasan") {
		t.Errorf("Check after a key rotted: %v", err)
	}
}

// #13.6: a version 2 file, as the previous program wrote it, is upgraded to version 3
// (every value sealed), after a backup; it then passes Check with every record as
// it was.
func TestMigrateSchema2File(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	mustCopy(t, filepath.Join("testdata", "schema2.db"), path)
	before, err := Inspect(path)
	if err != nil || before.SchemaVersion != 2 || before.Counts.Attachments == 0 {
		t.Fatalf("testdata/schema2.db: %+v, %v", before, err)
	}
	migrateChunkBytes = 1 // one attachment per transaction: the chunked path
	defer func() { migrateChunkBytes = 32 << 20 }()
	db := MustOpen(t, path)
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	before.Counts.SchemaVersion = SchemaVersion
	// the agreements' numbers, typed before there was a register, are in it now
	numbered := 0
	all, err := db.Partnerships()
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range all {
		if ps.Agreement.Number() != "" {
			numbered++
		}
	}
	before.Counts.Letters += numbered
	if c != before.Counts || numbered == 0 {
		t.Errorf("after the upgrade %+v, before %+v (%d agreements numbered)", c, before.Counts, numbered)
	}
	err = db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMeta).Get(keyUpgrading) != nil {
			t.Error("the upgrade is still marked as running")
		}
		for _, name := range allBuckets {
			if string(name) == string(bucketMeta) {
				continue
			}
			_ = tx.Bucket(name).ForEach(func(k, v []byte) error {
				if _, err := open(name, k, v); err != nil {
					t.Errorf("%s: %v", recordName(string(name), k), err)
				}
				return nil
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := db.Documents()
	if err != nil || len(docs) == 0 {
		t.Fatalf("documents after the upgrade: %v, %v", docs, err)
	}
	data, err := db.AttachmentData(docs[0].ID)
	if err != nil || SHA256(data) != docs[0].SHA256 {
		t.Errorf("the document's file after the upgrade: %v", err)
	}
	backups, _ := db.Backups()
	if len(backups) != 1 || backups[0].Kind != BackupBeforeUpgrade {
		t.Fatalf("backups %+v", backups)
	}
	if p, err := Inspect(backups[0].Path); err != nil || p.SchemaVersion != 2 {
		t.Errorf("the backup before the upgrade: %+v, %v", p, err)
	}
}

// An upgrade stopped half way (power cut between its chunks) is finished at the next
// Open.
func TestMigrateResumes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	mustCopy(t, filepath.Join("testdata", "schema2.db"), path)
	// the first transaction of the upgrade, as it was committed before the cut
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		if err := migrate2to3(tx); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyUpgrading, []byte("1")); err != nil {
			return err
		}
		return putSchemaVersion(tx, 3)
	})
	if _, err := Inspect(path); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "belum selesai") {
		t.Errorf("Inspect of a half-upgraded file: %v", err)
	}
	if _, err := OpenWith(path, Options{ReadOnly: true}); !errors.Is(err, ErrOlderReadOnly) {
		t.Errorf("read-only Open of a half-upgraded file: %v", err)
	}
	db := MustOpen(t, path)
	if _, err := db.Check(); err != nil {
		t.Fatalf("Check after the upgrade was finished: %v", err)
	}
}

// #13.7: the file is checked before the first write of the day: a damaged record
// stops the write (nothing is written), reads go on, and a new day checks again.
func TestFirstWriteOfTheDayChecks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	ps := MustSavePartnership(t, db, "Kebun sekolah", "")
	other := MustSavePartner(t, db, "CV Lain")
	MustClose(t, db)
	flipInValue(t, path, bucketPartnerships, []byte(ps.ID))

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := model.Partner{Name: "PT Baru", Kind: model.KindBisnis}
	if err := db.SavePartner(&p); !errors.Is(err, ErrDamaged) {
		t.Fatalf("the first write into a damaged file: %v, want ErrDamaged", err)
	}
	if list, _ := db.Partners(); len(list) != 1 || list[0].ID != other.ID {
		t.Errorf("after the refused write: %v", list)
	}
	if db.Damage() == nil {
		t.Error("Damage() is nil")
	}
	if err := db.AddEvent(model.Event{PartnershipID: ps.ID, Kind: model.EventNote, Text: "x"}); !errors.Is(err, ErrDamaged) {
		t.Errorf("a later write: %v, want ErrDamaged", err)
	}

	// a sound file: checked on the first write of each day
	clock := at(2026, 11, 26, 23, 58)
	good := MustOpenTemp(t)
	good.setClock(func() time.Time { return clock })
	MustSavePartner(t, good, "A")
	if good.verify.day != "2026-11-26" {
		t.Fatalf("checked day %q", good.verify.day)
	}
	clock = at(2026, 11, 27, 0, 5)
	MustSavePartner(t, good, "B")
	if good.verify.day != "2026-11-27" {
		t.Errorf("the new day's first write did not check: day %q", good.verify.day)
	}
}

// #13.7: the check after opening runs in the background and reports damage.
func TestVerifyInBackground(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := MustSavePartner(t, db, "CV Maju")
	MustClose(t, db)
	flipInValue(t, path, bucketPartners, []byte(p.ID))
	db = MustOpen(t, path)
	got := make(chan error, 1)
	db.VerifyInBackground(func(err error) { got <- err })
	err := <-got
	var rep *model.DamageReport
	if !errors.As(err, &rep) || rep.Report != ReportPath(path) {
		t.Fatalf("VerifyInBackground: %v, want a report beside the file", err)
	}
	if err := db.SaveSchool(validSchool()); !errors.Is(err, ErrDamaged) {
		t.Errorf("a write after the damage was found: %v", err)
	}
	// a sound file reports nil, and Close ends a check that runs
	ok := MustOpenTemp(t)
	fill(t, ok, 20)
	ok.verify.passed("")
	got2 := make(chan error, 1)
	ok.VerifyInBackground(func(err error) { got2 <- err })
	if err := <-got2; err != nil {
		t.Errorf("a sound file: %v", err)
	}
}

// #13.8: guard takes only damage for damage: a panic of the program's own with a
// sound file is a bug, logged with its stack.
func TestGuardTellsBugsFromDamage(t *testing.T) {
	var logged string
	saved := logBug
	logBug = func(what string, stack []byte) { logged = what + "\n" + string(stack) }
	defer func() { logBug = saved }()

	db := MustOpenTemp(t)
	fillSample(t, db)
	err := db.view(func(tx *bolt.Tx) error {
		var m map[string]int
		//lint:ignore SA5000 the bug this test makes on purpose
		m["x"]++ // a bug: assignment to a nil map
		return nil
	})
	if !errors.Is(err, ErrBug) || errors.Is(err, ErrDamaged) {
		t.Fatalf("a bug came back as %v, want ErrBug", err)
	}
	if !strings.Contains(logged, "nil map") || !strings.Contains(logged, "safety_test.go") {
		t.Errorf("the bug was not logged with its stack: %q", logged)
	}
	// the same panic over a damaged file is damage
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	d := MustOpen(t, path)
	fill(t, d, 300)
	MustClose(t, d)
	pointBranchOutside(t, path)
	if err := guard(path, func() error { panic("halaman aneh") }); !errors.Is(err, ErrDamaged) {
		t.Errorf("a panic over a damaged file: %v, want ErrDamaged", err)
	}
}

// #13.9: a file damaged all over gives a short message; the report file has it all.
func TestDamageMessageIsBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	fill(t, db, 400)
	MustClose(t, db)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPartners)
		var keys [][]byte
		_ = b.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil })
		for _, k := range keys {
			if err := b.Put(k, bytes.Repeat([]byte{0xff}, 3000)); err != nil {
				return err
			}
		}
		return nil
	})
	db = MustOpen(t, path)
	_, err := db.Check()
	var rep *model.DamageReport
	if !errors.As(err, &rep) {
		t.Fatalf("Check: %v", err)
	}
	if n := len(err.Error()); n > 2000 {
		t.Errorf("the message is %d bytes", n)
	}
	if rep.Total < 400 || len(rep.Problems) > reportShown {
		t.Errorf("report: %d problems, %d shown", rep.Total, len(rep.Problems))
	}
	data, err := os.ReadFile(rep.Report)
	if err != nil || strings.Count(string(data), "\n4") < 1 || strings.Count(string(data), "mitra ") < 400 {
		t.Errorf("the report file: %v, %d bytes", err, len(data))
	}
}

// #13.16: the lock message names the holder only when its note can be believed: a
// note of a process that no longer runs names nobody.
func TestLockMessageTrustsNoStaleNote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	held := MustOpen(t, path)
	_ = held
	host, _ := os.Hostname()
	for _, c := range []struct {
		note string
		want *model.Kind
	}{
		{`{"program":"jendela","pid":` + itoa(os.Getpid()) + `,"host":"` + host + `"}`, ErrLockedByWindow},
		{`{"program":"kemitraan-cli","pid":` + itoa(os.Getpid()) + `,"host":"` + host + `"}`, ErrLockedByCLI},
		{`{"program":"jendela","pid":999999999,"host":"` + host + `"}`, ErrLocked},
		{`{"program":"jendela","pid":` + itoa(os.Getpid()) + `,"host":"komputer-lain"}`, ErrLocked},
		{`{"program":"pengacau","pid":` + itoa(os.Getpid()) + `,"host":"` + host + `"}`, ErrLocked},
		{`bukan json`, ErrLocked},
		{strings.Repeat(" ", 5000), ErrLocked},
	} {
		mustWrite(t, holderNotePath(path), []byte(c.note))
		if got := model.KindOf(lockedError(path)); got != c.want {
			t.Errorf("note %.60q: kind %v, want %v", c.note, got, c.want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
