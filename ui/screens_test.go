package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

func TestSchoolProfileSaved(t *testing.T) {
	h := newHarness(t)
	h.mustShow("Profil sekolah belum diisi")
	h.fillSchool()

	h.mustShow("Profil sekolah tersimpan.")
	h.mustShow("Contoh nomor berikutnya: 001/421.3/SMPN1-BDG/XI/2026")

	// the data file has every field, also after it is closed and opened again
	path := h.db.Path()
	h.db.Close()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.School()
	if err != nil {
		t.Fatal(err)
	}
	want := model.School{
		Name: "SMP Negeri 1 Bandung", NPSN: "20219123", Address: "Jl. Kesatriaan No. 1\nBandung 40264",
		City: "Bandung", Phone: "022-1234567", Email: "info@smpn1bdg.sch.id", Website: "smpn1bdg.sch.id",
		Level: model.LevelSMP, Status: model.StatusNegeri, Government: "PEMERINTAH KOTA BANDUNG", Agency: "DINAS PENDIDIKAN",
		PrincipalName: "Dra. Siti Aminah, M.Pd.", PrincipalNIP: "196805121994032005",
		Paper: model.PaperF4, Face: model.FaceSans, SubjectLabel: "Hal",
		LetterPattern: model.DefaultLetterPattern, LetterCode: "421.3", ShortName: "SMPN1-BDG",
	}
	got.UpdatedAt = want.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored profile\n got %+v\nwant %+v", got, want)
	}
}

func TestSchoolProfileInvalidNPSN(t *testing.T) {
	h := newHarness(t)
	h.g.show(tabPengaturan)
	s := h.g.settings
	h.typeInto(s.name, "SMP Negeri 1 Bandung")
	h.typeInto(s.npsn, "1234")
	h.typeInto(s.address, "Jl. Kesatriaan No. 1")
	h.typeInto(s.city, "Bandung")
	h.typeInto(s.principalName, "Dra. Siti Aminah")
	h.typeInto(s.email, "bukan-email")
	test.Tap(s.saveButton)

	if got, want := s.form.field("npsn").errorText(), "NPSN harus 8 digit angka."; got != want {
		t.Errorf("NPSN field says %q, want %q", got, want)
	}
	if got := s.form.field("email").errorText(); !strings.HasPrefix(got, "Alamat e-mail tidak valid") {
		t.Errorf("e-mail field says %q", got)
	}
	if got := s.form.field("name").errorText(); got != "" {
		t.Errorf("name field says %q, want nothing", got)
	}
	h.mustShow("NPSN harus 8 digit angka.")
	h.mustShow("Belum tersimpan")
	if h.shows("Profil sekolah tersimpan.") {
		t.Error("the screen says the profile was saved")
	}
	school, err := h.db.School()
	if err != nil {
		t.Fatal(err)
	}
	if !school.IsZero() {
		t.Errorf("an invalid profile was saved: %+v", school)
	}

	// editing the field clears its message; a valid NPSN then saves
	h.replace(s.npsn, "20219123")
	if got := s.form.field("npsn").errorText(); got != "" {
		t.Errorf("after editing, NPSN field still says %q", got)
	}
	h.replace(s.email, "info@smpn1bdg.sch.id")
	test.Tap(s.saveButton)
	if school, _ := h.db.School(); school.NPSN != "20219123" {
		t.Errorf("stored NPSN %q", school.NPSN)
	}
}

// addPartner creates a partner through the Mitra screen.
func (h *harness) addPartner(name string, kind model.PartnerKind) model.Partner {
	h.t.Helper()
	h.g.show(tabMitra)
	s := h.g.partners
	test.Tap(s.newButton)
	h.typeInto(s.name, name)
	s.kind.SetSelected(kindLabel(kind))
	h.typeInto(s.contactPerson, "Budi Santoso")
	h.typeInto(s.email, "budi@maju.co.id")
	h.typeInto(s.signatoryName, "Ir. Hendra Wijaya")
	h.typeInto(s.signatoryPosition, "Direktur Utama")
	test.Tap(s.saveButton)
	partners, err := h.db.Partners()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range partners {
		if p.Name == name {
			return p
		}
	}
	h.t.Fatalf("partner %q not stored; screen shows:\n%s", name, strings.Join(h.texts(), "\n"))
	return model.Partner{}
}

// addPartnership creates a partnership with the partner through the Kemitraan screen:
// stage 1 on the partnership screen, then the partner chosen in stage 2's form.
func (h *harness) addPartnership(title string, partner model.Partner) model.Partnership {
	h.t.Helper()
	h.g.show(tabKemitraan)
	test.Tap(h.g.partnerships.newButton)
	v := h.g.partnerships.detail
	h.typeInto(v.need.title, title)
	v.need.category.SetSelected(needLabel(model.NeedProfesional))
	h.typeInto(v.need.need, "Guru membutuhkan pelatihan pemanfaatan perangkat digital dalam pembelajaran.")
	v.cand.chosen.SetSelected(partnerOption(partner))
	test.Tap(v.saveButton)
	ps, err := h.db.Partnerships()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range ps {
		if p.Title == title {
			return p
		}
	}
	h.t.Fatalf("partnership %q not stored; screen shows:\n%s", title, strings.Join(h.texts(), "\n"))
	return model.Partnership{}
}

func TestPartnershipWithPartner(t *testing.T) {
	h := newHarness(t)
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	if partner.Kind != model.KindBisnis || partner.SignatoryPosition != "Direktur Utama" || partner.ContactPerson != "Budi Santoso" {
		t.Errorf("stored partner %+v", partner)
	}
	h.mustShow("Bisnis/DUDI")

	ps := h.addPartnership("Pelatihan Literasi Digital Guru", partner)
	if ps.PartnerID != partner.ID {
		t.Errorf("partnership's partner %q, want %q", ps.PartnerID, partner.ID)
	}
	if ps.Stage != model.StageKebutuhan || ps.Status != model.StatusDraft || ps.Need.Category != model.NeedProfesional {
		t.Errorf("stored partnership %+v", ps)
	}
	if !strings.HasPrefix(ps.Need.Description, "Guru membutuhkan") {
		t.Errorf("stored need %q", ps.Need.Description)
	}
	h.mustShow("Pelatihan Literasi Digital Guru")
	h.mustShow("1/7 Identifikasi Kebutuhan · PT Maju Bersama · Draft")

	// without a school profile the letter cannot be printed, and the Dokumen tab says why
	h.g.partnerships.detail.tabs.SelectIndex(3)
	if !h.g.partnerships.detail.docs.request.button.Disabled() {
		t.Error("Cetak surat permohonan is enabled without a school profile")
	}
	h.mustShow("Isi dan simpan Profil Sekolah di Pengaturan")
	h.g.partnerships.detail.tabs.SelectIndex(0)

	// Beranda counts it
	h.g.show(tabBeranda)
	if got := h.g.home.stageCounts[0].Text; got != "1" {
		t.Errorf("Beranda counts %s partnerships at stage 1", got)
	}
	h.mustShow("Jumlah mitra: 1")
}

func TestPrintRequestLetter(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	ps := h.addPartnership("Pelatihan Literasi Digital Guru", partner)

	// the letter is printed from stage 2, in the Dokumen tab
	s := h.g.partnerships.detail
	if !s.docs.request.button.Disabled() {
		t.Error("Cetak surat permohonan is enabled at stage 1")
	}
	s = h.advance(model.StagePenjajakan)
	s.tabs.SelectIndex(3)
	if s.docs.request.button.Disabled() {
		t.Fatalf("Cetak surat permohonan is disabled: %s", s.docs.request.note.Text)
	}
	test.Tap(s.docs.request.button)
	test.Tap(h.overlayButton("Buat")) // the letter's options, as they come
	h.g.wait()

	stored, err := h.db.Partnership(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Letters) != 1 {
		t.Fatalf("partnership has %d letters, want 1", len(stored.Letters))
	}
	l := stored.Letters[0]
	if l.Kind != "permohonan" || l.Number != "001/421.3/SMPN1-BDG/XI/2026" || l.Code == "" {
		t.Errorf("letter %+v", l)
	}
	path := filepath.Join(h.docs, "Surat permohonan - Pelatihan Literasi Digital Guru - 2026-11-26.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("%s does not start with %%PDF", path)
	}
	if entries, _ := os.ReadDir(h.docs); len(entries) != 1 {
		t.Errorf("documents folder holds %d files, want only the letter", len(entries))
	}
	if len(h.app.opened) != 1 || h.app.opened[0].Scheme != "file" || !strings.HasSuffix(h.app.opened[0].Path, "Surat permohonan - Pelatihan Literasi Digital Guru - 2026-11-26.pdf") {
		t.Errorf("opened %v", h.app.opened)
	}
	h.mustShow("Surat permohonan dibuat")
	h.mustShow(l.Code)
	h.mustShow(path)
	// the form lists the letter
	if !strings.Contains(s.letters.Text, l.Number) {
		t.Errorf("the form's letters say %q", s.letters.Text)
	}
}

func TestDeletePartnerInUse(t *testing.T) {
	h := newHarness(t)
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	h.addPartnership("Pelatihan Literasi Digital Guru", partner)

	h.g.show(tabMitra)
	s := h.g.partners
	s.list.Select(0)
	if s.current.ID != partner.ID {
		t.Fatalf("form shows %q, want the partner", s.current.Name)
	}
	test.Tap(s.deleteButton)
	if h.shows(`Hapus mitra "PT Maju Bersama"?`) {
		t.Error("a partner in use: Hapus asks to confirm before saying it cannot be deleted")
	}
	h.mustShow("Mitra ini masih dipakai oleh kemitraan.")
	if _, err := h.db.Partner(partner.ID); err != nil {
		t.Errorf("partner gone: %v", err)
	}
	if got := len(s.all); got != 1 {
		t.Errorf("list holds %d partners", got)
	}
}

func TestDeleteUnusedPartner(t *testing.T) {
	h := newHarness(t)
	partner := h.addPartner("Komite Sekolah", model.KindKomunitas)
	h.g.partners.list.Select(0)
	test.Tap(h.g.partners.deleteButton)
	test.Tap(h.overlayButton("Hapus"))
	if _, err := h.db.Partner(partner.ID); err == nil {
		t.Error("partner still stored")
	}
	h.mustShow("Belum ada mitra")
}

func TestPartnerValidationAtFields(t *testing.T) {
	h := newHarness(t)
	h.g.show(tabMitra)
	s := h.g.partners
	h.typeInto(s.email, "budi@")
	test.Tap(s.saveButton)
	for field, want := range map[string]string{"name": "Wajib diisi.", "kind": "Pilih salah satu.", "email": "Alamat e-mail tidak valid, contoh: nama@sekolah.sch.id."} {
		if got := s.form.field(field).errorText(); got != want {
			t.Errorf("%s says %q, want %q", field, got, want)
		}
	}
	if ps, _ := h.db.Partners(); len(ps) != 0 {
		t.Errorf("stored %d partners", len(ps))
	}
}

func TestSaveShortcutAndSearch(t *testing.T) {
	h := newHarness(t)
	h.addPartner("PT Maju Bersama", model.KindBisnis)
	h.addPartner("Universitas Pendidikan Indonesia", model.KindPerguruanTingi)
	s := h.g.partners
	h.typeInto(s.search, "univ")
	if len(s.shown) != 1 || s.shown[0].Name != "Universitas Pendidikan Indonesia" {
		t.Errorf("search shows %v", s.shown)
	}

	// Ctrl+N opens an empty partnership form; the menu's save (Ctrl+S) saves it
	h.g.newPartnership()
	if h.g.tabs.SelectedIndex() != tabKemitraan {
		t.Fatal("Ctrl+N did not show Kemitraan")
	}
	h.typeInto(h.g.partnerships.detail.need.title, "Ekstrakurikuler Robotik")
	h.g.partnerships.detail.need.category.SetSelected(needLabel(model.NeedEkstrakurikuler))
	h.g.saveCurrent()
	if ps, _ := h.db.Partnerships(); len(ps) != 1 || ps[0].Title != "Ekstrakurikuler Robotik" {
		t.Errorf("stored %+v", ps)
	}
	if h.win.MainMenu() == nil {
		t.Error("no menu holds the shortcuts")
	}
}

func TestPrintFailureKeepsForm(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	ps := h.addPartnership("Pelatihan Literasi Digital Guru", partner)
	h.advance(model.StagePenjajakan)

	// the documents "folder" is a file: the letter cannot be written
	blocker := filepath.Join(h.dir, "bukan-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.g.opts.DocumentsDir = blocker
	s := h.g.partnerships.detail
	s.showStage(model.StageKebutuhan)
	h.typeInto(s.need.title, " (revisi)")
	test.Tap(s.docs.request.button)
	test.Tap(h.overlayButton("Buat")) // the letter's options, as they come
	h.g.wait()

	h.mustShow("Surat permohonan belum dibuat")
	if !strings.HasSuffix(s.need.title.Text, " (revisi)") {
		t.Errorf("the form lost what was typed: %q", s.need.title.Text)
	}
	if stored, _ := h.db.Partnership(ps.ID); len(stored.Letters) != 0 {
		t.Errorf("a number was used although nothing was written: %+v", stored.Letters)
	}
	if len(h.app.opened) != 0 {
		t.Errorf("opened %v", h.app.opened)
	}
}

func TestLogoChecks(t *testing.T) {
	if err := checkLogo(assets.LogoPlaceholder); err != nil {
		t.Errorf("placeholder PNG refused: %v", err)
	}
	if err := checkLogo([]byte("bukan gambar")); err == nil || err.Error() != "Berkas itu bukan gambar PNG atau JPG yang dapat dibaca." {
		t.Errorf("text accepted as logo: %v", err)
	}
	big := append(bytes.Clone(assets.LogoPlaceholder), make([]byte, model.MaxLogoBytes)...)
	if err := checkLogo(big); err == nil || err.Error() != "Logo terlalu besar (maksimal 2 MB)." {
		t.Errorf("oversized logo: %v", err)
	}

	// a chosen logo is saved with the profile, and can be removed again
	h := newHarness(t)
	h.g.settings.setLogo(assets.LogoPlaceholder)
	h.fillSchool()
	if s, _ := h.db.School(); !bytes.Equal(s.Logo, assets.LogoPlaceholder) {
		t.Errorf("stored logo has %d bytes", len(s.Logo))
	}
	test.Tap(h.g.settings.school.remove)
	test.Tap(h.g.settings.saveButton)
	if s, _ := h.db.School(); len(s.Logo) != 0 {
		t.Errorf("logo not removed: %d bytes", len(s.Logo))
	}
}
