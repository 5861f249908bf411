package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// listEntry is one partnership as the Kemitraan list shows and searches it. Its
// texts are made once, when the list loads, so that typing in the search box only
// compares strings.
type listEntry struct {
	id       model.ID
	title    string
	detail   string // "3/7 Pengembangan Proposal · PT Maju Bersama · Berjalan"
	stage    model.Stage
	status   model.Status
	category model.NeedCategory
	progress int // stages done, 0 … 7
	created  int // year of CreatedAt
	start    int // year the agreement starts, 0 when none is set
	updated  time.Time
	folded   string // title, partner name and need, folded (model.Fold)
}

// newListEntries makes the list's entries, the most recently changed first.
// partnerName names a partner ID ("" when unknown: the summary's name is used then).
// periods numbers the renewed partnerships' periods (model.Periods), so that a period
// is told apart from its original.
func newListEntries(ps []model.Summary, partnerName func(model.ID) string, periods map[model.ID]int) []listEntry {
	out := make([]listEntry, len(ps))
	for i, p := range ps {
		name := ""
		if p.PartnerID != "" {
			if name = partnerName(p.PartnerID); name == "" {
				name = p.PartnerName
			}
		}
		shownName := name
		if shownName == "" {
			shownName = lang.L("partnership.nopartner.short")
		}
		e := listEntry{
			id: p.ID, title: p.PeriodTitle(periods[p.ID]), stage: p.Stage, status: p.Status, category: p.Category,
			progress: p.Progress, created: p.CreatedAt.Year(), updated: p.UpdatedAt,
			detail: stageLabel(p.Stage) + " · " + shownName + " · " + statusLabel(p.Status),
			folded: model.Fold(p.Title + "\n" + name + "\n" + p.Need),
		}
		if !p.AgreementStart.IsZero() {
			e.start = p.AgreementStart.Year()
		}
		out[i] = e
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].updated.Equal(out[j].updated) {
			return out[i].updated.After(out[j].updated)
		}
		return out[i].id > out[j].id
	})
	return out
}

// listFilter is what the search box and the filters ask for; zero values mean "all".
type listFilter struct {
	words    []string // folded words of the search; every one must occur
	stage    model.Stage
	status   model.Status
	category model.NeedCategory
	year     int // of CreatedAt or of the agreement's start
}

// setQuery takes the search box's text.
func (f *listFilter) setQuery(q string) { f.words = strings.Fields(model.Fold(q)) }

// active reports whether the filter hides anything.
func (f listFilter) active() bool {
	return len(f.words) > 0 || f.stage != 0 || f.status != "" || f.category != "" || f.year != 0
}

func (f listFilter) matches(e *listEntry) bool {
	if f.stage != 0 && e.stage != f.stage {
		return false
	}
	if f.status != "" && e.status != f.status {
		return false
	}
	if f.category != "" && e.category != f.category {
		return false
	}
	if f.year != 0 && e.created != f.year && e.start != f.year {
		return false
	}
	for _, w := range f.words {
		if !strings.Contains(e.folded, w) {
			return false
		}
	}
	return true
}

// yearsOf lists the years entries were created or their agreements start, newest first.
func yearsOf(entries []listEntry) []int {
	seen := map[int]bool{}
	var years []int
	for _, e := range entries {
		for _, y := range []int{e.created, e.start} {
			if y > 1 && !seen[y] {
				seen[y] = true
				years = append(years, y)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	return years
}

// partnershipList is the left side of the Kemitraan screen: a search box, filters by
// stage, status, need category and year, and the partnerships that match, most
// recently changed first.
type partnershipList struct {
	entries  []listEntry
	shown    []*listEntry
	filter   listFilter
	years    []int // the year filter's options after "all"
	selected model.ID

	// onOpen is called when the person picks a partnership in the list; it decides
	// whether to open it (and then calls setSelected).
	onOpen func(id model.ID)

	search   *widget.Entry
	stage    *widget.Select
	status   *widget.Select
	category *widget.Select
	year     *widget.Select
	list     *widget.List
	count    *widget.Label
	reset    *widget.Button // shows everything again
	counter  *fyne.Container
	empty    *widget.Label
}

func newPartnershipList(onOpen func(model.ID)) *partnershipList {
	l := &partnershipList{onOpen: onOpen}

	l.search = widget.NewEntry()
	l.search.SetPlaceHolder(lang.L("list.search"))
	l.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	l.search.OnChanged = func(q string) {
		l.filter.setQuery(q)
		l.apply()
	}

	l.stage = widget.NewSelect(append([]string{lang.L("list.allstages")}, labelsOf(model.Stages, stageLabel)...), nil)
	l.status = widget.NewSelect(append([]string{lang.L("list.allstatuses")}, labelsOf(model.Statuses, statusLabel)...), nil)
	l.category = widget.NewSelect(append([]string{lang.L("list.allcategories")}, labelsOf(model.NeedCategories, needLabel)...), nil)
	l.year = widget.NewSelect([]string{lang.L("list.allyears")}, nil)
	for _, s := range []*widget.Select{l.stage, l.status, l.category, l.year} {
		s.SetSelectedIndex(0)
	}
	l.stage.OnChanged = func(string) {
		l.filter.stage = 0
		if i := l.stage.SelectedIndex(); i > 0 {
			l.filter.stage = model.Stages[i-1]
		}
		l.apply()
	}
	l.status.OnChanged = func(string) {
		l.filter.status = ""
		if i := l.status.SelectedIndex(); i > 0 {
			l.filter.status = model.Statuses[i-1]
		}
		l.apply()
	}
	l.category.OnChanged = func(string) {
		l.filter.category = ""
		if i := l.category.SelectedIndex(); i > 0 {
			l.filter.category = model.NeedCategories[i-1]
		}
		l.apply()
	}
	l.year.OnChanged = func(string) {
		l.filter.year = 0
		if i := l.year.SelectedIndex(); i > 0 && i <= len(l.years) {
			l.filter.year = l.years[i-1]
		}
		l.apply()
	}

	l.list = widget.NewList(
		func() int { return len(l.shown) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.TextStyle = fyne.TextStyle{Bold: true}
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			detail.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(title, container.NewBorder(nil, nil, newStageCue(), nil, detail))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(l.shown) {
				return
			}
			e := l.shown[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(e.title)
			line := c.Objects[1].(*fyne.Container)
			line.Objects[0].(*widget.Label).SetText(e.detail)
			line.Objects[1].(*stageCue).set(e.progress, e.status)
		})
	l.list.OnSelected = func(i widget.ListItemID) {
		if i < 0 || i >= len(l.shown) {
			return
		}
		id := l.shown[i].id
		if id == l.selected {
			return
		}
		// the row is highlighted only once the partnership really opens: a form with
		// unsaved edits may keep the person where they are
		l.setSelected(l.selected)
		if l.onOpen != nil {
			l.onOpen(id)
		}
	}

	l.count = widget.NewLabel("")
	l.count.SizeName = theme.SizeNameCaptionText
	l.reset = widget.NewButtonWithIcon(lang.L("list.reset"), theme.ContentClearIcon(), l.clearFilters)
	l.reset.Importance = widget.LowImportance
	l.counter = container.NewBorder(nil, nil, nil, l.reset, l.count)
	l.counter.Hide()
	l.empty = widget.NewLabel(lang.L("partnership.none"))
	l.empty.Wrapping = fyne.TextWrapWord
	return l
}

// top is the search box, the filters and the count, to sit above the list.
func (l *partnershipList) top() fyne.CanvasObject {
	return container.NewVBox(l.search, container.NewGridWithColumns(2, l.stage, l.status, l.category, l.year), l.counter)
}

// body is the list, with the message shown when it is empty.
func (l *partnershipList) body() fyne.CanvasObject {
	return container.NewStack(l.list, container.NewVBox(l.empty))
}

// load shows the partnerships given, keeping the search and the filters.
func (l *partnershipList) load(ps []model.Summary, partnerName func(model.ID) string) {
	l.entries = newListEntries(ps, partnerName, model.Periods(ps))
	l.setYears()
	l.apply()
}

// put replaces one partnership's entry after it was saved, or removes it (gone),
// keeping the order and the filter; the other entries are not made again.
func (l *partnershipList) put(s model.Summary, gone bool, partnerName func(model.ID) string, periods map[model.ID]int) {
	for i := range l.entries {
		if l.entries[i].id == s.ID {
			l.entries = slices.Delete(l.entries, i, i+1)
			break
		}
	}
	if !gone {
		e := newListEntries([]model.Summary{s}, partnerName, periods)[0]
		i := sort.Search(len(l.entries), func(i int) bool {
			a := l.entries[i]
			if !a.updated.Equal(e.updated) {
				return a.updated.Before(e.updated)
			}
			return a.id < e.id
		})
		l.entries = slices.Insert(l.entries, i, e)
	}
	if !slices.Equal(yearsOf(l.entries), l.years) {
		l.setYears()
	}
	l.apply()
}

// setYears offers the years the entries have in the year filter, keeping the year
// chosen when it is still there.
func (l *partnershipList) setYears() {
	l.years = yearsOf(l.entries)
	options := []string{lang.L("list.allyears")}
	for _, y := range l.years {
		options = append(options, strconv.Itoa(y))
	}
	keep := l.filter.year
	l.year.Options = options
	on := l.year.OnChanged
	l.year.OnChanged = nil
	l.year.SetSelectedIndex(0)
	for i, y := range l.years {
		if y == keep {
			l.year.SetSelectedIndex(i + 1)
		}
	}
	l.year.OnChanged = on
	l.filter.year = 0
	if i := l.year.SelectedIndex(); i > 0 {
		l.filter.year = l.years[i-1]
	}
}

// apply shows the entries that match the filter.
func (l *partnershipList) apply() {
	l.shown = l.shown[:0]
	for i := range l.entries {
		if l.filter.matches(&l.entries[i]) {
			l.shown = append(l.shown, &l.entries[i])
		}
	}
	switch {
	case len(l.entries) == 0:
		l.empty.SetText(lang.L("partnership.none"))
		l.empty.Show()
	case len(l.shown) == 0:
		l.empty.SetText(lang.L("list.nomatch"))
		l.empty.Show()
	default:
		l.empty.Hide()
	}
	if l.filter.active() {
		l.count.SetText(lang.L("list.count", map[string]int{"Shown": len(l.shown), "All": len(l.entries)}))
		l.counter.Show()
	} else {
		l.counter.Hide()
	}
	l.list.Refresh()
	l.setSelected(l.selected)
}

// clearFilters empties the search box and sets every filter to "all".
func (l *partnershipList) clearFilters() {
	l.search.SetText("")
	for _, s := range []*widget.Select{l.stage, l.status, l.category, l.year} {
		s.SetSelectedIndex(0)
	}
}

// setSelected highlights the partnership's row (none for ""), without opening it.
func (l *partnershipList) setSelected(id model.ID) {
	l.selected = id
	on := l.list.OnSelected
	l.list.OnSelected = nil
	defer func() { l.list.OnSelected = on }()
	for i, e := range l.shown {
		if id != "" && e.id == id {
			l.list.Select(i)
			return
		}
	}
	l.list.UnselectAll()
}

// titles are the titles shown, in order; for tests and the count.
func (l *partnershipList) titles() []string {
	out := make([]string, len(l.shown))
	for i, e := range l.shown {
		out[i] = e.title
	}
	return out
}
