package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Files handed to another program (an attachment opened in the system's viewer) go
// into a folder of their own for each run of the program: made new by os.MkdirTemp
// (0700, a name nobody could have made before, so never a folder someone else made or
// a symbolic link planted in the shared temporary folder), and written with
// O_EXCL, which follows no link.

// RunDir is a private temporary folder of this run of the program, made on first use.
type RunDir struct {
	pattern string
	once    sync.Once
	dir     string
	err     error
}

// NewRunDir returns a RunDir whose folder will be named after pattern
// ("kemitraan-*", as os.MkdirTemp takes it).
func NewRunDir(pattern string) *RunDir { return &RunDir{pattern: pattern} }

// Path makes the folder on first use and returns it.
func (r *RunDir) Path() (string, error) {
	r.once.Do(func() {
		r.dir, r.err = os.MkdirTemp("", r.pattern)
		if r.err != nil {
			r.err = Failed(filepath.Join(os.TempDir(), r.pattern), r.err)
		}
	})
	return r.dir, r.err
}

// Remove deletes the folder and what it holds (files still open elsewhere may stay
// on Windows); the next Path makes none again.
func (r *RunDir) Remove() error {
	r.once.Do(func() { r.err = errors.New("removed") })
	if r.dir == "" {
		return nil
	}
	return os.RemoveAll(r.dir)
}

// WriteNew writes data to a new file at path (0600); a file or link already there is
// never followed or replaced: the error then wraps fs.ErrExist.
func WriteNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, FileMode)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, err)
		}
		return Failed(path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		_ = os.Remove(path)
		return Failed(path, err)
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(path)
		return Failed(path, err)
	}
	return nil
}
