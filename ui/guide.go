package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/assets"
)

// guide is Bantuan → Panduan (F1): a short guide in the program, in the user's
// language: how the window works, the seven stages, what each asks and which
// documents it makes, and where the data file, its backups and the PDFs are.
type guide struct {
	dlg  *dialog.CustomDialog
	text *widget.RichText
}

// guideText is the guide in the language of the screens, with this data file's
// places filled in.
func (g *gui) guideText() string {
	name := "guide/panduan.id.md"
	if g.app.Preferences().StringWithFallback(PreferenceLanguage, LanguageIndonesian) == LanguageEnglish {
		name = "guide/panduan.en.md"
	}
	data, err := assets.Guide.ReadFile(name)
	if err != nil {
		return err.Error()
	}
	path := g.db.Path()
	dir := filepath.Dir(path)
	sample := filepath.Join(dir, "contoh")
	if g.opts.Sample {
		sample = dir
	}
	return strings.NewReplacer(
		"{{DataFile}}", "`"+path+"`",
		"{{Backups}}", "`"+filepath.Join(dir, "backups")+"`",
		"{{Documents}}", "`"+g.opts.DocumentsDir+"`",
		"{{Sample}}", "`"+sample+"`",
	).Replace(string(data))
}

// showGuide shows the guide in a dialog that fits the window.
func (g *gui) showGuide() *guide {
	gd := &guide{text: widget.NewRichTextFromMarkdown(g.guideText())}
	gd.text.Wrapping = fyne.TextWrapWord
	gd.dlg = dialog.NewCustom(lang.L("guide.title"), lang.L("action.close"), container.NewVScroll(gd.text), g.win)
	gd.dlg.Resize(fitDialog(g.win, fyne.NewSize(820, 640)))
	gd.dlg.Show()
	return gd
}
