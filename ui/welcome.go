package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// SampleLoader is what a Store may also do: fill an empty data file with the sample
// data (store.DB does). The first start's welcome offers it only when the store can.
type SampleLoader interface {
	LoadSample(now time.Time) error
}

// welcome is the short greeting of the first start: fill in the school's profile, or
// explore the program with sample data first.
type welcome struct {
	g       *gui
	dlg     *dialog.CustomDialog
	profile *widget.Button // Isi profil sekolah
	sample  *widget.Button // Jelajahi dengan contoh data; nil when the store cannot
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
	if _, ok := g.db.(SampleLoader); ok {
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

// loadSample fills the file with the sample data off the UI goroutine, then shows
// Beranda with it.
func (wl *welcome) loadSample() {
	loader, ok := wl.g.db.(SampleLoader)
	if !ok {
		return
	}
	wl.profile.Disable()
	wl.sample.Disable()
	wl.later.Disable()
	g := wl.g
	now := g.opts.Now()
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		err := loader.LoadSample(now)
		fyne.Do(func() {
			wl.close()
			if err != nil {
				g.showError("welcome.sample.error", err)
				return
			}
			g.refreshAll()
			g.show(tabBeranda)
		})
	}()
}
