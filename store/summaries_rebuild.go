package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Summaries are written with every partnership (putPartnership), from model.Summarize.
// When a newer program adds fields to model.Summary (as Beranda's reminders did: the
// notice period, the evaluation interval, the latest evaluation and the planned
// activities), the summaries an older program wrote lack them; the schema is the
// same, so no migration runs. Opening a file therefore compares one stored summary
// with the summary of its record, and rewrites them all when they differ
// (summariesStale, RebuildSummaries). Check, which compares every summary, then
// passes again.

// summariesStale reports whether the first stored summary differs from what
// model.Summarize makes of its record today: a cheap test (one record) that the
// summaries were written by an older program.
func summariesStale(tx *bolt.Tx) (bool, error) {
	k, v := tx.Bucket(bucketSummaries).Cursor().First()
	if k == nil {
		return false, nil
	}
	rec := tx.Bucket(bucketPartnerships).Get(k)
	if rec == nil {
		return false, nil // Check reports the orphan; nothing to rebuild from
	}
	var ps model.Partnership
	if err := decode(bucketPartnerships, k, rec, &ps); err != nil {
		return false, nil // a damaged record: the check names it; opening goes on
	}
	want, err := json.Marshal(summarize(ps))
	if err != nil {
		return false, err
	}
	stored, err := open(bucketSummaries, k, v)
	if err != nil {
		return false, nil
	}
	return !bytes.Equal(stored, want), nil
}

// RebuildSummaries rewrites every partnership's summary from its record, in one
// transaction.
func (db *DB) RebuildSummaries() error {
	return db.update(rebuildSummaries)
}

// rebuildSummariesAtOpen is RebuildSummaries as Open runs it, before the day's check:
// every partnership it reads is checked by its own checksum.
func (db *DB) rebuildSummariesAtOpen() error {
	return db.write(rebuildSummaries)
}

func rebuildSummaries(tx *bolt.Tx) error {
	summaries := tx.Bucket(bucketSummaries)
	return tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
		var ps model.Partnership
		if err := decode(bucketPartnerships, k, v, &ps); err != nil {
			return err
		}
		if err := putJSON(summaries, k, summarize(ps)); err != nil {
			return fmt.Errorf("ringkasan %s: %w", k, err)
		}
		return nil
	})
}

// refreshSummaries rebuilds the summaries when summariesStale says they are old.
func (db *DB) refreshSummaries() error {
	stale := false
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		stale, err = summariesStale(tx)
		return err
	})
	if err != nil || !stale {
		return err
	}
	return db.rebuildSummariesAtOpen()
}
