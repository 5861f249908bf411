//go:build e2e && linux

// The real-window test's view of the window (.ci/e2e-test.sh): built only with the
// e2e tag, never into the program people use. On SIGUSR1 the window writes what it
// shows, one line per text, entry, select, check and button, with its place on
// the screen in pixels (the whole of it, then the part a scroll or the window
// leaves visible), into the file named by KEMITRAAN_E2E_LAYOUT. The test then
// clicks and types there with xdotool, as a person would: an accessibility tree
// for a toolkit that has none, so that the test finds "the entry under Tujuan"
// instead of a pixel measured once.

package main

import (
	"fmt"
	"log"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/ui"
)

func init() {
	path := os.Getenv("KEMITRAAN_E2E_LAYOUT")
	if path == "" {
		return
	}
	windowHook = func(w fyne.Window) {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGUSR1)
		go func() {
			for range sig {
				fyne.Do(func() {
					if err := dumpLayout(w, path); err != nil {
						log.Println("e2e layout:", err)
					}
				})
			}
		}()
	}
}

type rect struct{ x, y, w, h float32 }

func (r rect) cut(c rect) rect {
	x0, y0 := max(r.x, c.x), max(r.y, c.y)
	x1, y1 := min(r.x+r.w, c.x+c.w), min(r.y+r.h, c.y+c.h)
	if x1 <= x0 || y1 <= y0 {
		return rect{}
	}
	return rect{x0, y0, x1 - x0, y1 - y0}
}

// dumpLayout writes the lines
// "KIND\tX\tY\tW\tH\tVX\tVY\tVW\tVH\tCX\tCY\tCW\tCH\tTEXT\tPLACEHOLDER" (pixels; V… the
// visible part, C… the scroll or window it shows in) for what the window shows,
// dialogs last, and then renames the file into place.
func dumpLayout(w fyne.Window, path string) error {
	c := w.Canvas()
	scale := c.Scale()
	d := fyne.CurrentApp().Driver()
	var b strings.Builder
	var clip rect // where the object being emitted shows
	emit := func(kind string, r, v rect, text, ph string) {
		clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }
		px := func(r rect) string {
			return fmt.Sprintf("%.0f\t%.0f\t%.0f\t%.0f", r.x*scale, r.y*scale, r.w*scale, r.h*scale)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", kind, px(r), px(v), px(clip), clean(text), clean(ph))
	}
	var walk func(o fyne.CanvasObject, at fyne.Position, in rect)
	walk = func(o fyne.CanvasObject, at fyne.Position, in rect) {
		if o == nil || !o.Visible() {
			return
		}
		p := at.Add(o.Position())
		r := rect{p.X, p.Y, o.Size().Width, o.Size().Height}
		v := r.cut(in)
		clip = in
		switch x := o.(type) {
		case *widget.Select:
			emit("select", r, v, x.Selected, x.PlaceHolder)
		case *widget.Button:
			state := ""
			if x.Disabled() {
				state = "disabled"
			}
			emit("button", r, v, x.Text, state)
		case *widget.Check:
			emit("check", r, v, x.Text, fmt.Sprint(x.Checked))
		case *canvas.Text:
			emit("text", r, v, x.Text, "")
		default:
			if e := ui.EntryOf(o); e != nil {
				emit("entry", r, v, e.Text, e.PlaceHolder)
			}
		}
		inner := in
		if _, ok := o.(*container.Scroll); ok {
			inner = v
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, child := range x.Objects {
				walk(child, p, inner)
			}
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(x).Objects() {
				walk(child, p, inner)
			}
		}
	}
	size := c.Size()
	window := rect{0, 0, size.Width, size.Height}
	// the first line: the content's minimum size and the scale, for the record
	min := c.Content().MinSize()
	fmt.Fprintf(&b, "min\t%.0f\t%.0f\t%.2f\n", min.Width*scale, min.Height*scale, scale)
	root := func(o fyne.CanvasObject) {
		abs := d.AbsolutePositionForObject(o)
		walk(o, abs.Subtract(o.Position()), window)
	}
	root(c.Content())
	for _, o := range c.Overlays().List() {
		root(o)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
