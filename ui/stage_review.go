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

// reviewForm is stage 7, Peninjauan dan Perpanjangan: the review and its decision.
type reviewForm struct {
	v          *partnershipView
	fs         *fieldSet
	summary    *widget.Entry
	decision   *widget.RadioGroup
	date       *dateEntry
	extendNote *widget.Label
	old        time.Time
	content    fyne.CanvasObject
}

func decisionLabel(d model.Decision) string { return lang.X("decision."+string(d), d.Label()) }

func newReviewForm(v *partnershipView) *reviewForm {
	f := &reviewForm{v: v, fs: newFieldSet()}
	f.summary = v.multiEntry(f.fs, "review.summary", lang.L("review.summary"), lang.L("review.summary.hint"), 5)
	f.decision = widget.NewRadioGroup(labelsOf(model.Decisions, decisionLabel), func(string) { v.changed() })
	f.fs.add("review.decision", lang.L("review.decision"), f.decision, lang.L("review.decision.hint"))
	f.date = v.dateField(f.fs, "review.date", lang.L("review.date"), "")
	f.extendNote = widget.NewLabel("")
	f.extendNote.Wrapping = fyne.TextWrapWord
	f.extendNote.TextStyle = fyne.TextStyle{Italic: true}
	f.content = container.NewVBox(
		section(lang.L("review.section"), stacked(f.fs, "review.summary", "review.decision", "review.date")),
		section(lang.L("review.section.extend"), f.extendNote),
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
	f.showExtendNote(p)
}

// showExtendNote says, above Buat periode baru, whether the stored partnership p
// can be extended (updateActions enables the button).
func (f *reviewForm) showExtendNote(p model.Partnership) {
	switch {
	case p.NextID != "":
		f.extendNote.SetText(lang.L("review.extend.done"))
	case p.CanExtend():
		f.extendNote.SetText(lang.L("review.extend.ready"))
	default:
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

func (f *reviewForm) meets(key string) fyne.CanvasObject {
	if key == "check.review.decision" {
		return f.decision
	}
	return nil
}
