package ui

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// buildStepper is the row of the seven stages above a partnership's form; a stage
// tapped shows its form.
func (v *partnershipView) buildStepper() fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 7)
	for i, st := range model.Stages {
		v.steps[i] = newStepItem(st, func() { v.showStage(st) })
		objs[i] = v.steps[i]
	}
	return container.NewVBox(container.New(stepsLayout{}, objs...), widget.NewSeparator())
}

// stepsLayout puts the stages side by side, each as wide as its label needs and the
// room left shared out evenly, so that no label is cut ("5 Implementasi" is wider
// than "6 Monev"): the stepper's minimum width is the sum of its labels'.
type stepsLayout struct{}

func (stepsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	return s
}

func (l stepsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if len(objects) == 0 {
		return
	}
	extra := (size.Width - l.MinSize(objects).Width) / float32(len(objects))
	x := float32(0)
	for _, o := range objects {
		w := o.MinSize().Width + max(extra, 0)
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(x, 0))
		x += w
	}
}

// stepState is how the stepper shows a stage.
type stepState int

const (
	stepNotYet stepState = iota
	stepCurrent
	stepDone
)

func (v *partnershipView) stepState(st model.Stage) stepState {
	switch {
	case int(st) <= v.stored.Progress():
		return stepDone
	case st == v.stored.Stage:
		return stepCurrent
	}
	return stepNotYet
}

// updateSteps shows where the stored partnership stands and which stage is shown.
func (v *partnershipView) updateSteps() {
	for i, st := range model.Stages {
		v.steps[i].set(v.stepState(st), st == v.shown)
	}
}

// stepItem is one stage in the stepper: a badge that says done (a tick on green),
// current (its number on the primary colour) or not yet (its number in a ring), and
// the stage's short name under it; the stage shown is in bold and underlined. The
// number sits in the badge, so the names alone share the width. Colours come from
// the theme, so dark mode works.
type stepItem struct {
	widget.BaseWidget
	stage model.Stage
	onTap func()
	state stepState
	shown bool
	drawn bool // set has drawn state and shown

	circle *canvas.Circle
	number *canvas.Text
	tick   *widget.Icon
	label  *widget.Label
	line   *canvas.Rectangle
}

// stepBadge is the diameter of a step's badge.
const stepBadge = 24

func newStepItem(st model.Stage, onTap func()) *stepItem {
	s := &stepItem{stage: st, onTap: onTap}
	s.circle = canvas.NewCircle(nil)
	s.circle.StrokeWidth = 1.5
	s.number = canvas.NewText(strconv.Itoa(int(st)), nil)
	s.number.TextStyle = fyne.TextStyle{Bold: true}
	s.number.Alignment = fyne.TextAlignCenter
	s.tick = widget.NewIcon(theme.NewColoredResource(theme.ConfirmIcon(), theme.ColorNameForegroundOnSuccess))
	s.label = widget.NewLabel(lang.X("stage.short."+st.Key(), st.Key()))
	s.label.Alignment = fyne.TextAlignCenter
	s.line = canvas.NewRectangle(nil)
	s.line.SetMinSize(fyne.NewSize(0, 3))
	s.ExtendBaseWidget(s)
	s.set(stepNotYet, false)
	return s
}

// set shows the stage as state, underlined when shown; a step already showing so is
// left alone (the stepper is set again after every save).
func (s *stepItem) set(state stepState, shown bool) {
	if s.drawn && s.state == state && s.shown == shown {
		return
	}
	s.state, s.shown, s.drawn = state, shown, true
	if state == stepDone {
		s.tick.Show()
		s.number.Hide()
	} else {
		s.tick.Hide()
		s.number.Show()
	}
	s.label.TextStyle = fyne.TextStyle{Bold: shown}
	s.label.Refresh()
	s.Refresh()
}

// Tapped shows the stage's form.
func (s *stepItem) Tapped(*fyne.PointEvent) {
	if s.onTap != nil {
		s.onTap()
	}
}

// Cursor is the hand: a stage leads to its form.
func (s *stepItem) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (s *stepItem) CreateRenderer() fyne.WidgetRenderer {
	badge := container.NewGridWrap(fyne.NewSquareSize(stepBadge),
		container.NewStack(s.circle, container.NewCenter(s.number), container.NewPadded(s.tick)))
	c := container.NewBorder(container.NewCenter(badge), s.line, nil, nil, s.label)
	return &stepRenderer{item: s, WidgetRenderer: widget.NewSimpleRenderer(c)}
}

type stepRenderer struct {
	fyne.WidgetRenderer
	item *stepItem
}

func (r *stepRenderer) Refresh() {
	s := r.item
	th := s.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	s.number.TextSize = th.Size(theme.SizeNameCaptionText)
	switch s.state {
	case stepDone:
		s.circle.FillColor, s.circle.StrokeColor = c(theme.ColorNameSuccess), c(theme.ColorNameSuccess)
	case stepCurrent:
		s.circle.FillColor, s.circle.StrokeColor = c(theme.ColorNamePrimary), c(theme.ColorNamePrimary)
		s.number.Color = c(theme.ColorNameForegroundOnPrimary)
	default:
		s.circle.FillColor, s.circle.StrokeColor = color.Transparent, c(theme.ColorNameForeground)
		s.number.Color = c(theme.ColorNameForeground)
	}
	if s.shown {
		s.line.FillColor = c(theme.ColorNamePrimary)
	} else {
		s.line.FillColor = c(theme.ColorNameSeparator)
	}
	s.circle.Refresh()
	s.number.Refresh()
	s.line.Refresh()
	r.WidgetRenderer.Refresh()
}
