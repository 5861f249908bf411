package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// Progress is told, now and then while a copy is written, how many bytes of total
// are written so far (model.Progress).
type Progress = model.Progress

// Copies of the data file (backups, the copy a restore installs) are written with
// safefile: into a temporary file beside the destination (0600), synced, checked,
// and only then renamed to their final name and the folder synced. A backup never
// replaces another backup (safefile.NoReplace, with a free name picked first).

// snapshotTo is a fill function for safefile.Write: the file as tx sees it, with
// progress, stopping when ctx ends.
func snapshotTo(ctx context.Context, tx *bolt.Tx, progress Progress) func(io.Writer) error {
	return func(w io.Writer) error {
		pw := &progressWriter{ctx: ctx, w: w, total: tx.Size(), progress: progress}
		_, err := tx.WriteTo(pw)
		return pw.result(err)
	}
}

// copyFrom is a fill function for safefile.Write: the bytes of the file at src.
func copyFrom(ctx context.Context, src string, progress Progress) func(io.Writer) error {
	return func(w io.Writer) error {
		in, err := os.Open(src)
		if err != nil {
			return fmt.Errorf("membaca %s: %w", src, err)
		}
		defer in.Close()
		info, err := in.Stat()
		if err != nil {
			return fmt.Errorf("membaca %s: %w", src, err)
		}
		pw := &progressWriter{ctx: ctx, w: w, total: info.Size(), progress: progress}
		_, err = pw.ReadFrom(in)
		return pw.result(err)
	}
}

// progressChunk is how much is copied between progress reports (and looks at ctx).
const progressChunk = 1 << 20

// progressWriter writes to w, reports progress and stops when ctx ends. It tells a
// failing destination (its write error comes back as it is, for safefile to see)
// from a failing source.
type progressWriter struct {
	ctx      context.Context
	w        io.Writer
	written  int64
	total    int64
	progress Progress
	werr     error
}

func (w *progressWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := w.w.Write(p)
	w.written += int64(n)
	if err != nil && w.werr == nil {
		w.werr = err
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
			return sum, fmt.Errorf("membaca: %w", rerr)
		}
	}
}

// result is the error a copy ends with: cancelled, the destination's own error
// (which safefile turns into a failed write), or the source's.
func (w *progressWriter) result(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w (%w)", ErrCancelled, err)
	case w.werr != nil:
		return w.werr
	}
	return fmt.Errorf("membaca berkas data: %w", err)
}

// writeCopy writes a copy of a data file to dst with fill, verified with Inspect
// before it gets its name; with noReplace it never replaces a file at dst.
func writeCopy(dst string, fill func(io.Writer) error, noReplace bool) (Preview, error) {
	var p Preview
	opts := []safefile.Option{safefile.Verify(func(tmp string) error {
		var err error
		p, err = Inspect(tmp)
		if err != nil {
			return fmt.Errorf("salinan %s gagal diperiksa dan tidak disimpan: %w", dst, err)
		}
		return nil
	})}
	if noReplace {
		opts = append(opts, safefile.NoReplace())
	}
	_, err := safefile.Write(dst, fill, opts...)
	return p, err
}
