package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// The kinds of error the store returns are the model's (model/kind.go, so that the
// UI, which does not import the store, recognises them with errors.Is): store.ErrLocked
// is model.ErrLocked. Every error a method returns wraps one of them, with the file
// or record it concerns in the text around it; the window and the command line say
// the kind in the user's language.
var (
	ErrLocked           = model.ErrLocked           // another program has the file open
	ErrLockedByWindow   = model.ErrLockedByWindow   // …another Kemitraan window, as its holder note says
	ErrLockedByCLI      = model.ErrLockedByCLI      // …kemitraan-cli, as its holder note says
	ErrDamaged          = model.ErrDamaged          // damaged, or not a Kemitraan data file
	ErrEmptyFile        = model.ErrEmptyFile        // a data file of 0 bytes, never taken for a new one
	ErrNotDataFile      = model.ErrNotDataFile      // no Kemitraan (bbolt) file at all
	ErrNoDataFile       = model.ErrNoDataFile       // no data file to read
	ErrNewerSchema      = model.ErrNewerSchema      // written by a newer Kemitraan
	ErrOlderReadOnly    = model.ErrOlderReadOnly    // older, to be upgraded, but read-only
	ErrWriteFailed      = model.ErrWriteFailed      // the disk refused a write
	ErrDiskFull         = model.ErrDiskFull         // …because it is full
	ErrNoPermission     = model.ErrNoPermission     // …because this user may not write there
	ErrWriteProtected   = model.ErrWriteProtected   // …because the medium is read-only
	ErrReadOnly         = model.ErrReadOnly         // the file is open read-only: nothing is saved
	ErrBug              = model.ErrBug              // the program's own mistake, logged with its stack
	ErrInvalidRequest   = model.ErrInvalidRequest   // a caller's mistake (a bug), refused
	ErrCancelled        = model.ErrCancelled        // the work was cancelled; nothing changed
	ErrNoGoodBackup     = model.ErrNoGoodBackup     // no automatic backup passes the check
	ErrSameFile         = model.ErrSameFile         // a restore from the data file itself
	ErrNotEmpty         = model.ErrNotEmpty         // sample data go into an empty file only
	ErrNotBundle        = model.ErrNotBundle        // not a Kemitraan export
	ErrBundleNewer      = model.ErrBundleNewer      // an export of a newer Kemitraan
	ErrBundleTooLarge   = model.ErrBundleTooLarge   // over the import limit
	ErrBundleDamaged    = model.ErrBundleDamaged    // malformed, truncated or odd
	ErrBundleOutOfRange = model.ErrBundleOutOfRange // numbers no school's data hold
	ErrImportStale      = model.ErrImportStale      // the file changed since the import's preview
	ErrLetterFull       = model.ErrLetterCounterFull
)

// writeFailed wraps the failed-write kind its cause tells, with the path the write
// was for.
func writeFailed(path string, cause error) error { return safefile.Failed(path, cause) }

// invalid is a request the store refuses because the caller should not have made it.
func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidRequest, fmt.Sprintf(format, args...))
}

// damaged wraps ErrDamaged and the cause with the file's path.
func damaged(path string, cause error) error {
	if errors.Is(cause, ErrDamaged) {
		return cause
	}
	return fmt.Errorf("%s: %w (%w)", path, ErrDamaged, cause)
}

// recordError is a record that cannot be read: the file is damaged there. It names
// the record in words (recordName) and keeps a copy of the key.
type recordError struct {
	bucket string
	key    []byte
	err    error
}

// badRecord is a recordError for the record under key, whose bytes may belong to a
// transaction: they are copied.
func badRecord(bucket, key []byte, err error) *recordError {
	return &recordError{bucket: string(bucket), key: append([]byte(nil), key...), err: err}
}

func (e *recordError) Error() string {
	return clipText(recordName(e.bucket, e.key)+": "+e.err.Error(), maxProblemText)
}

func (e *recordError) Unwrap() error { return e.err }

// recordName says which record a bucket and key are, in words: "kemitraan
// 01JD…", "peristiwa kemitraan 01JD… pukul 2026-11-26 10.00.00".
func recordName(bucket string, key []byte) string {
	id := func(k []byte) string { return printable(k) }
	switch bucket {
	case string(bucketPartnerships):
		return "kemitraan " + id(key)
	case string(bucketSummaries):
		return "ringkasan kemitraan " + id(key)
	case string(bucketPartners):
		return "mitra " + id(key)
	case string(bucketEvents):
		if len(key) == eventKeyLen {
			t := time.Unix(0, int64(binary.BigEndian.Uint64(key[idLen:])))
			return fmt.Sprintf("peristiwa kemitraan %s pukul %s", id(key[:idLen]), t.Format("2006-01-02 15.04.05"))
		}
		return "peristiwa " + id(key)
	case string(bucketAttachments):
		if len(key) == 2*idLen {
			return fmt.Sprintf("lampiran %s kemitraan %s", id(key[idLen:]), id(key[:idLen]))
		}
		return "lampiran " + id(key)
	case string(bucketAttachmentData):
		return "isi lampiran " + id(key)
	case string(bucketStudentActivities):
		if len(key) == 2*idLen {
			return fmt.Sprintf("aktivitas peserta didik %s kemitraan %s", id(key[idLen:]), id(key[:idLen]))
		}
		return "aktivitas peserta didik " + id(key)
	case string(bucketSchool):
		switch string(key) {
		case string(keyProfile):
			return "profil sekolah"
		case string(keyTemplates), string(keyClauses):
			return "teks pasal sekolah"
		}
	case string(bucketDocuments):
		return "dokumen sekolah " + id(key)
	case string(bucketCounters):
		return "penghitung nomor surat " + strings.TrimPrefix(id(key), "letter/")
	case string(bucketDrafts):
		return "isian belum disimpan " + id(key)
	case string(bucketMeta):
		return "keterangan berkas " + id(key)
	}
	return fmt.Sprintf("ember %s kunci %s", printable([]byte(bucket)), id(key))
}

// printable is a key as text when it is readable, else in hex; clipped.
func printable(k []byte) string {
	readable := utf8.Valid(k)
	for _, c := range k {
		if c < 0x20 || c == 0x7f {
			readable = false
			break
		}
	}
	if readable {
		return clipText(string(k), 64)
	}
	return clipText(fmt.Sprintf("%x", k), 64)
}

// maxProblemText bounds one problem's text in a message or report line.
const maxProblemText = 300

// clipText shortens s to at most n bytes, on a letter's boundary, marking the cut.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// recordErr wraps ErrDamaged around a record that cannot be read.
func (db *DB) recordErr(err error) error {
	var re *recordError
	if errors.As(err, &re) && !errors.Is(err, ErrDamaged) {
		return damaged(db.path, err)
	}
	return err
}

func (db *DB) damaged(cause error) error { return damaged(db.path, cause) }
