package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// welcome is the short greeting of the first start: fill in the school's profile, or
// explore the program with sample data first.
type welcome struct {
	g       *gui
	dlg     *dialog.CustomDialog
	profile *widget.Button // Isi profil sekolah
	sample  *widget.Button // Jelajahi dengan contoh data; nil without Files.OpenSample
	later   *widget.Button // Nanti saja
}

// showWelcome greets a person who starts the program on a new data file. It shows
// nothing once the file holds data, so it never comes back after the first start.
func (g *gui) showWelcome() *welcome {
	if !g.opts.FirstStart || !g.storeEmpty() {
		return nil
	}
	wl := &welcome{g: g}
	text := widget.NewLabel(lang.L("welcome.text"))
	text.Wrapping = fyne.TextWrapWord
	wl.profile = widget.NewButton(lang.L("welcome.profile"), wl.fillProfile)
	wl.profile.Importance = widget.HighImportance
	wl.later = widget.NewButton(lang.L("welcome.later"), wl.close)
	wl.later.Importance = widget.LowImportance
	buttons := container.NewHBox(wl.profile)
	if g.opts.Files.OpenSample != nil {
		wl.sample = widget.NewButton(lang.L("welcome.sample"), wl.loadSample)
		buttons.Add(wl.sample)
	}
	buttons.Add(wl.later)

	content := container.NewVBox(text, container.NewCenter(buttons))
	wl.dlg = dialog.NewCustomWithoutButtons(lang.L("welcome.title"), content, g.win)
	wl.dlg.Resize(fyne.NewSize(620, 0))
	wl.dlg.Show()
	// the keyboard starts on the first choice: Space takes it, Tab moves to the next
	// (the window may have no content yet: Create's caller sets it)
	g.win.Canvas().Focus(wl.profile)
	return wl
}

// storeEmpty reports whether the data file holds no school profile, partner or
// partnership yet.
func (g *gui) storeEmpty() bool {
	school, err := g.db.School()
	if err != nil || school.Name != "" {
		return false
	}
	partners, err := g.db.Partners()
	if err != nil || len(partners) > 0 {
		return false
	}
	summaries, err := g.db.Summaries()
	return err == nil && len(summaries) == 0
}

func (wl *welcome) close() { wl.dlg.Hide() }

// fillProfile shows Pengaturan → Profil Sekolah with the cursor in the school's name.
func (wl *welcome) fillProfile() {
	wl.close()
	g := wl.g
	g.show(tabPengaturan)
	g.settings.tabs.SelectIndex(0)
	focus(g.win, g.settings.name)
}

// loadSample shows the sample data, made afresh in a data file of their own: the
// school's file stays empty, and the window's title and a line above the screens
// say that the sample is shown (sample.go).
func (wl *welcome) loadSample() {
	wl.close()
	wl.g.openSample()
}
