package store

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Attachments are kept in two buckets, so that listing them reads no file data:
//
//	attachments      partnership ID + attachment ID → model.Attachment
//	attachment_data  attachment ID → the file's bytes
//
// One partnership's list is a range scan over its prefix, in the order the files were
// added (attachment IDs sort by creation time). Finding an attachment's partnership
// from its ID alone (DeleteAttachment) scans the keys of the attachments bucket: they
// are small and few (thousands, not millions), so no index is kept for it.

// AttachmentFile is an attachment with its content, as Load takes and Export writes
// them (model.AttachmentFile).
type AttachmentFile = model.AttachmentFile

// AddAttachment stores a file with the partnership a.PartnershipID names: a.Name and
// a.Owner are kept; the store gives it its ID, Size, Type and Added time. The file must
// pass model.CheckAttachment (PDF, PNG or JPG, at most 25 MB). A model.EventAttachmentAdded
// event is written in the same transaction. It returns the attachment as saved.
func (db *DB) AddAttachment(a model.Attachment, data []byte) (model.Attachment, error) {
	a.Name = attachmentName(a.Name, "")
	typ, err := model.CheckAttachment(a.Name, data)
	if err != nil {
		return model.Attachment{}, err
	}
	now := db.stamp()
	a.ID = model.NewID(now)
	a.Type = typ
	a.Size = int64(len(data))
	a.Added = now
	err = db.update(func(tx *bolt.Tx) error {
		s, err := putAttachment(tx, a, data)
		if err != nil {
			return err
		}
		return putEvent(tx, model.AttachmentEvent(a.PartnershipID, s.Stage, a.Name, true, now))
	})
	if err != nil {
		return model.Attachment{}, err
	}
	return a, nil
}

// putAttachment writes the attachment's description and its data inside tx, and
// returns the summary of its partnership (which must exist) for the event that goes
// with it.
func putAttachment(tx *bolt.Tx, a model.Attachment, data []byte) (Summary, error) {
	s, err := getSummary(tx, a.PartnershipID)
	if err != nil {
		return Summary{}, err
	}
	if err := putJSON(tx.Bucket(bucketAttachments), attachmentKey(a.PartnershipID, a.ID), a); err != nil {
		return Summary{}, err
	}
	if err := put(tx.Bucket(bucketAttachmentData), []byte(a.ID), data); err != nil {
		return Summary{}, err
	}
	return s, nil
}

// attachmentName is a file's name as the store keeps it: cleaned of folders (either
// system's), control characters and the characters Windows refuses
// (model.CleanFileName); a name with nothing left becomes "lampiran" (or fallback)
// with the original's extension, so that the type check still sees it.
func attachmentName(name, fallback string) string {
	if clean := model.CleanFileName(name); clean != "" {
		return clean
	}
	if fallback == "" {
		fallback = "lampiran"
	}
	return fallback + strings.ToLower(filepath.Ext(strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)))
}

// Attachments lists the partnership's attachments, oldest first, without their data.
func (db *DB) Attachments(partnershipID model.ID) ([]model.Attachment, error) {
	var list []model.Attachment
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPartnerships).Get([]byte(partnershipID)) == nil {
			return fmt.Errorf("kemitraan %s: %w", partnershipID, model.ErrNotFound)
		}
		prefix := []byte(partnershipID)
		c := tx.Bucket(bucketAttachments).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var a model.Attachment
			if err := decode(bucketAttachments, k, v, &a); err != nil {
				return err
			}
			list = append(list, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// AttachmentData returns a copy of the attachment's content.
func (db *DB) AttachmentData(id model.ID) ([]byte, error) {
	var data []byte
	err := db.view(func(tx *bolt.Tx) error {
		v, err := get(tx.Bucket(bucketAttachmentData), bucketAttachmentData, []byte(id))
		if err != nil {
			return err
		}
		if v == nil {
			return fmt.Errorf("lampiran %s: %w", id, model.ErrNotFound)
		}
		data = bytes.Clone(v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return data, nil
}

// DeleteAttachment removes the attachment and its content, and writes a
// model.EventAttachmentRemoved event on its partnership's timeline.
func (db *DB) DeleteAttachment(id model.ID) error {
	now := db.stamp()
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAttachments)
		key, v := findAttachment(b, id)
		if key == nil {
			return fmt.Errorf("lampiran %s: %w", id, model.ErrNotFound)
		}
		var a model.Attachment
		if err := decode(bucketAttachments, key, v, &a); err != nil {
			return err
		}
		pid := model.ID(key[:idLen])
		s, err := getSummary(tx, pid)
		if err != nil {
			return err
		}
		if err := b.Delete(key); err != nil {
			return err
		}
		if err := tx.Bucket(bucketAttachmentData).Delete([]byte(id)); err != nil {
			return err
		}
		return putEvent(tx, model.AttachmentEvent(pid, s.Stage, a.Name, false, now))
	})
}

func attachmentKey(partnershipID, id model.ID) []byte {
	return append([]byte(partnershipID), id...)
}

// findAttachment scans the attachments bucket for the attachment's key; the key
// returned is a copy, the value is valid for the transaction.
func findAttachment(b *bolt.Bucket, id model.ID) (key, value []byte) {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) == 2*idLen && string(k[idLen:]) == string(id) {
			return bytes.Clone(k), v
		}
	}
	return nil, nil
}
