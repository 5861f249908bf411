package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// leaver is a form that may hold edits not yet saved: the partnership screen, a
// partner and the school's profile. Before the person leaves it (another section,
// another record, a new one, closing the window) they are asked what to do with them.
type leaver interface {
	// dirty reports whether the form differs from what is stored.
	dirty() bool
	// save saves the form as Simpan does, and reports whether it was saved (it shows
	// the problems at the fields when it was not).
	save() bool
	// discard puts the stored values back in the form.
	discard()
}

// leaverOf is the form of a navigation section, nil when it has none.
func (g *gui) leaverOf(tab int) leaver {
	switch tab {
	case tabKemitraan:
		return g.partnerships
	case tabMitra:
		return g.partners
	case tabPengaturan:
		return g.settings
	}
	return nil
}

// leave runs next at once when l has no unsaved edits; otherwise it asks Simpan /
// Buang / Tetap di sini, and runs next after a successful save or a discard.
func (g *gui) leave(l leaver, next func()) {
	if l == nil || !l.dirty() {
		next()
		return
	}
	g.askUnsaved(l, next)
}

// askUnsaved shows the question; one at a time.
func (g *gui) askUnsaved(l leaver, next func()) {
	if g.unsaved != nil {
		return
	}
	msg := widget.NewLabel(lang.L("unsaved.question"))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	answer := func(then func()) func() {
		return func() {
			g.unsaved = nil
			d.Hide()
			then()
		}
	}
	stay := widget.NewButtonWithIcon(lang.L("unsaved.stay"), theme.NavigateBackIcon(), answer(func() {}))
	discard := widget.NewButtonWithIcon(lang.L("unsaved.discard"), theme.ContentClearIcon(), answer(func() {
		l.discard()
		next()
	}))
	discard.Importance = widget.WarningImportance
	save := widget.NewButtonWithIcon(lang.L("unsaved.save"), theme.DocumentSaveIcon(), answer(func() {
		if l.save() {
			next()
		}
	}))
	save.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("unsaved.title"), container.NewPadded(msg), g.win)
	d.SetButtons([]fyne.CanvasObject{stay, discard, save})
	d.SetOnClosed(func() { g.unsaved = nil })
	d.Resize(fyne.NewSize(480, 0))
	g.unsaved = d
	d.Show()
}

// onTabSelected runs when a navigation section is chosen: leaving a form with unsaved
// edits goes back to it and asks first.
func (g *gui) onTabSelected() {
	to := g.tabs.SelectedIndex()
	if g.switching || to == g.tab {
		return
	}
	from := g.tab
	if l := g.leaverOf(from); l != nil && l.dirty() {
		g.selectTab(from)
		g.askUnsaved(l, func() {
			g.tab = to
			g.selectTab(to)
			g.refreshCurrent()
		})
		return
	}
	g.tab = to
	g.refreshCurrent()
}

// selectTab shows a section without the checks of onTabSelected.
func (g *gui) selectTab(i int) {
	g.switching = true
	defer func() { g.switching = false }()
	g.tabs.SelectIndex(i)
}

// requestClose runs when the window is about to close (its close button, or Keluar in
// the menu): each form with unsaved edits is shown and asked about first.
func (g *gui) requestClose() {
	for _, tab := range []int{g.tab, tabKemitraan, tabMitra, tabPengaturan} {
		if l := g.leaverOf(tab); l != nil && l.dirty() {
			if tab != g.tab {
				g.tab = tab
				g.selectTab(tab)
				g.refreshCurrent()
			}
			g.askUnsaved(l, g.requestClose)
			return
		}
	}
	g.win.Close()
}
