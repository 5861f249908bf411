package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// stageForm is the form of one stage (stage_need.go … stage_review.go).
type stageForm interface {
	object() fyne.CanvasObject
	// load puts p in the widgets.
	load(p model.Partnership)
	// apply writes the widgets into p. It reports false when a field cannot be read
	// (an amount or a date that is not one); with show, that field says why.
	apply(p *model.Partnership, show bool) bool
	// place shows the problems that belong to this form at their fields, clears the
	// others, and returns the problems it has no field for.
	place(problems model.Problems) model.Problems
	// meets is the widget where the person meets the requirement of the stage's
	// checklist with that key ("check.need.category"), nil when none is.
	meets(key string) fyne.CanvasObject
}

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

func (v *partnershipView) dateField(fs *fieldSet, name, label, hint string) *dateEntry {
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
