package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestWindowSizeFitsTheLaptopScreen(t *testing.T) {
	min := fyne.NewSize(900, 500)
	for _, c := range []struct {
		scale float32
		want  fyne.Size
	}{
		{1, fyne.NewSize(1280, 696)},
		{1.25, fyne.NewSize(1073.6, 550.4)}, // 1342 × 688 pixels below a 40-pixel title bar
		{2, fyne.NewSize(900, 500)},         // never below what the screens need
	} {
		got := WindowSize(c.scale, min)
		if abs(got.Width-c.want.Width) > 0.01 || abs(got.Height-c.want.Height) > 0.01 {
			t.Errorf("WindowSize(%v) = %v, want %v", c.scale, got, c.want)
		}
		if c.scale > 1.25 {
			continue
		}
		if px := got.Width * c.scale; px > workAreaWidth {
			t.Errorf("at %v%% the window is %v pixels wide, more than 1366", c.scale*100, px)
		}
		if px := got.Height*c.scale + titleBarHeight*c.scale; px > workAreaHeight {
			t.Errorf("at %v%% the window and its title bar are %v pixels high, more than 728", c.scale*100, px)
		}
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
