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

// recordingApp is the test app, remembering the URLs the screens open.
type recordingApp struct {
	fyne.App
	mu     sync.Mutex
	opened []*url.URL
}

func (a *recordingApp) OpenURL(u *url.URL) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.opened = append(a.opened, u)
	return nil
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

func newHarness(t *testing.T) *harness {
	t.Helper()
	a := &recordingApp{App: test.NewTempApp(t)}
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	w := test.NewTempWindow(t, nil)
	h := &harness{t: t, app: a, win: w, db: db, dir: dir, docs: filepath.Join(dir, "dokumen")}
	h.g = newGUI(a, w, db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow }})
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
