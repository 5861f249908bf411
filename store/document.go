package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Generated documents are attachments with Owner model.OwnerDocument: they live in
// the attachments buckets beside the files people attach, so the Lampiran tab, export,
// backup and deletion treat them alike. Their description also records the document's
// kind, its code and the SHA-256 of the file, which verification compares.

// AddDocument stores a PDF the program generated for partnership pid, as an
// attachment named name with Owner "document", and writes on its timeline one event
// of kind model.EventDocument, "PKS dibuat, kode 8F3A-07C2-91DE", all in one
// transaction. No model.EventAttachmentAdded is written: generating a document is one
// thing that happened, and the document event says it. It returns the attachment as
// saved, with its SHA256.
func (db *DB) AddDocument(pid model.ID, kind, name string, pdf []byte, code string, dated time.Time) (model.Attachment, error) {
	k := model.DocumentKind(kind)
	if !k.Valid() {
		return model.Attachment{}, invalid("jenis dokumen %q tidak dikenal", kind)
	}
	if strings.TrimSpace(code) == "" {
		return model.Attachment{}, invalid("kode dokumen kosong")
	}
	a := model.Attachment{PartnershipID: pid, Owner: model.OwnerDocument, Name: attachmentName(name, "dokumen"),
		DocKind: k, Code: code, SHA256: SHA256(pdf), Dated: dated}
	typ, err := model.CheckAttachment(a.Name, pdf)
	if err != nil {
		return model.Attachment{}, fmt.Errorf("dokumen %s: %w", a.Name, err)
	}
	now := db.stamp()
	a.ID = model.NewID(now)
	a.Type = typ
	a.Size = int64(len(pdf))
	a.Added = now
	err = db.update(func(tx *bolt.Tx) error {
		s, err := putAttachment(tx, a, pdf)
		if err != nil {
			return err
		}
		return putEvent(tx, model.DocumentEvent(pid, s.Stage, k, code, now))
	})
	if err != nil {
		return model.Attachment{}, err
	}
	return a, nil
}

// DocumentEventText is the timeline's line for a generated document:
// "PKS dibuat, kode 8F3A-07C2-91DE".
func DocumentEventText(kind model.DocumentKind, code string) string {
	return model.DocumentEvent("", 0, kind, code, time.Time{}).Text
}

// SHA256 is the hex SHA-256 of data, as model.Attachment.SHA256 records it.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Documents lists the generated documents of every partnership (attachments with
// Owner "document"), without their data, in key order: by partnership, then oldest
// first; then the documents of no partnership (SchoolDocuments).
func (db *DB) Documents() ([]model.Attachment, error) {
	var list []model.Attachment
	err := db.view(func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketAttachments).ForEach(func(k, v []byte) error {
			if !bytes.Contains(v, []byte(`"owner":"document"`)) {
				return nil // not a document: skip decoding it
			}
			var a model.Attachment
			if err := decode(bucketAttachments, k, v, &a); err != nil {
				return err
			}
			if a.IsDocument() {
				list = append(list, a)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return eachSchoolDocument(tx, func(a model.Attachment) error {
			list = append(list, a)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}
