package model

import (
	"strconv"
	"strings"
	"time"
)

// The data file as a whole: its errors, its backups, what a candidate file holds, and
// the export bundle with the plan of merging one. The store writes and reads these;
// the UI shows them. They live here so that the UI, which must not import the store,
// can name them: the store declares the same types as aliases (store.BackupInfo is
// model.BackupInfo), and its error values are these very values.

// Kinds of error of the data file (kind.go). The store wraps them with the file's
// path and the cause; errors.Is finds them whichever package's name the caller uses
// (store.ErrLocked == ErrLocked).
var (
	// ErrLocked: another program has the file open, and which one is not known.
	ErrLocked = NewKind("locked", "berkas data sedang dibuka oleh program lain; tutup program itu lalu coba lagi", nil)
	// ErrLockedByWindow: another Kemitraan window has the file open (its holder note
	// says so, and the process it names is running).
	ErrLockedByWindow = NewKind("lockedbywindow", "berkas data sedang dibuka di jendela Kemitraan lain; tutup jendela itu lalu coba lagi", ErrLocked)
	// ErrLockedByCLI: kemitraan-cli is working on the file (its holder note says so).
	ErrLockedByCLI = NewKind("lockedbycli", "berkas data sedang dipakai kemitraan-cli; tunggu sampai perintah itu selesai lalu coba lagi", ErrLocked)

	// ErrDamaged: the file is not a Kemitraan data file, or it is damaged.
	ErrDamaged = NewKind("damaged", "berkas data rusak atau bukan berkas data Kemitraan; pulihkan dari cadangan atau pilih berkas lain", nil)
	// ErrEmptyFile: the data file is there but empty (0 bytes), as a full disk can
	// leave it. It is never taken for a new file.
	ErrEmptyFile = NewKind("emptyfile", "berkas data kosong (0 bita), mungkin karena disk penuh saat menyimpan; pulihkan dari cadangan terbaru", ErrDamaged)
	// ErrNotDataFile: the file is no Kemitraan data file at all (too small, another format).
	ErrNotDataFile = NewKind("notdatafile", "berkas ini bukan berkas data Kemitraan; pilih berkas data atau cadangan yang benar", ErrDamaged)
	// ErrNoDataFile: there is no data file where one is read (a read-only open, a
	// command of kemitraan-cli that does not make one).
	ErrNoDataFile = NewKind("nodatafile", "berkas data tidak ditemukan; jalankan program sekali atau pakai --db untuk memilih berkas lain", nil)
	// ErrNewerSchema: the file was written by a newer Kemitraan than this one.
	ErrNewerSchema = NewKind("newer", "berkas data dibuat oleh versi Kemitraan yang lebih baru; perbarui aplikasi Kemitraan lalu buka lagi", nil)
	// ErrOlderReadOnly: an older file that must be upgraded before it is read, on a
	// medium (or with a mode) that does not allow writing.
	ErrOlderReadOnly = NewKind("olderreadonly", "berkas data dibuat oleh versi Kemitraan yang lebih lama dan perlu diperbarui, tetapi berkas itu hanya baca; salin berkas ke disk komputer lalu buka salinannya", nil)

	// ErrWriteFailed: the disk refused a write (full, read-only, removed). Saves and
	// backups wrap it with the path; nothing half written is left under the final name,
	// and the store stays usable.
	ErrWriteFailed = NewKind("writefailed", "gagal menyimpan ke disk; periksa ruang kosong dan izin folder, lalu coba lagi", nil)
	// ErrDiskFull: the disk (or stick) is full.
	ErrDiskFull = NewKind("diskfull", "disk penuh; kosongkan sebagian ruang disk lalu coba lagi", ErrWriteFailed)
	// ErrNoPermission: the folder or file may not be written by this user.
	ErrNoPermission = NewKind("permission", "tidak ada izin menulis ke folder atau berkas itu; pilih folder lain atau minta bantuan operator", ErrWriteFailed)
	// ErrWriteProtected: the medium is read-only (a write-protected stick, a CD).
	ErrWriteProtected = NewKind("writeprotected", "media itu dilindungi dari penulisan (hanya baca); pilih folder lain atau buka kunci tulis flashdisk", ErrWriteFailed)
	// ErrReadOnly: the data file is open read-only: nothing can be saved.
	ErrReadOnly = NewKind("readonly", "berkas data dibuka hanya baca; perubahan tidak dapat disimpan (salin berkas ke disk komputer untuk mengubahnya)", nil)

	// ErrNoGoodBackup: no automatic backup passes the check.
	ErrNoGoodBackup = NewKind("nogoodbackup", "tidak ada cadangan otomatis yang utuh; pilih berkas cadangan lain (misalnya dari flashdisk)", nil)
	// ErrSameFile: a restore from the data file itself.
	ErrSameFile = NewKind("samefile", "berkas itu adalah berkas data yang sedang dipakai; pilih berkas cadangan", nil)
	// ErrNotEmpty: sample data go only into an empty file.
	ErrNotEmpty = NewKind("notempty", "berkas data sudah berisi data; contoh data hanya diisikan ke berkas kosong", nil)

	// ErrNotBundle: the file is JSON (or not), but not a Kemitraan export.
	ErrNotBundle = NewKind("notbundle", "berkas ini bukan berkas ekspor Kemitraan; pilih berkas .json hasil Ekspor dari aplikasi Kemitraan", nil)
	// ErrBundleNewer: the bundle was written by a newer Kemitraan.
	ErrBundleNewer = NewKind("bundlenewer", "berkas ekspor dibuat oleh versi Kemitraan yang lebih baru; perbarui aplikasi Kemitraan lalu impor lagi", nil)
	// ErrBundleTooLarge: the bundle is larger than an import takes.
	ErrBundleTooLarge = NewKind("bundletoolarge", "berkas ekspor terlalu besar untuk diimpor", nil)
	// ErrBundleDamaged: malformed or truncated JSON, or content no export holds.
	ErrBundleDamaged = NewKind("bundledamaged", "berkas ekspor rusak, terpotong atau tidak wajar; ekspor ulang dari komputer asalnya lalu coba lagi", nil)
	// ErrBundleOutOfRange: a number no school's data hold (a letter counter in the
	// billions, an amount beyond what the program sums safely).
	ErrBundleOutOfRange = NewKind("bundlerange", "berkas ekspor berisi angka di luar batas wajar (nomor surat atau jumlah rupiah); berkas itu tidak diimpor", ErrBundleDamaged)
	// ErrImportStale: the file changed between the preview of an import and the import.
	ErrImportStale = NewKind("importstale", "data berubah sejak pratinjau impor; buat pratinjau lagi lalu impor", nil)

	// ErrLetterCounterFull: the year's letter numbers are used up (MaxLetterNumber).
	ErrLetterCounterFull = NewKind("lettercounterfull", "nomor surat tahun ini sudah mencapai batas; hubungi bantuan", nil)
	// ErrNumberTaken: a letter number typed by hand that the register already gave
	// another letter.
	ErrNumberTaken = NewKind("numbertaken", "nomor surat itu sudah dipakai surat lain dalam agenda surat keluar; pakai nomor lain atau ambil nomor berikutnya", nil)
	// ErrLetterDate: a letter dated after today.
	ErrLetterDate = NewKind("letterdate", "tanggal surat tidak boleh sesudah hari ini", nil)
)

// MaxLetterNumber is the largest nomor surat sequence of a year: far beyond what any
// school writes, and small enough that no counter wraps round to 000.
const MaxLetterNumber = 999_999

// Counts says how much a data file holds.
type Counts struct {
	SchemaVersion int
	Partners      int
	Partnerships  int
	Letters       int
	Events        int
	Attachments   int
	// StudentActivities and Placements count an SMK's students' activities and the
	// placements in them (PKL).
	StudentActivities int
	Placements        int
}

// BackupKind says why a backup was written.
type BackupKind string

// The kinds of backup.
const (
	BackupDaily         BackupKind = "harian"            // once a day when the file opens, rotated
	BackupBeforeRestore BackupKind = "sebelum-pulih"     // of the file a restore replaced
	BackupBeforeUpgrade BackupKind = "sebelum-pembaruan" // before a schema upgrade
	BackupManual        BackupKind = "cadangan"          // in a chosen folder
	// BackupDamagedKept is no backup: a restore found the file it replaced damaged,
	// so it kept the file itself, renamed (kemitraan.db.rusak-…), instead.
	BackupDamagedKept BackupKind = "rusak"
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
	// StudentActivities are an SMK's students' activities with their students: only
	// in a bundle made with the students asked for (personal data of minors).
	StudentActivities []StudentActivity `json:"student_activities,omitempty"`
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
	// RecordStudentActivity is an SMK's students' activity (PKL) with its students.
	RecordStudentActivity RecordKind = "aktivitas_peserta_didik"
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
	// Fields are the JSON names of the record's fields that differ between the two
	// versions of a Changed or Conflict school, partner or partnership ("title",
	// "need", "agreement"), sorted; the times of change and the ID are left out.
	Fields []string
}

// ImportPlan is what merging a bundle would do, record by record, for a person to
// look at before it is applied.
type ImportPlan struct {
	Bundle *Bundle
	// Items are every record of the bundle but its events: school, partners,
	// partnerships, attachments, in the bundle's order.
	Items []ImportItem
	// Events counts the bundle's timeline events: New ones are added, Same ones are
	// in the file already (or twice in the bundle). Events never change, so none is
	// Changed or in Conflict, and a bundle may hold a million: they are counted, not
	// listed.
	Events ImportCounts
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

// CountsOf counts the plan's records of one kind by status ("" counts all, events
// included).
func (p ImportPlan) CountsOf(kind RecordKind) ImportCounts {
	var c ImportCounts
	if kind == "" || kind == RecordEvent {
		c = p.Events
	}
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

// DamageReport is what a check found wrong with a data file: the first problems,
// each naming the record or page, how many there are in all, and where the full
// report was written. Its text stays short whatever the damage; it wraps ErrDamaged.
type DamageReport struct {
	Path     string   // the file checked
	Problems []string // the first few, each a line
	Total    int      // how many problems in all
	Report   string   // the full report's file; "" when it could not be written
}

func (r *DamageReport) Error() string {
	var b strings.Builder
	b.WriteString(r.Path + ": " + ErrDamaged.Error() + ": " + strings.Join(r.Problems, "; "))
	if more := r.Total - len(r.Problems); more > 0 {
		b.WriteString("; dan " + strconv.Itoa(more) + " masalah lain")
	}
	if r.Report != "" {
		b.WriteString(" (laporan lengkap: " + r.Report + ")")
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrDamaged) true.
func (r *DamageReport) Unwrap() error { return ErrDamaged }

// Draft is what a person typed into a form and has not saved yet, kept every few
// seconds in the data file so that a power cut loses at most those seconds. It is
// not a save of the record: the record, its time of change and its timeline are
// untouched until the person saves.
type Draft struct {
	// Key names the form, as the window chooses it: one draft per key, so keeping a
	// draft again replaces the form's last one (e.g. "kemitraan/01JD…",
	// "kemitraan/baru", "mitra/01JD…", "sekolah").
	Key string `json:"key"`
	// Title says in words what was being typed, for the offer at start:
	// "Kemitraan: Pelatihan guru".
	Title string `json:"title"`
	// Data is the form's content as the form encodes it (usually the record being
	// edited, as JSON); the store keeps it as it is.
	Data []byte `json:"data"`
	// Kept is when the draft was last kept (the store's clock).
	Kept time.Time `json:"kept"`
}
