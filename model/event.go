package model

import "time"

// EventKind is what happened, on a partnership's timeline.
type EventKind string

// The kinds of timeline event.
const (
	EventCreated           EventKind = "dibuat"
	EventEdited            EventKind = "diubah"
	EventStageMoved        EventKind = "tahap"
	EventReopened          EventKind = "dibuka_kembali"
	EventNote              EventKind = "catatan"
	EventMeeting           EventKind = "rapat"
	EventActivity          EventKind = "kegiatan"
	EventEvaluation        EventKind = "evaluasi"
	EventDocument          EventKind = "dokumen"
	EventAttachmentAdded   EventKind = "lampiran"
	EventAttachmentRemoved EventKind = "lampiran_dihapus"
	EventExtended          EventKind = "diperpanjang"
)

var eventLabels = map[EventKind]string{
	EventCreated: "Dibuat", EventEdited: "Diubah", EventStageMoved: "Pindah tahap",
	EventReopened: "Dibuka kembali", EventNote: "Catatan", EventMeeting: "Rapat",
	EventActivity: "Kegiatan", EventEvaluation: "Evaluasi", EventDocument: "Dokumen",
	EventAttachmentAdded: "Lampiran ditambahkan", EventAttachmentRemoved: "Lampiran dihapus",
	EventExtended: "Diperpanjang",
}

// Label is the kind's name in Bahasa Indonesia.
func (k EventKind) Label() string { return eventLabels[k] }

// Event is one entry on a partnership's timeline. Stores keep them keyed by
// partnership and time, so one partnership's timeline is one range scan.
type Event struct {
	PartnershipID ID        `json:"partnership_id"`
	Time          time.Time `json:"time"`
	Kind          EventKind `json:"kind"`
	Stage         Stage     `json:"stage"`
	Text          string    `json:"text"`
	// Meetings also record who took part and the minutes.
	Participants string `json:"participants,omitempty"`
	Minutes      string `json:"minutes,omitempty"`
}

// NewNote is a note written by hand on the timeline.
func NewNote(p Partnership, text string, now time.Time) Event {
	return Event{PartnershipID: p.ID, Time: now, Kind: EventNote, Stage: p.Stage, Text: text}
}

// NewMeeting is a meeting recorded by hand: its subject, who took part and the minutes.
func NewMeeting(p Partnership, when time.Time, subject, participants, minutes string) Event {
	return Event{PartnershipID: p.ID, Time: when, Kind: EventMeeting, Stage: p.Stage,
		Text: subject, Participants: participants, Minutes: minutes}
}
