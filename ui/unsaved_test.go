package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// watchedWindow remembers the close intercept the screens set and whether the window closed.
type watchedWindow struct {
	fyne.Window
	intercept func()
	closed    bool
}

func (w *watchedWindow) SetCloseIntercept(fn func()) {
	w.intercept = fn
	w.Window.SetCloseIntercept(fn)
}
func (w *watchedWindow) Close() { w.closed = true }

// watchClose builds the screens again in a window that records closing.
func watchClose(h *harness) *watchedWindow {
	w := &watchedWindow{Window: h.win}
	h.g = newGUI(h.app, w, h.db, h.g.opts)
	h.win.SetContent(h.g.tabs)
	return w
}

func (h *harness) askedUnsaved() bool {
	return h.win.Canvas().Overlays().Top() != nil && h.shows("Ada perubahan yang belum disimpan")
}

func TestUnsavedProfilePrompt(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	s := h.g.settings
	if s.dirty() {
		t.Fatal("a saved profile counts as unsaved")
	}

	// an edit, then another section: the question, and the profile stays shown
	h.replace(s.city, "Cimahi")
	h.g.show(tabBeranda)
	if !h.askedUnsaved() {
		t.Fatalf("no question; the window shows:\n%s", strings.Join(h.texts(), "\n"))
	}
	if h.g.tabs.SelectedIndex() != tabPengaturan {
		t.Errorf("section %d shown while asking", h.g.tabs.SelectedIndex())
	}
	for _, b := range []string{"Simpan", "Buang", "Tetap di sini"} {
		h.overlayButton(b)
	}

	// Tetap di sini: nothing changes
	test.Tap(h.overlayButton("Tetap di sini"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("the question is still shown")
	}
	if h.g.tabs.SelectedIndex() != tabPengaturan || s.city.Text != "Cimahi" {
		t.Errorf("after Tetap: section %d, city %q", h.g.tabs.SelectedIndex(), s.city.Text)
	}

	// Buang: the stored profile comes back and the section changes
	h.g.show(tabBeranda)
	test.Tap(h.overlayButton("Buang"))
	if h.g.tabs.SelectedIndex() != tabBeranda {
		t.Errorf("after Buang: section %d", h.g.tabs.SelectedIndex())
	}
	if s.city.Text != "Bandung" || s.dirty() {
		t.Errorf("after Buang the form says %q", s.city.Text)
	}
	if school, _ := h.db.School(); school.City != "Bandung" {
		t.Errorf("stored city %q", school.City)
	}

	// Simpan: saved, then the section changes
	h.g.show(tabPengaturan)
	h.replace(s.city, "Cimahi")
	h.g.show(tabMitra)
	test.Tap(h.overlayButton("Simpan"))
	if school, _ := h.db.School(); school.City != "Cimahi" {
		t.Errorf("stored city %q", school.City)
	}
	if h.g.tabs.SelectedIndex() != tabMitra {
		t.Errorf("after Simpan: section %d", h.g.tabs.SelectedIndex())
	}

	// Simpan with a mistake: nothing saved, the form stays with the field's message
	h.g.show(tabPengaturan)
	h.replace(s.npsn, "123")
	h.g.show(tabBeranda)
	test.Tap(h.overlayButton("Simpan"))
	if h.g.tabs.SelectedIndex() != tabPengaturan {
		t.Errorf("a failed save left the form: section %d", h.g.tabs.SelectedIndex())
	}
	h.mustShow("NPSN harus 8 digit angka.")
	if school, _ := h.db.School(); school.NPSN != "20219123" {
		t.Errorf("stored NPSN %q", school.NPSN)
	}
}

func TestUnsavedOnClose(t *testing.T) {
	h := newHarness(t)
	w := watchClose(h)
	if w.intercept == nil {
		t.Fatal("no close intercept")
	}
	// nothing to save: the window closes
	w.intercept()
	if !w.closed {
		t.Fatal("the window did not close")
	}
	w.closed = false

	h.fillSchool()
	h.replace(h.g.settings.principalName, "Drs. Bambang")
	h.g.show(tabBeranda)
	test.Tap(h.overlayButton("Tetap di sini"))

	// the close button asks
	w.intercept()
	if !h.askedUnsaved() || w.closed {
		t.Fatalf("closing with unsaved edits: asked %v, closed %v", h.askedUnsaved(), w.closed)
	}
	test.Tap(h.overlayButton("Tetap di sini"))
	if w.closed {
		t.Error("Tetap closed the window")
	}

	// Keluar in the menu asks too; Simpan saves, then closes
	h.menuItem("Keluar").Action()
	if !h.askedUnsaved() {
		t.Fatal("Keluar did not ask")
	}
	test.Tap(h.overlayButton("Simpan"))
	if !w.closed {
		t.Error("the window did not close after Simpan")
	}
	if school, _ := h.db.School(); school.PrincipalName != "Drs. Bambang" {
		t.Errorf("stored principal %q", school.PrincipalName)
	}
}

func TestUnsavedPartnerForm(t *testing.T) {
	h := newHarness(t)
	a := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	b := h.mustPartner("Komite Sekolah", model.KindKomunitas)
	h.g.show(tabMitra)
	s := h.g.partners
	s.list.Select(indexOfPartner(s.shown, a.ID))
	h.replace(s.phone, "022-7654321")

	// another partner: asked; Tetap keeps the edit and the highlighted row
	s.list.Select(indexOfPartner(s.shown, b.ID))
	if !h.askedUnsaved() {
		t.Fatal("no question")
	}
	test.Tap(h.overlayButton("Tetap di sini"))
	if s.current.ID != a.ID || s.phone.Text != "022-7654321" {
		t.Errorf("after Tetap the form shows %q, phone %q", s.current.Name, s.phone.Text)
	}

	// Mitra baru: Buang empties the form
	test.Tap(s.newButton)
	test.Tap(h.overlayButton("Buang"))
	if s.current.ID != "" || s.name.Text != "" {
		t.Errorf("after Buang the form shows %q", s.name.Text)
	}
	if p, _ := h.db.Partner(a.ID); p.Phone != "" {
		t.Errorf("stored phone %q", p.Phone)
	}

	// Ctrl+S saves the form shown
	s.list.Select(indexOfPartner(s.shown, a.ID))
	h.replace(s.phone, "022-7654321")
	h.menuItem("Simpan").Action()
	if p, _ := h.db.Partner(a.ID); p.Phone != "022-7654321" {
		t.Errorf("Ctrl+S stored phone %q", p.Phone)
	}
	if s.dirty() {
		t.Error("a saved partner counts as unsaved")
	}
}
