package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
	// OpenSMKSample does the same with the sample of a vocational school (SMK):
	// its DUDIs, link and match and PKL placements. With it, opening the sample asks
	// which one.
	OpenSMKSample func() error
	// OpenSchool shows the school's own data file again.
	OpenSchool func() error
}

// SampleTitle is the window's title while it shows the sample data file.
func SampleTitle() string { return lang.L("app.title") + " — " + lang.L("sample.title") }

// openSample shows the sample data file, after asking about unsaved edits; with an
// SMK sample too, it first asks which sample.
func (g *gui) openSample() {
	if g.opts.Files.OpenSample == nil {
		return
	}
	if g.opts.Files.OpenSMKSample == nil {
		g.openSampleWith(g.opts.Files.OpenSample)
		return
	}
	g.chooseSample()
}

// openSampleWith shows a sample data file, after asking about unsaved edits.
func (g *gui) openSampleWith(open func() error) {
	g.leave(g.leaverOf(g.tab), func() {
		if err := open(); err != nil {
			g.showError("welcome.sample.error", err)
		}
	})
}

// chooseSample asks which sample to open: an SMP's, or an SMK's with its DUDIs and
// PKL placements.
func (g *gui) chooseSample() {
	text := widget.NewLabel(lang.L("sample.choose.text"))
	text.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	choice := func(key, hint string, open func() error) fyne.CanvasObject {
		b := widget.NewButton(lang.L(key), func() {
			d.Hide()
			g.openSampleWith(open)
		})
		b.Importance = widget.HighImportance
		h := widget.NewLabel(lang.L(hint))
		h.Wrapping = fyne.TextWrapWord
		h.Importance = widget.LowImportance
		return container.NewBorder(nil, nil, nil, nil, container.NewVBox(b, h))
	}
	content := container.NewVBox(text,
		choice("sample.choose.school", "sample.choose.school.hint", g.opts.Files.OpenSample),
		choice("sample.choose.smk", "sample.choose.smk.hint", g.opts.Files.OpenSMKSample))
	d = dialog.NewCustom(lang.L("sample.choose.title"), lang.L("action.cancel"), content, g.win)
	d.Resize(fyne.NewSize(520, 0))
	g.sampleChoice = d
	d.Show()
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
