package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The sample data ("Jelajahi dengan contoh data") live in a data file of their own,
// beside the school's and never in it: the window shows that file instead of the
// school's, says so in its title and in a line above the screens, and "Kembali ke
// data sekolah" (the line's button, or Berkas in the menu) shows the school's file
// again. The school's file stays as it was; the next start opens it.

// Files switches the data file the window shows, between the school's own and the
// sample's. cmd/kemitraan gives them; a nil field turns off what needs it.
type Files struct {
	// OpenSample makes the sample data file afresh and shows it in the window
	// instead of the school's file.
	OpenSample func() error
	// OpenSchool shows the school's own data file again.
	OpenSchool func() error
}

// SampleTitle is the window's title while it shows the sample data file.
func SampleTitle() string { return lang.L("app.title") + " — " + lang.L("sample.title") }

// openSample shows the sample data file, after asking about unsaved edits.
func (g *gui) openSample() {
	if g.opts.Files.OpenSample == nil {
		return
	}
	g.leave(g.leaverOf(g.tab), func() {
		if err := g.opts.Files.OpenSample(); err != nil {
			g.showError("welcome.sample.error", err)
		}
	})
}

// openSchool leaves the sample for the school's own file, after asking about
// unsaved edits (of the sample: they are kept in the sample file when saved).
func (g *gui) openSchool() {
	if g.opts.Files.OpenSchool == nil {
		return
	}
	g.leave(g.leaverOf(g.tab), func() {
		if err := g.opts.Files.OpenSchool(); err != nil {
			g.showError("error.read", err)
		}
	})
}

// sampleBanner puts above content the line that says the window shows the sample
// data, with the way back to the school's file.
func (g *gui) sampleBanner(content fyne.CanvasObject) fyne.CanvasObject {
	msg := widget.NewLabel(lang.L("sample.banner"))
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.WarningImportance
	back := widget.NewButtonWithIcon(lang.L("sample.back"), theme.NavigateBackIcon(), g.openSchool)
	back.Importance = widget.HighImportance
	bar := container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), container.NewCenter(back), msg)
	return container.NewBorder(bar, nil, nil, nil, content)
}
