package ui

import (
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
	DeletePartner(id model.ID) error    // store.ErrPartnerInUse when partnerships use it

	Partnerships() ([]model.Partnership, error) // newest change first
	Partnership(id model.ID) (model.Partnership, error)
	SavePartnership(p *model.Partnership) error // assigns ID and timestamps
	DeletePartnership(id model.ID) error

	// IssueLetterNumber hands out the next nomor surat sequence of date's year and
	// records it with the partnership, in one transaction: a number is never given twice.
	IssueLetterNumber(partnershipID model.ID, kind string, date time.Time) (model.Letter, error)
	// SetLetterCode records the document code printed in the footer of the letter with
	// that number, once its PDF is written.
	SetLetterCode(partnershipID model.ID, number, code string) error
}
