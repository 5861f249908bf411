package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// searchLimit is how many hits of each kind are listed.
const searchLimit = 50

// globalSearch is Beranda's search over partnerships, partners, activities and
// timeline notes (Ctrl+Shift+F). Partnerships and partners are indexed from the
// summaries and partners whenever Beranda refreshes; activities and notes need the
// full records and the timelines, so they are read in the background the first time
// someone searches, and kept up to date after that.
type globalSearch struct {
	g *gui

	entry   *widget.Entry
	status  *widget.Label
	list    *widget.List
	results fyne.CanvasObject // status and list, shown while there is a query

	rows     []searchRow
	onActive func(active bool)

	mu  sync.Mutex // guards ix, the background loader adds to it
	ix  *model.Index
	gen map[model.ID]int // bumped when a partnership changes; a load of older data is dropped

	seen     map[model.ID]summaryMark // partnerships indexed, as indexed
	partners map[model.ID]time.Time   // partners indexed, by their UpdatedAt
	titles   map[model.ID]string      // partnership titles, for the notes' context

	deep deepState
	// spawn runs the background reads: in a goroutine; tests run them at once, since
	// the test driver's fyne.Do runs on the calling goroutine and would race with them
	spawn func(func())
}

type deepState int

const (
	deepNone    deepState = iota // activities and notes not read yet
	deepLoading                  // being read in the background
	deepLoaded
)

type summaryMark struct {
	updated time.Time
	partner string
	stage   model.Stage
}

// searchRow is a group's heading (hit is nil) or a hit.
type searchRow struct {
	heading string
	hit     *model.Hit
}

func newGlobalSearch(g *gui, onActive func(bool)) *globalSearch {
	s := &globalSearch{g: g, onActive: onActive, ix: model.NewIndex(), gen: map[model.ID]int{},
		seen: map[model.ID]summaryMark{}, partners: map[model.ID]time.Time{}, titles: map[model.ID]string{},
		spawn: func(f func()) { go f() }}
	s.entry = widget.NewEntry()
	s.entry.SetPlaceHolder(lang.L("search.placeholder"))
	s.entry.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.entry.OnChanged = func(string) { s.run() }

	s.status = widget.NewLabel("")
	s.status.SizeName = theme.SizeNameCaptionText
	s.status.Wrapping = fyne.TextWrapWord
	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			detail.SizeName = theme.SizeNameCaptionText
			return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, container.NewVBox(title, detail))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= 0 && id < len(s.rows) {
				s.setRow(o, s.rows[id])
			}
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.UnselectAll()
		if id >= 0 && id < len(s.rows) && s.rows[id].hit != nil {
			s.open(*s.rows[id].hit)
		}
	}
	s.results = container.NewBorder(s.status, nil, nil, nil, s.list)
	s.results.Hide()
	return s
}

func (s *globalSearch) setRow(o fyne.CanvasObject, r searchRow) {
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	title, detail := texts.Objects[0].(*widget.Label), texts.Objects[1].(*widget.Label)
	icon := c.Objects[1].(*widget.Icon)
	if r.hit == nil {
		title.TextStyle = fyne.TextStyle{Bold: true}
		title.SetText(r.heading)
		detail.Hide()
		icon.Hide()
		return
	}
	h := r.hit
	title.TextStyle = fyne.TextStyle{}
	title.SetText(h.Title)
	icon.SetResource(docIcon(h.Kind))
	icon.Show()
	var parts []string
	if h.Context != "" {
		parts = append(parts, h.Context)
	}
	if h.Kind != model.DocPartner && h.Stage.Valid() {
		parts = append(parts, stageLabel(h.Stage))
	}
	if h.Text != "" {
		parts = append(parts, h.Text)
	}
	detail.SetText(joinDot(parts))
	detail.Show()
}

func joinDot(parts []string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += " · "
		}
		out += p
	}
	return out
}

func docIcon(k model.DocKind) fyne.Resource {
	switch k {
	case model.DocPartner:
		return theme.AccountIcon()
	case model.DocActivity:
		return theme.CalendarIcon()
	case model.DocNote:
		return theme.HistoryIcon()
	}
	return theme.DocumentIcon()
}

var docGroupKeys = [...]string{
	model.DocPartnership: "search.group.partnerships",
	model.DocPartner:     "search.group.partners",
	model.DocActivity:    "search.group.activities",
	model.DocNote:        "search.group.notes",
}

// run searches for what the field holds and lists the hits, grouped.
func (s *globalSearch) run() {
	q := s.entry.Text
	active := len(q) > 0
	if s.onActive != nil {
		s.onActive(active)
	}
	if !active {
		s.results.Hide()
		s.rows = s.rows[:0]
		return
	}
	s.results.Show()
	// the first search reads the activities and notes, in the background once the
	// hits known now are listed
	first := s.deep == deepNone
	if first {
		s.deep = deepLoading
		defer s.startDeepLoad()
	}

	s.mu.Lock()
	res := s.ix.Search(q, searchLimit)
	s.mu.Unlock()

	s.rows = s.rows[:0]
	for _, k := range model.DocKinds {
		group := res.Groups[k]
		if len(group) == 0 {
			continue
		}
		head := lang.L(docGroupKeys[k], map[string]int{"Count": res.Total[k]})
		if res.Total[k] > len(group) {
			head = lang.L("search.group.more", map[string]any{"Group": head, "Shown": len(group)})
		}
		s.rows = append(s.rows, searchRow{heading: head})
		for i := range group {
			s.rows = append(s.rows, searchRow{hit: &group[i]})
		}
	}
	s.list.Refresh()
	s.list.ScrollToTop()

	var status string
	switch {
	case s.deep != deepLoaded && len(s.rows) == 0:
		status = lang.L("search.loading.none")
	case s.deep != deepLoaded:
		status = lang.L("search.loading")
	case len(s.rows) == 0:
		status = lang.L("search.none")
	}
	s.status.SetText(status)
	if status == "" {
		s.status.Hide()
	} else {
		s.status.Show()
	}
}

// open goes to where a hit lives.
func (s *globalSearch) open(h model.Hit) {
	switch h.Kind {
	case model.DocPartnership:
		s.g.openPartnershipAt(h.PartnershipID, 0, false)
	case model.DocPartner:
		s.g.openPartner(model.ID(h.Key))
	case model.DocActivity:
		s.g.openPartnershipAt(h.PartnershipID, model.StageImplementasi, false)
	case model.DocNote:
		s.g.openPartnershipAt(h.PartnershipID, 0, true)
	}
}

// update brings the index up to date with the summaries and partners just read: only
// what changed is folded again. The activities and notes of a partnership that
// changed, and of the one shown (whose timeline may have new notes), are read again
// in the background once they have been loaded.
func (s *globalSearch) update(sums []model.Summary, partners []model.Partner, shown model.ID) {
	var reread []model.ID
	alive := make(map[model.ID]bool, len(sums))
	periods := model.Periods(sums)
	s.mu.Lock()
	for i := range sums {
		sm := &sums[i]
		alive[sm.ID] = true
		mark := summaryMark{updated: sm.UpdatedAt, partner: sm.PartnerName, stage: sm.Stage}
		old, ok := s.seen[sm.ID]
		if ok && old == mark {
			continue
		}
		s.seen[sm.ID] = mark
		s.titles[sm.ID] = sm.PeriodTitle(periods[sm.ID])
		doc := model.PartnershipDoc(*sm)
		doc.Title = s.titles[sm.ID] // a renewed period is told apart from its original
		s.ix.Update(doc)
		if ok && !old.updated.Equal(mark.updated) {
			reread = append(reread, sm.ID)
		}
	}
	for id := range s.seen {
		if !alive[id] {
			delete(s.seen, id)
			delete(s.titles, id)
			s.gen[id]++
			s.ix.RemovePartnership(id)
		}
	}
	livePartners := make(map[model.ID]bool, len(partners))
	for _, p := range partners {
		livePartners[p.ID] = true
		if t, ok := s.partners[p.ID]; ok && t.Equal(p.UpdatedAt) {
			continue
		}
		s.partners[p.ID] = p.UpdatedAt
		s.ix.Update(model.PartnerDoc(p))
	}
	for id := range s.partners {
		if !livePartners[id] {
			delete(s.partners, id)
			s.ix.Remove(model.DocPartner, string(id))
		}
	}
	deep := s.deep != deepNone
	if deep && shown != "" && alive[shown] {
		reread = append(reread, shown)
	}
	ids := make([]model.ID, 0, len(reread))
	gens := make([]int, 0, len(reread))
	for _, id := range reread {
		s.gen[id]++
		ids = append(ids, id)
		gens = append(gens, s.gen[id])
	}
	s.mu.Unlock()

	if s.entry.Text != "" {
		s.run()
	}
	if deep && len(ids) > 0 {
		s.loadDeep(ids, gens, false)
	}
}

// startDeepLoad reads every partnership's activities and notes in the background,
// the first time someone searches.
func (s *globalSearch) startDeepLoad() {
	s.mu.Lock()
	ids := make([]model.ID, 0, len(s.seen))
	gens := make([]int, 0, len(s.seen))
	for id := range s.seen {
		ids = append(ids, id)
		gens = append(gens, s.gen[id])
	}
	s.mu.Unlock()
	s.loadDeep(ids, gens, true)
}

// loadDeep reads the activities and notes of the partnerships ids in a goroutine and
// puts them in the index; a partnership whose generation changed meanwhile (a save
// came after the read) is left to the newer load. When first is set, the search is
// shown again as loaded at the end.
func (s *globalSearch) loadDeep(ids []model.ID, gens []int, first bool) {
	db := s.g.db
	s.g.jobs.Add(1)
	s.spawn(func() {
		defer s.g.jobs.Done()
		for i, id := range ids {
			ps, err := db.Partnership(id)
			if err != nil {
				continue // deleted meanwhile; update removes it
			}
			events, err := db.Events(id)
			if err != nil {
				continue
			}
			docs := model.ActivityDocs(ps)
			docs = append(docs, model.NoteDocs(events, ps.Title)...)
			s.mu.Lock()
			if s.gen[id] == gens[i] {
				s.ix.RemoveOwned(id)
				for _, d := range docs {
					s.ix.Update(d)
				}
			}
			s.mu.Unlock()
		}
		fyne.Do(func() {
			if first {
				s.deep = deepLoaded
			}
			if s.entry.Text != "" {
				s.run()
			}
		})
	})
}
