package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Helpers the stage forms share: fields whose edits reach the checklist at once,
// labels above their inputs (the form column is narrow) and sections as cards.

func (v *partnershipView) entry(fs *fieldSet, name, label, hint string) *widget.Entry {
	e := fs.entry(name, label, hint)
	e.OnChanged = clearOnChange(fs.field(name), func(string) { v.changed() })
	return e
}

func (v *partnershipView) multiEntry(fs *fieldSet, name, label, hint string, rows int) *widget.Entry {
	e := fs.multiEntry(name, label, hint, rows)
	e.OnChanged = clearOnChange(fs.field(name), func(string) { v.changed() })
	return e
}

func (v *partnershipView) selectField(fs *fieldSet, name, label string, options []string) *widget.Select {
	s := widget.NewSelect(options, nil)
	s.PlaceHolder = lang.L("form.choose")
	f := fs.add(name, label, s, "")
	s.OnChanged = func(string) {
		f.setError("")
		v.changed()
	}
	return s
}

func (v *partnershipView) dateField(fs *fieldSet, name, label, hint string) *widget.DateEntry {
	var f *field
	e := newDateEntry(func() {
		if f != nil && f.err.Visible() {
			f.setError("")
		}
		v.changed()
	})
	f = fs.add(name, label, e, hint)
	return e
}

func (v *partnershipView) rupiahField(fs *fieldSet, name, label, hint string) *rupiahEntry {
	var f *field
	e := newRupiahEntry(func() {
		if f != nil && f.err.Visible() {
			f.setError("")
		}
		v.changed()
	})
	f = fs.add(name, label, e, hint)
	return e
}

// stacked lays fields out with each label above its input.
func stacked(fs *fieldSet, names ...string) fyne.CanvasObject {
	c := container.NewVBox()
	for _, n := range names {
		f := fs.field(n)
		f.label.Alignment = fyne.TextAlignLeading
		c.Add(container.NewVBox(f.label, f.cell))
	}
	return c
}

// labeled is a label above any object (a row list, a check group).
func labeled(text string, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), o)
}

func section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	return widget.NewCard("", title, container.NewVBox(objs...))
}

// fixedWidth gives o a fixed width.
func fixedWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// selectedOf is the value chosen in s among values, the zero value when none.
func selectedOf[T any](s *widget.Select, values []T) T {
	var zero T
	if i := s.SelectedIndex(); i >= 0 && i < len(values) {
		return values[i]
	}
	return zero
}

// selectValue chooses v among values in s, or nothing.
func selectValue[T comparable](s *widget.Select, values []T, v T) {
	if i := indexOf(values, v); i >= 0 {
		s.SetSelectedIndex(i)
	} else {
		s.ClearSelected()
	}
}

// needForm is stage 1, Identifikasi Kebutuhan.
type needForm struct {
	v        *partnershipView
	fs       *fieldSet
	title    *widget.Entry
	category *widget.Select
	need     *widget.Entry
	benefit  *widget.CheckGroup
	priority *widget.RadioGroup
	content  fyne.CanvasObject
}

func beneficiaryLabel(b model.Beneficiary) string { return lang.X("beneficiary."+string(b), b.Label()) }
func priorityLabel(p model.Priority) string       { return lang.X("priority."+string(p), p.Label()) }

func newNeedForm(v *partnershipView) *needForm {
	f := &needForm{v: v, fs: newFieldSet()}
	f.title = v.entry(f.fs, "title", lang.L("partnership.title"), lang.L("partnership.title.hint"))
	f.category = v.selectField(f.fs, "category", lang.L("partnership.category"), labelsOf(model.NeedCategories, needLabel))
	f.need = v.multiEntry(f.fs, "need", lang.L("partnership.need"), lang.L("partnership.need.hint"), 4)
	f.benefit = widget.NewCheckGroup(labelsOf(model.Beneficiaries, beneficiaryLabel), func([]string) { v.changed() })
	f.benefit.Horizontal = true
	f.fs.add("beneficiaries", lang.L("need.beneficiaries"), f.benefit, "")
	f.priority = widget.NewRadioGroup(labelsOf(model.Priorities, priorityLabel), func(string) { v.changed() })
	f.priority.Horizontal = true
	f.fs.add("priority", lang.L("need.priority"), f.priority, "")
	f.content = container.NewVBox(
		section(lang.L("need.section"), stacked(f.fs, "title", "category", "need", "beneficiaries", "priority")))
	return f
}

func (f *needForm) object() fyne.CanvasObject { return f.content }

func (f *needForm) load(p model.Partnership) {
	f.title.SetText(p.Title)
	selectValue(f.category, model.NeedCategories, p.Need.Category)
	f.need.SetText(p.Need.Description)
	f.benefit.SetSelected(labelsOf(p.Need.Beneficiaries, beneficiaryLabel))
	if p.Need.Priority == "" {
		f.priority.SetSelected("")
	} else {
		f.priority.SetSelected(priorityLabel(p.Need.Priority))
	}
}

func (f *needForm) apply(p *model.Partnership, show bool) bool {
	p.Title = strings.TrimSpace(f.title.Text)
	p.Need.Category = selectedOf(f.category, model.NeedCategories)
	p.Need.Description = strings.TrimSpace(f.need.Text)
	var bs []model.Beneficiary
	for _, b := range model.Beneficiaries {
		if indexOf(f.benefit.Selected, beneficiaryLabel(b)) >= 0 {
			bs = append(bs, b)
		}
	}
	p.Need.Beneficiaries = bs
	p.Need.Priority = ""
	for _, pr := range model.Priorities {
		if f.priority.Selected == priorityLabel(pr) {
			p.Need.Priority = pr
		}
	}
	return true
}

func (f *needForm) place(problems model.Problems) model.Problems { return f.fs.show(problems) }
