package model

import (
	"bytes"
	"sort"
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
	// Total is how many documents of each kind match; when More is set the search
	// stopped early (it had limit title matches) and Total is a lower bound.
	Total [numDocKinds]int
	More  [numDocKinds]bool
}

// Len is the number of hits shown.
func (r Results) Len() int {
	n := 0
	for _, g := range r.Groups {
		n += len(g)
	}
	return n
}

// indexEntry is one document: what a hit shows, and where its folded text lies in
// its kind's arena.
type indexEntry struct {
	doc   Doc
	start int // the folded title starts here
	title int // and ends here; "\n" and the folded text follow
	end   int // the document ends here (a "\x00" follows)
	live  bool
}

// arena holds the folded text of every document of one kind, one after another, so
// that a search runs bytes.Index over it in one sweep instead of calling it per
// document. An updated document's old text stays as garbage until compact.
type arena struct {
	text   []byte
	starts []int // the documents' starts, ascending
	docs   []int // the entries at those starts
}

// Index is an in-memory search index: every document's text folded (Fold) once when
// it is added, so that a search only compares bytes. Search matches substrings; every
// word of the query must occur in the document. It is not safe for concurrent use.
type Index struct {
	entries []indexEntry
	arenas  [numDocKinds]arena
	byKey   [numDocKinds]map[string]int // key → its live entry
	owned   map[ID][]docRef             // partnership → its activities and notes
	dead    int                         // entries no longer live
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
func (ix *Index) Len() int { return len(ix.entries) - ix.dead }

// Add adds a document, or replaces the one with the same kind and key.
func (ix *Index) Add(d Doc) { ix.Update(d) }

// Update puts the document's current text in the index.
func (ix *Index) Update(d Doc) {
	if i, ok := ix.byKey[d.Kind][d.Key]; ok {
		ix.kill(i)
	} else if d.Kind != DocPartnership && d.Kind != DocPartner && d.PartnershipID != "" {
		ix.owned[d.PartnershipID] = append(ix.owned[d.PartnershipID], docRef{d.Kind, d.Key})
	}
	a := &ix.arenas[d.Kind]
	e := indexEntry{doc: d, start: len(a.text), live: true}
	a.text = appendFold(a.text, d.Title)
	e.title = len(a.text)
	if d.Text != "" {
		a.text = append(a.text, '\n')
		a.text = appendFold(a.text, d.Text)
		e.doc.Text = strings.Clone(Snippet(d.Text))
	}
	e.end = len(a.text)
	a.text = append(a.text, 0)
	i := len(ix.entries)
	ix.entries = append(ix.entries, e)
	a.starts = append(a.starts, e.start)
	a.docs = append(a.docs, i)
	ix.byKey[d.Kind][d.Key] = i
}

// appendFold appends Fold(s) without making the folded string.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, Fold(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func (ix *Index) kill(i int) {
	e := &ix.entries[i]
	if !e.live {
		return
	}
	e.live = false
	e.doc = Doc{Kind: e.doc.Kind}
	ix.dead++
}

// Remove takes a document out of the index.
func (ix *Index) Remove(kind DocKind, key string) {
	i, ok := ix.byKey[kind][key]
	if !ok {
		return
	}
	delete(ix.byKey[kind], key)
	ix.kill(i)
	if ix.dead > 1000 && ix.dead > len(ix.entries)/2 {
		ix.compact()
	}
}

// compact drops the garbage: the text and entries of documents no longer live.
func (ix *Index) compact() {
	old := ix.entries
	ix.entries = make([]indexEntry, 0, len(old)-ix.dead)
	for k := range ix.arenas {
		a := &ix.arenas[k]
		var na arena
		for _, i := range a.docs {
			e := old[i]
			if !e.live {
				continue
			}
			shift := len(na.text) - e.start
			na.text = append(na.text, a.text[e.start:e.end+1]...)
			e.start, e.title, e.end = e.start+shift, e.title+shift, e.end+shift
			j := len(ix.entries)
			ix.entries = append(ix.entries, e)
			na.starts = append(na.starts, e.start)
			na.docs = append(na.docs, j)
			ix.byKey[k][e.doc.Key] = j
		}
		*a = na
	}
	ix.dead = 0
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
// kind (all when limit ≤ 0). It counts the matches, but stops early in a kind that
// has limit title matches (More says so): a short query typed into a large file
// then costs as little as a rare one.
func (ix *Index) Search(query string, limit int) Results {
	var r Results
	fields := strings.Fields(Fold(query))
	if len(fields) == 0 {
		return r
	}
	// the longest word first, unless rarestFirst finds a rarer one
	longest := 0
	for i, w := range fields {
		if len(w) > len(fields[longest]) {
			longest = i
		}
	}
	fields[0], fields[longest] = fields[longest], fields[0]
	words := make([][]byte, len(fields))
	for i, w := range fields {
		words[i] = []byte(w)
	}
	for k := range ix.arenas {
		ix.searchKind(&r, DocKind(k), rarestFirst(ix.arenas[k].text, words), limit)
	}
	return r
}

// rarestFirst puts first the word that occurs least in a sample of the text (the
// longest on a tie): the sweep then stops at the fewest documents. "mitra 123"
// sweeps for "123", not for the "mitra" of every meeting.
func rarestFirst(text []byte, words [][]byte) [][]byte {
	if len(words) < 2 {
		return words
	}
	sample := text[:min(len(text), 256<<10)]
	best, bestN := 0, bytes.Count(sample, words[0])
	for i := 1; i < len(words); i++ {
		if n := bytes.Count(sample, words[i]); n < bestN || n == bestN && len(words[i]) > len(words[best]) {
			best, bestN = i, n
		}
	}
	words[0], words[best] = words[best], words[0]
	return words
}

func (ix *Index) searchKind(r *Results, k DocKind, words [][]byte, limit int) {
	a := &ix.arenas[k]
	var rest []Hit // hits whose title lacks a word, while the limit allows
	pos := 0
	for pos < len(a.text) {
		at := bytes.Index(a.text[pos:], words[0])
		if at < 0 {
			break
		}
		at += pos
		// the document holding the match: the last start at or before it
		n := sort.SearchInts(a.starts, at+1) - 1
		e := &ix.entries[a.docs[n]]
		pos = e.end + 1
		if !e.live {
			continue
		}
		doc := a.text[e.start:e.end]
		if !containsAll(doc, words[1:]) {
			continue
		}
		r.Total[k]++
		inTitle := containsAll(a.text[e.start:e.title], words)
		switch {
		case inTitle && (limit <= 0 || len(r.Groups[k]) < limit):
			r.Groups[k] = append(r.Groups[k], Hit{Doc: e.doc, InTitle: true})
		case !inTitle && (limit <= 0 || len(r.Groups[k])+len(rest) < limit):
			rest = append(rest, Hit{Doc: e.doc})
		}
		if limit > 0 && len(r.Groups[k]) >= limit {
			r.More[k] = pos < len(a.text)
			break
		}
	}
	if limit > 0 {
		rest = rest[:min(len(rest), max(0, limit-len(r.Groups[k])))]
	}
	r.Groups[k] = append(r.Groups[k], rest...)
}

func containsAll(s []byte, words [][]byte) bool {
	for _, w := range words {
		if !bytes.Contains(s, w) {
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
