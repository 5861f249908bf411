package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// checklistWidth is the width of the checklist column beside a stage's form.
const checklistWidth = 280

// buildChecklist is the column beside a stage's form: the checklist of the stage
// shown, how much of it is met, and Lanjut ke tahap berikutnya and Buka kembali.
func (v *partnershipView) buildChecklist() fyne.CanvasObject {
	v.checkTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.checkTitle.Wrapping = fyne.TextWrapWord
	v.checkRows = container.NewVBox()
	v.checkCount = widget.NewLabel("")
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(checklistWidth, 0))
	col := container.NewVBox(v.checkTitle, v.checkRows, v.checkCount, v.advanceButton, v.reopenButton)
	return container.NewHBox(widget.NewSeparator(), container.NewStack(width, container.NewVScroll(col)))
}

// checkItem is one line of the checklist: a tick or a cross, and the requirement.
type checkItem struct {
	key  string // the requirement's key, "check.need.category"
	done bool
	icon *widget.Icon
	text *widget.Label
	row  fyne.CanvasObject
}

// checkIcon is a tick for a requirement met, else a cross.
func checkIcon(done bool) fyne.Resource {
	if done {
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.NewErrorThemedResource(theme.CancelIcon())
}

func newCheckItem(r model.Requirement) *checkItem {
	it := &checkItem{key: r.Key, done: r.Done, icon: widget.NewIcon(checkIcon(r.Done)), text: widget.NewLabel(lang.X(r.Key, r.Text))}
	it.text.Wrapping = fyne.TextWrapWord
	it.row = container.NewBorder(nil, nil, container.NewVBox(it.icon), nil, it.text)
	return it
}

// updateChecklist shows the checklist of the stage shown for p, the partnership as
// the widgets hold it. It runs on every keystroke: the lines of a stage are made when
// the stage is shown, and a keystroke only turns a cross into a tick or back.
func (v *partnershipView) updateChecklist(p model.Partnership) {
	if !v.shown.Valid() {
		return
	}
	c := p.Checklist(v.shown, v.partner(p.PartnerID))
	v.checklist = c
	v.checkTitle.SetText(lang.L("ps.checklist", map[string]any{"N": int(v.shown)}))
	same := len(c) == len(v.checkItems)
	for i := 0; same && i < len(c); i++ {
		same = c[i].Key == v.checkItems[i].key
	}
	if !same {
		v.checkItems = make([]*checkItem, len(c))
		rows := make([]fyne.CanvasObject, len(c))
		for i, r := range c {
			v.checkItems[i] = newCheckItem(r)
			rows[i] = v.checkItems[i].row
		}
		v.checkRows.Objects = rows
		v.checkRows.Refresh()
	}
	for i, r := range c {
		if it := v.checkItems[i]; it.done != r.Done {
			it.done = r.Done
			it.icon.SetResource(checkIcon(r.Done))
		}
	}
	v.checkCount.SetText(lang.L("ps.checkcount", map[string]any{"Done": c.Done(), "Total": len(c)}))
}

// showIncomplete lists what the stage still lacks.
func (v *partnershipView) showIncomplete(e *model.IncompleteError) {
	lines := []string{lang.L("ps.incomplete.intro", map[string]any{"Stage": stageLabel(e.Stage)})}
	for _, r := range e.Missing {
		lines = append(lines, "• "+lang.X(r.Key, r.Text))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("ps.incomplete.title"), lang.L("action.ok"), msg, v.g.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}
