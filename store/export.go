package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// ExportFormat names the JSON bundle Export writes.
const ExportFormat = "kemitraan-export"

// Bundle is what Export writes: every record of the file, readable by other programs
// (model.Bundle).
type Bundle = model.Bundle

// ExportOptions says what an export holds beyond the records every export has.
type ExportOptions struct {
	// WithStudents adds an SMK's students' activities with their students (names,
	// NISN, classes): personal data of minors, which bundles and spreadsheets leave
	// out unless a person asks for them.
	WithStudents bool
}

// Export writes every record as an indented JSON Bundle, the attachments' content
// included (so it holds all of it in memory), the students' activities and the
// documents that list students (an SMK's PKL documents) left out.
// The records are read in one read transaction, so they are a consistent snapshot
// even while the file changes; they are written to w after it ends, so a slow w does
// not hold the file.
func (db *DB) Export(w io.Writer) error { return db.ExportContext(context.Background(), w) }

// ExportContext is Export stopping, with ErrCancelled, when ctx ends.
func (db *DB) ExportContext(ctx context.Context, w io.Writer) error {
	return db.ExportWith(ctx, w, ExportOptions{})
}

// ExportWith is ExportContext with options: with WithStudents the bundle also holds
// the students' activities and the PKL documents kept with their partnerships.
func (db *DB) ExportWith(ctx context.Context, w io.Writer, opts ExportOptions) error {
	bundle := Bundle{
		Format:         ExportFormat,
		SchemaVersion:  SchemaVersion,
		ExportedAt:     db.stamp(),
		Partners:       []model.Partner{},
		Partnerships:   []model.Partnership{},
		LetterCounters: map[string]uint64{},
		Events:         []model.Event{},
		Attachments:    []AttachmentFile{},
	}
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSchool).Get(keyProfile) != nil {
			s, err := getSchool(tx)
			if err != nil {
				return err
			}
			bundle.School = &s
		}
		partners, err := allPartners(tx)
		if err != nil {
			return err
		}
		bundle.Partners = append(bundle.Partners, partners...)
		err = eachPartnership(tx, func(ps model.Partnership) error {
			bundle.Partnerships = append(bundle.Partnerships, ps)
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketCounters).ForEach(func(k, v []byte) error {
			year, ok := strings.CutPrefix(string(k), "letter/")
			if !ok {
				return nil
			}
			n, err := readCounter(tx.Bucket(bucketCounters), k)
			if err != nil {
				return err
			}
			bundle.LetterCounters[year] = n
			return nil
		})
		if err != nil {
			return err
		}
		n := 0
		err = tx.Bucket(bucketEvents).ForEach(func(k, v []byte) error {
			if n++; n%1000 == 0 && ctx.Err() != nil {
				return cancelled(ctx.Err())
			}
			var e model.Event
			if err := decode(bucketEvents, k, v, &e); err != nil {
				return err
			}
			bundle.Events = append(bundle.Events, e)
			return nil
		})
		if err != nil {
			return err
		}
		if opts.WithStudents {
			err = eachStudentActivity(tx, nil, func(a model.StudentActivity) error {
				bundle.StudentActivities = append(bundle.StudentActivities, a)
				return nil
			})
			if err != nil {
				return err
			}
		}
		data := tx.Bucket(bucketAttachmentData)
		return tx.Bucket(bucketAttachments).ForEach(func(k, v []byte) error {
			var a AttachmentFile
			if err := decode(bucketAttachments, k, v, &a.Attachment); err != nil {
				return err
			}
			if a.IsDocument() && a.DocKind.ForStudents() && !opts.WithStudents {
				return nil // a PKL letter or sheet lists students: it goes with them only
			}
			if err := ctx.Err(); err != nil {
				return cancelled(err)
			}
			d, err := get(data, bucketAttachmentData, []byte(a.ID))
			if err != nil {
				return err
			}
			if d == nil {
				return badRecord(bucketAttachmentData, []byte(a.ID), model.ErrNotFound)
			}
			a.Data = bytes.Clone(d)
			bundle.Attachments = append(bundle.Attachments, a)
			return nil
		})
	})
	if err != nil {
		return err
	}
	cw := &ctxWriter{ctx: ctx, w: w}
	enc := json.NewEncoder(cw)
	enc.SetIndent("", "  ")
	if err := enc.Encode(bundle); err != nil {
		return cw.result(err)
	}
	return nil
}

// ctxWriter writes to w until ctx ends; it tells the writer's own failure (which
// comes back as it is, so that a failing disk is a failed write) from cancelling.
type ctxWriter struct {
	ctx  context.Context
	w    io.Writer
	werr error
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.w.Write(p)
	if err != nil && c.werr == nil {
		c.werr = err
	}
	return n, err
}

func (c *ctxWriter) result(err error) error {
	switch {
	case c.werr != nil:
		return c.werr
	case c.ctx.Err() != nil:
		return cancelled(c.ctx.Err())
	}
	return err
}

// cancelled is ErrCancelled for the reason ctx gave.
func cancelled(err error) error { return fmt.Errorf("%w (%w)", ErrCancelled, err) }
