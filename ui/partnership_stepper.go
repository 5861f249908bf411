package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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
	return container.NewVBox(container.NewGridWithColumns(7, objs...), widget.NewSeparator())
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

// stepItem is one stage in the stepper: its number and short name, with an icon that
// says done (a tick), current (an arrow) or not yet (an empty circle); the stage shown
// is underlined. Colours come from the theme, so dark mode works.
type stepItem struct {
	widget.BaseWidget
	stage model.Stage
	onTap func()
	state stepState
	shown bool
	drawn bool // set has drawn state and shown

	icon  *widget.Icon
	label *widget.Label
	line  *canvas.Rectangle
}

func newStepItem(st model.Stage, onTap func()) *stepItem {
	s := &stepItem{stage: st, onTap: onTap}
	s.icon = widget.NewIcon(nil)
	s.label = widget.NewLabel(fmt.Sprintf("%d %s", int(st), lang.X("stage.short."+st.Key(), st.Key())))
	s.label.Truncation = fyne.TextTruncateEllipsis
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
	switch state {
	case stepDone:
		s.icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		s.label.Importance = widget.MediumImportance
	case stepCurrent:
		s.icon.SetResource(theme.NewPrimaryThemedResource(theme.MediaPlayIcon()))
		s.label.Importance = widget.HighImportance
	default:
		s.icon.SetResource(theme.NewDisabledResource(theme.RadioButtonIcon()))
		s.label.Importance = widget.LowImportance
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

func (s *stepItem) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewCenter(s.icon)
	c := container.NewBorder(top, s.line, nil, nil, s.label)
	return &stepRenderer{item: s, WidgetRenderer: widget.NewSimpleRenderer(c)}
}

type stepRenderer struct {
	fyne.WidgetRenderer
	item *stepItem
}

func (r *stepRenderer) Refresh() {
	th := r.item.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if r.item.shown {
		r.item.line.FillColor = th.Color(theme.ColorNamePrimary, v)
	} else {
		r.item.line.FillColor = th.Color(theme.ColorNameSeparator, v)
	}
	r.item.line.Refresh()
	r.WidgetRenderer.Refresh()
}
