package store

import (
	"strings"

	bolt "go.etcd.io/bbolt"
)

// The school's own wording of agreement articles is kept beside its profile, in the
// school bucket under "templates", as a JSON map from template name (pdf.TemplateNames)
// to text. It is apart from model.School so that saving the profile form never
// overwrites a template saved meanwhile, and the other way round.
var keyTemplates = []byte("templates")

// SchoolTemplates returns the school's article templates by name; an empty map when
// the school uses the defaults everywhere.
func (db *DB) SchoolTemplates() (map[string]string, error) {
	m := map[string]string{}
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		m, err = getTemplates(tx)
		return err
	})
	return m, err
}

// SaveSchoolTemplate saves the school's wording of the named template; a blank text
// removes it, so the default wording applies again. The store does not check the
// text: the caller parses it first (pdf.ParseTemplates) and saves only what works.
func (db *DB) SaveSchoolTemplate(name, text string) error {
	return db.update(func(tx *bolt.Tx) error {
		m, err := getTemplates(tx)
		if err != nil {
			return err
		}
		if strings.TrimSpace(text) == "" {
			delete(m, name)
		} else {
			m[name] = text
		}
		b := tx.Bucket(bucketSchool)
		if len(m) == 0 {
			return b.Delete(keyTemplates)
		}
		return putJSON(b, keyTemplates, m)
	})
}

func getTemplates(tx *bolt.Tx) (map[string]string, error) {
	m := map[string]string{}
	if v := tx.Bucket(bucketSchool).Get(keyTemplates); v != nil {
		if err := decode(bucketSchool, keyTemplates, v, &m); err != nil {
			return nil, err
		}
	}
	return m, nil
}
