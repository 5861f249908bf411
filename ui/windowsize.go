package ui

import "fyne.io/fyne/v2"

// WindowSize is the window's size: 1280 × 720, made smaller when the screen's scaling
// (125 % on a 1366 × 768 laptop, say) would make that larger than the screen the
// program is made for, but never smaller than the content needs (min). scale is the
// canvas's, which includes the system's scaling and FYNE_SCALE.
func WindowSize(scale float32, min fyne.Size) fyne.Size {
	w, h := float32(1280), float32(720)
	if scale > 0 {
		// 1366 × 768 less the taskbar and the window's title bar
		w, h = minf(w, 1340/scale), minf(h, 700/scale)
	}
	return fyne.NewSize(maxf(w, min.Width), maxf(h, min.Height))
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
