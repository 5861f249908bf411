package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// homeScreen (Beranda) is the first screen: what needs doing this week. It shows the
// pipeline (how many partnerships are at each stage; a tile opens the list filtered
// to it), the reminders ("Perlu perhatian"; each opens its partnership at the stage
// to act in), the benefits' average ratings and the partnerships per need category,
// and the search over everything (globalsearch.go). It reads summaries only, so it
// stays quick at 10,000 partnerships; refresh runs at start and after every save.
type homeScreen struct {
	g *gui

	greeting *widget.Label
	prompt   *fyne.Container // shown while the profile is empty

	tiles       [7]*stageTile
	stageCounts []*widget.Label // the tiles' counts, stage 1 first
	reminders   []model.Reminder
	remList     *widget.List
	remTitle    *widget.Label
	remEmpty    *widget.Label
	benefits    *barChart
	categories  *barChart
	total       *widget.Label
	partners    *widget.Label
	coverage    *fyne.Container // an SMK's link-and-match coverage (smk_beranda.go)
	school      model.School    // as last read

	search    *globalSearch
	dashboard fyne.CanvasObject
	content   fyne.CanvasObject

	sums        []model.Summary  // as last read, kept up to date by changed
	periods     map[model.ID]int // the periods of renewed partnerships (model.Periods of sums)
	partnerList []model.Partner  // as last read
}

// Ctrl+Shift+F opens the search over everything (Ctrl+F is the list's).
var globalSearchShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF,
	Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

func newHomeScreen(g *gui) *homeScreen {
	h := &homeScreen{g: g}
	h.greeting = widget.NewLabel("")
	h.greeting.TextStyle = fyne.TextStyle{Bold: true}
	h.greeting.SizeName = theme.SizeNameSubHeadingText
	h.greeting.Truncation = fyne.TextTruncateEllipsis

	promptText := widget.NewLabel(lang.L("home.profileempty"))
	promptText.Wrapping = fyne.TextWrapWord
	toSettings := widget.NewButton(lang.L("home.fillprofile"), func() { g.show(tabPengaturan) })
	toSettings.Importance = widget.HighImportance
	h.prompt = container.NewVBox(promptText, container.NewHBox(toSettings))

	newPS := widget.NewButtonWithIcon(lang.L("home.newpartnership"), theme.ContentAddIcon(), g.newPartnership)
	h.search = newGlobalSearch(g, func(active bool) {
		if active {
			h.dashboard.Hide()
		} else {
			h.dashboard.Show()
		}
	})
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, newPS, h.greeting),
		h.prompt,
		h.search.entry,
	)

	// the pipeline
	pipeline := container.NewGridWithColumns(len(model.Stages))
	for i, s := range model.Stages {
		h.tiles[i] = newStageTile(s, func() { g.showStageList(s) })
		h.stageCounts = append(h.stageCounts, h.tiles[i].count)
		pipeline.Add(h.tiles[i].object())
	}
	h.total = widget.NewLabel("")
	h.total.SizeName = theme.SizeNameCaptionText
	h.partners = widget.NewLabel("")
	h.partners.SizeName = theme.SizeNameCaptionText
	pipelineBox := container.NewVBox(
		container.NewBorder(nil, nil, heading(lang.L("beranda.pipeline")), container.NewHBox(h.total, h.partners)),
		pipeline)

	// Perlu perhatian
	h.remTitle = heading("")
	h.remEmpty = widget.NewLabel(lang.L("beranda.reminders.none"))
	h.remEmpty.Wrapping = fyne.TextWrapWord
	h.remList = widget.NewList(
		func() int { return len(h.reminders) },
		newReminderRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= 0 && id < len(h.reminders) {
				r := h.reminders[id]
				setReminderRow(o, r, model.PeriodTitle(r.Title, h.periods[r.PartnershipID], time.Time{}, time.Time{}))
			}
		})
	h.remList.OnSelected = func(id widget.ListItemID) {
		h.remList.UnselectAll()
		if id >= 0 && id < len(h.reminders) {
			r := h.reminders[id]
			g.openPartnershipAt(r.PartnershipID, r.Stage, false)
		}
	}
	remBox := container.NewBorder(h.remTitle, nil, nil, nil,
		container.NewStack(h.remList, container.NewVBox(h.remEmpty)))

	// the charts
	h.benefits = newBarChart()
	h.categories = newBarChart()
	h.coverage = newCoverageBox()
	charts := container.NewVScroll(container.NewVBox(
		h.coverage,
		heading(lang.L("beranda.chart.benefits")), h.benefits,
		widget.NewSeparator(),
		heading(lang.L("beranda.chart.categories")), h.categories,
	))

	h.dashboard = container.NewBorder(pipelineBox, nil, nil, nil,
		container.NewGridWithColumns(2, remBox, charts))
	body := container.NewStack(h.dashboard, h.search.results)
	h.content = container.NewPadded(container.NewBorder(top, nil, nil, nil, body))

	if c := g.win.Canvas(); c != nil {
		c.AddShortcut(globalSearchShortcut, func(fyne.Shortcut) { g.focusGlobalSearch() })
	}
	return h
}

func (h *homeScreen) object() fyne.CanvasObject { return h.content }

// heading is a bold section title.
func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

// refresh reads the school and the summaries again and recomputes everything; the
// app calls it at start and after every save.
func (h *homeScreen) refresh() {
	sums, err := h.g.db.Summaries()
	if err != nil {
		h.total.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		return
	}
	h.refreshWith(sums)
}

// refreshWith is refresh with the summaries already read.
func (h *homeScreen) refreshWith(sums []model.Summary) {
	school, err := h.g.db.School()
	if err != nil {
		h.greeting.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		return
	}
	if school.IsZero() {
		h.greeting.SetText(lang.L("home.welcome"))
		h.prompt.Show()
	} else {
		h.greeting.SetText(lang.L("home.greeting", map[string]string{"School": school.Name}))
		h.prompt.Hide()
	}

	h.sums = sums
	h.school = school
	h.show(computeDashboard(sums, h.g.opts.Now()))

	partners, err := h.g.db.Partners()
	if err != nil {
		h.g.showError("error.read", err)
		return
	}
	h.partnerList = partners
	h.partners.SetText(lang.L("home.partners", map[string]int{"Count": len(partners)}))
	h.search.update(sums, partners, h.g.partnerships.shownID())
}

// changed updates Beranda after one partnership was saved, moved or deleted (gone):
// its summary replaces the old one and only its reminders are recomputed.
func (h *homeScreen) changed(s model.Summary, gone bool) {
	if h.sums == nil {
		h.refresh()
		return
	}
	h.sums = replaceSummary(h.sums, s, gone)
	d := dashboard{
		pipeline:   model.Pipeline(h.sums),
		benefits:   model.BenefitAverages(h.sums),
		categories: model.CountsByCategory(h.sums),
	}
	var fresh []model.Reminder
	if !gone {
		fresh = model.RemindersOf(s, h.g.opts.Now(), model.DefaultReminderSettings())
	}
	d.reminders = model.ReplaceReminders(h.reminders, s.ID, fresh)
	h.show(d)
	h.search.update(h.sums, h.partnerList, h.g.partnerships.shownID())
}

// show puts the dashboard computed from the summaries on the screen.
func (h *homeScreen) show(d dashboard) {
	for i := range h.tiles {
		h.tiles[i].setCount(d.pipeline[i])
	}
	h.total.SetText(lang.L("home.partnerships", map[string]int{"Count": len(h.sums)}))

	h.reminders = d.reminders
	h.periods = model.Periods(h.sums)
	h.remTitle.SetText(lang.L("beranda.reminders", map[string]int{"Count": len(d.reminders)}))
	if len(d.reminders) == 0 {
		h.remEmpty.Show()
	} else {
		h.remEmpty.Hide()
	}
	h.remList.Refresh()

	var rows []barRow
	for _, b := range d.benefits {
		r := barRow{label: benefitLabel(b.Benefit), frac: b.Average / 5, value: "–"}
		if b.N > 0 {
			r.value = strconv.FormatFloat(b.Average, 'f', 1, 64)
		}
		rows = append(rows, r)
	}
	h.benefits.set(rows)
	most := 1
	for _, c := range d.categories {
		most = max(most, c.Count)
	}
	rows = nil
	for _, c := range d.categories {
		rows = append(rows, barRow{label: needLabel(c.Category), frac: float64(c.Count) / float64(most), value: strconv.Itoa(c.Count)})
	}
	h.categories.set(rows)
	h.showCoverage(h.school, h.sums)
}

// dashboard is what Beranda shows, computed from the summaries alone.
type dashboard struct {
	pipeline   [7]int
	reminders  []model.Reminder
	benefits   [model.NumBenefits]model.BenefitAverage
	categories []model.CategoryCount
}

func computeDashboard(sums []model.Summary, today time.Time) dashboard {
	return dashboard{
		pipeline:   model.Pipeline(sums),
		reminders:  model.Reminders(sums, today, model.DefaultReminderSettings()),
		benefits:   model.BenefitAverages(sums),
		categories: model.CountsByCategory(sums),
	}
}

// showStageList shows the Kemitraan list filtered to one stage, the other filters
// and the search cleared, so that it lists what the pipeline tile counted.
func (g *gui) showStageList(s model.Stage) {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabKemitraan)
		l := g.partnerships.browser
		l.search.SetText("")
		for _, sel := range []*widget.Select{l.status, l.category, l.year} {
			sel.SetSelectedIndex(0)
		}
		l.stage.SetSelectedIndex(int(s)) // index 0 is "all stages"
	})
}

// openPartnershipAt shows a partnership on the Kemitraan screen at a stage (its
// current stage when st is 0), and its timeline when timeline is set; unsaved edits
// are asked about first.
func (g *gui) openPartnershipAt(id model.ID, st model.Stage, timeline bool) {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabKemitraan)
		g.leave(g.leaverOf(tabKemitraan), func() {
			g.partnerships.showPartnership(id)
			v := g.partnerships.detail
			if v == nil || v.stored.ID != id {
				return
			}
			if st.Valid() && st != v.shown {
				v.showStage(st)
			}
			if timeline && len(v.tabs.Items) > 1 {
				v.tabs.SelectIndex(1)
			}
		})
	})
}

// openPartner shows a partner on the Mitra screen.
func (g *gui) openPartner(id model.ID) {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabMitra)
		g.leave(g.leaverOf(tabMitra), func() {
			p, err := g.db.Partner(id)
			if err != nil {
				g.showError("error.read", err)
				return
			}
			g.partners.edit(p)
		})
	})
}

// focusGlobalSearch shows Beranda and gives the keyboard to its search field.
func (g *gui) focusGlobalSearch() {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabBeranda)
		focus(g.win, g.home.search.entry)
	})
}

// stageTile is one stage of the pipeline: its count, big, and its short name; the
// whole tile is a button.
type stageTile struct {
	button *widget.Button
	count  *widget.Label
	name   *widget.Label
	box    fyne.CanvasObject
}

func newStageTile(s model.Stage, tapped func()) *stageTile {
	t := &stageTile{button: widget.NewButton("", tapped)}
	t.count = widget.NewLabel("0")
	t.count.Alignment = fyne.TextAlignCenter
	t.count.TextStyle = fyne.TextStyle{Bold: true}
	t.count.SizeName = theme.SizeNameHeadingText
	t.name = widget.NewLabel(fmt.Sprintf("%d. %s", int(s), lang.X("beranda.stage."+s.Key(), s.Name())))
	t.name.Alignment = fyne.TextAlignCenter
	t.name.Truncation = fyne.TextTruncateEllipsis
	t.name.SizeName = theme.SizeNameCaptionText
	t.box = container.NewStack(t.button, container.NewVBox(t.count, t.name))
	return t
}

func (t *stageTile) object() fyne.CanvasObject { return t.box }

func (t *stageTile) setCount(n int) { t.count.SetText(strconv.Itoa(n)) }

// A reminder's row: an icon of its kind, the partnership's title, what is due, and
// the date on the right.
func newReminderRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	text.SizeName = theme.SizeNameCaptionText
	due := widget.NewLabel("")
	due.SizeName = theme.SizeNameCaptionText
	// the list's scroll bar lies over the right edge; the date keeps clear of it
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(theme.Size(theme.SizeNameScrollBar), 0))
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewHBox(due, gap), container.NewVBox(title, text))
}

// setReminderRow shows r in a row; title is its partnership's, with its period.
func setReminderRow(o fyne.CanvasObject, r model.Reminder, title string) {
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	texts.Objects[0].(*widget.Label).SetText(title)
	texts.Objects[1].(*widget.Label).SetText(reminderText(r))
	c.Objects[1].(*widget.Icon).SetResource(reminderIcon(r.Kind))
	c.Objects[2].(*fyne.Container).Objects[0].(*widget.Label).SetText(shortDate(r.Due))
}

func reminderIcon(k model.ReminderKind) fyne.Resource {
	switch k {
	case model.ReminderAgreementEnding:
		return theme.DocumentIcon()
	case model.ReminderEvaluationDue:
		return theme.HistoryIcon()
	case model.ReminderActivityOverdue:
		return theme.CalendarIcon()
	}
	return theme.WarningIcon()
}

// reminderText is the reminder in the user's language.
func reminderText(r model.Reminder) string {
	params := map[string]any{"Stage": stageName(r.Stage)}
	for k, v := range r.Params() {
		if t, ok := v.(time.Time); ok {
			v = shortDate(t)
		}
		params[k] = v
	}
	return lang.X(r.Key(), r.Text(), params)
}

// shortDate is "26 Nov 2026", with the month in the user's language.
func shortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s %d", t.Day(), lang.X("beranda.month."+strconv.Itoa(int(t.Month())), t.Month().String()[:3]), t.Year())
}

// barChart draws labelled horizontal bars, one per row, in the theme's colours.
type barChart struct {
	widget.BaseWidget
	rows []barRow
}

type barRow struct {
	label string
	frac  float64 // 0 … 1 of the track
	value string
}

func newBarChart() *barChart {
	c := &barChart{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *barChart) set(rows []barRow) {
	c.rows = rows
	c.Refresh()
}

func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{c: c}
	r.Refresh()
	return r
}

type barRenderer struct {
	c       *barChart
	labels  []*canvas.Text
	tracks  []*canvas.Rectangle
	bars    []*canvas.Rectangle
	values  []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *barRenderer) Destroy()                     {}
func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *barRenderer) rowHeight() float32 {
	return fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.Padding()
}

func (r *barRenderer) labelWidth() float32 {
	w := float32(0)
	for _, l := range r.labels {
		w = max(w, l.MinSize().Width)
	}
	return w
}

func (r *barRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.InnerPadding()+r.labelWidth()+120+4*theme.Padding(), float32(len(r.labels))*r.rowHeight())
}

func (r *barRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	rowH := r.rowHeight()
	valueW := fyne.MeasureText("00000", theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	x0 := theme.InnerPadding() // line up with the headings' text
	labelW := min(r.labelWidth(), size.Width*0.45)
	trackX := x0 + labelW + 2*pad
	trackW := max(0, size.Width-trackX-valueW-2*pad)
	barH := rowH * 0.55
	for i := range r.labels {
		y := float32(i) * rowH
		r.labels[i].Move(fyne.NewPos(x0, y+(rowH-r.labels[i].MinSize().Height)/2))
		r.labels[i].Resize(fyne.NewSize(labelW, r.labels[i].MinSize().Height))
		r.tracks[i].Move(fyne.NewPos(trackX, y+(rowH-barH)/2))
		r.tracks[i].Resize(fyne.NewSize(trackW, barH))
		frac := float32(min(max(r.c.rows[i].frac, 0), 1))
		r.bars[i].Move(fyne.NewPos(trackX, y+(rowH-barH)/2))
		r.bars[i].Resize(fyne.NewSize(trackW*frac, barH))
		r.values[i].Move(fyne.NewPos(trackX+trackW+pad, y+(rowH-r.values[i].MinSize().Height)/2))
	}
}

// Refresh follows the rows and the theme (Fyne refreshes widgets when it changes).
func (r *barRenderer) Refresh() {
	rows := r.c.rows
	for len(r.labels) < len(rows) {
		r.labels = append(r.labels, canvas.NewText("", color.Black))
		r.tracks = append(r.tracks, canvas.NewRectangle(color.Black))
		r.bars = append(r.bars, canvas.NewRectangle(color.Black))
		r.values = append(r.values, canvas.NewText("", color.Black))
	}
	r.labels, r.tracks, r.bars, r.values = r.labels[:len(rows)], r.tracks[:len(rows)], r.bars[:len(rows)], r.values[:len(rows)]
	r.objects = r.objects[:0]
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := r.c.Theme()
	fg := th.Color(theme.ColorNameForeground, v)
	track := th.Color(theme.ColorNameInputBackground, v)
	bar := th.Color(theme.ColorNamePrimary, v)
	for i, row := range rows {
		r.labels[i].Text, r.labels[i].Color, r.labels[i].TextSize = row.label, fg, theme.TextSize()
		r.values[i].Text, r.values[i].Color, r.values[i].TextSize = row.value, fg, theme.TextSize()
		r.values[i].TextStyle = fyne.TextStyle{Bold: true}
		r.tracks[i].FillColor, r.tracks[i].CornerRadius = track, theme.InputRadiusSize()
		r.bars[i].FillColor, r.bars[i].CornerRadius = bar, theme.InputRadiusSize()
		r.objects = append(r.objects, r.labels[i], r.tracks[i], r.bars[i], r.values[i])
	}
	r.Layout(r.c.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}
