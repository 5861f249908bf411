// Package store keeps Kemitraan's records in one bbolt file: the school's profile,
// its partners, its partnerships with the letters printed for them, their timelines
// and their attached files. One file is one complete backup.
//
// Records are JSON values. Partners and partnerships are keyed by their model.ID, so a
// bucket scan returns them in the order they were made. Events and attachments are
// keyed by their partnership's ID first, so one partnership's timeline or file list
// is one range scan. The meta bucket holds the schema version; Open upgrades an older
// file and refuses a newer one.
//
// The key layouts (IDs are the 20 ASCII characters of a model.ID):
//
//	partnerships     ID → model.Partnership
//	summaries        ID → Summary (the fields lists show), written with every partnership
//	events           partnership ID + UnixNano (8, big-endian) + sequence (8, big-endian) → model.Event
//	attachments      partnership ID + attachment ID → model.Attachment (no file data)
//	attachment_data  attachment ID → the file's bytes
package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kemitraan/kemitraan/model"
)

// Errors of the data file. Open and Check wrap them with the file's path; their text is
// what a person reads, in Bahasa Indonesia: what happened and what to do. They are the
// model's values (store.ErrLocked == model.ErrLocked), so the UI, which does not import
// the store, recognises them with errors.Is too.
var (
	// ErrLocked: another Kemitraan window (or program) has the file open.
	ErrLocked = model.ErrLocked
	// ErrDamaged: the file is not a Kemitraan data file, or it is damaged.
	ErrDamaged = model.ErrDamaged
	// ErrNewerSchema: the file was written by a newer Kemitraan than this one.
	ErrNewerSchema = model.ErrNewerSchema
	// ErrWriteFailed: the disk refused a write (full, read-only, removed). Saves and
	// backups wrap it with the path; nothing half written is left under the final name,
	// and the DB stays usable.
	ErrWriteFailed = model.ErrWriteFailed
)

// SchemaVersion is the version of the file's structure this program writes.
const SchemaVersion = 2

// lockTimeout bounds the wait for a file another window holds.
const lockTimeout = time.Second

// The buckets of the file.
var (
	bucketMeta         = []byte("meta")         // schema_version → decimal text
	bucketSchool       = []byte("school")       // profile → model.School
	bucketPartners     = []byte("partners")     // model.ID → model.Partner
	bucketPartnerships = []byte("partnerships") // model.ID → model.Partnership
	bucketCounters     = []byte("counters")     // letter/2026 → uint64, big-endian
	// Since schema version 2:
	bucketSummaries      = []byte("summaries")       // model.ID → Summary
	bucketEvents         = []byte("events")          // eventKey → model.Event
	bucketAttachments    = []byte("attachments")     // partnership ID + attachment ID → model.Attachment
	bucketAttachmentData = []byte("attachment_data") // attachment ID → bytes

	allBuckets = [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters,
		bucketSummaries, bucketEvents, bucketAttachments, bucketAttachmentData}

	keySchemaVersion = []byte("schema_version")
	keyProfile       = []byte("profile")
)

// DB is an open Kemitraan data file. Its methods are safe for concurrent use.
type DB struct {
	// mu is held shared by every transaction and exclusively while Restore swaps the
	// file under the DB, so that the swap waits for transactions and none sees it half done.
	mu   sync.RWMutex
	bolt *bolt.DB
	path string
	now  func() time.Time // the clock; tests set it with setClock
}

// Open opens the data file at path, creating it (and its folder) when missing. It
// fails within about a second with ErrLocked when another window holds the file, with
// ErrDamaged when the file is not a Kemitraan data file or is damaged, and with
// ErrNewerSchema when a newer Kemitraan wrote it. An older file is upgraded, after a
// verified backup of it is written to the backups folder beside it.
func Open(path string) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("membuat folder berkas data: %w", err)
	}
	bdb, err := openBolt(abs, time.Now)
	if err != nil {
		return nil, err
	}
	return &DB{bolt: bdb, path: abs, now: time.Now}, nil
}

// openBolt opens the data file at the absolute path abs and prepares it as Open says
// (new buckets, refusal of a newer file, upgrade of an older one, dated by now).
func openBolt(abs string, now func() time.Time) (*bolt.DB, error) {
	if err := checkLength(abs); err != nil {
		return nil, err
	}
	var bdb *bolt.DB
	err := guard(abs, func() error {
		var err error
		bdb, err = bolt.Open(abs, 0o600, &bolt.Options{Timeout: lockTimeout})
		return err
	})
	if err != nil {
		return nil, openError(abs, err)
	}
	db := &DB{bolt: bdb, path: abs, now: now}
	if err := db.prepare(); err != nil {
		_ = bdb.Close()
		return nil, err
	}
	// summaries written by an older program lack newer fields (summaries_rebuild.go)
	if err := db.refreshSummaries(); err != nil {
		_ = bdb.Close()
		return nil, err
	}
	return bdb, nil
}

// openError says why bbolt could not open the file.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, ErrDamaged):
		return err
	case errors.Is(err, bolterrors.ErrTimeout):
		return fmt.Errorf("%s: %w", path, ErrLocked)
	case errors.Is(err, bolterrors.ErrInvalid),
		errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch):
		return damaged(path, err)
	default:
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("membuka berkas data: %w", err)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
}

// damaged wraps ErrDamaged and the cause with the file's path.
func damaged(path string, cause error) error {
	return fmt.Errorf("%s: %w (%w)", path, ErrDamaged, cause)
}

// prepare gives a new file its buckets, refuses a newer file and upgrades an older one.
func (db *DB) prepare() error {
	version, fresh := 0, false
	err := db.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			// a file with no buckets at all is new; one with other buckets is not ours
			return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
				return fmt.Errorf("ember %q tanpa ember meta", name)
			})
		}
		v, err := strconv.Atoi(string(meta.Get(keySchemaVersion)))
		if err != nil || v < 1 {
			return fmt.Errorf("ember meta: schema_version %q tidak valid", meta.Get(keySchemaVersion))
		}
		version = v
		return nil
	})
	if err != nil {
		return db.damaged(err)
	}
	if version == 0 {
		fresh = true
	}

	switch {
	case fresh:
		err = db.update(func(tx *bolt.Tx) error {
			for _, name := range allBuckets {
				if _, err := tx.CreateBucketIfNotExists(name); err != nil {
					return err
				}
			}
			return putSchemaVersion(tx, SchemaVersion)
		})
		if err != nil {
			return fmt.Errorf("%s: menyiapkan berkas data baru: %w", db.path, err)
		}
		return nil
	case version > SchemaVersion:
		return fmt.Errorf("%s: %w (versi berkas %d, versi aplikasi %d)", db.path, ErrNewerSchema, version, SchemaVersion)
	case version < SchemaVersion:
		if err := upgrade(db, version, SchemaVersion, migrations); err != nil {
			return err
		}
	}

	return db.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if tx.Bucket(name) == nil {
				return db.damaged(fmt.Errorf("ember %q tidak ada", name))
			}
		}
		return nil
	})
}

func putSchemaVersion(tx *bolt.Tx, v int) error {
	return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte(strconv.Itoa(v)))
}

// Path is the data file's location.
func (db *DB) Path() string { return db.path }

// Close closes the file; the DB is not usable afterwards.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.bolt.Close()
}

// setClock makes the store take times from now instead of time.Now (for tests).
func (db *DB) setClock(now func() time.Time) { db.now = now }

// stamp is the current time without its monotonic reading, so that a time saved
// and read back is equal to the one handed out.
func (db *DB) stamp() time.Time { return db.now().Round(0) }

// view and update run fn in a transaction; a damaged page that makes bbolt panic or
// fault comes back as ErrDamaged instead of ending the program.
// A commit the disk refuses comes back wrapping ErrWriteFailed; bbolt has rolled it
// back, so the file holds the last committed state and the DB stays usable.
func (db *DB) view(fn func(tx *bolt.Tx) error) error {
	db.mu.RLock()
	defer db.mu.RUnlock()
	return db.recordErr(guard(db.path, func() error { return db.bolt.View(fn) }))
}

func (db *DB) update(fn func(tx *bolt.Tx) error) error {
	db.mu.RLock()
	defer db.mu.RUnlock()
	return db.recordErr(guard(db.path, func() error {
		committing := false
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if err := fn(tx); err != nil {
				return err
			}
			committing = true
			return nil
		})
		if err != nil && committing {
			return writeFailed(db.path, err)
		}
		return err
	}))
}

// writeFailed wraps ErrWriteFailed and the cause with the path the write was for.
func writeFailed(path string, cause error) error {
	if errors.Is(cause, ErrWriteFailed) {
		return cause
	}
	return fmt.Errorf("%s: %w (%w)", path, ErrWriteFailed, cause)
}

// recordError is a record that cannot be read: the file is damaged there.
type recordError struct {
	bucket, key string
	err         error
}

func (e *recordError) Error() string {
	return fmt.Sprintf("ember %s kunci %s: %v", e.bucket, e.key, e.err)
}

func (e *recordError) Unwrap() error { return e.err }

// recordErr wraps ErrDamaged around a record that cannot be read.
func (db *DB) recordErr(err error) error {
	var re *recordError
	if errors.As(err, &re) && !errors.Is(err, ErrDamaged) {
		return damaged(db.path, err)
	}
	return err
}

func (db *DB) damaged(cause error) error {
	if errors.Is(cause, ErrDamaged) {
		return cause
	}
	return damaged(db.path, cause)
}

// guard runs fn, turning a panic, or a memory fault on the mapped file, into ErrDamaged.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = damaged(path, fmt.Errorf("%v", r))
		}
	}()
	return fn()
}
