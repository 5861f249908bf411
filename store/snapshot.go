package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Progress is told, now and then while a copy is written, how many bytes of total
// are written so far (model.Progress).
type Progress = model.Progress

// writeSnapshot writes the file as tx sees it to dst: into a temporary file beside
// dst (mode 0600), synced, then renamed over it and the folder synced, so dst is
// either the complete snapshot or what it was before, never half written. A write
// the disk refuses comes back wrapping ErrWriteFailed, with no temporary file left.
func writeSnapshot(tx *bolt.Tx, dst string, progress Progress) error {
	total := tx.Size()
	return writeAtomic(dst, func(f *os.File) error {
		pw := &progressWriter{f: f, total: total, progress: progress}
		_, err := tx.WriteTo(pw)
		if err != nil && pw.err == nil {
			// not the destination's fault: the data file could not be read
			return &readError{err}
		}
		return err
	})
}

// copyFile copies the file at src to dst the same way as writeSnapshot.
func copyFile(src, dst string, progress Progress) error {
	return writeAtomic(dst, copyFrom(src, progress))
}

// copyFrom fills a file with the bytes of the file at src.
func copyFrom(src string, progress Progress) func(f *os.File) error {
	return func(f *os.File) error {
		in, err := os.Open(src)
		if err != nil {
			return &readError{err}
		}
		defer in.Close()
		info, err := in.Stat()
		if err != nil {
			return &readError{err}
		}
		pw := &progressWriter{f: f, total: info.Size(), progress: progress}
		_, err = io.Copy(pw, in)
		if err != nil && pw.err == nil {
			return &readError{err}
		}
		return err
	}
}

// readError is a failure to read the source of a copy, as opposed to writing it.
type readError struct{ err error }

func (e *readError) Error() string { return e.err.Error() }
func (e *readError) Unwrap() error { return e.err }

// writeAtomic creates a temporary file beside dst, lets write fill it, syncs and
// closes it, renames it to dst and syncs the folder. On any failure the temporary file
// is removed and dst is untouched; failures of the destination wrap ErrWriteFailed.
func writeAtomic(dst string, write func(f *os.File) error) error {
	tmp, err := writeTemp(dst, write)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		_ = os.Remove(tmp)
		return writeFailed(dst, err)
	}
	// the rename itself must survive a power cut; a folder that cannot be synced
	// (Windows, some USB file systems) has the file complete all the same
	_ = syncDir(filepath.Dir(dst))
	return nil
}

// writeTemp is writeAtomic without the rename: it returns the name of the complete,
// synced and closed temporary file beside dst (".kemitraan.db.123.tmp"), which the
// caller renames or removes.
func writeTemp(dst string, write func(f *os.File) error) (_ string, err error) {
	f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*.tmp")
	if err != nil {
		return "", writeFailed(dst, err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		return "", writeFailed(dst, err)
	}
	if err = write(f); err != nil {
		var re *readError
		if errors.As(err, &re) {
			return "", fmt.Errorf("%s: %w", dst, re.err)
		}
		return "", writeFailed(dst, err)
	}
	if err = f.Sync(); err != nil {
		return "", writeFailed(dst, err)
	}
	if err = f.Close(); err != nil {
		return "", writeFailed(dst, err)
	}
	return f.Name(), nil
}

// syncDir makes a rename or a new name in dir durable.
func syncDir(dir string) error {
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

// progressChunk is how much is copied between progress reports.
const progressChunk = 1 << 20

// progressWriter writes to f, reports progress, and remembers the first write error,
// which tells a failing destination from a failing source.
type progressWriter struct {
	f        *os.File
	written  int64
	total    int64
	progress Progress
	err      error
}

func (w *progressWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	w.written += int64(n)
	if err != nil && w.err == nil {
		w.err = err
	}
	if w.progress != nil && n > 0 {
		w.progress(w.written, max(w.total, w.written))
	}
	return n, err
}

// ReadFrom copies in chunks of progressChunk, so that progress is reported often
// enough and a read error is told from a write error.
func (w *progressWriter) ReadFrom(r io.Reader) (int64, error) {
	buf := make([]byte, progressChunk)
	var sum int64
	for {
		n, rerr := io.ReadFull(r, buf)
		if n > 0 {
			m, werr := w.Write(buf[:n])
			sum += int64(m)
			if werr != nil {
				return sum, werr
			}
		}
		switch rerr {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			return sum, nil
		default:
			return sum, &readError{rerr}
		}
	}
}
