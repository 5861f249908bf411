package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// A migration brings the file's structure from one schema version to the next, inside
// the transaction it is given.
type migration func(tx *bolt.Tx) error

// migrations are keyed by the version they upgrade from: migrations[1] is migrate1to2.
var migrations = map[int]migration{
	1: migrate1to2,
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
		if err := decode(bucketPartnerships, k, v, &ps); err != nil {
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

// upgrade brings the file from version from to version to. It first writes a verified
// backup of the file as it is (backups/kemitraan-sebelum-pembaruan-vN-….db, see
// writeBackup), then runs every step and sets the new version in one transaction, so
// the file is either upgraded completely or left as it was.
func upgrade(db *DB, from, to int, table map[int]migration) error {
	for v := from; v < to; v++ {
		if table[v] == nil {
			return fmt.Errorf("%s: tidak ada cara memperbarui berkas data dari versi %d ke %d", db.path, v, v+1)
		}
	}
	now := db.stamp()
	info, err := db.writeBackup(upgradeBackupPath(db.path, from, now), now, nil, db.view)
	if err != nil {
		return fmt.Errorf("%s: mencadangkan sebelum memperbarui: %w", db.path, err)
	}
	backup := info.Path
	err = db.update(func(tx *bolt.Tx) error {
		for v := from; v < to; v++ {
			if err := table[v](tx); err != nil {
				return fmt.Errorf("versi %d ke %d: %w", v, v+1, err)
			}
		}
		return putSchemaVersion(tx, to)
	})
	if err != nil {
		return fmt.Errorf("%s: memperbarui berkas data (cadangan ada di %s): %w", db.path, backup, err)
	}
	return nil
}
