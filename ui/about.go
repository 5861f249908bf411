package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan"
)

// about is the Tentang Kemitraan dialog: what the program is, its version from
// FyneApp.toml, where its data file is and the licence of the fonts it embeds.
type about struct {
	dlg      *dialog.CustomDialog
	version  *widget.Label
	dataFile *widget.Label
}

func (g *gui) showAbout() *about {
	a := &about{}
	name := widget.NewLabelWithStyle(kemitraan.App().Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	a.version = widget.NewLabel(lang.L("about.version", map[string]any{
		"Version": kemitraan.App().Version, "Build": kemitraan.App().Build}))
	what := widget.NewLabel(lang.L("about.description"))
	what.Wrapping = fyne.TextWrapWord
	a.dataFile = widget.NewLabel(g.db.Path())
	a.dataFile.Wrapping = fyne.TextWrapBreak
	a.dataFile.Selectable = true // to copy it, e.g. for a backup by hand
	fonts := widget.NewLabel(lang.L("about.fonts"))
	fonts.Wrapping = fyne.TextWrapWord
	fonts.SizeName = theme.SizeNameCaptionText

	content := container.NewVBox(name, a.version, what, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("about.datafile"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		a.dataFile, widget.NewSeparator(), fonts)
	a.dlg = dialog.NewCustom(lang.L("about.title"), lang.L("action.close"), content, g.win)
	a.dlg.Resize(fyne.NewSize(560, 0))
	a.dlg.Show()
	return a
}
