// Package safefile is the one way Kemitraan writes a file outside its data file:
// backups, exports, printed documents, files opened for viewing. A file is written
// into a temporary file in the same folder, synced, renamed over its final name and
// the folder synced, so a full disk, a removed stick or a power cut leaves either the
// complete file or what was there before, never half a file under the final name.
// Files are readable by their owner only (0600), folders made for them too (0700).
//
// It lives under model because every layer writes files this way: the store (which
// ui must not import), the window and the command line. It imports the standard
// library and model only.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/kemitraan/kemitraan/model"
)

// Modes of what is written: the owner's only.
const (
	FileMode fs.FileMode = 0o600
	DirMode  fs.FileMode = 0o700
)

// Option changes how Write puts the file in place.
type Option func(*options)

type options struct {
	verify    func(tmp string) error
	noReplace bool
}

// Verify checks the complete, synced temporary file before it gets its final name:
// a file that fails is removed, and Write returns verify's error. Backups are
// verified so: a backup under its final name has always passed its check.
func Verify(verify func(tmp string) error) Option {
	return func(o *options) { o.verify = verify }
}

// NoReplace never replaces a file already at the final name: Write then fails with
// an error wrapping fs.ErrExist and leaves both files as they were.
func NoReplace() Option {
	return func(o *options) { o.noReplace = true }
}

// Write writes path with what fill writes into w, the safe way the package describes,
// and returns the number of bytes written. The folder must exist (MkdirAll makes
// it). A failure of the destination (a write, the sync, the rename) wraps
// model.ErrWriteFailed, or the narrower kind the cause tells (ErrDiskFull,
// ErrNoPermission, ErrWriteProtected), with the path; an error of fill's own (its
// source could not be read, the work was cancelled) is returned as fill gave it. On
// any failure no temporary file is left and path is untouched.
func Write(path string, fill func(w io.Writer) error, opts ...Option) (int64, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	tmp, n, err := writeTemp(path, fill)
	if err != nil {
		return 0, err
	}
	if o.verify != nil {
		if err := o.verify(tmp); err != nil {
			_ = os.Remove(tmp)
			return 0, err
		}
	}
	if err := place(tmp, path, o.noReplace); err != nil {
		_ = os.Remove(tmp)
		if errors.Is(err, fs.ErrExist) {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		return 0, Failed(path, err)
	}
	// the rename itself must survive a power cut; a folder that cannot be synced
	// (Windows, some USB file systems) has the file complete all the same
	_ = SyncDir(filepath.Dir(path))
	return n, nil
}

// WriteFile writes data to path as Write does.
func WriteFile(path string, data []byte, opts ...Option) error {
	_, err := Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, opts...)
	return err
}

// TempPattern is the pattern of the temporary files Write makes beside path:
// ".kemitraan.db.123456.tmp". Leftovers of a program that was killed match it
// (IsTemp), so they can be removed at the next start.
func TempPattern(path string) string { return "." + filepath.Base(path) + ".*.tmp" }

// IsTemp reports whether name (a file name, no folder) is a temporary file Write
// made for a final file whose name starts with prefix.
func IsTemp(name, prefix string) bool {
	return strings.HasPrefix(name, "."+prefix) && strings.HasSuffix(name, ".tmp")
}

// writeTemp writes the temporary file beside path and returns its name, synced and
// closed.
func writeTemp(path string, fill func(w io.Writer) error) (_ string, _ int64, err error) {
	f, err := os.CreateTemp(filepath.Dir(path), TempPattern(path))
	if err != nil {
		return "", 0, Failed(path, err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	// CreateTemp makes 0600 already; a umask cannot widen it, but say it
	if err = f.Chmod(FileMode); err != nil && runtime.GOOS != "windows" {
		return "", 0, Failed(path, err)
	}
	w := &recordingWriter{w: f}
	if err = fill(w); err != nil {
		if w.err != nil && errors.Is(err, w.err) {
			return "", 0, Failed(path, err)
		}
		return "", 0, err
	}
	if err = f.Sync(); err != nil {
		return "", 0, Failed(path, err)
	}
	if err = f.Close(); err != nil {
		return "", 0, Failed(path, err)
	}
	return f.Name(), w.n, nil
}

// place gives tmp the name path. With noReplace it links instead of renaming, which
// fails when path exists; a file system without links (FAT on a stick) gets a rename
// after a look that path is free.
func place(tmp, path string, noReplace bool) error {
	if !noReplace {
		return os.Rename(tmp, path)
	}
	err := os.Link(tmp, path)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, lerr := os.Lstat(path); lerr == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, path)
}

// recordingWriter remembers the first error of the destination, which tells a
// failing disk from a failing source.
type recordingWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	r.n += int64(n)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// Failed wraps the kind of failed write that cause tells, and cause, with the path the
// write was for. An error that is already a failed write is returned as it is.
func Failed(path string, cause error) error {
	if errors.Is(cause, model.ErrWriteFailed) {
		return cause
	}
	return fmt.Errorf("%s: %w (%w)", path, WriteKind(cause), cause)
}

// WriteKind is the kind of failed write cause is: a full disk (ENOSPC, or EFBIG of a
// file size limit), a read-only medium, a missing permission, or any other.
func WriteKind(cause error) *model.Kind {
	switch {
	case errors.Is(cause, syscall.ENOSPC), errors.Is(cause, syscall.EFBIG), isDiskFull(cause):
		return model.ErrDiskFull
	case errors.Is(cause, syscall.EROFS), isWriteProtected(cause):
		return model.ErrWriteProtected
	case errors.Is(cause, fs.ErrPermission):
		return model.ErrNoPermission
	}
	return model.ErrWriteFailed
}

// MkdirAll makes dir and its missing parents, owner-only (0700); a folder already
// there is left as it is. A failure wraps the failed-write kind.
func MkdirAll(dir string) error {
	if err := os.MkdirAll(dir, DirMode); err != nil {
		return Failed(dir, err)
	}
	return nil
}

// MakePrivate makes the folder dir (made when missing) owner-only, as folders the
// program made with wider modes before are.
func MakePrivate(dir string) error {
	if err := MkdirAll(dir); err != nil {
		return err
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	st, err := os.Lstat(dir)
	if err != nil {
		return Failed(dir, err)
	}
	if !st.IsDir() {
		return Failed(dir, fmt.Errorf("bukan folder: %w", fs.ErrExist))
	}
	if st.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(dir, DirMode); err != nil {
			return Failed(dir, err)
		}
	}
	return nil
}

// SyncDir makes a rename or a new name in dir durable.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// FreeName is the first of name, "name-2.ext", "name-3.ext", … that is not in dir:
// the name of a new backup, which never replaces another. Write with NoReplace makes
// sure of it even when two programs pick the same name at once.
func FreeName(dir, name string) string {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 1; ; i++ {
		n := name
		if i > 1 {
			n = stem + "-" + strconv.Itoa(i) + ext
		}
		if _, err := os.Lstat(filepath.Join(dir, n)); errors.Is(err, fs.ErrNotExist) {
			return n
		}
	}
}

// Staged is a file written completely beside its final name (a temporary file,
// synced) and not yet named: Commit names it, Abort throws it away. It lets a program
// make sure a file fits on the disk before it records that the file was written.
type Staged struct {
	tmp, path string
	done      bool
}

// Stage writes data into a temporary file beside path, as Write does, without giving
// it its name. A failure wraps the failed-write kind and leaves nothing.
func Stage(path string, data []byte) (*Staged, error) {
	tmp, _, err := writeTemp(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return nil, err
	}
	return &Staged{tmp: tmp, path: path}, nil
}

// Commit gives the staged file its name, replacing a file there, and syncs the folder.
func (s *Staged) Commit() error {
	if s.done {
		return nil
	}
	s.done = true
	if err := os.Rename(s.tmp, s.path); err != nil {
		_ = os.Remove(s.tmp)
		return Failed(s.path, err)
	}
	_ = SyncDir(filepath.Dir(s.path))
	return nil
}

// Abort removes the staged file; after Commit it does nothing.
func (s *Staged) Abort() {
	if !s.done {
		s.done = true
		_ = os.Remove(s.tmp)
	}
}
