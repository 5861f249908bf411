package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// evaluationsForm is stage 6, Monitoring dan Evaluasi: the evaluations recorded, each
// edited in a dialog.
type evaluationsForm struct {
	v       *partnershipView
	list    *rowList[model.Evaluation]
	content fyne.CanvasObject

	// the evaluation dialog's inputs, while it is shown (tests drive them)
	dlgDate     *dateEntry
	dlgValues   []*widget.Entry
	dlgRatings  [model.NumBenefits]*widget.Select
	dlgFindings *widget.Entry
	dlgFollowUp *widget.Entry
}

func benefitLabel(b model.Benefit) string { return lang.X("benefit."+b.Key(), b.Name()) }

// ratingOptions are a benefit's ratings with the words the monitoring report prints
// beside them ("3 — Baik"), after "Belum dinilai", which clears a rating given.
func ratingOptions() []string {
	out := []string{ratingLabel(0)}
	for r := 1; r <= model.MaxRating; r++ {
		out = append(out, ratingLabel(r))
	}
	return out
}

// ratingLabel is "3 — Baik", or "– Belum dinilai" for 0.
func ratingLabel(r int) string {
	word := lang.X("rating."+strconv.Itoa(r), model.RatingWord(r))
	if r == 0 {
		return "– " + word
	}
	return strconv.Itoa(r) + " — " + word
}

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
		parts[0] = longDate(e.Date)
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
		s := widget.NewSelect(ratingOptions(), nil)
		s.PlaceHolder = ratingLabel(0)
		if r := e.Ratings[b]; r >= 1 && r <= model.MaxRating {
			s.SetSelectedIndex(r)
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
				out.Ratings[b] = max(f.dlgRatings[b].SelectedIndex(), 0) // "Belum dinilai" clears it
			}
			out.Findings = strings.TrimSpace(f.dlgFindings.Text)
			out.FollowUp = strings.TrimSpace(f.dlgFollowUp.Text)
			done(out)
		}, v.g.win)
	d.Resize(fitDialog(v.g.win, fyne.NewSize(600, 600)))
	d.Show()
}

func (f *evaluationsForm) load(p model.Partnership) { f.list.setValues(p.Evaluations) }

func (f *evaluationsForm) apply(p *model.Partnership, show bool) bool {
	es, ok := read(f.list, show)
	p.Evaluations = es
	return ok
}

// meets: Tambah evaluasi records one.
func (f *evaluationsForm) meets(key string) fyne.CanvasObject {
	if key == "check.evaluation.recorded" {
		return f.list.addButton
	}
	return nil
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
