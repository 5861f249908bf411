package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// A field is one row of a form: a label, the input, an optional hint under it and the
// message of what is wrong with it, shown right at the field.
type field struct {
	name  string // the model's field name, as model.FieldError.Field says it
	label *widget.Label
	input fyne.CanvasObject
	entry *widget.Entry // when the input is an entry
	hint  *widget.Label
	err   *widget.Label
	warn  *widget.Label // a warning that does not stop a save (setWarning)
	cell  *fyne.Container
	grow  func() // a multi-line entry grows with its text (wheel.go)
}

// fieldSet is a form made of fields, laid out as two columns (label, input).
type fieldSet struct {
	fields []*field
	byName map[string]*field
}

func newFieldSet() *fieldSet { return &fieldSet{byName: map[string]*field{}} }

// add appends a row; name is the model's field name (for its problems), text the
// translated label, hint an optional translated hint.
func (fs *fieldSet) add(name, text string, input fyne.CanvasObject, hint string) *field {
	f := &field{name: name, input: input}
	f.label = widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	f.hint = widget.NewLabel(hint)
	f.hint.Wrapping = fyne.TextWrapWord
	f.hint.SizeName = theme.SizeNameCaptionText
	f.hint.TextStyle = fyne.TextStyle{Italic: true}
	if hint == "" {
		f.hint.Hide()
	}
	f.err = widget.NewLabel("")
	f.err.Wrapping = fyne.TextWrapWord
	f.err.Importance = widget.DangerImportance
	f.err.Hide()
	f.warn = widget.NewLabel("")
	f.warn.Wrapping = fyne.TextWrapWord
	f.warn.Importance = widget.WarningImportance
	f.warn.Hide()
	switch e := input.(type) {
	case *widget.Entry:
		f.entry = e
	case *dateEntry:
		f.entry = &e.Entry // a wrong date, or one out of order, is marked at the field too
	}
	if f.entry != nil {
		f.entry.AlwaysShowValidationError = true
	}
	f.cell = container.NewVBox(input, f.err, f.warn, f.hint)
	fs.fields = append(fs.fields, f)
	fs.byName[name] = f
	return f
}

// object is the form's canvas object.
func (fs *fieldSet) object() fyne.CanvasObject {
	c := container.New(layout.NewFormLayout())
	for _, f := range fs.fields {
		c.Add(f.label)
		c.Add(f.cell)
	}
	return c
}

// setError shows msg at the field; "" clears it.
func (f *field) setError(msg string) {
	if msg == "" {
		if f.err.Visible() || f.err.Text != "" {
			f.err.SetText("")
			f.err.Hide()
		}
		if f.entry != nil {
			f.entry.SetValidationError(nil)
		}
		return
	}
	f.err.SetText(msg)
	f.err.Show()
	if f.entry != nil {
		f.entry.SetValidationError(errors.New(msg))
	}
}

// setWarning shows msg under the field as a warning (something worth a second look
// that a save does not refuse); "" clears it.
func (f *field) setWarning(msg string) {
	if f.warn.Text == msg {
		return
	}
	f.warn.SetText(msg)
	setVisible(f.warn, msg != "")
}

// errorText is the message shown at the field, "" when none.
func (f *field) errorText() string {
	if !f.err.Visible() {
		return ""
	}
	return f.err.Text
}

// clear removes every message.
func (fs *fieldSet) clear() {
	for _, f := range fs.fields {
		f.setError("")
	}
}

// show puts each problem at its field and reports the problems no field shows
// (so the caller can show them in a dialog).
func (fs *fieldSet) show(problems model.Problems) (unplaced model.Problems) {
	fs.clear()
	shown := map[string]bool{}
	for _, p := range problems {
		f, ok := fs.byName[p.Field]
		if !ok {
			unplaced = append(unplaced, p)
			continue
		}
		if shown[p.Field] {
			continue // the first problem of a field is the one to fix first
		}
		shown[p.Field] = true
		f.setError(problemText(p))
	}
	return unplaced
}

// field returns the field of the given name.
func (fs *fieldSet) field(name string) *field { return fs.byName[name] }

// clearOnChange clears a field's message as soon as the person edits it, then calls next.
func clearOnChange(f *field, next func(string)) func(string) {
	return func(s string) {
		if f.grow != nil {
			f.grow()
		}
		if f.err.Visible() {
			f.setError("")
		}
		if next != nil {
			next(s)
		}
	}
}

// newEntry returns a single-line entry whose message clears when edited.
func (fs *fieldSet) entry(name, text, hint string) *widget.Entry {
	e := widget.NewEntry()
	f := fs.add(name, text, e, hint)
	e.OnChanged = clearOnChange(f, nil)
	return e
}

// multiEntry returns a multi-line entry of the given visible rows.
func (fs *fieldSet) multiEntry(name, text, hint string, rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	f := fs.add(name, text, e, hint)
	f.grow = growWithText(e, rows)
	e.OnChanged = clearOnChange(f, nil)
	return e
}
