package ui

import "fyne.io/fyne/v2"

// The screen the program is made for: a 1366 × 768 laptop with a 40-pixel taskbar,
// whose work area is 1366 × 728 pixels, at 100 % or 125 % scaling. The window's
// title bar (about 32 pixels at 100 %, scaled with the screen) is outside the
// content Fyne lays out.
const (
	workAreaWidth  = 1366
	workAreaHeight = 728
	titleBarHeight = 32
)

// workArea is the room, in Fyne's units at the canvas's scale, that a window's
// content has on that screen: the work area less the title bar.
func workArea(scale float32) fyne.Size {
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(workAreaWidth/scale, (workAreaHeight-titleBarHeight*scale)/scale)
}

// WindowSize is the window's size: 1280 × 720, made smaller when the screen's scaling
// (125 % on a 1366 × 768 laptop, say) would make that larger than the work area of
// the screen the program is made for, but never smaller than the content needs (min).
// scale is the canvas's, which includes the system's scaling and FYNE_SCALE.
func WindowSize(scale float32, min fyne.Size) fyne.Size {
	room := workArea(scale)
	// a little room at the side, so that the window's frame shows
	w, h := minf(1280, room.Width-24/max(scale, 1)), minf(720, room.Height)
	return fyne.NewSize(maxf(w, min.Width), maxf(h, min.Height))
}

// fitDialog is size made small enough for a dialog to fit in the window w at its
// smallest (the laptop's work area at the canvas's scale), with a margin around it:
// a dialog larger than the window would put its buttons out of reach.
func fitDialog(w fyne.Window, size fyne.Size) fyne.Size {
	room := workArea(w.Canvas().Scale())
	if cs := w.Canvas().Size(); cs.Width > 0 && cs.Height > 0 {
		room = fyne.NewSize(minf(room.Width, cs.Width), minf(room.Height, cs.Height))
	}
	margin := float32(48)
	return fyne.NewSize(minf(size.Width, room.Width-margin), minf(size.Height, room.Height-margin))
}

func minf(a, b float32) float32 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
