package ui

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// mustPartner stores a partner.
func (h *harness) mustPartner(name string, kind model.PartnerKind) model.Partner {
	h.t.Helper()
	p := model.Partner{Name: name, Kind: kind, ContactPerson: "Budi", SignatoryName: "Hendra", SignatoryPosition: "Direktur"}
	if err := h.db.SavePartner(&p); err != nil {
		h.t.Fatal(err)
	}
	return p
}

// mustPartnership stores a partnership.
func (h *harness) mustPartnership(title string, partner model.ID, cat model.NeedCategory, need string, stage model.Stage, status model.Status) model.Partnership {
	h.t.Helper()
	p := model.NewPartnership()
	p.Title, p.PartnerID, p.Need.Category, p.Need.Description, p.Stage, p.Status = title, partner, cat, need, stage, status
	if err := h.db.SavePartnership(&p); err != nil {
		h.t.Fatal(err)
	}
	return p
}

func TestPartnershipListSearchAndFilters(t *testing.T) {
	h := newHarness(t)
	maju := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	upi := h.mustPartner("Universitas Pendidikan Indonesia", model.KindPerguruanTingi)
	cahaya := h.mustPartnership("Sékolah Çahaya Literasi", maju.ID, model.NeedAkademik, "Pojok baca di setiap kelas", model.StageKebutuhan, model.StatusDraft)
	guru := model.NewPartnership()
	guru.Title, guru.PartnerID, guru.Need.Category, guru.Need.Description = "Pelatihan Guru Digital", upi.ID, model.NeedProfesional, "Guru perlu pelatihan perangkat digital"
	guru.Stage, guru.Status = model.StageProposal, model.StatusBerjalan
	guru.Agreement.Start = time.Date(2024, time.July, 1, 0, 0, 0, 0, time.Local)
	if err := h.db.SavePartnership(&guru); err != nil {
		t.Fatal(err)
	}
	h.mustPartnership("Ekstrakurikuler Robotik", "", model.NeedEkstrakurikuler, "Siswa ingin merakit lego", model.StageImplementasi, model.StatusBerjalan)

	h.g.show(tabKemitraan)
	l := h.g.partnerships.browser
	want := func(step string, titles ...string) {
		t.Helper()
		if got := l.titles(); !reflect.DeepEqual(got, titles) && !(len(got) == 0 && len(titles) == 0) {
			t.Errorf("%s: list shows %q, want %q", step, got, titles)
		}
	}
	want("newest change first", "Ekstrakurikuler Robotik", "Pelatihan Guru Digital", "Sékolah Çahaya Literasi")
	h.mustShow("3/7 Pengembangan Proposal · Universitas Pendidikan Indonesia · Berjalan")
	h.mustShow("5/7 Implementasi · tanpa mitra · Berjalan")

	// a change puts a partnership at the top
	cahaya.Need.Description += " dan perpustakaan keliling"
	if err := h.db.SavePartnership(&cahaya); err != nil {
		t.Fatal(err)
	}
	h.g.partnerships.refresh()
	want("after a change", "Sékolah Çahaya Literasi", "Ekstrakurikuler Robotik", "Pelatihan Guru Digital")

	// search: case and accents do not matter; partner names and needs are searched
	h.typeInto(l.search, "sekolah")
	want("sekolah", "Sékolah Çahaya Literasi")
	h.mustShow("Menampilkan 1 dari 3 kemitraan")
	h.replace(l.search, "SEKOLAH cahaya")
	want("SEKOLAH cahaya", "Sékolah Çahaya Literasi")
	h.replace(l.search, "universitas")
	want("partner name", "Pelatihan Guru Digital")
	h.replace(l.search, "lego")
	want("need text", "Ekstrakurikuler Robotik")
	h.replace(l.search, "perpustakaan")
	want("edited need text", "Sékolah Çahaya Literasi")
	h.replace(l.search, "kapal selam")
	want("no match")
	h.mustShow("Tidak ada kemitraan yang cocok")
	h.replace(l.search, "")
	want("empty search", "Sékolah Çahaya Literasi", "Ekstrakurikuler Robotik", "Pelatihan Guru Digital")
	if l.counter.Visible() {
		t.Error("the count shows without a filter")
	}

	// filters, alone and combined with each other and the search
	l.stage.SetSelected(stageLabel(model.StageProposal))
	want("stage 3", "Pelatihan Guru Digital")
	l.stage.SetSelectedIndex(0)
	l.status.SetSelected(statusLabel(model.StatusBerjalan))
	want("berjalan", "Ekstrakurikuler Robotik", "Pelatihan Guru Digital")
	l.category.SetSelected(needLabel(model.NeedEkstrakurikuler))
	want("berjalan + ekstrakurikuler", "Ekstrakurikuler Robotik")
	l.category.SetSelectedIndex(0)

	// the year the store gave the new partnerships (its clock, not the test's)
	thisYear := strconv.Itoa(cahaya.CreatedAt.Year())
	if got, want := l.year.Options, []string{"Semua tahun", thisYear, "2024"}; !reflect.DeepEqual(got, want) {
		t.Errorf("year options %q, want %q", got, want)
	}
	l.year.SetSelected("2024") // the agreement's start
	want("berjalan + 2024", "Pelatihan Guru Digital")
	h.typeInto(l.search, "guru")
	want("berjalan + 2024 + guru", "Pelatihan Guru Digital")
	h.replace(l.search, "robot")
	want("berjalan + 2024 + robot")
	h.replace(l.search, "")
	l.status.SetSelected(statusLabel(model.StatusDraft))
	want("draft + 2024")
	l.year.SetSelected(thisYear)
	want("draft + this year", "Sékolah Çahaya Literasi")

	// the filters survive a reload of the list
	h.g.partnerships.refresh()
	want("draft + this year, reloaded", "Sékolah Çahaya Literasi")
	h.typeInto(l.search, "literasi")
	test.Tap(l.reset)
	want("all", "Sékolah Çahaya Literasi", "Ekstrakurikuler Robotik", "Pelatihan Guru Digital")
	if l.search.Text != "" || l.year.SelectedIndex() != 0 || l.status.SelectedIndex() != 0 || l.counter.Visible() {
		t.Errorf("after Tampilkan semua: search %q, year %d, status %d", l.search.Text, l.year.SelectedIndex(), l.status.SelectedIndex())
	}

	// picking a row opens the partnership
	l.list.Select(2)
	if got := h.g.partnerships.shownID(); got != guru.ID {
		t.Errorf("the screen shows %q, want %q", got, guru.ID)
	}
	if l.selected != guru.ID {
		t.Errorf("the list highlights %q", l.selected)
	}
}

// menuItem is the item of the window's menu with that label.
func (h *harness) menuItem(label string) *fyne.MenuItem {
	h.t.Helper()
	for _, m := range h.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	h.t.Fatalf("the menu has no %q", label)
	return nil
}

func TestShortcutsInMenu(t *testing.T) {
	h := newHarness(t)
	for label, key := range map[string]fyne.KeyName{"Kemitraan baru": fyne.KeyN, "Simpan": fyne.KeyS, "Cari kemitraan": fyne.KeyF,
		"Beranda": "1", "Kemitraan": "2", "Mitra": "3", "Pengaturan": "4"} {
		it := h.menuItem(label)
		sc, ok := it.Shortcut.(interface{ ShortcutName() string })
		if !ok || !strings.HasSuffix(sc.ShortcutName(), "+"+string(key)) {
			t.Errorf("%s has shortcut %v", label, it.Shortcut)
		}
	}
	if !h.menuItem("Keluar").IsQuit {
		t.Error("Keluar is not the quit item")
	}
	// Ctrl+3 shows Mitra, by the canvas's shortcut too
	h.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(h.menuItem("Mitra").Shortcut)
	if h.g.tabs.SelectedIndex() != tabMitra {
		t.Errorf("Ctrl+3 shows section %d", h.g.tabs.SelectedIndex())
	}

	// Ctrl+F from Beranda shows Kemitraan and puts the cursor in its search box,
	// also while another entry has the keyboard
	h.g.show(tabPengaturan)
	h.win.Canvas().Focus(h.g.settings.name)
	h.menuItem("Cari kemitraan").Action()
	if h.g.tabs.SelectedIndex() != tabKemitraan {
		t.Fatalf("Ctrl+F shows section %d", h.g.tabs.SelectedIndex())
	}
	if h.win.Canvas().Focused() != h.g.partnerships.browser.search {
		t.Errorf("Ctrl+F focused %v", h.win.Canvas().Focused())
	}
	test.Type(h.g.partnerships.browser.search, "robot")
	if h.g.partnerships.browser.filter.words[0] != "robot" {
		t.Errorf("search words %q", h.g.partnerships.browser.filter.words)
	}
	// on Mitra it searches partners
	h.g.show(tabMitra)
	h.menuItem("Cari kemitraan").Action()
	if h.win.Canvas().Focused() != h.g.partners.search {
		t.Errorf("Ctrl+F on Mitra focused %v", h.win.Canvas().Focused())
	}
}

func TestPartnerShowsItsPartnerships(t *testing.T) {
	h := newHarness(t)
	maju := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	other := h.mustPartner("Komite Sekolah", model.KindKomunitas)
	a := h.mustPartnership("Pelatihan Literasi Digital Guru", maju.ID, model.NeedProfesional, "Pelatihan", model.StageProposal, model.StatusBerjalan)
	h.mustPartnership("Beasiswa Siswa Berprestasi", maju.ID, model.NeedDukunganSiswa, "Beasiswa", model.StageKebutuhan, model.StatusDraft)
	h.mustPartnership("Bazar Sekolah", other.ID, model.NeedLainnya, "Bazar", model.StageKebutuhan, model.StatusDraft)

	h.g.show(tabMitra)
	s := h.g.partners
	s.list.Select(indexOfPartner(s.shown, maju.ID))
	if s.current.ID != maju.ID {
		t.Fatalf("the form shows %q", s.current.Name)
	}
	h.mustShow("Pelatihan Literasi Digital Guru — 3/7 Pengembangan Proposal")
	h.mustShow("Beasiswa Siswa Berprestasi — 1/7 Identifikasi Kebutuhan")
	if h.shows("Bazar Sekolah") {
		t.Error("another partner's partnership is listed")
	}

	// deleting it is refused before any question, naming the partnerships that use it
	test.Tap(s.deleteButton)
	if h.shows("Hapus mitra") {
		t.Error("deleting a partner in use asks to confirm first")
	}
	h.mustShow("Mitra ini masih dipakai oleh kemitraan.")
	h.mustShow("• Pelatihan Literasi Digital Guru")
	h.mustShow("• Beasiswa Siswa Berprestasi")
	if _, err := h.db.Partner(maju.ID); err != nil {
		t.Errorf("partner gone: %v", err)
	}
	test.Tap(h.overlayButton("OK"))

	// tapping a partnership opens it in the Kemitraan screen
	var open *widget.Hyperlink
	for _, o := range s.partnerships.Objects {
		if b, ok := o.(*widget.Hyperlink); ok && strings.HasPrefix(b.Text, "Pelatihan Literasi") {
			open = b
		}
	}
	if open == nil {
		t.Fatal("no button for the partnership")
	}
	open.OnTapped()
	if h.g.tabs.SelectedIndex() != tabKemitraan {
		t.Fatalf("section %d shown", h.g.tabs.SelectedIndex())
	}
	if got := h.g.partnerships.shownID(); got != a.ID {
		t.Errorf("Kemitraan shows %q, want %q", got, a.ID)
	}
	if h.g.partnerships.browser.selected != a.ID {
		t.Error("the list does not highlight it")
	}
}

func indexOfPartner(ps []model.Partner, id model.ID) int {
	for i, p := range ps {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// BenchmarkPartnershipList builds the list of 10,000 partnerships from their
// summaries, then filters it as one keystroke in the search box does.
func BenchmarkPartnershipList(b *testing.B) {
	test.NewTempApp(b)
	sums := make([]model.Summary, 10000)
	base := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.Local)
	for i := range sums {
		sums[i] = model.Summary{ID: model.ID(strconv.Itoa(i)), Title: "Kemitraan Sékolah nomor " + strconv.Itoa(i),
			Stage: model.Stages[i%7], Status: model.Statuses[i%4], Category: model.NeedCategories[i%6],
			Need:      "Kebutuhan pelatihan guru dan siswa di bidang literasi digital " + strconv.Itoa(i),
			PartnerID: model.ID("p" + strconv.Itoa(i%50)), PartnerName: "Mitra " + strconv.Itoa(i%50),
			CreatedAt: base.AddDate(0, 0, i%1500), UpdatedAt: base.Add(time.Duration(i) * time.Minute)}
	}
	name := func(model.ID) string { return "" }
	l := newPartnershipList(nil)
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			l.load(sums, name)
		}
	})
	b.Run("keystroke", func(b *testing.B) {
		queries := []string{"sekolah nomor 99", "sekolah nomor 9"}
		i := 0
		for b.Loop() {
			l.search.SetText(queries[i%2])
			i++
		}
	})
}
