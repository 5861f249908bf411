package store

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readOnlyEnv, when set to a folder, makes TestReadOnlyMediumHelper run its checks on
// the data file in it, which a read-only mount covers.
const readOnlyEnv = "KEMITRAAN_READONLY_DIR"

// A write-protected stick, made honestly: the test binary runs again in a mount
// namespace of its own where the folder of the data file is bound read-only
// (unshare -m; needs the right to mount, as root in a container has). #13.14.
func TestReadOnlyMedium(t *testing.T) {
	if os.Getenv(readOnlyEnv) != "" {
		t.Skip("in the helper process")
	}
	dir := filepath.Join(t.TempDir(), "stick")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	db := MustOpen(t, filepath.Join(dir, "kemitraan.db"))
	fillSample(t, db)
	MustClose(t, db)
	before, _ := os.ReadFile(filepath.Join(dir, "kemitraan.db"))

	out, err := runReadOnly(dir, os.Args[0], "-test.run=^TestReadOnlyMediumHelper$", "-test.count=1", "-test.v")
	if err != nil && bytes.Contains(out, []byte("no-mount")) {
		t.Skip("cannot mount read-only here: ", strings.TrimSpace(string(out)))
	}
	t.Logf("helper:\n%s", out)
	if err != nil || !bytes.Contains(out, []byte("--- PASS: TestReadOnlyMediumHelper")) {
		t.Fatalf("helper failed: %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "kemitraan.db")); !bytes.Equal(after, before) {
		t.Error("the file on the read-only medium changed")
	}
}

// runReadOnly runs a command with dir mounted read-only for it alone.
func runReadOnly(dir string, args ...string) ([]byte, error) {
	if _, err := exec.LookPath("unshare"); err != nil {
		return []byte("no-mount: no unshare"), err
	}
	script := `mount --bind "$D" "$D" 2>/dev/null && mount -o remount,ro,bind "$D" 2>/dev/null || { echo no-mount; exit 3; }; exec "$@"`
	cmd := exec.Command("unshare", append([]string{"-m", "sh", "-c", script, "sh"}, args...)...)
	cmd.Env = append(os.Environ(), "D="+dir, readOnlyEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil && bytes.HasPrefix(out, []byte("unshare:")) {
		// no mount namespace of our own here (a chroot, a locked-down container)
		return append([]byte("no-mount: "), out...), err
	}
	return out, err
}

// TestReadOnlyMediumHelper runs in the child process of TestReadOnlyMedium.
func TestReadOnlyMediumHelper(t *testing.T) {
	dir := os.Getenv(readOnlyEnv)
	if dir == "" {
		t.Skip("helper process of TestReadOnlyMedium")
	}
	path := filepath.Join(dir, "kemitraan.db")
	if err := os.WriteFile(filepath.Join(dir, "coba"), nil, 0o600); err == nil {
		t.Fatal("the folder is writable: the mount did not take")
	}
	// opening for writing fails with the medium's kind, not bbolt's raw error
	if db, err := Open(path); err == nil {
		_ = db.Close()
		t.Fatal("Open for writing succeeded on a read-only medium")
	} else if !errors.Is(err, ErrWriteProtected) {
		t.Errorf("Open: %v, want ErrWriteProtected", err)
	}
	// the window's way: read-only when it must be
	db, err := OpenWith(path, Options{ReadOnlyFallback: true, Holder: HolderWindow})
	if err != nil {
		t.Fatalf("OpenWith(ReadOnlyFallback): %v", err)
	}
	defer db.Close()
	if !db.ReadOnly() {
		t.Error("ReadOnly() is false")
	}
	if list, err := db.Partners(); err != nil || len(list) != 3 {
		t.Errorf("Partners: %d, %v", len(list), err)
	}
	if _, err := db.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
	if err := db.SaveSchool(validSchool()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("SaveSchool: %v, want ErrReadOnly", err)
	}
	if _, err := db.AutoBackup(at(2026, 11, 26, 7, 0)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AutoBackup: %v, want ErrReadOnly", err)
	}
	usb := t.TempDir()
	if info, err := db.BackupTo(usb, at(2026, 11, 26, 9, 0)); err != nil {
		t.Errorf("BackupTo a writable folder: %v", err)
	} else if _, err := Inspect(info.Path); err != nil {
		t.Errorf("the backup: %v", err)
	}
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil || buf.Len() == 0 {
		t.Errorf("Export: %v", err)
	}
	if _, err := os.Stat(holderNotePath(path)); err == nil {
		t.Error("a holder note on a read-only medium")
	}
}
