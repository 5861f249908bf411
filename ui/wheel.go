package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The mouse wheel scrolls a form as a whole, also while the pointer passes over a
// multi-line entry or a clause editor. Fyne gives a wheel event to the innermost
// scrollable under the pointer and no further, and every multi-line entry holds a
// scroller of its own: the form stopped scrolling there. So a form's scroll lays
// a wheelCatcher over its content, which takes the wheel and turns the form; the
// catcher takes nothing else (taps, typing, the pointer's shape reach the fields
// beneath). What a multi-line entry holds stays in view without its own scrolling:
// it grows with its text (growWithText).

// wheelThrough makes the wheel scroll s wherever the pointer is over its content.
func wheelThrough(s *container.Scroll) *container.Scroll {
	c := &wheelCatcher{scroll: s}
	c.ExtendBaseWidget(c)
	s.Content = container.NewStack(s.Content, c)
	return s
}

// newFormScroll is a vertical scroll of a form whose wheel turns the whole form.
func newFormScroll(content fyne.CanvasObject) *container.Scroll {
	return wheelThrough(container.NewVScroll(content))
}

// wheelCatcher lies over a form's content and hands the wheel to the form's scroll.
type wheelCatcher struct {
	widget.BaseWidget
	scroll *container.Scroll
}

func (c *wheelCatcher) Scrolled(e *fyne.ScrollEvent) { c.scroll.Scrolled(e) }

func (c *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack())
}

// maxGrownRows bounds how tall a multi-line entry grows: beyond it, its own scroller
// shows the rest (a text of a page and more).
const maxGrownRows = 60

// growWithText returns what makes the multi-line entry e as tall as its text needs,
// wrapped at its width, at least minRows: call it when its text changes.
func growWithText(e *widget.Entry, minRows int) func() {
	rows := minRows
	return func() {
		n := max(minRows, min(wrappedLines(e), maxGrownRows))
		if n != rows {
			rows = n
			e.SetMinRowsVisible(n)
		}
	}
}

// wrappedLines is how many lines e's text takes, wrapped at word boundaries at e's
// width (a likely width before e is laid out).
func wrappedLines(e *widget.Entry) int {
	th := e.Theme()
	size := th.Size(theme.SizeNameText)
	width := e.Size().Width - 2*th.Size(theme.SizeNameInnerPadding) - th.Size(theme.SizeNameScrollBar)
	if width < 100 {
		width = 360
	}
	space := fyne.MeasureText(" ", size, e.TextStyle).Width
	lines := 0
	for _, para := range strings.Split(e.Text, "\n") {
		lines++
		x := float32(0)
		for i, word := range strings.Fields(para) {
			w := fyne.MeasureText(word, size, e.TextStyle).Width
			if i > 0 && x+space+w > width {
				lines++
				x = w
				continue
			}
			if i > 0 {
				x += space
			}
			x += w
			for x > width { // a word longer than the line breaks
				lines++
				x -= width
			}
		}
	}
	return lines
}
