package model

import (
	"errors"
	"time"
)

// The data file as a whole: its errors, its backups, what a candidate file holds, and
// the export bundle with the plan of merging one. The store writes and reads these;
// the UI shows them. They live here so that the UI, which must not import the store,
// can name them: the store declares the same types as aliases (store.BackupInfo is
// model.BackupInfo), and its error values are these very values.

// Errors of the data file. The store wraps them with the file's path; their text is
// what a person reads, in Bahasa Indonesia: what happened and what to do. errors.Is
// finds them whichever package's name the caller uses (store.ErrLocked == ErrLocked).
var (
	// ErrLocked: another Kemitraan window (or program) has the file open.
	ErrLocked = errors.New("berkas data sedang dibuka di jendela Kemitraan lain; tutup jendela itu lalu coba lagi")
	// ErrDamaged: the file is not a Kemitraan data file, or it is damaged.
	ErrDamaged = errors.New("berkas data rusak atau bukan berkas data Kemitraan; pulihkan dari cadangan atau pilih berkas lain")
	// ErrNewerSchema: the file was written by a newer Kemitraan than this one.
	ErrNewerSchema = errors.New("berkas data dibuat oleh versi Kemitraan yang lebih baru; perbarui aplikasi Kemitraan lalu buka lagi")
	// ErrWriteFailed: the disk refused a write (full, read-only, removed). Saves and
	// backups wrap it with the path; nothing half written is left under the final name,
	// and the store stays usable.
	ErrWriteFailed = errors.New("gagal menyimpan ke disk; periksa ruang kosong dan izin folder, lalu coba lagi")
)

// Counts says how much a data file holds.
type Counts struct {
	SchemaVersion int
	Partners      int
	Partnerships  int
	Letters       int
	Events        int
	Attachments   int
}

// BackupKind says why a backup was written.
type BackupKind string

// The kinds of backup.
const (
	BackupDaily         BackupKind = "harian"            // once a day when the file opens, rotated
	BackupBeforeRestore BackupKind = "sebelum-pulih"     // of the file a restore replaced
	BackupBeforeUpgrade BackupKind = "sebelum-pembaruan" // before a schema upgrade
	BackupManual        BackupKind = "cadangan"          // in a chosen folder
)

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path string
	Kind BackupKind
	// Time is when the backup was written: the time in its name, or for a daily
	// backup (whose name has only the date) the file's modification time on that date.
	Time time.Time
	Size int64
	// Counts are what the backup holds. They are known only when the backup was
	// verified by the call that returned it (writing it, or looking for the newest
	// good one); a plain listing leaves them zero.
	Counts Counts
}

// Progress is told, now and then while a copy is written, how many bytes of total are
// written so far; the last call has written == total. It is called on the goroutine
// that writes, so it must be quick (hand the numbers to the UI and return).
type Progress func(written, total int64)

// Preview is what a candidate file holds, for a person to confirm before a restore.
type Preview struct {
	SchoolName string
	NPSN       string
	Counts     Counts
	// Newest is the newest UpdatedAt of any record (school, partner, partnership):
	// the date of the last change the file holds. Zero for a file with no records.
	Newest        time.Time
	SchemaVersion int
	Size          int64
}

// AttachmentFile is an attachment with its content, as a bundle carries it (the data
// as base64 in JSON).
type AttachmentFile struct {
	Attachment
	Data []byte `json:"data"`
}

// Bundle is an export of every record of a data file, readable by other programs and
// by another copy of Kemitraan, which imports it.
type Bundle struct {
	Format        string    `json:"format"` // "kemitraan-export"
	SchemaVersion int       `json:"schema_version"`
	ExportedAt    time.Time `json:"exported_at"`
	// School is nil when no profile has been saved.
	School       *School       `json:"school"`
	Partners     []Partner     `json:"partners"`     // in creation order
	Partnerships []Partnership `json:"partnerships"` // in creation order
	// LetterCounters is the last letter sequence number given in each year: "2026": 15.
	LetterCounters map[string]uint64 `json:"letter_counters"`
	// Events are grouped by partnership (in creation order), each one's oldest first.
	Events []Event `json:"events"`
	// Attachments carry their content, base64 in the JSON; grouped by partnership,
	// each one's oldest first.
	Attachments []AttachmentFile `json:"attachments"`
}

// ImportStatus is what a record of a bundle is to the data file.
type ImportStatus string

// The statuses of a record in an ImportPlan.
const (
	ImportNew      ImportStatus = "baru"
	ImportChanged  ImportStatus = "berubah"
	ImportSame     ImportStatus = "sama"
	ImportConflict ImportStatus = "konflik"
)

// RecordKind names the kind of a record in an ImportPlan.
type RecordKind string

// The kinds of record a bundle holds.
const (
	RecordSchool      RecordKind = "sekolah"
	RecordPartner     RecordKind = "mitra"
	RecordPartnership RecordKind = "kemitraan"
	RecordEvent       RecordKind = "peristiwa"
	RecordAttachment  RecordKind = "lampiran"
)

// SchoolID stands for the school profile in an ImportItem and in the choices of an
// import (it is not a valid ID, so it names no other record).
const SchoolID ID = "sekolah"

// Choice decides a Changed or Conflict record of an import.
type Choice string

// The choices.
const (
	ChoiceDefault  Choice = ""            // the item's Default
	ChoiceIncoming Choice = "ambil"       // take the bundle's version
	ChoiceLocal    Choice = "pertahankan" // keep the file's version
)

// Version is one side of a record, as a plan shows it: the school's or partner's
// name, the partnership's title, the attachment's file name, the event's text; and
// its UpdatedAt (an event's time, an attachment's Added time).
type Version struct {
	Title     string
	UpdatedAt time.Time
}

// ImportItem is one record of the bundle and what it is to the file.
type ImportItem struct {
	Kind RecordKind
	// ID is the record's: SchoolID for the school, the partnership's for an event.
	ID     ID
	Status ImportStatus
	// Local is the file's version (zero for New), Incoming the bundle's.
	Local, Incoming Version
	// Default is what an import does without a choice: ChoiceIncoming for New and
	// Changed, ChoiceLocal for Same and Conflict.
	Default Choice
	// Index is the record's place in its slice of the Bundle (Partners for a partner,
	// Partnerships for a partnership, …); 0 for the school.
	Index int
}

// ImportPlan is what merging a bundle would do, record by record, for a person to
// look at before it is applied.
type ImportPlan struct {
	Bundle *Bundle
	// Items are every record of the bundle: school, partners, partnerships, events,
	// attachments, in the bundle's order.
	Items []ImportItem
	// LetterCounters are the years whose letter counter the bundle raises, with the
	// bundle's value.
	LetterCounters map[string]uint64
	// OtherSchool is set when the bundle's school has another NPSN than the file's:
	// it comes from another school (a district office merging), not another PC.
	OtherSchool bool
}

// ImportCounts counts the items of a plan by status.
type ImportCounts struct {
	New, Changed, Same, Conflict int
}

// Counts counts the plan's items by status.
func (p ImportPlan) Counts() ImportCounts { return p.CountsOf("") }

// CountsOf counts the plan's items of one kind by status ("" counts all).
func (p ImportPlan) CountsOf(kind RecordKind) ImportCounts {
	var c ImportCounts
	for _, it := range p.Items {
		if kind != "" && it.Kind != kind {
			continue
		}
		switch it.Status {
		case ImportNew:
			c.New++
		case ImportChanged:
			c.Changed++
		case ImportSame:
			c.Same++
		case ImportConflict:
			c.Conflict++
		}
	}
	return c
}

// Conflicts are the plan's items in conflict.
func (p ImportPlan) Conflicts() []ImportItem {
	var list []ImportItem
	for _, it := range p.Items {
		if it.Status == ImportConflict {
			list = append(list, it)
		}
	}
	return list
}

// ImportResult says what an import wrote.
type ImportResult struct {
	Added     int // new records
	Updated   int // records replaced by the bundle's version
	Kept      int // Changed or Conflict records whose local version was kept
	Unchanged int // records already the same
	// LettersAdded counts letters of kept partnerships added from the other version.
	LettersAdded   int
	CountersRaised int
}

// Changes reports whether the import wrote anything at all.
func (r ImportResult) Changes() bool {
	return r.Added > 0 || r.Updated > 0 || r.LettersAdded > 0 || r.CountersRaised > 0
}
