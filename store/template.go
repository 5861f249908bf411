package store

import (
	"strings"

	bolt "go.etcd.io/bbolt"
)

// The school's own wording of agreement articles is kept beside its profile, in the
// school bucket, as JSON maps from article name (pdf.ClauseNames) to text: "clauses"
// holds plain texts with named fields (model/clause); "templates" holds what remains
// of the Go templates of schema 3 that could not be turned into plain text, which
// still print as they did. It is apart from model.School so that saving the profile
// form never overwrites a wording saved meanwhile, and the other way round.
var (
	keyClauses   = []byte("clauses")
	keyTemplates = []byte("templates")
)

// SchoolClauses returns the school's wording of articles by name: the plain texts,
// and the old templates kept for articles without one (they contain "{{"). An empty
// map when the school uses the defaults everywhere.
func (db *DB) SchoolClauses() (map[string]string, error) {
	m := map[string]string{}
	err := db.view(func(tx *bolt.Tx) error {
		old, err := getTextMap(tx, keyTemplates)
		if err != nil {
			return err
		}
		plain, err := getTextMap(tx, keyClauses)
		if err != nil {
			return err
		}
		for k, v := range old {
			m[k] = v
		}
		for k, v := range plain {
			m[k] = v
		}
		return nil
	})
	return m, err
}

// SaveSchoolClause saves the school's wording of the named article, as plain text
// with fields, in place of an old template of it; a blank text removes both, so the
// default wording applies again. The store does not check the text: the caller
// checks it first (pdf.CheckClause) and saves only what works.
func (db *DB) SaveSchoolClause(name, text string) error {
	return db.update(func(tx *bolt.Tx) error {
		if err := setText(tx, keyTemplates, name, ""); err != nil {
			return err
		}
		return setText(tx, keyClauses, name, text)
	})
}

// setText sets one text of a map of the school bucket; blank removes it.
func setText(tx *bolt.Tx, key []byte, name, text string) error {
	m, err := getTextMap(tx, key)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		if _, ok := m[name]; !ok {
			return nil
		}
		delete(m, name)
	} else {
		m[name] = text
	}
	b := tx.Bucket(bucketSchool)
	if len(m) == 0 {
		return b.Delete(key)
	}
	return putJSON(b, key, m)
}

func getTextMap(tx *bolt.Tx, key []byte) (map[string]string, error) {
	m := map[string]string{}
	if v := tx.Bucket(bucketSchool).Get(key); v != nil {
		if err := decode(bucketSchool, key, v, &m); err != nil {
			return nil, err
		}
	}
	return m, nil
}
