package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrapRow lays buttons out in a row that wraps onto further rows when the width is
// short (an action bar at 125 %). Its minimum width is its widest button's, so it
// never makes a window wider; its minimum height is that of the rows it needed at the
// width it was last given, as a wrapped label's is. (Fyne's RowWrapLayout keeps the
// widest row it laid out as its minimum width, so a window could not shrink again.)
type wrapRow struct {
	width float32 // the width of the last Layout; 0 before the first
}

func newWrapRow() *wrapRow { return &wrapRow{} }

func (l *wrapRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var widest float32
	for _, o := range objects {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := l.width
	if width <= 0 {
		width = 1 << 20 // one row until laid out
	}
	return fyne.NewSize(widest, l.height(objects, max(width, widest)))
}

// height is the height of the rows the objects take at width.
func (l *wrapRow) height(objects []fyne.CanvasObject, width float32) float32 {
	pad := theme.Padding()
	var x, rowH, h float32
	first := true
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if !first && x+pad+m.Width > width {
			h += rowH + pad
			x, rowH = 0, 0
		} else if !first {
			x += pad
		}
		first = false
		x += m.Width
		rowH = max(rowH, m.Height)
	}
	return h + rowH
}

func (l *wrapRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := theme.Padding()
	var x, y, rowH float32
	first := true
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if !first && x+pad+m.Width > size.Width {
			y += rowH + pad
			x, rowH = 0, 0
		} else if !first {
			x += pad
		}
		first = false
		o.Resize(m)
		o.Move(fyne.NewPos(x, y))
		x += m.Width
		rowH = max(rowH, m.Height)
	}
}
