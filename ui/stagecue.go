package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// stageCue is a thin bar of seven segments: the stages done are filled, the current
// one is outlined, those to come are faint.
type stageCue struct {
	widget.BaseWidget
	segments [7]*canvas.Rectangle
	done     int
	status   model.Status
}

func newStageCue() *stageCue {
	c := &stageCue{}
	for i := range c.segments {
		r := canvas.NewRectangle(color.Transparent)
		r.CornerRadius = 2
		r.SetMinSize(fyne.NewSize(9, 6))
		c.segments[i] = r
	}
	c.ExtendBaseWidget(c)
	return c
}

func (c *stageCue) set(done int, status model.Status) {
	if c.done == done && c.status == status {
		return
	}
	c.done, c.status = done, status
	c.Refresh()
}

func (c *stageCue) CreateRenderer() fyne.WidgetRenderer {
	objs := make([]fyne.CanvasObject, len(c.segments))
	for i, r := range c.segments {
		objs[i] = r
	}
	box := container.NewCenter(container.New(&cueLayout{}, objs...))
	r := &cueRenderer{c: c, box: box}
	r.Refresh()
	return r
}

type cueRenderer struct {
	c   *stageCue
	box *fyne.Container
}

func (r *cueRenderer) Destroy()                     {}
func (r *cueRenderer) Layout(s fyne.Size)           { r.box.Resize(s) }
func (r *cueRenderer) MinSize() fyne.Size           { return r.box.MinSize() }
func (r *cueRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *cueRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	done := th.Color(theme.ColorNamePrimary, v)
	if r.c.status == model.StatusDibatalkan {
		done = th.Color(theme.ColorNameDisabled, v)
	}
	faint := th.Color(theme.ColorNameInputBorder, v)
	for i, seg := range r.c.segments {
		switch {
		case i < r.c.done:
			seg.FillColor, seg.StrokeColor, seg.StrokeWidth = done, done, 0
		case i == r.c.done:
			seg.FillColor, seg.StrokeColor, seg.StrokeWidth = color.Transparent, done, 1.5
		default:
			seg.FillColor, seg.StrokeColor, seg.StrokeWidth = faint, faint, 0
		}
		seg.Refresh()
	}
}

// cueLayout puts the segments in a row with a small gap.
type cueLayout struct{}

const cueGap = 2

func (cueLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := theme.InnerPadding(), float32(0) // lines up with the title's text
	for i, o := range objs {
		s := o.MinSize()
		if i > 0 {
			w += cueGap
		}
		w += s.Width
		h = max(h, s.Height)
	}
	return fyne.NewSize(w, h)
}

func (cueLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	x := theme.InnerPadding()
	for _, o := range objs {
		s := o.MinSize()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(s)
		x += s.Width + cueGap
	}
}
