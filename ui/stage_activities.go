package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// activitiesForm is stage 5, Implementasi: the activities and where each stands.
type activitiesForm struct {
	v       *partnershipView
	list    *rowList[model.Activity]
	content fyne.CanvasObject
}

func activityStatusLabel(s model.ActivityStatus) string {
	return lang.X("activity.status."+string(s), s.Label())
}

func newActivitiesForm(v *partnershipView) *activitiesForm {
	f := &activitiesForm{v: v}
	f.list = newRowList(lang.L("activity.add"), lang.L("activity.none"), activityRow)
	f.list.onChanged = v.changed
	f.list.stacked = true
	hint := widget.NewLabel(lang.L("activity.hint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle = fyne.TextStyle{Italic: true}
	f.content = container.NewVBox(section(lang.L("activity.section"), hint, f.list.object()))
	return f
}

func (f *activitiesForm) object() fyne.CanvasObject { return f.content }

func activityRow(changed func()) rowEditor[model.Activity] {
	var old model.Activity
	date := newDateEntry(changed)
	title := widget.NewEntry()
	title.PlaceHolder = lang.L("activity.title")
	title.OnChanged = func(string) { changed() }
	desc := widget.NewMultiLineEntry()
	desc.Wrapping = fyne.TextWrapWord
	desc.SetMinRowsVisible(2)
	desc.PlaceHolder = lang.L("activity.description")
	desc.OnChanged = func(string) { changed() }
	people := widget.NewEntry()
	people.PlaceHolder = lang.L("activity.people")
	people.OnChanged = func(string) { changed() }
	status := widget.NewSelect(labelsOf(model.ActivityStatuses, activityStatusLabel), func(string) { changed() })
	obj := container.NewVBox(title,
		container.NewBorder(nil, nil, fixedWidth(dateWidth, date), nil, status),
		desc, people)
	return rowEditor[model.Activity]{
		object: widget.NewCard("", "", obj),
		get: func() (model.Activity, error) {
			d, err := readDate(date, old.Date)
			st := selectedOf(status, model.ActivityStatuses)
			if st == "" {
				st = model.ActivityPlanned
			}
			return model.Activity{ID: old.ID, Date: d, Title: strings.TrimSpace(title.Text),
				Description: strings.TrimSpace(desc.Text), People: strings.TrimSpace(people.Text), Status: st}, err
		},
		set: func(a model.Activity) {
			old = a
			setDateValue(date, a.Date)
			title.SetText(a.Title)
			desc.SetText(a.Description)
			people.SetText(a.People)
			if a.Status == "" {
				a.Status = model.ActivityPlanned
			}
			selectValue(status, model.ActivityStatuses, a.Status)
		},
	}
}

func (f *activitiesForm) load(p model.Partnership) { f.list.setValues(p.Activities) }

func (f *activitiesForm) apply(p *model.Partnership, show bool) bool {
	acts, ok := read(f.list, show)
	p.Activities = nil
	for _, a := range acts {
		if a.ID != "" || a.Title != "" || a.Description != "" || a.People != "" || !a.Date.IsZero() {
			p.Activities = append(p.Activities, a)
		}
	}
	return ok
}

func (f *activitiesForm) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "activities"); i >= 0 {
			f.list.setRowError(i, problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// evaluationsForm is stage 6, Monitoring dan Evaluasi: the evaluations recorded, each
// edited in a dialog.
type evaluationsForm struct {
	v       *partnershipView
	list    *rowList[model.Evaluation]
	content fyne.CanvasObject

	// the evaluation dialog's inputs, while it is shown (tests drive them)
	dlgDate     *widget.DateEntry
	dlgValues   []*widget.Entry
	dlgRatings  [model.NumBenefits]*widget.Select
	dlgFindings *widget.Entry
	dlgFollowUp *widget.Entry
}

func benefitLabel(b model.Benefit) string { return lang.X("benefit."+b.Key(), b.Name()) }

var ratingOptions = []string{"1", "2", "3", "4", "5"}

func newEvaluationsForm(v *partnershipView) *evaluationsForm {
	f := &evaluationsForm{v: v}
	f.list = newRowList(lang.L("evaluation.add"), lang.L("evaluation.none"), f.evaluationRow)
	f.list.onChanged = v.changed
	f.list.onAdd = func() {
		f.edit(model.Evaluation{}, func(e model.Evaluation) { f.list.add(e) })
	}
	f.content = container.NewVBox(section(lang.L("evaluation.section"), f.list.object()))
	return f
}

func (f *evaluationsForm) object() fyne.CanvasObject { return f.content }

// evaluationRow shows one evaluation as a summary, with a button that edits it.
func (f *evaluationsForm) evaluationRow(changed func()) rowEditor[model.Evaluation] {
	var cur model.Evaluation
	summary := widget.NewLabel("")
	summary.Wrapping = fyne.TextWrapWord
	show := func() { summary.SetText(evaluationSummary(cur)) }
	edit := widget.NewButtonWithIcon(lang.L("evaluation.edit"), theme.DocumentCreateIcon(), func() {
		f.edit(cur, func(e model.Evaluation) {
			cur = e
			show()
			changed()
		})
	})
	return rowEditor[model.Evaluation]{
		object: container.NewBorder(nil, nil, nil, container.NewVBox(edit), summary),
		get:    func() (model.Evaluation, error) { return cur, nil },
		set: func(e model.Evaluation) {
			cur = e
			show()
		},
	}
}

// evaluationSummary is "26 November 2026 · rata-rata 4,2 · 2 indikator".
func evaluationSummary(e model.Evaluation) string {
	parts := []string{lang.L("evaluation.nodate")}
	if !e.Date.IsZero() {
		parts[0] = model.LongDate(e.Date)
	}
	sum, n := 0, 0
	for _, r := range e.Ratings {
		if r > 0 {
			sum += r
			n++
		}
	}
	if n > 0 {
		parts = append(parts, lang.L("evaluation.average", map[string]any{
			"Avg": strings.Replace(strconv.FormatFloat(float64(sum)/float64(n), 'f', 1, 64), ".", ",", 1)}))
	}
	for _, v := range e.Values {
		parts = append(parts, fmt.Sprintf("%s %s/%s %s", v.Indicator, formatNumber(v.Achieved), formatNumber(v.Target), v.Unit))
	}
	if e.Findings != "" {
		parts = append(parts, e.Findings)
	}
	return strings.Join(parts, " · ")
}

// edit opens the evaluation form for e; done gets the evaluation when confirmed.
func (f *evaluationsForm) edit(e model.Evaluation, done func(model.Evaluation)) {
	v := f.v
	if e.ID == "" && len(e.Values) == 0 {
		// a new evaluation measures the proposal's indicators
		p, _ := v.collect(false)
		for _, ind := range p.Proposal.Indicators {
			e.Values = append(e.Values, model.IndicatorValue{Indicator: ind.Name, Target: ind.Target, Unit: ind.Unit})
		}
	}
	if e.Date.IsZero() {
		e.Date = civilDate(v.g.opts.Now())
	}
	f.dlgDate = newDateEntry(nil)
	setDateValue(f.dlgDate, e.Date)
	items := []*widget.FormItem{widget.NewFormItem(lang.L("evaluation.date"), f.dlgDate)}
	f.dlgValues = nil
	for _, val := range e.Values {
		en := widget.NewEntry()
		if val.Achieved != 0 {
			en.SetText(formatNumber(val.Achieved))
		}
		en.Validator = func(s string) error { _, err := parseNumber(s); return err }
		f.dlgValues = append(f.dlgValues, en)
		it := widget.NewFormItem(val.Indicator, en)
		it.HintText = lang.L("evaluation.target", map[string]any{"Target": formatNumber(val.Target), "Unit": val.Unit})
		items = append(items, it)
	}
	for b := model.Benefit(0); b < model.NumBenefits; b++ {
		s := widget.NewSelect(ratingOptions, nil)
		s.PlaceHolder = "–"
		if r := e.Ratings[b]; r >= 1 && r <= 5 {
			s.SetSelectedIndex(r - 1)
		}
		f.dlgRatings[b] = s
		items = append(items, widget.NewFormItem(benefitLabel(b), s))
	}
	f.dlgFindings = widget.NewMultiLineEntry()
	f.dlgFindings.Wrapping = fyne.TextWrapWord
	f.dlgFindings.SetText(e.Findings)
	f.dlgFollowUp = widget.NewMultiLineEntry()
	f.dlgFollowUp.Wrapping = fyne.TextWrapWord
	f.dlgFollowUp.SetText(e.FollowUp)
	items = append(items, widget.NewFormItem(lang.L("evaluation.findings"), f.dlgFindings),
		widget.NewFormItem(lang.L("evaluation.followup"), f.dlgFollowUp))

	d := dialog.NewForm(lang.L("evaluation.title"), lang.L("evaluation.apply"), lang.L("action.cancel"), items,
		func(ok bool) {
			if !ok {
				return
			}
			out := e
			if d, err := readDate(f.dlgDate, e.Date); err == nil && !d.IsZero() {
				out.Date = d
			}
			out.Values = append([]model.IndicatorValue(nil), e.Values...)
			for i, en := range f.dlgValues {
				out.Values[i].Achieved, _ = parseNumber(en.Text)
			}
			for b := range out.Ratings {
				out.Ratings[b] = f.dlgRatings[b].SelectedIndex() + 1
			}
			out.Findings = strings.TrimSpace(f.dlgFindings.Text)
			out.FollowUp = strings.TrimSpace(f.dlgFollowUp.Text)
			done(out)
		}, v.g.win)
	d.Resize(fyne.NewSize(560, 600))
	d.Show()
}

func (f *evaluationsForm) load(p model.Partnership) { f.list.setValues(p.Evaluations) }

func (f *evaluationsForm) apply(p *model.Partnership, show bool) bool {
	es, ok := read(f.list, show)
	p.Evaluations = es
	return ok
}

func (f *evaluationsForm) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "evaluations"); i >= 0 {
			f.list.setRowError(i, problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// reviewForm is stage 7, Peninjauan dan Perpanjangan: the review and its decision.
type reviewForm struct {
	v            *partnershipView
	fs           *fieldSet
	summary      *widget.Entry
	decision     *widget.RadioGroup
	date         *widget.DateEntry
	extendButton *widget.Button
	extendNote   *widget.Label
	old          time.Time
	content      fyne.CanvasObject
}

func decisionLabel(d model.Decision) string { return lang.X("decision."+string(d), d.Label()) }

func newReviewForm(v *partnershipView) *reviewForm {
	f := &reviewForm{v: v, fs: newFieldSet()}
	f.summary = v.multiEntry(f.fs, "review.summary", lang.L("review.summary"), lang.L("review.summary.hint"), 5)
	f.decision = widget.NewRadioGroup(labelsOf(model.Decisions, decisionLabel), func(string) { v.changed() })
	f.fs.add("review.decision", lang.L("review.decision"), f.decision, lang.L("review.decision.hint"))
	f.date = v.dateField(f.fs, "review.date", lang.L("review.date"), "")
	f.extendButton = widget.NewButtonWithIcon(lang.L("review.extend"), theme.ContentAddIcon(), v.extend)
	f.extendNote = widget.NewLabel("")
	f.extendNote.Wrapping = fyne.TextWrapWord
	f.extendNote.TextStyle = fyne.TextStyle{Italic: true}
	f.content = container.NewVBox(
		section(lang.L("review.section"), stacked(f.fs, "review.summary", "review.decision", "review.date")),
		section(lang.L("review.section.extend"), f.extendNote, container.NewHBox(f.extendButton)),
	)
	return f
}

func (f *reviewForm) object() fyne.CanvasObject { return f.content }

func (f *reviewForm) load(p model.Partnership) {
	f.old = p.Review.Date
	f.summary.SetText(p.Review.Summary)
	if p.Review.Decision == "" {
		f.decision.SetSelected("")
	} else {
		f.decision.SetSelected(decisionLabel(p.Review.Decision))
	}
	setDateValue(f.date, p.Review.Date)
}

// updateExtend enables Buat periode baru once a review that decided to extend is saved.
func (f *reviewForm) updateExtend() {
	p := f.v.stored
	switch {
	case p.NextID != "":
		f.extendButton.Disable()
		f.extendNote.SetText(lang.L("review.extend.done"))
	case p.Stage == model.StagePeninjauan && p.Review.Decision == model.DecisionExtend:
		f.extendButton.Enable()
		f.extendNote.SetText(lang.L("review.extend.ready"))
	default:
		f.extendButton.Disable()
		f.extendNote.SetText(lang.L("review.extend.notyet"))
	}
}

func (f *reviewForm) apply(p *model.Partnership, show bool) bool {
	p.Review.Summary = strings.TrimSpace(f.summary.Text)
	p.Review.Decision = ""
	for _, d := range model.Decisions {
		if f.decision.Selected == decisionLabel(d) {
			p.Review.Decision = d
		}
	}
	d, err := readDate(f.date, f.old)
	if err != nil {
		if show {
			f.fs.field("review.date").setError(errText(err))
		}
		return false
	}
	p.Review.Date = d
	return true
}

func (f *reviewForm) place(problems model.Problems) model.Problems { return f.fs.show(problems) }
