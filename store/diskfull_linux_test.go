package store

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// diskFullEnv, when set to a folder, makes TestDiskFullHelper run its checks there.
const diskFullEnv = "KEMITRAAN_DISK_FULL_DIR"

// A disk that refuses writes, made honestly: a child process lowers its file size
// limit (RLIMIT_FSIZE), so the kernel fails every write past it with EFBIG, as a full
// disk fails them with ENOSPC. Unlike folder permissions, this holds for root too.
func TestWriteFailureDiskFull(t *testing.T) {
	if os.Getenv(diskFullEnv) != "" {
		t.Skip("in the helper process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiskFullHelper$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), diskFullEnv+"="+t.TempDir())
	out, err := cmd.CombinedOutput()
	t.Logf("helper:\n%s", out)
	if err != nil || !bytes.Contains(out, []byte("--- PASS: TestDiskFullHelper")) {
		t.Fatalf("helper failed: %v", err)
	}
}

// TestDiskFullHelper runs in the child process of TestWriteFailureDiskFull.
func TestDiskFullHelper(t *testing.T) {
	dir := os.Getenv(diskFullEnv)
	if dir == "" {
		t.Skip("helper process of TestWriteFailureDiskFull")
	}
	path := filepath.Join(dir, "data", "kemitraan.db")
	db := MustOpen(t, path)
	fillSample(t, db)
	want := exportJSON(t, db)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	// the "disk" holds what the file holds now and a little more
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	full := lim
	full.Cur = uint64(info.Size()) + 16<<10
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &full); err != nil {
		t.Fatal(err)
	}
	t.Logf("data file %d bytes, writes past %d bytes fail", info.Size(), full.Cur)

	// a save that does not fit: the error is ErrWriteFailed naming the file, the
	// save is not kept, and the DB goes on
	s := validSchool()
	s.Logo = bytes.Repeat([]byte{0x89}, 1<<20)
	err = db.SaveSchool(s)
	if !errors.Is(err, ErrWriteFailed) || !strings.Contains(err.Error(), path) {
		t.Fatalf("SaveSchool on a full disk: %v, want ErrWriteFailed naming %s", err, path)
	}
	t.Log(err)
	if got := exportJSON(t, db); got != want {
		t.Error("the failed save changed the data")
	}
	if _, err := db.Check(); err != nil {
		t.Fatalf("Check after the failed save: %v", err)
	}

	// a backup that does not fit: ErrWriteFailed, and nothing left in the folder
	fill(t, db, 0)
	usb := filepath.Join(dir, "usb")
	if err := os.Mkdir(usb, 0o700); err != nil {
		t.Fatal(err)
	}
	small := full
	small.Cur = 8 << 10
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &small); err != nil {
		t.Fatal(err)
	}
	_, err = db.BackupTo(usb, at(2026, 11, 26, 9, 30))
	if !errors.Is(err, ErrWriteFailed) || !strings.Contains(err.Error(), usb) {
		t.Fatalf("BackupTo on a full disk: %v, want ErrWriteFailed naming %s", err, usb)
	}
	t.Log(err)
	if names := dirNames(t, usb); len(names) != 0 {
		t.Errorf("left behind on the full disk: %v", names)
	}
	_, err = db.AutoBackup(at(2026, 11, 26, 9, 30))
	if !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("AutoBackup on a full disk: %v, want ErrWriteFailed", err)
	}
	if names := dirNames(t, filepath.Join(dir, "data", "backups")); len(names) != 0 {
		t.Errorf("left behind on the full disk: %v", names)
	}

	// a small save whose pages the file has room for, but the disk will not write:
	// this time bbolt fails writing the pages, not growing the file
	want = exportJSON(t, db)
	if err := db.SavePartner(&model.Partner{Name: "CV Tak Tersimpan", Kind: model.KindBisnis}); !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("SavePartner on a full disk: %v, want ErrWriteFailed", err)
	} else {
		t.Log(err)
	}
	if got := exportJSON(t, db); got != want {
		t.Error("the failed save changed the data")
	}
	if _, err := db.Check(); err != nil {
		t.Fatalf("Check after the failed save: %v", err)
	}

	// space again: the same save and backup now succeed, on the same DB
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSchool(s); err != nil {
		t.Fatalf("SaveSchool once there is space: %v", err)
	}
	if got, err := db.School(); err != nil || len(got.Logo) != 1<<20 {
		t.Fatalf("School after the retry: %d bytes of logo, %v", len(got.Logo), err)
	}
	MustSavePartner(t, db, "CV Tersimpan")
	if _, err := db.BackupTo(usb, at(2026, 11, 26, 9, 31)); err != nil {
		t.Fatalf("BackupTo once there is space: %v", err)
	}
	if _, err := db.Check(); err != nil {
		t.Fatal(err)
	}
}
