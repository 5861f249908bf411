package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

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
	// Text is what happened, in Bahasa Indonesia, as documents and exports show it.
	Text string `json:"text"`
	// Meetings also record who took part and the minutes.
	Participants string `json:"participants,omitempty"`
	Minutes      string `json:"minutes,omitempty"`
	// Phrase and Args say what Text says in a form a window can put in its user's
	// language. Notes, meetings and events recorded before they existed have no
	// phrase: their Text is all there is.
	Phrase Phrase    `json:"phrase,omitempty"`
	Args   EventArgs `json:"args,omitzero"`
}

// Phrase names the sentence an event's Text says; EventArgs fill it in.
type Phrase string

// The phrases of the events the model's rules make, with the Args each one uses.
const (
	PhraseStagesEdited       Phrase = "stages_edited"       // Stages
	PhraseActivityDone       Phrase = "activity_done"       // Title
	PhraseEvaluationRecorded Phrase = "evaluation_recorded" // Date
	PhraseEvaluationChanged  Phrase = "evaluation_changed"  // Date
	PhraseStageMoved         Phrase = "stage_moved"         // From, To
	PhraseReopened           Phrase = "reopened"            // From, To, Reason
	PhraseExtended           Phrase = "extended"            // none
	PhraseNewPeriod          Phrase = "new_period"          // none
)

// Phrases lists every phrase, for a window to hold a sentence for each.
var Phrases = []Phrase{PhraseStagesEdited, PhraseActivityDone, PhraseEvaluationRecorded, PhraseEvaluationChanged,
	PhraseStageMoved, PhraseReopened, PhraseExtended, PhraseNewPeriod}

// EventArgs are the parts of an event's sentence a window shows in its own words:
// stages by their names in its language, a date in its format; the person's own
// words (a title, a reason) as they were typed.
type EventArgs struct {
	Stages StageSet  `json:"stages,omitempty"` // the stages an edit changed
	From   Stage     `json:"from,omitempty"`   // the stage a move or a reopening left
	To     Stage     `json:"to,omitempty"`     // the stage it reached
	Title  string    `json:"title,omitempty"`  // an activity's title
	Date   time.Time `json:"date,omitzero"`    // an evaluation's date
	Reason string    `json:"reason,omitempty"` // why a stage was reopened
}

// phraseText is the phrase's sentence in Bahasa Indonesia, the events' Text.
func phraseText(ph Phrase, a EventArgs) string {
	switch ph {
	case PhraseStagesEdited:
		var nums, names []string
		for _, st := range a.Stages.List() {
			nums, names = append(nums, strconv.Itoa(int(st))), append(names, st.Name())
		}
		return "Tahap " + strings.Join(nums, ", ") + " diubah: " + strings.Join(names, "; ")
	case PhraseActivityDone:
		return "Kegiatan terlaksana: " + a.Title
	case PhraseEvaluationRecorded:
		return "Evaluasi dicatat: " + LongDate(a.Date)
	case PhraseEvaluationChanged:
		return "Evaluasi diubah: " + LongDate(a.Date)
	case PhraseStageMoved:
		return fmt.Sprintf("Lanjut dari tahap %d (%s) ke tahap %d (%s)", a.From, a.From.Name(), a.To, a.To.Name())
	case PhraseReopened:
		return fmt.Sprintf("Dibuka kembali dari tahap %d (%s) ke tahap %d (%s): %s", a.From, a.From.Name(), a.To, a.To.Name(), a.Reason)
	case PhraseExtended:
		return "Diperpanjang: periode baru dibuat sebagai draf perjanjian"
	case PhraseNewPeriod:
		return "Periode baru dari perpanjangan kemitraan sebelumnya"
	}
	return ""
}

// phrased is an event of kind k that says phrase ph with args a, its Text included.
func phrased(k EventKind, stage Stage, ph Phrase, a EventArgs) Event {
	return Event{Kind: k, Stage: stage, Phrase: ph, Args: a, Text: phraseText(ph, a)}
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

// StageSet is a set of stages. It is a value (events stay comparable) and reads and
// writes in JSON as the list of its stages, [1,3].
type StageSet uint8

// NewStageSet is the set of the stages given.
func NewStageSet(stages ...Stage) StageSet {
	var s StageSet
	for _, st := range stages {
		if st.Valid() {
			s |= 1 << st
		}
	}
	return s
}

// List is the set's stages in order.
func (s StageSet) List() []Stage {
	var out []Stage
	for _, st := range Stages {
		if s&(1<<st) != 0 {
			out = append(out, st)
		}
	}
	return out
}

// MarshalJSON writes the set as the list of its stages.
func (s StageSet) MarshalJSON() ([]byte, error) {
	list := s.List()
	if list == nil {
		list = []Stage{}
	}
	return json.Marshal(list)
}

// UnmarshalJSON reads a list of stages; one that is not a stage is refused.
func (s *StageSet) UnmarshalJSON(data []byte) error {
	var list []Stage
	if err := json.Unmarshal(data, &list); err != nil {
		return err
	}
	*s = 0
	for _, st := range list {
		if !st.Valid() {
			return fmt.Errorf("tahap %d tidak valid", st)
		}
		*s |= 1 << st
	}
	return nil
}
