package store

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Drafts of open forms (#13.17): what a person typed and has not saved survives a
// power cut. The window keeps a draft of each open form every few seconds
// (KeepDraft, keyed by the form), lists them at the next start (Drafts) and offers
// to restore or discard each; a form that is saved or discarded drops its draft
// (DiscardDraft). Drafts live in their own bucket: keeping one changes no record,
// no time of change and no timeline, and writes nothing when the form has not
// changed since the last one. They are part of the file (and of its backups), but
// not of exports: they are this computer's unfinished typing.

// Draft is a form's unsaved content (model.Draft).
type Draft = model.Draft

// Bounds of a draft: a form's key is a short name; its content is a record as
// typed, which with a logo or long texts stays well under the limit.
const (
	maxDraftKey   = 200
	maxDraftTitle = 300
	MaxDraftBytes = 8 << 20
)

// KeepDraft keeps what the form named key holds now (data, as the form encodes it)
// with a title in words, replacing the form's previous draft, and stamps it with
// the store's clock. When data and title are what the draft already holds, nothing
// is written, so calling it every few seconds costs nothing while nobody types. It
// fails with ErrInvalidRequest for an empty or over-long key, or data over
// MaxDraftBytes; with ErrReadOnly on a read-only file; like any write otherwise.
func (db *DB) KeepDraft(key, title string, data []byte) error {
	if err := checkDraftKey(key); err != nil {
		return err
	}
	if len(data) > MaxDraftBytes {
		return invalid("isian %q: %d bita, lebih dari %d", clipText(key, 40), len(data), MaxDraftBytes)
	}
	title = clipText(strings.TrimSpace(title), maxDraftTitle)
	var old Draft
	found := false
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDrafts).Get([]byte(key))
		if v == nil {
			return nil
		}
		found = true
		return decode(bucketDrafts, []byte(key), v, &old)
	})
	if err == nil && found && old.Title == title && bytes.Equal(old.Data, data) {
		return nil
	}
	d := Draft{Key: key, Title: title, Data: data, Kept: db.stamp()}
	return db.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketDrafts), []byte(key), d)
	})
}

// Drafts lists the drafts kept, the most recently kept first.
func (db *DB) Drafts() ([]Draft, error) {
	var list []Draft
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
			var d Draft
			if err := decode(bucketDrafts, k, v, &d); err != nil {
				return err
			}
			list = append(list, d)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].Kept.Equal(list[j].Kept) {
			return list[i].Kept.After(list[j].Kept)
		}
		return list[i].Key < list[j].Key
	})
	return list, nil
}

// Draft returns the draft of the form named key, or an error wrapping
// model.ErrNotFound when it has none.
func (db *DB) Draft(key string) (Draft, error) {
	var d Draft
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDrafts).Get([]byte(key))
		if v == nil {
			return fmt.Errorf("isian %q: %w", clipText(key, 40), model.ErrNotFound)
		}
		return decode(bucketDrafts, []byte(key), v, &d)
	})
	return d, err
}

// DiscardDraft drops the draft of the form named key, after the form was saved or
// the person chose to discard it. A form without a draft is no error.
func (db *DB) DiscardDraft(key string) error {
	if err := checkDraftKey(key); err != nil {
		return err
	}
	found := false
	_ = db.view(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketDrafts).Get([]byte(key)) != nil
		return nil
	})
	if !found {
		return nil
	}
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).Delete([]byte(key))
	})
}

func checkDraftKey(key string) error {
	switch {
	case key == "", len(key) > maxDraftKey, !utf8.ValidString(key):
		return invalid("kunci isian %q tidak valid", clipText(key, 40))
	case strings.ContainsFunc(key, func(r rune) bool { return r < 0x20 || r == 0x7f }):
		return invalid("kunci isian %q berisi karakter kendali", clipText(key, 40))
	}
	return nil
}
