package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
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

// Export writes every record as an indented JSON Bundle, the attachments' content
// included (so it holds all of it in memory). The records are read in one read
// transaction, so they are a consistent snapshot even while the file changes; they
// are written to w after it ends, so a slow w does not hold the file.
func (db *DB) Export(w io.Writer) error {
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
			if year, ok := strings.CutPrefix(string(k), "letter/"); ok && len(v) == 8 {
				bundle.LetterCounters[year] = binary.BigEndian.Uint64(v)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketEvents).ForEach(func(k, v []byte) error {
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
		data := tx.Bucket(bucketAttachmentData)
		return tx.Bucket(bucketAttachments).ForEach(func(k, v []byte) error {
			var a AttachmentFile
			if err := decode(bucketAttachments, k, v, &a.Attachment); err != nil {
				return err
			}
			d := data.Get([]byte(a.ID))
			if d == nil {
				return &recordError{bucket: string(bucketAttachmentData), key: string(a.ID), err: model.ErrNotFound}
			}
			a.Data = bytes.Clone(d)
			bundle.Attachments = append(bundle.Attachments, a)
			return nil
		})
	})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(bundle)
}
