package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/store"
)

// newFirstStart is the window as cmd/kemitraan builds it on a data file that did not
// exist before (FirstStart), over the store db; its Files switch to a sample file
// beside it and back, as cmd/kemitraan's do.
func newFirstStart(t *testing.T, db *store.DB) *harness {
	t.Helper()
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	w := test.NewTempWindow(t, nil)
	dir := filepath.Dir(db.Path())
	h := &harness{t: t, app: a, win: w, db: db, dir: dir, docs: filepath.Join(dir, "dokumen")}
	w.Resize(fyne.NewSize(1280, 720))
	school := db
	var files Files
	show := func(db *store.DB, sample, first bool) {
		h.db = db
		h.g = newGUI(a, w, db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow },
			FirstStart: first, Sample: sample, Files: files})
		w.SetContent(h.g.content)
	}
	files = Files{
		OpenSample: func() error {
			sample := openStore(t, filepath.Join(dir, "contoh", "kemitraan-contoh.db"))
			d := demo.Dataset(testNow)
			if err := sample.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
				Events: demo.Timeline(d), LetterCounters: d.LetterCounters}); err != nil {
				return err
			}
			show(sample, true, false)
			return nil
		},
		OpenSchool: func() error {
			show(school, false, true)
			return nil
		},
	}
	show(db, false, true)
	return h
}

func openStore(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestWelcomeFillProfile(t *testing.T) {
	h := newFirstStart(t, openStore(t, filepath.Join(t.TempDir(), "kemitraan.db")))
	if h.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no welcome on the first start")
	}
	h.mustShow("Jelajahi dengan contoh data")
	if got := h.win.Canvas().Focused(); got != h.overlayButton("Isi profil sekolah") {
		t.Errorf("the keyboard is on %T, want the Isi profil sekolah button", got)
	}

	test.Tap(h.overlayButton("Isi profil sekolah"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("the welcome is still shown")
	}
	if h.g.tabs.SelectedIndex() != tabPengaturan || h.g.settings.tabs.SelectedIndex() != 0 {
		t.Errorf("shows section %d, settings tab %d; want Pengaturan → Profil Sekolah",
			h.g.tabs.SelectedIndex(), h.g.settings.tabs.SelectedIndex())
	}
	if h.win.Canvas().Focused() != h.g.settings.name {
		t.Error("the cursor is not in the school's name")
	}
	// typing goes into the profile, as the real-window test does it
	test.Type(h.g.settings.name, "SMP Négeri 1 Bandung — Uji")
	if h.g.settings.name.Text != "SMP Négeri 1 Bandung — Uji" {
		t.Errorf("name = %q", h.g.settings.name.Text)
	}
}

// #11: the sample data live in a file of their own, clearly marked; the school's
// file stays clean, and the way back is on screen.
func TestWelcomeSampleData(t *testing.T) {
	school := openStore(t, filepath.Join(t.TempDir(), "kemitraan.db"))
	h := newFirstStart(t, school)
	h.g.show(tabPengaturan) // Beranda must be shown afterwards wherever one was
	test.Tap(h.overlayButton("Jelajahi dengan contoh data"))
	h.g.wait()

	if h.db == school || !strings.HasSuffix(h.db.Path(), filepath.Join("contoh", "kemitraan-contoh.db")) {
		t.Fatalf("the sample is shown from %s", h.db.Path())
	}
	if n, err := school.Summaries(); err != nil || len(n) != 0 {
		t.Errorf("the school's file holds %d partnerships after the sample (%v)", len(n), err)
	}
	if s, _ := school.School(); s.Name != "" {
		t.Errorf("the school's file holds the sample's profile %q", s.Name)
	}
	h.mustShow("Ini contoh data untuk mencoba program")
	if SampleTitle() != "Kemitraan Sekolah — CONTOH DATA (bukan data sekolah)" {
		t.Errorf("the window's title: %q", SampleTitle())
	}
	if h.menuItem("Kembali ke data sekolah") == nil {
		t.Error("Berkas has no way back to the school's data")
	}

	summaries, err := h.db.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	if len(summaries) <= 10 {
		t.Errorf("%d partnerships after the sample data, want more than 10", len(summaries))
	}
	if school, _ := h.db.School(); school.Name == "" {
		t.Error("the sample has no school profile")
	}
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("the welcome is still shown")
	}
	if h.g.tabs.SelectedIndex() != tabBeranda {
		t.Errorf("shows section %d, want Beranda", h.g.tabs.SelectedIndex())
	}
	// Beranda shows the sample's partnerships: the title of one of them is on screen
	found := false
	for _, s := range summaries {
		if h.shows(s.Title) {
			found = true
			break
		}
	}
	if !found {
		t.Error("Beranda shows none of the sample's partnerships")
	}

	// back to the school's file: empty, the welcome again, no banner
	test.Tap(buttonIn(t, h.win.Canvas().Content(), "Kembali ke data sekolah"))
	if h.db != school || h.shows("Ini contoh data") {
		t.Fatal("Kembali ke data sekolah did not show the school's file")
	}
	if h.win.Canvas().Overlays().Top() == nil {
		t.Error("the empty school file does not greet again")
	}
	h.mustShow("Jelajahi dengan contoh data")
}

func TestWelcomeOnlyOnAFreshFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")

	// dismissed: the file exists now, but holds nothing; the program would not pass
	// FirstStart again, and with it the welcome still shows only while empty
	h := newFirstStart(t, openStore(t, path))
	test.Tap(h.overlayButton("Nanti saja"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("Nanti saja left the welcome shown")
	}
	if h.g.tabs.SelectedIndex() != tabBeranda {
		t.Errorf("shows section %d after Nanti saja, want Beranda", h.g.tabs.SelectedIndex())
	}
	h.fillSchool()

	// once data exist, not even FirstStart brings it back
	again := newFirstStart(t, h.db)
	if again.win.Canvas().Overlays().Top() != nil {
		t.Error("the welcome shows over a file with data")
	}

	// and a window on an existing file (FirstStart false) never shows it
	plain := newHarness(t)
	if plain.win.Canvas().Overlays().Top() != nil {
		t.Error("the welcome shows without FirstStart")
	}
}

func TestAbout(t *testing.T) {
	h := newHarness(t)
	a := h.g.showAbout()
	h.mustShow("Tentang Kemitraan")
	h.mustShow(kemitraan.App().Name)
	want := "Versi " + kemitraan.App().Version + " (build "
	if !strings.HasPrefix(a.version.Text, want) {
		t.Errorf("version line %q, want it to start with %q", a.version.Text, want)
	}
	if a.dataFile.Text != h.db.Path() {
		t.Errorf("data file %q, want %q", a.dataFile.Text, h.db.Path())
	}
	h.mustShow("SIL Open Font License")

	// and the menu has it: Bantuan → Tentang Kemitraan
	menu := h.win.MainMenu()
	if menu == nil || len(menu.Items) < 2 || menu.Items[len(menu.Items)-1].Label != "Bantuan" {
		t.Fatalf("no Bantuan menu: %+v", menu)
	}
	if items := menu.Items[len(menu.Items)-1].Items; len(items) != 2 || items[0].Label != "Panduan" || items[1].Label != "Tentang Kemitraan" {
		t.Errorf("Bantuan holds %+v", items)
	}
}
