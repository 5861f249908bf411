package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A document made is a PDF saved in a folder; printing it is the PDF viewer's job,
// which the window cannot see. So the window says what it knows, and no more: the
// PDF was saved there, it was handed to the system's viewer (or could not be), and
// "Buka folder" shows the file where it lies.

// openFile hands the file at path to the system (its PDF viewer, for a PDF); the
// error says it could not.
func (g *gui) openFile(path string) error {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return g.app.OpenURL(u)
}

// showSaved says that the document at path was made, with the lines given (its
// number, its code), where the PDF is, whether it went to the PDF viewer, and offers
// Buka folder.
func (g *gui) showSaved(title string, lines []string, path string) *dialog.CustomDialog {
	lines = append(lines, lang.L("saved.path", map[string]string{"Path": path}))
	if err := g.openFile(path); err != nil {
		lines = append(lines, lang.L("saved.notopened"))
	} else {
		lines = append(lines, lang.L("saved.opened"))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapBreak
	var d *dialog.CustomDialog
	folder := widget.NewButtonWithIcon(lang.L("saved.folder"), theme.FolderOpenIcon(), func() {
		if err := g.openFile(filepath.Dir(path)); err != nil {
			g.showError("saved.folder.failed", err)
		}
	})
	ok := widget.NewButton(lang.L("action.ok"), func() { d.Hide() })
	ok.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(title, container.NewPadded(msg), g.win)
	d.SetButtons([]fyne.CanvasObject{folder, ok})
	d.Resize(fitDialog(g.win, fyne.NewSize(580, 0)))
	d.Show()
	return d
}

// freePath is dir/name, or "name (2).pdf", "name (3).pdf" … when a file of that
// name is there already: a document printed again the same day (a second request
// letter has a number of its own) never replaces the one before, which may have
// been sent.
func freePath(dir, name string) string {
	path := filepath.Join(dir, name)
	ext := filepath.Ext(name)
	for i := 2; ; i++ {
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			return path
		}
		path = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext))
	}
}
