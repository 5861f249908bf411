package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// An event's key is its partnership's ID (20 bytes), then its time as big-endian
// UnixNano (8 bytes), then a big-endian number from the bucket's sequence (8 bytes).
// Keys of one partnership share their first 20 bytes, so its timeline is one range
// scan, oldest first; the sequence keeps two events of one nanosecond apart, in the
// order they were written.
const (
	idLen       = 20
	eventKeyLen = idLen + 8 + 8
)

// The times an event may have: UnixNano counts them from 1970 to 2262, and the key
// holds it unsigned so that keys sort as times do.
var (
	minEventTime = time.Unix(0, 0)
	maxEventTime = time.Unix(0, 1<<63-1)
)

func eventKey(id model.ID, t time.Time, seq uint64) []byte {
	k := make([]byte, eventKeyLen)
	copy(k, id)
	binary.BigEndian.PutUint64(k[idLen:], uint64(t.UnixNano()))
	binary.BigEndian.PutUint64(k[idLen+8:], seq)
	return k
}

// Events returns the partnership's timeline, oldest first, by one range scan. It
// fails with an error wrapping model.ErrNotFound when there is no such partnership.
func (db *DB) Events(id model.ID) ([]model.Event, error) {
	var list []model.Event
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPartnerships).Get([]byte(id)) == nil {
			return fmt.Errorf("kemitraan %s: %w", id, model.ErrNotFound)
		}
		return eachEvent(tx, id, func(e model.Event) error {
			list = append(list, e)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// AddEvent writes an event on a partnership's timeline: a note or a meeting written by
// hand, or an event a model rule returned. The partnership must exist and the kind
// must be known; notes and meetings need a text. An event without a time gets now, one
// without a stage gets the partnership's current stage.
func (db *DB) AddEvent(e model.Event) error {
	if err := checkEvent(e); err != nil {
		return err
	}
	now := db.stamp()
	return db.update(func(tx *bolt.Tx) error {
		s, err := getSummary(tx, e.PartnershipID)
		if err != nil {
			return err
		}
		return putEvent(tx, fillEvent(e, e.PartnershipID, s.Stage, now))
	})
}

// checkEvent refuses an event of an unknown kind, a note or meeting without text, an
// invalid stage, and a time the key cannot hold.
func checkEvent(e model.Event) error {
	if e.Kind.Label() == "" {
		return invalid("peristiwa %q: jenis tidak dikenal", e.Kind)
	}
	if (e.Kind == model.EventNote || e.Kind == model.EventMeeting) && strings.TrimSpace(e.Text) == "" {
		return model.FieldError{Field: "text", Key: "validation.required", Message: "Wajib diisi."}
	}
	if e.Stage != 0 && !e.Stage.Valid() {
		return invalid("peristiwa %q: tahap %d tidak valid", e.Text, e.Stage)
	}
	if !e.Time.IsZero() && (e.Time.Before(minEventTime) || e.Time.After(maxEventTime)) {
		return model.FieldError{Field: "time", Key: "validation.date", Message: "Tanggal tidak valid."}
	}
	return nil
}

// fillEvent gives an event its partnership, stage and time where it has none.
func fillEvent(e model.Event, id model.ID, stage model.Stage, now time.Time) model.Event {
	if e.PartnershipID == "" {
		e.PartnershipID = id
	}
	if e.Stage == 0 {
		e.Stage = stage
	}
	if e.Time.IsZero() {
		e.Time = now
	}
	e.Time = e.Time.Round(0)
	return e
}

// putEvent writes e under a new key; e's partnership and time must be set.
func putEvent(tx *bolt.Tx, e model.Event) error {
	b := tx.Bucket(bucketEvents)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	return putJSON(b, eventKey(e.PartnershipID, e.Time, seq), e)
}

// hasEvent reports whether an event equal to e is already stored at e's nanosecond.
func hasEvent(tx *bolt.Tx, e model.Event) (bool, error) {
	prefix := eventKey(e.PartnershipID, e.Time, 0)[:idLen+8]
	c := tx.Bucket(bucketEvents).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var old model.Event
		if err := decode(bucketEvents, k, v, &old); err != nil {
			return false, err
		}
		if old.Time.Equal(e.Time) && old.Kind == e.Kind && old.Stage == e.Stage && old.Text == e.Text &&
			old.Participants == e.Participants && old.Minutes == e.Minutes {
			return true, nil
		}
	}
	return false, nil
}

// eachEvent calls fn with the partnership's events, oldest first.
func eachEvent(tx *bolt.Tx, id model.ID, fn func(model.Event) error) error {
	prefix := []byte(id)
	c := tx.Bucket(bucketEvents).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var e model.Event
		if err := decode(bucketEvents, k, v, &e); err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// deletePrefix deletes every key of bucket b that starts with prefix, and returns them.
func deletePrefix(b *bolt.Bucket, prefix []byte) ([][]byte, error) {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return nil, err
		}
	}
	return keys, nil
}
