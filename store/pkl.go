package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Students' activities (PKL, teaching factory) of an SMK are records of their own,
// keyed by their partnership, so that one partnership's activities are one range
// scan and the partnership's record stays small however many students it places:
//
//	student_activities  partnership ID + activity ID → model.StudentActivity
//
// They hold personal data of minors (model/pkl.go): the data file and its backups
// keep them; Export and the spreadsheet exports leave them out unless
// ExportOptions.WithStudents asks for them. Deleting a partnership deletes them.

// StudentActivities lists the partnership's students' activities, oldest first.
func (db *DB) StudentActivities(partnershipID model.ID) ([]model.StudentActivity, error) {
	var list []model.StudentActivity
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPartnerships).Get([]byte(partnershipID)) == nil {
			return fmt.Errorf("kemitraan %s: %w", partnershipID, model.ErrNotFound)
		}
		return eachStudentActivity(tx, []byte(partnershipID), func(a model.StudentActivity) error {
			list = append(list, a)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// AllStudentActivities lists every students' activity of the file, by partnership
// (in creation order), each one's oldest first: for reports.
func (db *DB) AllStudentActivities() ([]model.StudentActivity, error) {
	var list []model.StudentActivity
	err := db.view(func(tx *bolt.Tx) error {
		return eachStudentActivity(tx, nil, func(a model.StudentActivity) error {
			list = append(list, a)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// StudentActivity returns the activity with the given ID, or an error wrapping
// model.ErrNotFound.
func (db *DB) StudentActivity(id model.ID) (model.StudentActivity, error) {
	var a model.StudentActivity
	err := db.view(func(tx *bolt.Tx) error {
		key, v := findStudentActivity(tx.Bucket(bucketStudentActivities), id)
		if key == nil {
			return fmt.Errorf("aktivitas peserta didik %s: %w", id, model.ErrNotFound)
		}
		return decode(bucketStudentActivities, key, v, &a)
	})
	return a, err
}

// SaveStudentActivity validates the activity and saves it under its partnership,
// with the given timeline events, in one transaction. The partnership must be in the
// file (else model.ErrNotFound), the school an SMK (model.ErrNotSMK) and the
// partnership at its agreement stage or later (model.ErrNoAgreementYet). An activity
// without an ID is new: it gets an ID and CreatedAt; placements without an ID get
// one. UpdatedAt is set to now. An activity cannot move to another partnership. On
// success a holds what was saved.
//
// Events are filled as SavePartnership fills them (partnership, stage, time). They
// go on the timeline, which bundles carry: they must not name students.
func (db *DB) SaveStudentActivity(a *model.StudentActivity, events ...model.Event) error {
	if problems := a.Validate(); problems != nil {
		return problems
	}
	if !a.PartnershipID.Valid() {
		return invalid("aktivitas peserta didik %q: kemitraan %q tidak valid", a.Title, a.PartnershipID)
	}
	for _, e := range events {
		if err := checkEvent(e); err != nil {
			return err
		}
		if e.PartnershipID != "" && e.PartnershipID != a.PartnershipID {
			return invalid("aktivitas peserta didik %q: peristiwa untuk kemitraan lain (%s)", a.Title, e.PartnershipID)
		}
	}
	rec := *a
	rec.Placements = append([]model.Placement(nil), a.Placements...)
	now := db.stamp()
	err := db.update(func(tx *bolt.Tx) error {
		s, err := getSummary(tx, rec.PartnershipID)
		if err != nil {
			return fmt.Errorf("aktivitas peserta didik %q: %w", rec.Title, err)
		}
		b := tx.Bucket(bucketStudentActivities)
		if rec.ID == "" {
			rec.ID = model.NewID(now)
			rec.CreatedAt = now
		} else {
			key, v := findStudentActivity(b, rec.ID)
			if key == nil {
				return fmt.Errorf("aktivitas peserta didik %s: %w", rec.ID, model.ErrNotFound)
			}
			if string(key[:idLen]) != string(rec.PartnershipID) {
				return invalid("aktivitas peserta didik %q milik kemitraan lain (%s)", rec.Title, key[:idLen])
			}
			var old model.StudentActivity
			if err := decode(bucketStudentActivities, key, v, &old); err != nil {
				return err
			}
			rec.CreatedAt = old.CreatedAt
		}
		school, err := getSchool(tx)
		if err != nil {
			return err
		}
		if err := model.StudentActivitiesAllowed(school, s.Stage); err != nil {
			return fmt.Errorf("kemitraan %q: %w", s.Title, err)
		}
		for i := range rec.Placements {
			if rec.Placements[i].ID == "" {
				rec.Placements[i].ID = model.NewID(now)
			}
		}
		if err := checkPlacementIDs(rec); err != nil {
			return err
		}
		rec.UpdatedAt = now
		if err := putJSON(b, activityKey(rec.PartnershipID, rec.ID), rec); err != nil {
			return err
		}
		for _, e := range events {
			if err := putEvent(tx, fillEvent(e, rec.PartnershipID, s.Stage, now)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	*a = rec
	return nil
}

// DeleteStudentActivity deletes the activity, its students' data with it.
func (db *DB) DeleteStudentActivity(id model.ID) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketStudentActivities)
		key, _ := findStudentActivity(b, id)
		if key == nil {
			return fmt.Errorf("aktivitas peserta didik %s: %w", id, model.ErrNotFound)
		}
		return b.Delete(key)
	})
}

// checkPlacementIDs refuses a placement ID that is not valid or is given twice.
func checkPlacementIDs(a model.StudentActivity) error {
	seen := make(map[model.ID]bool, len(a.Placements))
	for i, pl := range a.Placements {
		if !pl.ID.Valid() || seen[pl.ID] {
			return invalid("aktivitas peserta didik %q: penempatan ke-%d: ID %q tidak valid atau ganda", a.Title, i+1, pl.ID)
		}
		seen[pl.ID] = true
	}
	return nil
}

func activityKey(partnershipID, id model.ID) []byte {
	return append([]byte(partnershipID), id...)
}

// findStudentActivity scans the bucket's keys for the activity's key (a copy); the
// value is valid for the transaction. The keys are small and an SMK has hundreds of
// activities at most, so no index is kept.
func findStudentActivity(b *bolt.Bucket, id model.ID) (key, value []byte) {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) == 2*idLen && string(k[idLen:]) == string(id) {
			return bytes.Clone(k), v
		}
	}
	return nil, nil
}

// eachStudentActivity calls fn with every activity whose key starts with prefix
// (nil: all of them), in key order.
func eachStudentActivity(tx *bolt.Tx, prefix []byte, fn func(model.StudentActivity) error) error {
	c := tx.Bucket(bucketStudentActivities).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var a model.StudentActivity
		if err := decode(bucketStudentActivities, k, v, &a); err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// activityKeys maps the ID of every stored activity to its key: Load and an import
// look each of many activities up in it instead of scanning the bucket each time.
func activityKeys(tx *bolt.Tx) map[model.ID][]byte {
	keys := map[model.ID][]byte{}
	c := tx.Bucket(bucketStudentActivities).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) == 2*idLen {
			keys[model.ID(k[idLen:])] = bytes.Clone(k)
		}
	}
	return keys
}

// putStudentActivity writes an activity as it is (Load, import), replacing one with
// its ID under another key; keys (activityKeys) is kept up to date.
func putStudentActivity(tx *bolt.Tx, a model.StudentActivity, keys map[model.ID][]byte) error {
	b := tx.Bucket(bucketStudentActivities)
	key := activityKey(a.PartnershipID, a.ID)
	if old, ok := keys[a.ID]; ok && !bytes.Equal(old, key) {
		if err := b.Delete(old); err != nil {
			return err
		}
	}
	keys[a.ID] = key
	return putJSON(b, key, a)
}

// checkStoredActivity refuses an activity from elsewhere (Load, a bundle) that the
// file cannot keep: an ID or a placement's ID that is not valid, content Validate
// refuses.
func checkStoredActivity(a model.StudentActivity) error {
	if !a.ID.Valid() || !a.PartnershipID.Valid() {
		return fmt.Errorf("aktivitas peserta didik %q: ID %q atau kemitraan %q tidak valid", clip(a.Title), clip(string(a.ID)), clip(string(a.PartnershipID)))
	}
	if problems := a.Validate(); problems != nil {
		return fmt.Errorf("aktivitas peserta didik %q: %v", clip(a.Title), problems)
	}
	return checkPlacementIDs(a)
}

// studentActivities is the check of the bucket (check.go): every activity decodes,
// under the key its content says, belongs to a partnership in the file, and is valid.
func (rc *recordChecker) studentActivities(c *Counts) error {
	partnerships := rc.tx.Bucket(bucketPartnerships)
	return rc.each(bucketStudentActivities, func(k, v []byte) error {
		var a model.StudentActivity
		if !rc.decode(bucketStudentActivities, k, v, &a) {
			return nil
		}
		switch {
		case string(k) != string(activityKey(a.PartnershipID, a.ID)):
			rc.bad(bucketStudentActivities, k, fmt.Errorf("berisi kemitraan %q dan ID %q", clipText(string(a.PartnershipID), 40), clipText(string(a.ID), 40)))
		case partnerships.Get([]byte(a.PartnershipID)) == nil:
			rc.bad(bucketStudentActivities, k, fmt.Errorf("kemitraannya %w", model.ErrNotFound))
		default:
			rc.changed(a.UpdatedAt)
			c.StudentActivities++
			c.Placements += len(a.Placements)
		}
		return nil
	})
}

// planStudentActivities adds the bundle's students' activities to an import's plan
// (import_merge.go): new, the same, changed or in conflict, by their content and
// UpdatedAt, as partnerships are. Each belongs to a partnership the bundle or the
// file holds. No activity is ever deleted: a bundle made without its students leaves
// the file's as they are.
func planStudentActivities(tx *bolt.Tx, b *Bundle, inBundle map[model.ID]bool, add func(ImportItem)) error {
	if len(b.StudentActivities) == 0 {
		return nil
	}
	partnerships, list := tx.Bucket(bucketPartnerships), tx.Bucket(bucketStudentActivities)
	keys := activityKeys(tx)
	for i, in := range b.StudentActivities {
		if !inBundle[in.PartnershipID] && partnerships.Get([]byte(in.PartnershipID)) == nil {
			return fmt.Errorf("%w: aktivitas peserta didik %q: kemitraan %s tidak ada di berkas ekspor maupun di data ini", ErrBundleDamaged, clip(in.Title), in.PartnershipID)
		}
		it := ImportItem{Kind: RecordStudentActivity, ID: in.ID, Incoming: Version{Title: in.Title, UpdatedAt: in.UpdatedAt}, Index: i}
		key := keys[in.ID]
		if key == nil {
			it.Status = ImportNew
		} else {
			var local model.StudentActivity
			if err := decode(bucketStudentActivities, key, list.Get(key), &local); err != nil {
				return err
			}
			it.Local = Version{Title: local.Title, UpdatedAt: local.UpdatedAt}
			it.Status = compareVersions(sameJSON(local, in), local.UpdatedAt, in.UpdatedAt)
			if it.Status != ImportSame {
				it.Fields = differentFields(local, in)
			}
		}
		add(it)
	}
	return nil
}
