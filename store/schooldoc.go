package store

import (
	"bytes"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Documents of no partnership — the laporan tahunan kemitraan of a year — are kept
// like a partnership's documents (AddDocument), in the documents bucket, their bytes
// in attachment_data beside every other file's: a printed annual report is matched
// with the one kept (kemitraan-cli verify), and a backup holds it.

// AddSchoolDocument keeps a PDF the program generated that belongs to no partnership,
// as an attachment with Owner "document" and no PartnershipID. It returns the
// attachment as saved.
func (db *DB) AddSchoolDocument(kind, name string, pdf []byte, code string) (model.Attachment, error) {
	k := model.DocumentKind(kind)
	if !k.Valid() {
		return model.Attachment{}, invalid("jenis dokumen %q tidak dikenal", kind)
	}
	if strings.TrimSpace(code) == "" {
		return model.Attachment{}, invalid("kode dokumen kosong")
	}
	a := model.Attachment{Owner: model.OwnerDocument, Name: attachmentName(name, "dokumen"),
		DocKind: k, Code: code, SHA256: SHA256(pdf)}
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
		if err := putJSON(tx.Bucket(bucketDocuments), []byte(a.ID), a); err != nil {
			return err
		}
		return put(tx.Bucket(bucketAttachmentData), []byte(a.ID), pdf)
	})
	if err != nil {
		return model.Attachment{}, err
	}
	return a, nil
}

// SchoolDocuments lists the documents of no partnership, oldest first, without their data.
func (db *DB) SchoolDocuments() ([]model.Attachment, error) {
	var list []model.Attachment
	err := db.view(func(tx *bolt.Tx) error {
		return eachSchoolDocument(tx, func(a model.Attachment) error {
			list = append(list, a)
			return nil
		})
	})
	return list, err
}

func eachSchoolDocument(tx *bolt.Tx, fn func(model.Attachment) error) error {
	b := tx.Bucket(bucketDocuments)
	if b == nil {
		return nil // a file of an older version, opened read-only
	}
	return b.ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(`"owner":"document"`)) {
			return nil
		}
		var a model.Attachment
		if err := decode(bucketDocuments, k, v, &a); err != nil {
			return err
		}
		return fn(a)
	})
}
