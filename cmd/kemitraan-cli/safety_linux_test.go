package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/store"
)

// The command line on media that refuse writes, made honestly in a mount namespace of
// the test's own (unshare -m): a folder bound read-only (a write-protected stick) or a
// tiny tmpfs (a full stick). The test binary runs again there as TestCLIHelper, which
// runs the command line with the arguments in cliArgsEnv.

const (
	cliArgsEnv  = "KEMITRAAN_CLI_ARGS" // JSON list of arguments
	mountDirEnv = "KEMITRAAN_MOUNT_DIR"
)

// TestCLIHelper runs the command line in the child process and exits with its code.
func TestCLIHelper(t *testing.T) {
	raw := os.Getenv(cliArgsEnv)
	if raw == "" {
		t.Skip("helper process")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	os.Exit(run(args, strings.NewReader(""), os.Stdout, os.Stderr))
}

// cliMounted runs the command line with dir mounted as mount says ("ro": read-only,
// "full": a tmpfs of 16 KB) for it alone. It skips the test where mounting is not
// allowed.
func cliMounted(t *testing.T, dir, mount string, args ...string) (int, string) {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("no unshare")
	}
	setup := `mount --bind "$D" "$D" && mount -o remount,ro,bind "$D"`
	if mount == "full" {
		setup = `mount -t tmpfs -o size=16k,mode=0700 tmpfs "$D"`
	}
	script := `{ ` + setup + `; } 2>/dev/null || { echo no-mount; exit 3; }; exec "$@"`
	raw, _ := json.Marshal(args)
	cmd := exec.Command("unshare", "-m", "sh", "-c", script, "sh", os.Args[0], "-test.run=^TestCLIHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "D="+dir, cliArgsEnv+"="+string(raw))
	out, _ := cmd.CombinedOutput()
	if strings.HasPrefix(string(out), "no-mount") || strings.HasPrefix(string(out), "unshare:") {
		// no mount namespace of our own here (a chroot, a locked-down container)
		t.Skip("cannot mount here: ", strings.TrimSpace(string(out)))
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

// #13.14: on a write-protected stick, the commands that only read work and change
// nothing.
func TestReadOnlyMediumCommands(t *testing.T) {
	stick := filepath.Join(t.TempDir(), "stick")
	if err := os.Mkdir(stick, 0o700); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(stick, "kemitraan.db")
	mustCLI(t, "--db", db, "demo")
	before, _ := os.ReadFile(db)
	out := t.TempDir()
	for _, args := range [][]string{
		{"check"}, {"list"},
		{"export", "--format", "json", "--out", filepath.Join(out, "a.json")},
		{"export", "--format", "csv", "--out", filepath.Join(out, "csv")},
		{"backup", "--to", filepath.Join(out, "usb")},
	} {
		code, output := cliMounted(t, stick, "ro", append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Errorf("%v on a read-only stick: exit %d\n%s", args, code, output)
		}
	}
	code, output := cliMounted(t, stick, "ro", "--db", db, "import", filepath.Join(out, "a.json"))
	if code != 1 || !strings.Contains(output, "dilindungi dari penulisan") {
		t.Errorf("import on a read-only stick: exit %d\n%s", code, output)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(after, before) {
		t.Error("the data file changed")
	}
	if names, _ := filepath.Glob(filepath.Join(stick, "*")); len(names) != 1 {
		t.Errorf("the stick holds %v", names)
	}
}

// #13.4: pdf onto a full stick records no letter number, no document and no event.
func TestPDFOnFullDiskRecordsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kemitraan.db")
	mustCLI(t, "--db", db, "demo")
	id := partnershipAtStage(t, db, "2/7")
	before := snapshot(t, db)
	full := filepath.Join(t.TempDir(), "flashdisk")
	if err := os.Mkdir(full, 0o700); err != nil {
		t.Fatal(err)
	}
	code, output := cliMounted(t, full, "full", "--db", db, "pdf", "--partnership", id, "--doc", "permohonan", "--out", filepath.Join(full, "surat.pdf"))
	if code != 1 || !strings.Contains(output, "Disk penuh") {
		t.Fatalf("pdf onto a full stick: exit %d\n%s", code, output)
	}
	if after := snapshot(t, db); !bytes.Equal(after, before) {
		t.Error("the failed pdf recorded something (a number, a document or an event)")
	}
	// with room, the same command numbers, records and writes
	outPath := filepath.Join(t.TempDir(), "surat.pdf")
	if out := mustCLI(t, "--db", db, "pdf", "--partnership", id, "--doc", "permohonan", "--out", outPath); !strings.Contains(out, "nomor ") {
		t.Errorf("pdf: %s", out)
	}
	if st, err := os.Stat(outPath); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("the PDF: %v, %v; want 0600", st, err)
	}
}

// partnershipAtStage is the ID of a partnership list shows at the stage ("2/7").
func partnershipAtStage(t *testing.T, db, stage string) string {
	t.Helper()
	for _, line := range strings.Split(mustCLI(t, "--db", db, "list"), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && strings.HasPrefix(f[1], stage) {
			return f[0]
		}
	}
	t.Fatalf("no partnership at stage %s", stage)
	return ""
}

// #13.2: a damaged page does not crash backup, import, restore or check: each says
// "damaged" and exits 1, and check's message stays short with the report beside.
func TestDamagedFileCommandsDoNotCrash(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kemitraan.db")
	mustCLI(t, "--db", db, "demo", "--partnerships", "120", "--events", "2")
	good := filepath.Join(t.TempDir(), "baik.db")
	mustCLI(t, "--db", db, "backup", "--to", filepath.Dir(good))
	backup, _ := filepath.Glob(filepath.Join(filepath.Dir(good), "*.db"))
	bundle := filepath.Join(t.TempDir(), "b.json")
	mustCLI(t, "--db", db, "export", "--format", "json", "--out", bundle)
	damageBranch(t, db)

	for _, args := range [][]string{
		{"check"}, {"backup", "--to", t.TempDir()}, {"import", bundle},
	} {
		code, _, errs := cli(t, append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(errs, "rusak") {
			t.Errorf("%v on a damaged file: exit %d, %q", args, code, errs)
		}
		if len(errs) > 2000 {
			t.Errorf("%v: a message of %d bytes", args, len(errs))
		}
	}
	if _, err := os.Stat(store.ReportPath(db)); err != nil {
		t.Errorf("no report beside the data: %v", err)
	}
	code, out, errs := cli(t, "--db", db, "restore", "--yes", backup[0])
	// the damaged file is kept aside, whether opening or its backup found the damage
	if code != 0 || !strings.Contains(out, "rusak") || !strings.Contains(out, "dipulihkan") {
		t.Errorf("restore over a damaged file: exit %d, %q, %q", code, out, errs)
	}
	mustCLI(t, "--db", db, "check")
}

// damageBranch makes a branch page of the partnerships bucket point past the file.
func damageBranch(t *testing.T, path string) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var root, hwm uint64
	_ = bdb.View(func(tx *bolt.Tx) error {
		root = uint64(tx.Bucket([]byte("partnerships")).RootPage())
		hwm = uint64(tx.Size()) / 4096
		return nil
	})
	_ = bdb.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var h [16]byte
	_, _ = f.ReadAt(h[:], int64(root)*4096)
	if binary.LittleEndian.Uint16(h[8:]) != 0x01 {
		t.Fatalf("page %d is no branch", root)
	}
	var p [8]byte
	binary.LittleEndian.PutUint64(p[:], hwm+3)
	if _, err := f.WriteAt(p[:], int64(root)*4096+16+8); err != nil {
		t.Fatal(err)
	}
}
