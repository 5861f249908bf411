package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/store"
)

func TestMain(m *testing.M) {
	// as cmd/kemitraan does: our translations, Bahasa Indonesia whatever the locale
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		panic(err)
	}
	if err := SelectLanguage(LanguageIndonesian); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// recordingApp is the test app, remembering the URLs the screens open. With prefs
// set, it has preferences of its own instead of the app's.
type recordingApp struct {
	fyne.App
	prefs    fyne.Preferences
	mu       sync.Mutex
	opened   []*url.URL
	failOpen error // what OpenURL returns, as when the system has no PDF viewer
}

func (a *recordingApp) Preferences() fyne.Preferences {
	if a.prefs != nil {
		return a.prefs
	}
	return a.App.Preferences()
}

func (a *recordingApp) OpenURL(u *url.URL) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.opened = append(a.opened, u)
	return a.failOpen
}

// harness is a window showing the real screens over a real store in a temporary folder.
type harness struct {
	t    *testing.T
	app  *recordingApp
	win  fyne.Window
	db   *store.DB
	g    *gui
	dir  string
	docs string
}

var testNow = time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)

// testApp is the one Fyne test app of the window tests.
//
// test.NewTempApp would give each test an app of its own, but Fyne's test.NewApp
// empties the caches of loaded fonts, measured texts and drawn icons every time, and
// measuring every label of every screen again was most of a window test's time under
// -race (2.5 of the 4 s of a test that only opens the window). Tests still do not see
// each other's settings: each harness has preferences of its own (memPreferences) and
// starts with the test theme. (They cannot run in parallel: with migrated_fynedo,
// Fyne's caches are plain maps for one UI goroutine, and two tests building screens
// at once race in them.)
var testApp = sync.OnceValue(func() fyne.App { return test.NewApp() })

// useTestApp makes the shared test app the current one, with its theme.
func useTestApp() fyne.App {
	a := testApp()
	fyne.SetCurrentApp(a) // a test with an app of its own may have left its own
	if a.Settings().Theme() != test.Theme() {
		a.Settings().SetTheme(test.Theme())
	}
	return a
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	return newHarnessOver(t, nil)
}

// newHarnessOver is a harness whose window reaches the store through wrap(db) (a
// store that fails on purpose); the harness's db is the real one beneath.
func newHarnessOver(t *testing.T, wrap func(*store.DB) Store) *harness {
	t.Helper()
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w := test.NewTempWindow(t, nil)
	h := &harness{t: t, app: a, win: w, db: db, dir: dir, docs: filepath.Join(dir, "dokumen")}
	var st Store = db
	if wrap != nil {
		st = wrap(db)
	}
	h.g = newGUI(a, w, st, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow }})
	w.SetContent(h.g.tabs)
	w.Resize(fyne.NewSize(1280, 720))
	return h
}

// typeInto focuses e as a click would and types s.
func (h *harness) typeInto(e *widget.Entry, s string) {
	h.win.Canvas().Focus(e)
	test.Type(e, s)
}

// replace empties e, then types s.
func (h *harness) replace(e *widget.Entry, s string) {
	e.SetText("")
	h.typeInto(e, s)
}

// typeLines types lines into a multi-line entry, pressing Return between them.
func (h *harness) typeLines(e *widget.Entry, lines ...string) {
	h.win.Canvas().Focus(e)
	for i, l := range lines {
		if i > 0 {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
		test.Type(e, l)
	}
}

// texts are the texts the window shows now, dialogs included.
func (h *harness) texts() []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Button:
			out = append(out, x.Text)
		case *widget.Hyperlink:
			out = append(out, x.Text)
		case *widget.Select:
			out = append(out, x.Selected)
		case *canvas.Text:
			out = append(out, x.Text)
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	c := h.win.Canvas()
	walk(c.Content())
	for _, o := range c.Overlays().List() {
		walk(o)
	}
	return out
}

// shows reports whether some text on screen contains s.
func (h *harness) shows(s string) bool {
	for _, t := range h.texts() {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// mustShow fails when no text on screen contains s.
func (h *harness) mustShow(s string) {
	h.t.Helper()
	if !h.shows(s) {
		h.t.Fatalf("the window does not show %q; it shows:\n%s", s, strings.Join(h.texts(), "\n"))
	}
}

// overlayButton is the button with the given text in the top dialog.
func (h *harness) overlayButton(text string) *widget.Button {
	h.t.Helper()
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatal("no dialog is shown")
	}
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil || !o.Visible() {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if found == nil {
		h.t.Fatalf("the dialog has no button %q", text)
	}
	return found
}

// fillSchool types a complete, valid profile and taps Simpan.
func (h *harness) fillSchool() {
	h.t.Helper()
	h.g.show(tabPengaturan)
	s := h.g.settings
	h.typeInto(s.name, "SMP Negeri 1 Bandung")
	h.typeInto(s.npsn, "20219123")
	h.typeLines(s.address, "Jl. Kesatriaan No. 1", "Bandung 40264")
	h.typeInto(s.city, "Bandung")
	h.typeInto(s.phone, "022-1234567")
	h.typeInto(s.email, "info@smpn1bdg.sch.id")
	h.typeInto(s.website, "smpn1bdg.sch.id")
	s.level.SetSelected(levelLabel("SMP"))
	h.typeInto(s.government, "PEMERINTAH KOTA BANDUNG")
	h.typeInto(s.agency, "DINAS PENDIDIKAN")
	h.typeInto(s.principalName, "Dra. Siti Aminah, M.Pd.")
	h.typeInto(s.principalNIP, "196805121994032005")
	h.replace(s.letterCode, "421.3")
	h.typeInto(s.shortName, "SMPN1-BDG")
	s.paper.SetSelected(paperLabel("F4"))
	test.Tap(s.saveButton)
}

// memPreferences are preferences kept in memory, one set per harness.
type memPreferences struct {
	mu        sync.Mutex
	values    map[string]any
	listeners []func()
}

func newMemPreferences() *memPreferences { return &memPreferences{values: map[string]any{}} }

func prefGet[T any](p *memPreferences, key string, fallback T) T {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.values[key].(T); ok {
		return v
	}
	return fallback
}

func prefSet(p *memPreferences, key string, value any) {
	p.mu.Lock()
	p.values[key] = value
	listeners := append([]func(){}, p.listeners...)
	p.mu.Unlock()
	for _, l := range listeners {
		l()
	}
}

func (p *memPreferences) Bool(key string) bool                     { return prefGet(p, key, false) }
func (p *memPreferences) BoolWithFallback(key string, f bool) bool { return prefGet(p, key, f) }
func (p *memPreferences) SetBool(key string, v bool)               { prefSet(p, key, v) }
func (p *memPreferences) BoolList(key string) []bool               { return prefGet[[]bool](p, key, nil) }
func (p *memPreferences) BoolListWithFallback(key string, f []bool) []bool {
	return prefGet(p, key, f)
}
func (p *memPreferences) SetBoolList(key string, v []bool)                { prefSet(p, key, v) }
func (p *memPreferences) Float(key string) float64                        { return prefGet(p, key, 0.0) }
func (p *memPreferences) FloatWithFallback(key string, f float64) float64 { return prefGet(p, key, f) }
func (p *memPreferences) SetFloat(key string, v float64)                  { prefSet(p, key, v) }
func (p *memPreferences) FloatList(key string) []float64                  { return prefGet[[]float64](p, key, nil) }
func (p *memPreferences) FloatListWithFallback(key string, f []float64) []float64 {
	return prefGet(p, key, f)
}
func (p *memPreferences) SetFloatList(key string, v []float64)  { prefSet(p, key, v) }
func (p *memPreferences) Int(key string) int                    { return prefGet(p, key, 0) }
func (p *memPreferences) IntWithFallback(key string, f int) int { return prefGet(p, key, f) }
func (p *memPreferences) SetInt(key string, v int)              { prefSet(p, key, v) }
func (p *memPreferences) IntList(key string) []int              { return prefGet[[]int](p, key, nil) }
func (p *memPreferences) IntListWithFallback(key string, f []int) []int {
	return prefGet(p, key, f)
}
func (p *memPreferences) SetIntList(key string, v []int)          { prefSet(p, key, v) }
func (p *memPreferences) String(key string) string                { return prefGet(p, key, "") }
func (p *memPreferences) StringWithFallback(key, f string) string { return prefGet(p, key, f) }
func (p *memPreferences) SetString(key string, v string)          { prefSet(p, key, v) }
func (p *memPreferences) StringList(key string) []string          { return prefGet[[]string](p, key, nil) }
func (p *memPreferences) StringListWithFallback(key string, f []string) []string {
	return prefGet(p, key, f)
}
func (p *memPreferences) SetStringList(key string, v []string) { prefSet(p, key, v) }

func (p *memPreferences) RemoveValue(key string) {
	p.mu.Lock()
	delete(p.values, key)
	p.mu.Unlock()
}

func (p *memPreferences) AddChangeListener(l func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.listeners = append(p.listeners, l)
}

func (p *memPreferences) ChangeListeners() []func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]func(){}, p.listeners...)
}
