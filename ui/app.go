// Package ui holds the Fyne screens of Kemitraan: Beranda, Kemitraan, Mitra and
// Pengaturan. It reaches data only through the Store interface and prints documents
// with model/pdf; it never imports fyne.io/fyne/v2/app, so it builds and tests headless.
package ui

import (
	"context"
	"net/url"
	"strconv"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// App is what the screens need of the running program; fyne.App satisfies it and
// tests may wrap it to watch OpenURL.
type App interface {
	OpenURL(u *url.URL) error
	Preferences() fyne.Preferences
}

// Options configure the screens.
type Options struct {
	// DocumentsDir is the folder where generated PDFs are saved; it is created when
	// the first document is written.
	DocumentsDir string
	// Now is the clock (time.Now when nil), for the dates of letters.
	Now func() time.Time
	// DataFuncs are the store's functions Pengaturan → Data uses (datastore.go).
	DataFuncs
	// FirstStart is set when the data file did not exist before it was opened: the
	// window then greets with the welcome (while the file holds no data).
	FirstStart bool
	// Background is the window's background work, which main stops and waits for
	// before it closes the data file (jobs.go); one of its own when nil.
	Background *Background
	// Sample is set when the data file shown is the sample data's (sample.go): the
	// screens say so and offer the way back to the school's file.
	Sample bool
	// Files switches between the school's data file and the sample's (sample.go).
	Files Files
	// StudentExports are an SMK's Dapodik export and the exports with students
	// (smk_data.go).
	StudentExports StudentExports
	// DraftInterval is how often drafts of forms with unsaved edits are kept
	// (drafts.go; DraftInterval in the program); 0 keeps none on a timer (tests keep
	// them by hand).
	DraftInterval time.Duration
}

// Tab indices of the navigation.
const (
	tabBeranda = iota
	tabKemitraan
	tabMitra
	tabPengaturan
)

// gui holds the screens and what they share.
type gui struct {
	app  App
	win  fyne.Window
	db   Store
	opts Options

	tabs         *container.AppTabs
	content      fyne.CanvasObject // the tabs, under the sample's banner when it is shown
	home         *homeScreen
	partnerships *partnershipsScreen
	partners     *partnersScreen
	settings     *settingsScreen
	data         *dataView // Pengaturan → Data, nil when the store cannot back up

	tab       int                  // the section shown, as onTabSelected last allowed it
	switching bool                 // selectTab is changing the section
	unsaved   *dialog.CustomDialog // the unsaved-changes question, while shown
	// sampleChoice asks which sample to open (sample.go), while shown
	sampleChoice *dialog.CustomDialog

	drafted    map[string]bool // the drafts this window has kept (drafts.go)
	draftOffer *draftOffer     // the question about a draft, while shown

	jobs *sync.WaitGroup // background work (printing); main and tests wait on it
	ctx  context.Context // ends when the window closes: background work stops
}

// Create builds the program's window content: the navigation and its four screens.
// It also sets the window's menu, whose shortcuts (Ctrl+S save, Ctrl+N new
// partnership, Ctrl+F search) work while the cursor is in an entry, and asks about
// unsaved edits before the window closes.
func Create(a App, w fyne.Window, db Store, opts Options) fyne.CanvasObject {
	return newGUI(a, w, db, opts).content
}

func newGUI(a App, w fyne.Window, db Store, opts Options) *gui {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Background == nil {
		opts.Background = NewBackground()
	}
	g := &gui{app: a, win: w, db: db, opts: opts, jobs: &opts.Background.wg, ctx: opts.Background.ctx,
		drafted: map[string]bool{}}
	if choice := a.Preferences().String(PreferenceTheme); choice != "" {
		applyTheme(choice) // the appearance chosen in Pengaturan → Tampilan
	}
	g.home = newHomeScreen(g)
	g.partnerships = newPartnershipsScreen(g)
	g.partners = newPartnersScreen(g)
	g.settings = newSettingsScreen(g)

	g.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("nav.beranda"), theme.HomeIcon(), g.home.object()),
		container.NewTabItemWithIcon(lang.L("nav.kemitraan"), theme.DocumentIcon(), g.partnerships.object()),
		container.NewTabItemWithIcon(lang.L("nav.mitra"), theme.AccountIcon(), g.partners.object()),
		container.NewTabItemWithIcon(lang.L("nav.pengaturan"), theme.SettingsIcon(), g.settings.object()),
	)
	g.tabs.SetTabLocation(container.TabLocationLeading)
	g.tabs.OnSelected = func(*container.TabItem) { g.onTabSelected() }
	g.content = g.tabs
	if opts.Sample {
		g.content = g.sampleBanner(g.tabs)
	}

	g.refreshAll()
	g.partnerships.showNewest() // Kemitraan opens where the principal left off
	g.setShortcuts()
	w.SetCloseIntercept(g.requestClose)
	g.showWelcome()
	g.offerDrafts() // what a power cut left unsaved
	g.keepDraftsEvery(opts.DraftInterval)
	return g
}

// setShortcuts puts Ctrl+N, Ctrl+S and Ctrl+F in the window's menu: menu shortcuts
// run even when an entry has the keyboard, where canvas shortcuts would not reach.
// Keluar (quit) asks about unsaved edits as closing the window does.
func (g *gui) setShortcuts() {
	save := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	newPS := &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	find := &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

	saveItem := fyne.NewMenuItem(lang.L("menu.save"), g.saveCurrent)
	saveItem.Shortcut = save
	newItem := fyne.NewMenuItem(lang.L("menu.newpartnership"), g.newPartnership)
	newItem.Shortcut = newPS
	findItem := fyne.NewMenuItem(lang.L("menu.search"), g.focusSearch)
	findItem.Shortcut = find
	quitItem := fyne.NewMenuItem(lang.L("menu.quit"), g.requestClose)
	quitItem.IsQuit = true
	aboutItem := fyne.NewMenuItem(lang.L("menu.about"), func() { g.showAbout() })
	guideItem := fyne.NewMenuItem(lang.L("menu.guide"), func() { g.showGuide() })
	// F1, the help key, opens the guide whenever no field has the keyboard (Fyne
	// hands a key without Ctrl to the field that has it); the menu shows it
	guideItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	file := []*fyne.MenuItem{newItem, saveItem, findItem, fyne.NewMenuItemSeparator()}
	switch {
	case g.opts.Sample && g.opts.Files.OpenSchool != nil:
		file = append(file, fyne.NewMenuItem(lang.L("sample.back"), g.openSchool), fyne.NewMenuItemSeparator())
	case !g.opts.Sample && g.opts.Files.OpenSample != nil:
		file = append(file, fyne.NewMenuItem(lang.L("sample.open"), g.openSample), fyne.NewMenuItemSeparator())
	}
	file = append(file, quitItem)
	// Lihat: the four sections by keyboard, Ctrl+1 … Ctrl+4 (the navigation on the
	// left takes no keyboard focus)
	var view []*fyne.MenuItem
	for i, key := range []string{"nav.beranda", "nav.kemitraan", "nav.mitra", "nav.pengaturan"} {
		tab := i
		it := fyne.NewMenuItem(lang.L(key), func() { g.show(tab) })
		it.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyName(strconv.Itoa(i + 1)), Modifier: fyne.KeyModifierShortcutDefault}
		g.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { g.show(tab) })
		view = append(view, it)
	}
	g.win.SetMainMenu(fyne.NewMainMenu(fyne.NewMenu(lang.L("menu.file"), file...),
		fyne.NewMenu(lang.L("menu.view"), view...),
		fyne.NewMenu(lang.L("menu.help"), guideItem, aboutItem)))

	// also on the canvas, for when no menu is shown
	g.win.Canvas().AddShortcut(save, func(fyne.Shortcut) { g.saveCurrent() })
	g.win.Canvas().AddShortcut(newPS, func(fyne.Shortcut) { g.newPartnership() })
	g.win.Canvas().AddShortcut(find, func(fyne.Shortcut) { g.focusSearch() })
	g.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF1 {
			g.showGuide()
		}
	})
}

// saveCurrent saves the form of the screen shown.
func (g *gui) saveCurrent() {
	if l := g.leaverOf(g.tab); l != nil {
		l.save()
	}
}

// newPartnership shows an empty partnership form, after asking about unsaved edits.
func (g *gui) newPartnership() {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabKemitraan)
		g.partnerships.startNew()
	})
}

// focusSearch gives the keyboard to the search box: the partners' on Mitra, else the
// partnerships' (showing Kemitraan, after asking about unsaved edits).
func (g *gui) focusSearch() {
	switch g.tab {
	case tabMitra:
		focus(g.win, g.partners.search)
		return
	case tabKemitraan:
		focus(g.win, g.partnerships.browser.search)
		return
	}
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabKemitraan)
		focus(g.win, g.partnerships.browser.search)
	})
}

// show selects a screen; leaving a form with unsaved edits asks first.
func (g *gui) show(tab int) {
	if g.tabs.SelectedIndex() != tab {
		g.tabs.SelectIndex(tab) // OnSelected refreshes it
	}
}

func (g *gui) refreshCurrent() {
	switch g.tab {
	case tabBeranda:
		g.home.refresh()
	case tabKemitraan:
		g.partnerships.refresh()
	case tabMitra:
		g.partners.refresh()
	}
}

func (g *gui) refreshAll() {
	// the summaries are read once for Beranda and the list: at 10,000 partnerships
	// each read is a tenth of a second
	sums, err := g.db.Summaries()
	if err != nil {
		g.showError("error.read", err)
		return
	}
	g.home.refreshWith(sums)
	g.partnerships.refreshWith(sums)
	g.partners.refreshWith(sums)
	g.settings.load()
}

// showError tells the person what went wrong, in their language.
func (g *gui) showError(key string, err error) {
	dialog.ShowError(userError{msg: lang.L(key, map[string]string{"Err": errText(err)})}, g.win)
}

// userError is an error whose text is already written for a person.
type userError struct{ msg string }

func (e userError) Error() string { return e.msg }

// wait blocks until background work (printing) has finished; for tests.
func (g *gui) wait() { g.jobs.Wait() }

// focus gives the keyboard to o when the window shows it.
func focus(w fyne.Window, o fyne.Focusable) {
	if c := w.Canvas(); c != nil && w.Content() != nil {
		c.Focus(o)
	}
}
