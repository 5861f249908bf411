package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestWindowSizeFitsTheLaptopScreen(t *testing.T) {
	min := fyne.NewSize(1047, 570)
	for _, c := range []struct {
		scale float32
		want  fyne.Size
	}{
		{1, fyne.NewSize(1280, 700)},
		{1.25, fyne.NewSize(1072, 570)}, // 1340 × 712 pixels on a 1366 × 768 screen
		{2, fyne.NewSize(1047, 570)},    // never below what the screens need
	} {
		got := WindowSize(c.scale, min)
		if got != c.want {
			t.Errorf("WindowSize(%v) = %v, want %v", c.scale, got, c.want)
		}
		if px := got.Width * c.scale; c.scale <= 1.25 && px > 1366 {
			t.Errorf("at %v%% the window is %v pixels wide, more than 1366", c.scale*100, px)
		}
	}
}
