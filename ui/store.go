package ui

import (
	"io"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Store is what the screens need of the data file. store.DB satisfies it; tests use a
// real store in a temporary folder.
type Store interface {
	// Path is the data file's location, shown in About and in error messages.
	Path() string

	School() (model.School, error) // model.NewSchool() when none is saved yet
	SaveSchool(s model.School) error

	Partners() ([]model.Partner, error) // sorted by name
	Partner(id model.ID) (model.Partner, error)
	SavePartner(p *model.Partner) error // assigns ID and timestamps
	DeletePartner(id model.ID) error    // model.ErrPartnerInUse when partnerships use it

	Partnerships() ([]model.Partnership, error) // newest change first; decodes every record
	// Summaries is what lists show and search, newest change first, with partner names:
	// cheap at 10,000 partnerships, where Partnerships is not.
	Summaries() ([]model.Summary, error)
	// Summary is one partnership's summary, read after it is saved (model.ErrNotFound
	// once it is deleted), so lists update without reading every summary.
	Summary(id model.ID) (model.Summary, error)
	Partnership(id model.ID) (model.Partnership, error)
	// SavePartnership saves the partnership and the timeline events given, in one
	// transaction; it assigns ID and timestamps, and a new one gets its "dibuat" event.
	SavePartnership(p *model.Partnership, events ...model.Event) error
	// SaveExtension saves both periods of an extended partnership and the events.
	SaveExtension(old, next *model.Partnership, events []model.Event) error
	DeletePartnership(id model.ID) error // with its events and attachments

	// Events is one partnership's timeline, oldest first.
	Events(id model.ID) ([]model.Event, error)
	AddEvent(e model.Event) error // notes and meetings written by hand

	// Attachments lists a partnership's files without reading their content.
	Attachments(partnershipID model.ID) ([]model.Attachment, error)
	AttachmentData(id model.ID) ([]byte, error)
	// AddAttachment checks and stores a file (≤ 25 MB, PDF/PNG/JPG) and records the event.
	AddAttachment(a model.Attachment, data []byte) (model.Attachment, error)
	DeleteAttachment(id model.ID) error // records the removal on the timeline

	// The register of outgoing letters (agenda surat keluar), store/letter.go:
	// IssueLetter gives a letter the next number of its year and records it with
	// the partnership, in one transaction (a number is never given twice); PeekLetter
	// says which number it will be; RegisterLetter records a number typed by hand
	// (model.ErrNumberTaken when another letter holds it); SetLetterDocument records
	// the code and the kept document of a letter.
	IssueLetter(pid model.ID, l model.Letter) (model.Letter, error)
	PeekLetter(date time.Time) (string, error)
	RegisterLetter(pid model.ID, l model.Letter) (model.Letter, error)
	SetLetterDocument(pid model.ID, number, code string, doc model.ID) error
	// NextLetterSequence is the sequence number the next letter of year will get,
	// without taking it (the example in Pengaturan).
	NextLetterSequence(year int) (int, error)
	// Register lists the letters of year (0: all), by date then number; LetterYears
	// the years it holds letters of; ExportRegisterXLSX writes it as the buku agenda.
	Register(year int) ([]model.RegisterEntry, error)
	LetterYears() ([]int, error)
	ExportRegisterXLSX(w io.Writer, year int) error

	// The students' activities of an SMK's agreements (PKL, teaching factory),
	// store/pkl.go: records of their own, keyed by their partnership. Saving refuses
	// a school that is no SMK (model.ErrNotSMK) and a partnership before its
	// agreement stage (model.ErrNoAgreementYet).
	StudentActivities(partnershipID model.ID) ([]model.StudentActivity, error)
	SaveStudentActivity(a *model.StudentActivity, events ...model.Event) error
	DeleteStudentActivity(id model.ID) error

	DocumentStore // article templates and generated documents (documents.go)

	// An SMK's students' activities (PKL), which its documents (surat pengantar and
	// lembar monitoring PKL, the annual report's PKL figures) are made of.
	StudentActivity(id model.ID) (model.StudentActivity, error)
	AllStudentActivities() ([]model.StudentActivity, error)
}
