package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestWriteIsOwnerOnlyAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.pdf")
	if err := WriteFile(path, []byte("%PDF-1.4 one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("%PDF-1.4 two")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "%PDF-1.4 two" {
		t.Errorf("content %q", got)
	}
	st, _ := os.Stat(path)
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want only a.pdf", len(entries))
	}
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	if err := WriteFile(path, []byte("old")); err != nil {
		t.Fatal(err)
	}
	// the source fails half way: its error comes back as it is, the old file stays
	boom := errors.New("source unreadable")
	_, err := Write(path, func(w io.Writer) error {
		_, _ = w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) || errors.Is(err, model.ErrWriteFailed) {
		t.Errorf("source failure: %v", err)
	}
	// the destination fails: a failed-write kind naming the file
	_, err = Write(path, func(w io.Writer) error {
		_, err := (&recordingWriter{w: failingWriter{}}).Write([]byte("x"))
		return err
	})
	if err == nil {
		t.Fatal("no error")
	}
	got, _ := os.ReadFile(path)
	if string(got) != "old" {
		t.Errorf("file became %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files left, want 1", len(entries))
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestWriteKind(t *testing.T) {
	for _, c := range []struct {
		err  error
		want *model.Kind
	}{
		{&fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, model.ErrDiskFull},
		{&fs.PathError{Op: "write", Path: "x", Err: syscall.EFBIG}, model.ErrDiskFull},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, model.ErrWriteProtected},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, model.ErrNoPermission},
		{errors.New("other"), model.ErrWriteFailed},
	} {
		err := Failed("x", c.err)
		if model.KindOf(err) != c.want || !errors.Is(err, model.ErrWriteFailed) {
			t.Errorf("%v: kind %v, want %v", c.err, model.KindOf(err), c.want)
		}
	}
}

func TestVerifyAndNoReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.db")
	bad := errors.New("check failed")
	_, err := Write(path, func(w io.Writer) error { _, err := w.Write([]byte("x")); return err },
		Verify(func(tmp string) error { return bad }))
	if !errors.Is(err, bad) {
		t.Fatalf("verify failure: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a file that failed verification got its final name")
	}
	if err := WriteFile(path, []byte("first"), NoReplace()); err != nil {
		t.Fatal(err)
	}
	err = WriteFile(path, []byte("second"), NoReplace())
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("second NoReplace write: %v, want fs.ErrExist", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "first" {
		t.Errorf("replaced: %q", got)
	}
	if n := FreeName(dir, "b.db"); n != "b-2.db" {
		t.Errorf("FreeName = %q", n)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestRunDirAndWriteNew(t *testing.T) {
	r := NewRunDir("kemitraan-test-*")
	dir, err := r.Path()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Remove()
	if again, _ := r.Path(); again != dir {
		t.Error("a second Path made another folder")
	}
	st, _ := os.Stat(dir)
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v", st.Mode().Perm())
	}
	target := filepath.Join(t.TempDir(), "victim")
	link := filepath.Join(dir, "x.pdf")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := WriteNew(link, []byte("data")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteNew through a link: %v", err)
	}
	if _, err := os.Stat(target); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the link was followed")
	}
	if err := r.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Error("folder not removed")
	}
}

func TestMakePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes")
	}
	dir := filepath.Join(t.TempDir(), "dokumen")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := MakePrivate(dir); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(dir)
	if st.Mode().Perm() != 0o700 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
}
