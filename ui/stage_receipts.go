package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// receiptsEditor is stage 5's Penerimaan: the money and goods actually received, each
// with its date and the contribution line of the agreement it fulfils. The annual
// report counts what was received in its year, beside what was planned.
type receiptsEditor struct {
	v       *partnershipView
	list    *rowList[model.Receipt]
	lines   []model.Contribution // the agreement's lines, as loaded
	summary *widget.Label
	content fyne.CanvasObject
}

func newReceiptsEditor(v *partnershipView) *receiptsEditor {
	r := &receiptsEditor{v: v}
	r.list = newRowList(lang.L("receipt.add"), lang.L("receipt.none"), r.row)
	r.list.stacked = true
	r.list.onChanged = func() {
		r.showSummary()
		v.changed()
	}
	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.summary.TextStyle = fyne.TextStyle{Bold: true}
	r.content = section(lang.L("receipt.section"), hintLabel(lang.L("receipt.hint")), r.list.object(), r.summary)
	return r
}

// lineLabel names a contribution line in the choice of what was received.
func lineLabel(c model.Contribution) string {
	s := strings.TrimSpace(c.What)
	if s == "" {
		s = contributionKindLabel(c.Kind)
	}
	return s + " (" + c.Amount.String() + ")"
}

func (r *receiptsEditor) row(changed func()) rowEditor[model.Receipt] {
	date := newDateEntry(changed)
	amount := newRupiahEntry(changed)
	line := widget.NewSelect(nil, func(string) { changed() })
	line.PlaceHolder = lang.L("receipt.line")
	note := widget.NewEntry()
	note.PlaceHolder = lang.L("receipt.note")
	note.OnChanged = func(string) { changed() }
	var oldDate time.Time
	var lines []model.Contribution
	options := func() {
		lines = nil
		for _, c := range r.lines {
			if c.From != model.GiverSchool && c.ID != "" {
				lines = append(lines, c)
			}
		}
		line.SetOptions(labelsOf(lines, lineLabel))
	}
	options()
	return rowEditor[model.Receipt]{
		// the line on a line of its own: its names are long, and the form is narrow
		// on a laptop at 125 %
		object: container.NewVBox(
			line,
			container.NewBorder(nil, nil, fixedWidth(dateWidth, date), nil, amount),
			note),
		get: func() (model.Receipt, error) {
			d, err := readDate(date, oldDate)
			if err != nil {
				return model.Receipt{}, err
			}
			a, err := amount.amount()
			if err != nil {
				return model.Receipt{}, err
			}
			var id model.ID
			if i := line.SelectedIndex(); i >= 0 && i < len(lines) {
				id = lines[i].ID
			}
			return model.Receipt{Date: d, Line: id, Amount: a, Note: strings.TrimSpace(note.Text)}, nil
		},
		set: func(rc model.Receipt) {
			options()
			oldDate = rc.Date
			setDateValue(date, rc.Date)
			amount.setAmount(rc.Amount, rc.Amount == 0)
			line.ClearSelected()
			for i, c := range lines {
				if c.ID == rc.Line {
					line.SetSelectedIndex(i)
				}
			}
			note.SetText(rc.Note)
		},
	}
}

func (r *receiptsEditor) load(p model.Partnership) {
	r.lines = p.Agreement.Contributions
	r.list.setValues(p.Receipts)
	r.showSummary()
}

func (r *receiptsEditor) apply(p *model.Partnership, show bool) bool {
	rs, ok := read(r.list, show)
	p.Receipts = nil
	for _, rc := range rs {
		if rc.Amount != 0 || !rc.Date.IsZero() || rc.Note != "" || rc.Line != "" {
			p.Receipts = append(p.Receipts, rc)
		}
	}
	return ok
}

// place shows the problems of a receipt under its row; it returns the others.
func (r *receiptsEditor) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "receipts"); i >= 0 {
			r.list.setRowError(i, problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// showSummary says what was received of what the agreement plans.
func (r *receiptsEditor) showSummary() {
	rs, _ := r.list.peek()
	var got []model.Rupiah
	for _, rc := range rs {
		got = append(got, rc.Amount)
	}
	received, err := model.Sum(got...)
	t, err2 := model.Agreement{Contributions: r.lines}.ContributionTotals()
	if err != nil || err2 != nil {
		r.summary.SetText(lang.L("validation.sumtoolarge"))
		return
	}
	r.summary.SetText(lang.L("receipt.summary", map[string]string{"Received": received.String(),
		"Planned": (t.Partner + t.Others).String()}))
}
