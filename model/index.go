package model

import (
	"strings"
	"time"
	"unicode/utf8"
)

// DocKind is what a search result is.
type DocKind int

// The kinds of document the search index holds, in the order results are grouped.
const (
	DocPartnership DocKind = iota // title, partner's name, need
	DocPartner                    // name, contact person, contact details
	DocActivity                   // an activity's title and description
	DocNote                       // a timeline note, or a meeting with its minutes
	numDocKinds
)

// DocKinds lists the kinds in the order results are grouped.
var DocKinds = []DocKind{DocPartnership, DocPartner, DocActivity, DocNote}

// Doc is one searchable thing.
type Doc struct {
	Kind DocKind
	// Key identifies the document within its kind: the partnership's or partner's ID,
	// the activity's ID, or the event's key (see NoteKey).
	Key string
	// PartnershipID is the partnership a partnership, activity or note belongs to.
	PartnershipID ID
	// Stage is where to open it: the stage of the note, stage 5 for an activity.
	Stage Stage
	Title string // shown and ranked first
	// Text is searched too; the index keeps only its first line (Snippet) to show.
	Text string
	// Context is shown, not searched: the partnership an activity or note belongs to.
	Context string
	Time    time.Time
}

// Snippet is the first line of a document's text, at most about 120 bytes.
func Snippet(text string) string {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	if len(text) > 120 {
		cut := 120
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut] + "…"
	}
	return text
}

// NoteKey is the key of a timeline event's document.
func NoteKey(e Event) string {
	return string(e.PartnershipID) + "/" + e.Time.UTC().Format(time.RFC3339Nano) + "/" + string(e.Kind)
}

// Hit is one search result.
type Hit struct {
	Doc
	// InTitle: every word of the query is in the title.
	InTitle bool
}

// Results are the hits of a search, grouped by kind.
type Results struct {
	// Groups holds the hits of each kind (index DocKind), title matches first, at
	// most the limit given.
	Groups [numDocKinds][]Hit
	// Total is how many documents of each kind match, shown or not.
	Total [numDocKinds]int
}

// Len is the number of hits shown.
func (r Results) Len() int {
	n := 0
	for _, g := range r.Groups {
		n += len(g)
	}
	return n
}

type indexEntry struct {
	doc   Doc
	title string // folded
	all   string // folded title + "\n" + text
	live  bool
}

// Index is an in-memory search index: every document's text folded (Fold) once when
// it is added, so that a search only compares bytes. Search matches substrings; every
// word of the query must occur in the document. It is not safe for concurrent use.
type Index struct {
	entries []indexEntry
	byKey   [numDocKinds]map[string]int // key → position in entries
	free    []int
	owned   map[ID][]docRef // partnership → its activities and notes
}

type docRef struct {
	kind DocKind
	key  string
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	ix := &Index{owned: map[ID][]docRef{}}
	for k := range ix.byKey {
		ix.byKey[k] = map[string]int{}
	}
	return ix
}

// Len is the number of documents.
func (ix *Index) Len() int { return len(ix.entries) - len(ix.free) }

// Add adds a document, or replaces the one with the same kind and key.
func (ix *Index) Add(d Doc) { ix.Update(d) }

// Update puts the document's current text in the index.
func (ix *Index) Update(d Doc) {
	e := indexEntry{doc: d, title: Fold(d.Title), live: true}
	e.all = e.title
	if d.Text != "" {
		e.all = e.title + "\n" + Fold(d.Text)
		e.doc.Text = strings.Clone(Snippet(d.Text))
	}
	if i, ok := ix.byKey[d.Kind][d.Key]; ok {
		ix.entries[i] = e
		return
	}
	var i int
	if n := len(ix.free); n > 0 {
		i = ix.free[n-1]
		ix.free = ix.free[:n-1]
		ix.entries[i] = e
	} else {
		i = len(ix.entries)
		ix.entries = append(ix.entries, e)
	}
	ix.byKey[d.Kind][d.Key] = i
	if d.Kind != DocPartnership && d.Kind != DocPartner && d.PartnershipID != "" {
		ix.owned[d.PartnershipID] = append(ix.owned[d.PartnershipID], docRef{d.Kind, d.Key})
	}
}

// Remove takes a document out of the index.
func (ix *Index) Remove(kind DocKind, key string) {
	i, ok := ix.byKey[kind][key]
	if !ok {
		return
	}
	delete(ix.byKey[kind], key)
	ix.entries[i] = indexEntry{}
	ix.free = append(ix.free, i)
}

// RemovePartnership takes a partnership out of the index with its activities and notes.
func (ix *Index) RemovePartnership(id ID) {
	ix.Remove(DocPartnership, string(id))
	ix.RemoveOwned(id)
}

// RemoveOwned takes a partnership's activities and notes out of the index (before
// putting their current versions in).
func (ix *Index) RemoveOwned(id ID) {
	for _, r := range ix.owned[id] {
		ix.Remove(r.kind, r.key)
	}
	delete(ix.owned, id)
}

// Search finds the documents that contain every word of the query, ignoring case and
// accents, grouped by kind; in each group the documents whose title holds every word
// come first, then in the order they were added. It keeps at most limit hits per
// kind (all when limit ≤ 0) and counts them all.
func (ix *Index) Search(query string, limit int) Results {
	var r Results
	words := strings.Fields(Fold(query))
	if len(words) == 0 {
		return r
	}
	// the longest word first: it rules out the most documents
	longest := 0
	for i, w := range words {
		if len(w) > len(words[longest]) {
			longest = i
		}
	}
	words[0], words[longest] = words[longest], words[0]

	var rest [numDocKinds][]Hit // hits whose title lacks a word, while the limit allows
	for i := range ix.entries {
		e := &ix.entries[i]
		if !e.live || !containsAll(e.all, words) {
			continue
		}
		k := e.doc.Kind
		r.Total[k]++
		inTitle := containsAll(e.title, words)
		switch {
		case inTitle && (limit <= 0 || len(r.Groups[k]) < limit):
			r.Groups[k] = append(r.Groups[k], Hit{Doc: e.doc, InTitle: true})
		case !inTitle && (limit <= 0 || len(r.Groups[k])+len(rest[k]) < limit):
			rest[k] = append(rest[k], Hit{Doc: e.doc})
		}
	}
	for k := range r.Groups {
		if limit > 0 {
			rest[k] = rest[k][:min(len(rest[k]), max(0, limit-len(r.Groups[k])))]
		}
		r.Groups[k] = append(r.Groups[k], rest[k]...)
	}
	return r
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// PartnershipDoc is the document of a partnership's summary.
func PartnershipDoc(s Summary) Doc {
	return Doc{Kind: DocPartnership, Key: string(s.ID), PartnershipID: s.ID, Stage: s.Stage,
		Title: s.Title, Text: joinNonEmpty(s.PartnerName, s.Need), Time: s.UpdatedAt}
}

// PartnerDoc is the document of a partner.
func PartnerDoc(p Partner) Doc {
	return Doc{Kind: DocPartner, Key: string(p.ID), Title: p.Name,
		Text: joinNonEmpty(p.ContactPerson, p.Email, p.Phone, p.Address), Time: p.UpdatedAt}
}

// ActivityDocs are the documents of a partnership's activities.
func ActivityDocs(ps Partnership) []Doc {
	docs := make([]Doc, 0, len(ps.Activities))
	for _, a := range ps.Activities {
		key := string(a.ID)
		if key == "" {
			key = string(ps.ID) + "/" + a.Date.Format(time.DateOnly) + "/" + a.Title
		}
		docs = append(docs, Doc{Kind: DocActivity, Key: key, PartnershipID: ps.ID, Stage: StageImplementasi,
			Title: a.Title, Text: joinNonEmpty(a.Description, a.People), Context: ps.Title, Time: a.Date})
	}
	return docs
}

// NoteDocs are the documents of a timeline's notes and meetings (title is the
// partnership's, shown with them); the events the program writes itself (stage
// moves, edits) are not searched.
func NoteDocs(events []Event, title string) []Doc {
	var docs []Doc
	for _, e := range events {
		if e.Kind != EventNote && e.Kind != EventMeeting {
			continue
		}
		docs = append(docs, Doc{Kind: DocNote, Key: NoteKey(e), PartnershipID: e.PartnershipID, Stage: e.Stage,
			Title: e.Text, Text: joinNonEmpty(e.Participants, e.Minutes), Context: title, Time: e.Time})
	}
	return docs
}

func joinNonEmpty(parts ...string) string {
	n := 0
	for _, p := range parts {
		if p != "" {
			parts[n] = p
			n++
		}
	}
	return strings.Join(parts[:n], "\n")
}
