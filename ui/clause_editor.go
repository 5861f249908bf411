package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model/clause"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// clauseEditor edits the wording of one article as a principal reads it: plain
// Indonesian with named fields («nama sekolah»), which "Sisipkan isian" inserts at the
// cursor from a list; the program fills them when the agreement prints, numbers the
// ayat and letters and ends the list items. What cannot be filled in (a field name
// that is not in the list) is said under the editor. A wording kept from before
// fields existed, which the program could not turn into plain text, is shown read-only
// with what to do: it still prints as it did.
type clauseEditor struct {
	name    string // the article
	entry   *widget.Entry
	insert  *widget.Button
	legacy  *widget.Label // shown for an old template
	problem *widget.Label
	content fyne.CanvasObject
	// onChanged runs after every edit, with the text.
	onChanged func(string)
	setting   bool
}

func newClauseEditor(name string, rows int, onChanged func(string)) *clauseEditor {
	c := &clauseEditor{name: name, onChanged: onChanged}
	c.entry = widget.NewMultiLineEntry()
	c.entry.Wrapping = fyne.TextWrapWord
	c.entry.SetMinRowsVisible(rows)
	c.entry.OnChanged = func(s string) {
		if c.setting {
			return
		}
		c.check()
		if c.onChanged != nil {
			c.onChanged(s)
		}
	}
	c.insert = widget.NewButtonWithIcon(lang.L("clause.insert"), theme.ContentAddIcon(), nil)
	c.insert.Importance = widget.LowImportance
	c.insert.OnTapped = c.showFields
	c.legacy = widget.NewLabel(lang.L("clause.legacy"))
	c.legacy.Wrapping = fyne.TextWrapWord
	c.legacy.Importance = widget.WarningImportance
	c.legacy.Hide()
	c.problem = widget.NewLabel("")
	c.problem.Wrapping = fyne.TextWrapWord
	c.problem.Importance = widget.DangerImportance
	c.problem.Hide()
	c.content = container.NewVBox(c.legacy, c.entry, c.problem)
	return c
}

// setText shows text without calling onChanged.
func (c *clauseEditor) setText(text string) {
	c.setting = true
	c.entry.SetText(text)
	c.setting = false
	if clause.Plain(text) {
		c.legacy.Hide()
		c.entry.Enable()
		c.insert.Enable()
	} else {
		c.legacy.Show()
		c.entry.Disable()
		c.insert.Disable()
	}
	c.check()
}

func (c *clauseEditor) text() string { return c.entry.Text }

// fieldLabel is how the list names a field: «nama sekolah» — what it is filled with.
func fieldLabel(f clause.Field) string {
	return f.Mark() + " — " + lang.X("clause.field."+f.Key, f.Help)
}

// showFields opens the list of fields under the button; the one chosen is inserted.
func (c *clauseEditor) showFields() {
	var items []*fyne.MenuItem
	for _, f := range clause.Fields {
		items = append(items, fyne.NewMenuItem(fieldLabel(f), func() { c.insertField(f) }))
	}
	canvas := fyne.CurrentApp().Driver().CanvasForObject(c.insert)
	if canvas == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c.insert).AddXY(0, c.insert.Size().Height)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), canvas, pos)
}

// insertField types the field's mark at the cursor; a list field goes on a line of
// its own.
func (c *clauseEditor) insertField(f clause.Field) {
	mark := f.Mark()
	if f.Block {
		text := []rune(c.entry.Text)
		at := c.entry.CursorTextOffset()
		if at > len(text) {
			at = len(text)
		}
		if at > 0 && text[at-1] != '\n' {
			mark = "\n" + mark
		}
		if at < len(text) && text[at] != '\n' {
			mark += "\n"
		}
	}
	for _, r := range mark {
		c.entry.TypedRune(r)
	}
	if w := fyne.CurrentApp().Driver().CanvasForObject(c.entry); w != nil {
		w.Focus(c.entry)
	}
}

// check says under the editor what in the text cannot be filled in.
func (c *clauseEditor) check() bool {
	err := pdf.CheckClause(c.name, c.entry.Text)
	if err == nil || !clause.Plain(c.entry.Text) {
		c.problem.Hide()
		return err == nil
	}
	c.problem.SetText(clauseProblem(err))
	c.problem.Show()
	return false
}

// clauseProblem says what is wrong with a wording, in the user's language.
func clauseProblem(err error) string {
	var ce *pdf.ClauseError
	if !errors.As(err, &ce) {
		return errText(err)
	}
	msg := ce.Msg
	if ce.Key != "" {
		msg = lang.X(ce.Key, ce.Msg, ce.Args)
	}
	if ce.Line > 0 {
		return lang.L("clause.problem.line", map[string]any{"Line": ce.Line, "Msg": msg})
	}
	return strings.TrimSpace(msg)
}
