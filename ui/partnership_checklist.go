package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// checklistWidth is the width of the checklist column beside a stage's form.
const checklistWidth = 240

// buildChecklist is the column beside a stage's form: the checklist of the stage
// shown and how much of it is met. Each line takes the principal to the field that
// meets it.
func (v *partnershipView) buildChecklist() fyne.CanvasObject {
	v.checkTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.checkTitle.Wrapping = fyne.TextWrapWord
	v.checkRows = container.NewVBox()
	v.checkCount = widget.NewLabel("")
	v.checkCount.Wrapping = fyne.TextWrapWord
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(checklistWidth, 0))
	hint := widget.NewLabel(lang.L("ps.checklist.hint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	col := container.NewVBox(v.checkTitle, v.checkRows, v.checkCount, hint)
	return container.NewHBox(widget.NewSeparator(), container.NewStack(width, container.NewVScroll(col)))
}

// requirementText is a checklist line in the user's language, as it stands: "Tujuan
// diisi" when met, "Tujuan belum diisi" when not (the key with ".missing"). What a
// document lacks (doc.missing.*) reads as missing already.
func requirementText(r model.Requirement) string {
	if !r.Done && strings.HasPrefix(r.Key, "check.") {
		return lang.X(r.Key+".missing", r.Text)
	}
	return lang.X(r.Key, r.Text)
}

// updateChecklist shows the checklist of the stage shown for p, the partnership as
// the widgets hold it. It runs on every keystroke: the lines of a stage are made when
// the stage is shown, and a keystroke only turns a line from missing to met or back.
func (v *partnershipView) updateChecklist(p model.Partnership) {
	if !v.shown.Valid() {
		return
	}
	c := p.Checklist(v.shown, v.partner(p.PartnerID))
	v.checklist = c
	v.checkTitle.SetText(lang.L("ps.checklist", map[string]any{"N": int(v.shown)}))
	same := len(c) == len(v.checkItems)
	for i := 0; same && i < len(c); i++ {
		same = c[i].Key == v.checkItems[i].req.Key
	}
	if !same {
		st := v.shown
		v.checkItems = make([]*checkItem, len(c))
		rows := make([]fyne.CanvasObject, len(c))
		for i, r := range c {
			key := r.Key
			v.checkItems[i] = newCheckItem(r, func() { v.goTo(st, key) })
			rows[i] = v.checkItems[i]
		}
		v.checkRows.Objects = rows
		v.checkRows.Refresh()
	}
	for i, r := range c {
		v.checkItems[i].set(r)
	}
	v.checkCount.SetText(lang.L("ps.checkcount", map[string]any{"Done": c.Done(), "Total": len(c)}))
}

// goTo takes the principal to the field of stage st that meets the checklist line
// key: the stage's form is shown and scrolled to the field, which gets the keyboard.
// A line met on another screen (the partner's contact person, on Mitra) opens it.
func (v *partnershipView) goTo(st model.Stage, key string) {
	if !st.Valid() || st > v.stored.Stage {
		return
	}
	f := v.forms[st]
	if o, ok := f.(interface{ goTo(key string) bool }); ok && o.goTo(key) {
		return
	}
	target := f.meets(key)
	if target == nil {
		return
	}
	if v.shown != st {
		v.showStage(st)
	}
	v.reveal(target)
}

// reveal scrolls the form so that o shows near its top, and gives o (or the first
// input inside it) the keyboard.
func (v *partnershipView) reveal(o fyne.CanvasObject) {
	v.formScroll.Refresh() // lays a form just shown out, so that o has its place
	d := fyne.CurrentApp().Driver()
	content := v.formScroll.Content
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(content).Y
	y -= widget.NewLabel("Ag").MinSize().Height + theme.Padding()*2 // its label, above it
	most := content.Size().Height - v.formScroll.Size().Height
	v.formScroll.Offset.Y = max(0, min(y, most))
	v.formScroll.Refresh()
	if w := firstFocusable(o); w != nil {
		focus(v.g.win, w)
	}
}

// firstFocusable is o when it takes the keyboard, else the first input among the
// objects o contains (the first row of a list, or its Tambah button).
func firstFocusable(o fyne.CanvasObject) fyne.Focusable {
	if !o.Visible() {
		return nil
	}
	if f, ok := o.(fyne.Focusable); ok {
		if d, ok := o.(fyne.Disableable); !ok || !d.Disabled() {
			return f
		}
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			if f := firstFocusable(child); f != nil {
				return f
			}
		}
	}
	return nil
}

// showIncomplete lists what the stage still lacks; each line takes the principal to
// its field.
func (v *partnershipView) showIncomplete(e *model.IncompleteError) {
	intro := widget.NewLabel(lang.L("ps.incomplete.intro", map[string]any{"Stage": stageLabel(e.Stage)}))
	intro.Wrapping = fyne.TextWrapWord
	lines := container.NewVBox()
	var d *dialog.CustomDialog
	for _, r := range e.Missing {
		key := r.Key
		lines.Add(newCheckItem(r, func() {
			d.Hide()
			v.goTo(e.Stage, key)
		}))
	}
	hint := widget.NewLabel(lang.L("ps.incomplete.hint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	body := container.NewBorder(intro, hint, nil, nil, container.NewVScroll(lines))
	d = dialog.NewCustom(lang.L("ps.incomplete.title"), lang.L("action.ok"), body, v.g.win)
	// room for every line (one may wrap to two), the intro and the hint: a list cut
	// in half reads as complete (fitDialog keeps it inside the window)
	d.Resize(fitDialog(v.g.win, fyne.NewSize(520, 250+float32(len(e.Missing))*56)))
	d.Show()
}

// checkItem is one line of a checklist: a tick or a cross and the requirement, in
// words that say whether it is met. Tapped (or Space/Return when it has the
// keyboard) it takes the principal to the field that meets it.
type checkItem struct {
	widget.BaseWidget
	req   model.Requirement
	drawn bool
	onTap func()

	icon    *widget.Icon
	text    *widget.Label
	bg      *canvas.Rectangle
	hovered bool
	focused bool
}

func newCheckItem(r model.Requirement, onTap func()) *checkItem {
	it := &checkItem{onTap: onTap, icon: widget.NewIcon(nil), text: widget.NewLabel("")}
	it.text.Wrapping = fyne.TextWrapWord
	it.bg = canvas.NewRectangle(nil)
	it.bg.CornerRadius = theme.SelectionRadiusSize()
	it.ExtendBaseWidget(it)
	it.set(r)
	return it
}

// set shows r; a line already showing it is left alone (it runs on every keystroke).
func (it *checkItem) set(r model.Requirement) {
	if it.drawn && it.req == r {
		return
	}
	it.req, it.drawn = r, true
	it.icon.SetResource(checkIcon(r.Done))
	it.text.SetText(requirementText(r))
}

// checkIcon is a tick for a requirement met, else a cross.
func checkIcon(done bool) fyne.Resource {
	if done {
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.NewErrorThemedResource(theme.CancelIcon())
}

func (it *checkItem) Tapped(*fyne.PointEvent) { it.activate() }

func (it *checkItem) activate() {
	if it.onTap != nil {
		it.onTap()
	}
}

// Cursor is the hand: the line leads somewhere.
func (it *checkItem) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (it *checkItem) MouseIn(*desktop.MouseEvent)    { it.hovered = true; it.Refresh() }
func (it *checkItem) MouseMoved(*desktop.MouseEvent) {}
func (it *checkItem) MouseOut()                      { it.hovered = false; it.Refresh() }

func (it *checkItem) FocusGained()   { it.focused = true; it.Refresh() }
func (it *checkItem) FocusLost()     { it.focused = false; it.Refresh() }
func (it *checkItem) TypedRune(rune) {}
func (it *checkItem) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeySpace || e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
		it.activate()
	}
}

func (it *checkItem) CreateRenderer() fyne.WidgetRenderer {
	row := container.NewBorder(nil, nil, container.NewVBox(it.icon), nil, it.text)
	return &checkItemRenderer{WidgetRenderer: widget.NewSimpleRenderer(container.NewStack(it.bg, row)), it: it}
}

type checkItemRenderer struct {
	fyne.WidgetRenderer
	it *checkItem
}

func (r *checkItemRenderer) Refresh() {
	th := r.it.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case r.it.focused:
		r.it.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.it.hovered:
		r.it.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.it.bg.FillColor = nil
	}
	r.it.bg.Refresh()
	r.WidgetRenderer.Refresh()
}
