package store

import (
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// uiStore is a copy of ui.Store (ui/store.go). The store package cannot import ui
// (it needs Fyne); cmd/kemitraan holds the real assertion, var _ ui.Store = (*store.DB)(nil).
// Keep this copy in step with ui.Store.
type uiStore interface {
	Path() string

	School() (model.School, error)
	SaveSchool(s model.School) error

	Partners() ([]model.Partner, error)
	Partner(id model.ID) (model.Partner, error)
	SavePartner(p *model.Partner) error
	DeletePartner(id model.ID) error

	Partnerships() ([]model.Partnership, error)
	Summaries() ([]model.Summary, error)
	Partnership(id model.ID) (model.Partnership, error)
	SavePartnership(p *model.Partnership, events ...model.Event) error
	SaveExtension(old, next *model.Partnership, events []model.Event) error
	DeletePartnership(id model.ID) error

	Events(id model.ID) ([]model.Event, error)
	AddEvent(e model.Event) error

	Attachments(partnershipID model.ID) ([]model.Attachment, error)
	AddAttachment(a model.Attachment, data []byte) (model.Attachment, error)
	AttachmentData(id model.ID) ([]byte, error)
	DeleteAttachment(id model.ID) error

	IssueLetterNumber(partnershipID model.ID, kind string, date time.Time) (model.Letter, error)
}

var _ uiStore = (*DB)(nil)
