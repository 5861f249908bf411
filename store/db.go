// Package store keeps Kemitraan's records in one bbolt file: the school's profile,
// its partners, its partnerships with the letters printed for them, their timelines
// and their attached files, and the drafts of forms not saved yet. One file is one
// complete backup.
//
// Records are JSON values, each in an envelope with its checksum (record.go).
// Partners and partnerships are keyed by their model.ID, so a bucket scan returns
// them in the order they were made. Events and attachments are keyed by their
// partnership's ID first, so one partnership's timeline or file list is one range
// scan. The meta bucket holds the schema version; Open upgrades an older file and
// refuses a newer one.
//
// The key layouts (IDs are the 20 ASCII characters of a model.ID):
//
//	partnerships     ID → model.Partnership
//	summaries        ID → Summary (the fields lists show), written with every partnership
//	events           partnership ID + UnixNano (8, big-endian) + sequence (8, big-endian) → model.Event
//	attachments      partnership ID + attachment ID → model.Attachment (no file data)
//	attachment_data  attachment ID → the file's bytes
//	drafts           form key → Draft (draft.go)
//	student_activities  partnership ID + activity ID → model.StudentActivity (pkl.go)
package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// SchemaVersion is the version of the file's structure this program writes.
// Version 3 keeps every value in an envelope with its checksum; version 4 adds the
// bucket of students' activities (an older program would not delete them with their
// partnership, nor check them); version 5 keeps an agreement's money as contribution
// lines, its MoU apart from its PKS, wordings as plain text with fields, the
// agreements' numbers in the register, and documents of no partnership (the annual
// report).
const SchemaVersion = 5

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
	// Since schema version 3:
	bucketDrafts = []byte("drafts") // form key → Draft
	// Since schema version 4:
	bucketStudentActivities = []byte("student_activities") // partnership ID + activity ID → model.StudentActivity
	// Since schema version 5:
	bucketDocuments = []byte("documents") // attachment ID → model.Attachment of no partnership (annual reports)

	allBuckets = [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters,
		bucketSummaries, bucketEvents, bucketAttachments, bucketAttachmentData, bucketDrafts,
		bucketStudentActivities, bucketDocuments}

	keySchemaVersion = []byte("schema_version")
	// keyUpgrading is set while an upgrade to version 3 goes on in steps (migrate.go).
	keyUpgrading = []byte("upgrading")
	keyProfile   = []byte("profile")
)

// DB is an open Kemitraan data file. Its methods are safe for concurrent use.
type DB struct {
	// mu is held shared by every transaction and exclusively while Restore swaps the
	// file under the DB, so that the swap waits for transactions and none sees it half
	// done, and while a check reads the meta pages.
	mu       sync.RWMutex
	bolt     *bolt.DB
	path     string
	now      func() time.Time // the clock; tests set it with setClock
	readOnly bool
	holder   string // the program named in the holder note, "" when none is written

	verify verifier // the check of the file before the first write of the day

	// ctx ends, and jobs are waited for, when the DB closes: background checks.
	ctx    context.Context
	cancel context.CancelFunc
	jobs   sync.WaitGroup
}

// Options says how Open opens a data file.
type Options struct {
	// ReadOnly opens the file without ever writing to it (commands that only read,
	// a write-protected stick): no holder note, no automatic cleanup or summaries
	// rebuilt, and every change fails with ErrReadOnly. An older file, which would
	// need an upgrade, is refused with ErrOlderReadOnly.
	ReadOnly bool
	// ReadOnlyFallback opens the file read-only, as ReadOnly does, when it cannot be
	// opened for writing because the medium or the file is read-only; DB.ReadOnly
	// then says so. Without it such a file fails to open with a failed-write kind.
	ReadOnlyFallback bool
	// Holder is the program that opens the file, written in the note beside it that
	// tells another program who holds it (HolderWindow, HolderCLI).
	Holder string
	// Clock is the clock records are stamped with (time.Now when nil): tests give
	// theirs, so that what they save has the times they choose.
	Clock func() time.Time
}

// Open opens the data file at path for reading and writing, creating it (and its
// folder) when missing, as OpenWith does with no options.
func Open(path string) (*DB, error) { return OpenWith(path, Options{}) }

// OpenWith opens the data file at path, creating it (and its folder) when missing
// unless o.ReadOnly. It fails within about a second with ErrLocked (ErrLockedByWindow,
// ErrLockedByCLI when the holder is known) when another program holds the file;
// with ErrEmptyFile when the file is there but empty (a full disk leaves that: it is
// never taken for a new file); with ErrNotDataFile or ErrDamaged when it is not a
// Kemitraan data file or is damaged where opening reads; and with ErrNewerSchema
// when a newer Kemitraan wrote it. An older file is upgraded, after a verified backup
// of it is written to the backups folder beside it. Damage in records is found by
// Check, by VerifyInBackground, and at the latest before the first write of the day.
func OpenWith(path string, o Options) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (%w)", path, ErrInvalidRequest, err)
	}
	readOnly := o.ReadOnly
	if !readOnly {
		if err := safefile.MkdirAll(filepath.Dir(abs)); err != nil {
			if !(o.ReadOnlyFallback && readOnlyMedium(err)) {
				return nil, err
			}
			readOnly = true
		}
	}
	if !readOnly {
		recoverRestore(abs)
	}
	if err := preflight(abs, readOnly); err != nil {
		return nil, err
	}
	bdb, err := openBolt(abs, readOnly)
	if err != nil && !readOnly && o.ReadOnlyFallback && readOnlyMedium(err) {
		readOnly = true
		bdb, err = openBolt(abs, true)
	}
	if err != nil {
		return nil, openError(abs, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	now := o.Clock
	if now == nil {
		now = time.Now
	}
	db := &DB{bolt: bdb, path: abs, now: now, readOnly: readOnly, ctx: ctx, cancel: cancel}
	if !readOnly {
		db.holder = o.Holder
		writeHolderNote(abs, o.Holder)
		removeLeftovers(abs)
	}
	if err := db.prepare(); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// openBolt opens the bbolt file at the absolute path abs; the file's own checks
// (preflight) come first.
func openBolt(abs string, readOnly bool) (*bolt.DB, error) {
	var bdb *bolt.DB
	err := guard(abs, func() error {
		var err error
		bdb, err = bolt.Open(abs, safefile.FileMode, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
		return err
	})
	return bdb, err
}

// readOnlyMedium reports whether err says that a file or folder cannot be written
// because the medium or the file is read-only (or this user may not write it).
func readOnlyMedium(err error) bool {
	return errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission) ||
		errors.Is(err, ErrWriteProtected) || errors.Is(err, ErrNoPermission)
}

// preflight judges a data file before bbolt maps it: an empty file is not a new one,
// a file without a bbolt meta page is not a data file, and a file cut short
// (a copy that stopped half way) is damaged, because bbolt would map pages past its
// end and reading them ends the program instead of returning an error. A missing
// file is left to bbolt (which makes it, unless read-only).
func preflight(path string, readOnly bool) error {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if readOnly {
				return fmt.Errorf("%s: %w (%w)", path, ErrNoDataFile, err)
			}
			return nil
		}
		return fmt.Errorf("membuka berkas data %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return fmt.Errorf("membuka berkas data %s: %w", path, err)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s: %w (bukan berkas biasa)", path, ErrNotDataFile)
	case info.Size() == 0:
		return fmt.Errorf("%s: %w", path, ErrEmptyFile)
	}
	m, ok := findMeta(f)
	if !ok || m.pageSize == 0 {
		return fmt.Errorf("%s: %w (tidak ada halaman meta bbolt yang utuh; %d bita)", path, ErrNotDataFile, info.Size())
	}
	if other, ok := readMetaAt(f, int64(m.pageSize)); ok && other.txid > m.txid {
		m = other
	}
	if need := int64(m.pgid) * int64(m.pageSize); need > info.Size() || need < 0 {
		return damaged(path, fmt.Errorf("berkas terpotong: %d dari %d bita", info.Size(), need))
	}
	return nil
}

// openError says why bbolt could not open the file.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrBug):
		return err
	case errors.Is(err, bolterrors.ErrTimeout):
		return lockedError(path)
	case errors.Is(err, bolterrors.ErrInvalid),
		errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch):
		return damaged(path, err)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("membuka berkas data: %w", err)
		}
		return fmt.Errorf("membuka berkas data: %w", writeFailed(path, err))
	}
	// anything else bbolt refuses is a file it does not recognise as its own
	return fmt.Errorf("%s: %w (%w)", path, ErrNotDataFile, err)
}

// prepare gives a new file its buckets, refuses a newer file and upgrades an older
// one (or finishes an upgrade a power cut stopped).
func (db *DB) prepare() error {
	version, upgrading, fresh := 0, false, false
	err := db.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			// a file with no buckets at all is new; one with other buckets is not ours
			return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
				return fmt.Errorf("%s: %w: ember %q tanpa ember meta", db.path, ErrNotDataFile, printable(name))
			})
		}
		v, err := readSchemaVersion(meta)
		if err != nil {
			return err
		}
		version, upgrading = v, meta.Get(keyUpgrading) != nil
		return nil
	})
	if err != nil {
		return db.damaged(err)
	}
	fresh = version == 0
	switch {
	case fresh && db.readOnly:
		return fmt.Errorf("%s: %w (berkas tanpa data)", db.path, ErrNotDataFile)
	case fresh:
		err = db.bolt.Update(func(tx *bolt.Tx) error {
			for _, name := range allBuckets {
				if _, err := tx.CreateBucketIfNotExists(name); err != nil {
					return err
				}
			}
			return putSchemaVersion(tx, SchemaVersion)
		})
		if err != nil {
			return writeFailed(db.path, err)
		}
		db.verify.passed(db.today())
		return nil
	case version > SchemaVersion:
		return fmt.Errorf("%s: %w (versi berkas %d, versi aplikasi %d)", db.path, ErrNewerSchema, version, SchemaVersion)
	case (version < SchemaVersion || upgrading) && db.readOnly:
		return fmt.Errorf("%s: %w (versi berkas %d)", db.path, ErrOlderReadOnly, version)
	case version < SchemaVersion || upgrading:
		if err := upgrade(db, version, SchemaVersion, migrations, upgrading); err != nil {
			return err
		}
	}

	err = db.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if tx.Bucket(name) == nil {
				return db.damaged(fmt.Errorf("ember %q tidak ada", name))
			}
		}
		return nil
	})
	if err != nil || db.readOnly {
		return err
	}
	// summaries written by an older program lack newer fields (summaries_rebuild.go)
	return db.refreshSummaries()
}

// readSchemaVersion reads the schema version from the meta bucket.
func readSchemaVersion(meta *bolt.Bucket) (int, error) {
	raw := meta.Get(keySchemaVersion)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return 0, badRecord(bucketMeta, keySchemaVersion, fmt.Errorf("schema_version %q tidak valid", clipText(string(raw), 20)))
	}
	return v, nil
}

func putSchemaVersion(tx *bolt.Tx, v int) error {
	return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte(strconv.Itoa(v)))
}

// Path is the data file's location.
func (db *DB) Path() string { return db.path }

// ReadOnly reports whether the file is open read-only: every change then fails with
// ErrReadOnly.
func (db *DB) ReadOnly() bool { return db.readOnly }

// Close ends the background work (a running check is cancelled), removes the holder
// note and closes the file; the DB is not usable afterwards.
func (db *DB) Close() error {
	db.cancel()
	db.jobs.Wait()
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.holder != "" {
		removeHolderNote(db.path)
		db.holder = ""
	}
	if db.bolt == nil {
		return nil
	}
	return db.bolt.Close()
}

// setClock makes the store take times from now instead of time.Now (for tests).
func (db *DB) setClock(now func() time.Time) { db.now = now }

// stamp is the current time without its monotonic reading, so that a time saved
// and read back is equal to the one handed out.
func (db *DB) stamp() time.Time { return db.now().Round(0) }

// today is the day of the store's clock, for the daily check.
func (db *DB) today() string { return db.now().Format(dayLayout) }

// view and update run fn in a transaction; a damaged page that makes bbolt fault
// comes back as ErrDamaged instead of ending the program (guard).
// A commit the disk refuses comes back wrapping ErrWriteFailed; bbolt has rolled it
// back, so the file holds the last committed state and the DB stays usable.
// update refuses with ErrReadOnly on a read-only file, and with the damage found when
// the day's check of the file (verify.go) found it damaged.
func (db *DB) view(fn func(tx *bolt.Tx) error) error {
	db.mu.RLock()
	defer db.mu.RUnlock()
	if db.bolt == nil {
		return fmt.Errorf("%s: %w (berkas data tertutup)", db.path, ErrInvalidRequest)
	}
	return kindOrBug(db.recordErr(guard(db.path, func() error { return db.bolt.View(fn) })))
}

func (db *DB) update(fn func(tx *bolt.Tx) error) error {
	if db.readOnly {
		return fmt.Errorf("%s: %w", db.path, ErrReadOnly)
	}
	if err := db.checkedToday(); err != nil {
		return err
	}
	return db.write(fn)
}

// write is update without the day's check (the check itself, upgrades).
func (db *DB) write(fn func(tx *bolt.Tx) error) error {
	db.mu.RLock()
	defer db.mu.RUnlock()
	if db.bolt == nil {
		return fmt.Errorf("%s: %w (berkas data tertutup)", db.path, ErrInvalidRequest)
	}
	return kindOrBug(db.recordErr(guard(db.path, func() error {
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
	})))
}

// kindOrBug gives an error that has no kind (bbolt refusing a put, a record that
// will not encode) the kind ErrBug: every error the store returns has a kind, or is
// a validation problem (model.FieldError, model.Problems) with its own message.
func kindOrBug(err error) error {
	if err == nil || model.KindOf(err) != nil {
		return err
	}
	var fe model.FieldError
	var ps model.Problems
	if errors.As(err, &fe) || errors.As(err, &ps) {
		return err
	}
	return fmt.Errorf("%w (%w)", ErrBug, err)
}
