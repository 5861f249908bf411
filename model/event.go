package model

import (
	"encoding/json"
	"fmt"
	"regexp"
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
	EventSigned            EventKind = "ditandatangani"
)

var eventLabels = map[EventKind]string{
	EventCreated: "Dibuat", EventEdited: "Diubah", EventStageMoved: "Pindah tahap",
	EventReopened: "Dibuka kembali", EventNote: "Catatan", EventMeeting: "Rapat",
	EventActivity: "Kegiatan", EventEvaluation: "Evaluasi", EventDocument: "Dokumen",
	EventAttachmentAdded: "Lampiran ditambahkan", EventAttachmentRemoved: "Lampiran dihapus",
	EventExtended: "Diperpanjang", EventSigned: "Ditandatangani",
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
	PhraseSigned             Phrase = "signed"              // Doc, Date
	// the events a store writes itself
	PhraseCreated           Phrase = "created"            // none
	PhraseAttachmentAdded   Phrase = "attachment_added"   // Name
	PhraseAttachmentRemoved Phrase = "attachment_removed" // Name
	PhraseDocumentMade      Phrase = "document_made"      // Doc, Code
	PhraseLetterNumbered    Phrase = "letter_numbered"    // Number (a letter of a data file before documents were kept)
)

// Phrases lists every phrase, for a window to hold a sentence for each.
var Phrases = []Phrase{PhraseStagesEdited, PhraseActivityDone, PhraseEvaluationRecorded, PhraseEvaluationChanged,
	PhraseStageMoved, PhraseReopened, PhraseExtended, PhraseNewPeriod,
	PhraseCreated, PhraseAttachmentAdded, PhraseAttachmentRemoved, PhraseDocumentMade, PhraseLetterNumbered}

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
	Name   string    `json:"name,omitempty"`   // an attachment's file name
	// a document made: its kind, its code; a letter's number
	Doc    DocumentKind `json:"doc,omitempty"`
	Code   string       `json:"code,omitempty"`
	Number string       `json:"number,omitempty"`
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
	case PhraseCreated:
		return "Kemitraan dibuat"
	case PhraseAttachmentAdded:
		return "Lampiran ditambahkan: " + a.Name
	case PhraseAttachmentRemoved:
		return "Lampiran dihapus: " + a.Name
	case PhraseDocumentMade:
		return a.Doc.Label() + " dibuat, kode " + a.Code
	case PhraseLetterNumbered:
		return "Surat permohonan dibuat, nomor " + a.Number
	case PhraseSigned:
		return a.Doc.Label() + " ditandatangani pada " + LongDate(a.Date)
	}
	return ""
}

// CreatedEvent is the "Kemitraan dibuat" event a store writes with a new partnership.
func CreatedEvent(id ID, stage Stage, at time.Time) Event {
	e := phrased(EventCreated, stage, PhraseCreated, EventArgs{})
	e.PartnershipID, e.Time = id, at
	return e
}

// AttachmentEvent is the event of a file attached to a partnership (added) or
// removed from it, named by its file name.
func AttachmentEvent(id ID, stage Stage, name string, added bool, at time.Time) Event {
	k, ph := EventAttachmentAdded, PhraseAttachmentAdded
	if !added {
		k, ph = EventAttachmentRemoved, PhraseAttachmentRemoved
	}
	e := phrased(k, stage, ph, EventArgs{Name: name})
	e.PartnershipID, e.Time = id, at
	return e
}

// DocumentEvent is the event of a document made and kept: "PKS dibuat, kode 8F3A-07C2-91DE".
func DocumentEvent(id ID, stage Stage, kind DocumentKind, code string, at time.Time) Event {
	e := phrased(EventDocument, stage, PhraseDocumentMade, EventArgs{Doc: kind, Code: code})
	e.PartnershipID, e.Time = id, at
	return e
}

// The sentences of events recorded before they carried a phrase, as the model and
// the store wrote them then.
var (
	oldStagesEdited = regexp.MustCompile(`^Tahap ([0-9, ]+) diubah: `)
	oldStageMoved   = regexp.MustCompile(`^Lanjut dari tahap (\d) \(.*\) ke tahap (\d) \(.*\)$`)
	oldReopened     = regexp.MustCompile(`^Dibuka kembali dari tahap (\d) \(.*?\) ke tahap (\d) \(.*?\): (.*)$`)
	oldDocument     = regexp.MustCompile(`^(.+) dibuat, kode (\S+)$`)
	oldLetter       = regexp.MustCompile(`^Surat permohonan dibuat, nomor (.+)$`)
)

// WithPhrase is e with its Phrase and Args filled in when e was recorded before
// events carried them and its Text is one of the sentences the program wrote then
// ("Kemitraan dibuat", "Lampiran ditambahkan: scan.pdf", "PKS dibuat, kode …"), so
// that a window can say it in its language too. Notes, meetings and texts it does
// not know come back as they are.
func WithPhrase(e Event) Event {
	if e.Phrase != "" {
		return e
	}
	t := e.Text
	set := func(ph Phrase, a EventArgs) Event {
		if phraseText(ph, a) != t { // only what reads back exactly as it was written
			return e
		}
		e.Phrase, e.Args = ph, a
		return e
	}
	after := func(prefix string) (string, bool) {
		if strings.HasPrefix(t, prefix) {
			return strings.TrimPrefix(t, prefix), true
		}
		return "", false
	}
	switch e.Kind {
	case EventCreated:
		return set(PhraseCreated, EventArgs{})
	case EventAttachmentAdded:
		if name, ok := after("Lampiran ditambahkan: "); ok {
			return set(PhraseAttachmentAdded, EventArgs{Name: name})
		}
	case EventAttachmentRemoved:
		if name, ok := after("Lampiran dihapus: "); ok {
			return set(PhraseAttachmentRemoved, EventArgs{Name: name})
		}
	case EventDocument:
		if m := oldLetter.FindStringSubmatch(t); m != nil {
			return set(PhraseLetterNumbered, EventArgs{Number: m[1]})
		}
		if m := oldDocument.FindStringSubmatch(t); m != nil {
			for _, k := range DocumentKinds {
				if k.Label() == m[1] {
					return set(PhraseDocumentMade, EventArgs{Doc: k, Code: m[2]})
				}
			}
		}
	case EventEdited:
		if m := oldStagesEdited.FindStringSubmatch(t); m != nil {
			var stages StageSet
			for _, n := range strings.Split(m[1], ",") {
				v, err := strconv.Atoi(strings.TrimSpace(n))
				if err != nil {
					return e
				}
				stages |= NewStageSet(Stage(v))
			}
			return set(PhraseStagesEdited, EventArgs{Stages: stages})
		}
	case EventStageMoved:
		if m := oldStageMoved.FindStringSubmatch(t); m != nil {
			from, _ := strconv.Atoi(m[1])
			to, _ := strconv.Atoi(m[2])
			return set(PhraseStageMoved, EventArgs{From: Stage(from), To: Stage(to)})
		}
	case EventReopened:
		if m := oldReopened.FindStringSubmatch(t); m != nil {
			from, _ := strconv.Atoi(m[1])
			to, _ := strconv.Atoi(m[2])
			return set(PhraseReopened, EventArgs{From: Stage(from), To: Stage(to), Reason: m[3]})
		}
	case EventActivity:
		if title, ok := after("Kegiatan terlaksana: "); ok {
			return set(PhraseActivityDone, EventArgs{Title: title})
		}
	case EventEvaluation:
		for prefix, ph := range map[string]Phrase{"Evaluasi dicatat: ": PhraseEvaluationRecorded, "Evaluasi diubah: ": PhraseEvaluationChanged} {
			if d, ok := after(prefix); ok {
				if day, err := ParseDate(d); err == nil {
					return set(ph, EventArgs{Date: day})
				}
			}
		}
	case EventExtended:
		if t == phraseText(PhraseExtended, EventArgs{}) {
			return set(PhraseExtended, EventArgs{})
		}
		return set(PhraseNewPeriod, EventArgs{})
	}
	return e
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
