package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// A migration brings the file's structure from one schema version to the next, inside
// the transaction it is given.
type migration func(tx *bolt.Tx) error

// migrations are keyed by the version they upgrade from: migrations[1] is migrate1to2.
var migrations = map[int]migration{
	1: migrate1to2,
	2: migrate2to3,
	3: migrate3to4,
	4: migrate4to5,
}

// partnershipV1 is a partnership as schema version 1 wrote it: the need was a
// category and a text at the top level, and there were no stages' records yet.
type partnershipV1 struct {
	ID           model.ID           `json:"id"`
	Title        string             `json:"title"`
	NeedCategory model.NeedCategory `json:"need_category"`
	Need         string             `json:"need"`
	PartnerID    model.ID           `json:"partner_id,omitempty"`
	Stage        model.Stage        `json:"stage"`
	Status       model.Status       `json:"status"`
	Letters      []letterV1         `json:"letters,omitempty"`
	CreatedAt    time.Time          `json:"created_at"`
	UpdatedAt    time.Time          `json:"updated_at"`
}

type letterV1 struct {
	Kind   string    `json:"kind"`
	Number string    `json:"number"`
	Date   time.Time `json:"date"`
	Code   string    `json:"code,omitempty"`
}

// migrate1to2 brings a version 1 file to version 2: the buckets of summaries, events
// and attachments are made; every partnership is rewritten with its need as a Need
// (category and description), StageSince its last change and evaluations due every
// 3 months, and gets a timeline of a model.EventCreated event at its CreatedAt and a
// model.EventDocument event for each letter printed for it.
//
// It writes through putPartnership, which writes the version 2 record. When version 3
// changes model.Partnership, this step must keep writing what version 2 was (the
// version 2 to 3 step then reads that), or be given its own copy of the version 2 struct.
func migrate1to2(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketSummaries, bucketEvents, bucketAttachments, bucketAttachmentData} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	var old []partnershipV1
	err := tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
		var ps partnershipV1
		if err := decodeRaw(bucketPartnerships, k, v, &ps); err != nil {
			return err
		}
		old = append(old, ps)
		return nil
	})
	if err != nil {
		return err
	}
	for _, v1 := range old {
		ps := model.Partnership{
			ID:               v1.ID,
			Title:            v1.Title,
			Stage:            v1.Stage,
			Status:           v1.Status,
			Need:             model.Need{Category: v1.NeedCategory, Description: v1.Need},
			PartnerID:        v1.PartnerID,
			EvaluationMonths: 3,
			CreatedAt:        v1.CreatedAt,
			UpdatedAt:        v1.UpdatedAt,
			StageSince:       v1.UpdatedAt,
		}
		for _, l := range v1.Letters {
			ps.Letters = append(ps.Letters, model.Letter{Kind: l.Kind, Number: l.Number, Date: l.Date, Code: l.Code})
		}
		if err := putPartnership(tx, ps); err != nil {
			return err
		}
		created := model.Event{PartnershipID: ps.ID, Time: ps.CreatedAt, Kind: model.EventCreated,
			Stage: model.StageKebutuhan, Text: "Kemitraan dibuat"}
		if err := putMigratedEvent(tx, created); err != nil {
			return err
		}
		for _, l := range ps.Letters {
			// version 1 kept no stage for a letter; the partnership's stage now is the best guess
			e := model.Event{PartnershipID: ps.ID, Time: l.Date, Kind: model.EventDocument, Stage: ps.Stage,
				Text: fmt.Sprintf("Surat %s dibuat, nomor %s", l.Kind, l.Number)}
			if err := putMigratedEvent(tx, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// putMigratedEvent writes an event made from an old record. An event whose time the
// key cannot hold (a record without its date) is left out rather than stopping the
// upgrade: the record itself is kept whole.
func putMigratedEvent(tx *bolt.Tx, e model.Event) error {
	if e.Time.Before(minEventTime) || e.Time.After(maxEventTime) {
		return nil
	}
	return putEvent(tx, e)
}

// migrateChunkBytes is how much attachment data one transaction of the upgrade to
// version 3 puts in envelopes (a variable, so that tests can make it small).
var migrateChunkBytes = 32 << 20

// upgrade brings the file from version from to version to (SchemaVersion). It first
// writes a verified backup of the file as it is (backups/kemitraan-sebelum-pembaruan-
// vN-….db, see writeBackup), then runs every step in one transaction, so the file is
// either upgraded or left as it was; except the envelopes of attachment data, which
// may be large: they are sealed afterwards a chunk per transaction, while the meta
// bucket says "upgrading" (keyUpgrading). A power cut then leaves a version 3 file
// that says so, which Open (resuming, with upgrading set) finishes, and then takes
// the steps after version 3; an older program refuses it as newer.
func upgrade(db *DB, from, to int, table map[int]migration, resuming bool) error {
	if resuming {
		if err := sealAttachmentData(db); err != nil {
			return fmt.Errorf("%s: memperbarui berkas data: %w", db.path, err)
		}
		if from >= to {
			return nil
		}
	}
	for v := from; v < to; v++ {
		if table[v] == nil {
			return fmt.Errorf("%s: %w: tidak ada cara memperbarui berkas data dari versi %d ke %d", db.path, ErrBug, v, v+1)
		}
	}
	now := db.stamp()
	info, err := db.writeBackup(context.Background(), upgradeBackupPath(db.path, from, now), now, nil, true)
	if err != nil {
		return fmt.Errorf("%s: mencadangkan sebelum memperbarui: %w", db.path, err)
	}
	err = db.write(func(tx *bolt.Tx) error {
		for v := from; v < to; v++ {
			if err := table[v](tx); err != nil {
				return fmt.Errorf("versi %d ke %d: %w", v, v+1, err)
			}
		}
		if to >= 3 && from < 3 {
			if err := tx.Bucket(bucketMeta).Put(keyUpgrading, []byte("1")); err != nil {
				return err
			}
		}
		return putSchemaVersion(tx, to)
	})
	if err != nil {
		if model.KindOf(err) == nil || errors.Is(err, ErrBug) {
			// a record the upgrade cannot read: the file is not what its version says
			err = damaged(db.path, err)
		}
		return fmt.Errorf("%s: memperbarui berkas data (cadangan ada di %s): %w", db.path, info.Path, err)
	}
	if to >= 3 && from < 3 {
		if err := sealAttachmentData(db); err != nil {
			return fmt.Errorf("%s: memperbarui berkas data: %w", db.path, err)
		}
	}
	return nil
}

// migrate2to3 puts every value of a version 2 file in its envelope (record.go) and
// makes the drafts bucket, except the attachments' data, which sealAttachmentData
// seals afterwards. A value already sealed (migrate1to2 writes version 3 records) is
// left as it is.
func migrate2to3(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketDrafts); err != nil {
		return err
	}
	for _, name := range bucketsV2 { // the buckets version 2 had; later ones are sealed from the start
		if string(name) == string(bucketMeta) || string(name) == string(bucketAttachmentData) {
			continue
		}
		b := tx.Bucket(name)
		if b == nil {
			return fmt.Errorf("ember %q tidak ada", name)
		}
		type kv struct{ k, v []byte }
		var raw []kv
		err := b.ForEach(func(k, v []byte) error {
			if v != nil && !sealed(v) {
				raw = append(raw, kv{bytes.Clone(k), bytes.Clone(v)})
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range raw {
			if err := put(b, r.k, r.v); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrate3to4 makes the bucket of students' activities (pkl.go).
func migrate3to4(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketStudentActivities)
	return err
}

// sealAttachmentData puts the attachments' data in envelopes, about
// migrateChunkBytes per transaction, and then clears the upgrading mark.
func sealAttachmentData(db *DB) error {
	var after []byte // the last key sealed
	for {
		done := false
		err := db.write(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketAttachmentData)
			type kv struct{ k, v []byte }
			var batch []kv
			size := 0
			c := b.Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
			}
			for ; k != nil && size < migrateChunkBytes; k, v = c.Next() {
				if v != nil && !sealed(v) {
					batch = append(batch, kv{bytes.Clone(k), v})
					size += len(v)
				}
			}
			for _, r := range batch {
				if err := put(b, r.k, r.v); err != nil {
					return err
				}
				after = r.k
			}
			if k == nil {
				done = true
				return tx.Bucket(bucketMeta).Delete(keyUpgrading)
			}
			return nil
		})
		if err != nil || done {
			return err
		}
	}
}

// migrate4to5 brings a version 4 file to version 5: the documents bucket (documents of
// no partnership) is made; every partnership is brought to the present form
// (model.Partnership.UpgradeFromV4: the partner's contribution as lines, an MoU
// apart from its PKS, wordings as plain text with fields, the agreements' numbers in
// the register) and written again with its summary; the school's wordings written as
// Go templates become plain texts where they can, the others are kept as they were.
func migrate4to5(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketDocuments); err != nil {
		return err
	}
	partners := map[model.ID]model.Partner{}
	err := tx.Bucket(bucketPartners).ForEach(func(k, v []byte) error {
		var p model.Partner
		if err := decode(bucketPartners, k, v, &p); err != nil {
			return err
		}
		partners[p.ID] = p
		return nil
	})
	if err != nil {
		return err
	}
	var all []model.Partnership
	err = eachPartnership(tx, func(ps model.Partnership) error {
		all = append(all, ps)
		return nil
	})
	if err != nil {
		return err
	}
	for _, ps := range all {
		var pt *model.Partner
		if p, ok := partners[ps.PartnerID]; ok {
			pt = &p
		}
		upgradeFromV4(&ps, pt)
		if err := putPartnership(tx, ps); err != nil {
			return err
		}
	}
	old, err := getTextMap(tx, keyTemplates)
	if err != nil || len(old) == 0 {
		return err
	}
	plain, err := getTextMap(tx, keyClauses)
	if err != nil {
		return err
	}
	stillOld, converted := clause.ConvertWordings(old, plain)
	b := tx.Bucket(bucketSchool)
	for _, kv := range []struct {
		key []byte
		m   map[string]string
	}{{keyTemplates, stillOld}, {keyClauses, converted}} {
		if len(kv.m) == 0 {
			if err := b.Delete(kv.key); err != nil {
				return err
			}
			continue
		}
		if err := putJSON(b, kv.key, kv.m); err != nil {
			return err
		}
	}
	return nil
}

// upgradeFromV4 brings a partnership of an earlier schema to the present form
// (model.Partnership.UpgradeFromV4), its wordings written as Go templates turned
// into plain text with fields where model/clause can.
func upgradeFromV4(ps *model.Partnership, partner *model.Partner) {
	ps.UpgradeFromV4(partner)
	ps.Agreement.Articles, ps.Agreement.Clauses = clause.ConvertWordings(ps.Agreement.Articles, ps.Agreement.Clauses)
}
