package ui

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/store"
)

// testStudentExports are the exports cmd/kemitraan gives the window (studentExports).
func testStudentExports(db *store.DB) StudentExports {
	opts := func(with bool) store.ExportOptions { return store.ExportOptions{WithStudents: with} }
	return StudentExports{
		Dapodik: func(ctx context.Context, w io.Writer, with bool) error { return db.ExportDapodik(ctx, w, opts(with)) },
		XLSX:    func(ctx context.Context, w io.Writer, with bool) error { return db.ExportXLSXWith(ctx, w, opts(with)) },
		CSV: func(ctx context.Context, dir string, with bool) ([]string, error) {
			return db.ExportCSVWith(ctx, dir, opts(with))
		},
		Bundle: func(ctx context.Context, w io.Writer, with bool) error { return db.ExportWith(ctx, w, opts(with)) },
	}
}

// newSMKHarness is a window over the SMK sample (model/demo.SMK), with the exports
// the program gives.
func newSMKHarness(t *testing.T) (*harness, demo.SMKData) {
	t.Helper()
	h := newHarness(t)
	d := demo.SMK(testNow)
	if err := h.db.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.SMKTimeline(d), LetterCounters: d.LetterCounters, StudentActivities: d.StudentActivities}); err != nil {
		t.Fatal(err)
	}
	h.g = newGUI(h.app, h.win, h.db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow },
		DataFuncs: storeFuncs, StudentExports: testStudentExports(h.db)})
	h.win.SetContent(h.g.tabs)
	return h, d
}

// summaryTitled is the partnership with that title.
func (h *harness) summaryTitled(title string) model.Summary {
	h.t.Helper()
	sums, err := h.db.Summaries()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, s := range sums {
		if s.Title == title {
			return s
		}
	}
	h.t.Fatalf("no partnership %q", title)
	return model.Summary{}
}

func (h *harness) partnerNamed(name string) model.Partner {
	h.t.Helper()
	ps, err := h.db.Partners()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	h.t.Fatalf("no partner %q", name)
	return model.Partner{}
}

// #15: an SMK's kompetensi keahlian are edited in Profil Sekolah, row by row; a name
// given twice is refused at its row; the list is saved with the profile and shows
// only while the level is SMK.
func TestSMKKompetensiInProfile(t *testing.T) {
	h, d := newSMKHarness(t)
	h.g.show(tabPengaturan)
	s := h.g.settings
	if !s.form.field("kompetensi_keahlian").cell.Visible() {
		t.Fatal("an SMK's profile does not show its kompetensi keahlian")
	}
	if got := texts(s.kompetensi); !slices.Equal(got, d.School.KompetensiKeahlian) {
		t.Fatalf("the list shows %q, want %q", got, d.School.KompetensiKeahlian)
	}
	test.Tap(s.kompetensi.addButton)
	row := s.kompetensi.rows[len(s.kompetensi.rows)-1].editor.object.(*widget.Entry)
	h.typeInto(row, "teknik komputer  dan jaringan")
	test.Tap(s.saveButton)
	if msg := s.kompetensi.rowError(3); !strings.Contains(msg, "sudah ada di daftar") {
		t.Fatalf("a name given twice says %q", msg)
	}
	h.replace(row, "Desain Komunikasi Visual")
	test.Tap(s.saveButton)
	h.mustShow(lang.L("settings.saved"))
	school, _ := h.db.School()
	if want := append(slices.Clone(d.School.KompetensiKeahlian), "Desain Komunikasi Visual"); !slices.Equal(school.KompetensiKeahlian, want) {
		t.Errorf("saved %q, want %q", school.KompetensiKeahlian, want)
	}
	// another level hides the list and keeps it
	s.level.SetSelected(levelLabel(model.LevelSMA))
	if s.form.field("kompetensi_keahlian").cell.Visible() {
		t.Error("an SMA's profile shows kompetensi keahlian")
	}
}

// #15: Mitra shows an SMK's business partner its Data DUDI; a wrong NPWP is refused
// at its field in Bahasa Indonesia; a right one, typed with dots and dashes, is kept
// as its digits. A partner of another kind shows only the tick that makes it a DUDI.
func TestSMKDataDUDIInMitra(t *testing.T) {
	h, _ := newSMKHarness(t)
	h.g.show(tabMitra)
	s := h.g.partners
	s.edit(h.partnerNamed("CV Data Net Solusi"))
	npwp := s.form.field("dudi.npwp")
	if !npwp.cell.Visible() || !s.form.field("dudi.address.kode_pos").cell.Visible() {
		t.Fatal("a business partner of an SMK shows no Data DUDI")
	}
	if s.dudi.npwp.Text != "03.112.233.4-433.000" {
		t.Errorf("the NPWP shows as %q", s.dudi.npwp.Text)
	}
	h.replace(s.dudi.npwp, "12.345")
	h.replace(s.dudi.rt, "12a")
	test.Tap(s.saveButton)
	if msg := npwp.errorText(); !strings.Contains(msg, "NPWP harus 15 atau 16 digit angka") {
		t.Errorf("a wrong NPWP says %q", msg)
	}
	if msg := s.form.field("dudi.address.rt").errorText(); !strings.Contains(msg, "RT dan RW berupa angka") {
		t.Errorf("a wrong RT says %q", msg)
	}
	h.replace(s.dudi.npwp, "01.234.567.8-901.000")
	h.replace(s.dudi.rt, "004")
	s.dudi.scale.SetSelected(scaleLabel(model.ScaleNasional))
	h.replace(s.dudi.bidangUsaha, "Jasa jaringan")
	test.Tap(s.saveButton)
	got := h.partnerNamed("CV Data Net Solusi").DUDIData()
	if got.NPWP != "012345678901000" || got.Address.RT != "004" || got.Scale != model.ScaleNasional || got.BidangUsaha != "Jasa jaringan" {
		t.Errorf("saved %+v", got)
	}
	// a government office: no DUDI rows until ticked
	s.edit(h.partnerNamed("Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang"))
	if npwp.cell.Visible() || !s.form.field("dudi.as_dudi").cell.Visible() {
		t.Error("a government partner shows the DUDI rows, or not the tick")
	}
	s.dudi.asDUDI.SetChecked(true)
	if !npwp.cell.Visible() {
		t.Error("ticking Catat sebagai DUDI shows no rows")
	}
}

// #15: stage 4 of an SMK's partnership records link and match per kompetensi
// keahlian; the edit is unsaved until saved, and Beranda then counts it.
func TestSMKLinkMatchAndCoverage(t *testing.T) {
	h, _ := newSMKHarness(t)
	sum := h.summaryTitled("PKL di Bengkel Mitra Teknik Kendaraan Ringan")
	h.g.show(tabKemitraan)
	h.g.partnerships.open(sum.ID)
	v := h.g.partnerships.detail
	v.showStage(model.StagePerjanjian)
	lm := v.agree.linkMatch
	if !lm.section.Visible() {
		t.Fatal("an SMK's stage 4 shows no link and match")
	}
	before := len(lm.list.rows)
	test.Tap(lm.list.addButton)
	card := lm.list.rows[before].editor.object.(*widget.Card).Content.(*fyne.Container)
	komp := card.Objects[0].(*widget.Select)
	checks := card.Objects[1].(*widget.CheckGroup)
	komp.SetSelected("Teknik Komputer dan Jaringan")
	checks.SetSelected([]string{linkMatchLabel(model.LinkMagangGuru), linkMatchLabel(model.LinkPlusI)})
	if !v.dirty() {
		t.Fatal("a link-and-match edit is not an unsaved edit")
	}
	if !v.save() {
		t.Fatalf("not saved: %s", v.saveStatus.Text)
	}
	p, _ := h.db.Partnership(sum.ID)
	last := p.LinkMatch[len(p.LinkMatch)-1]
	if last.Kompetensi != "Teknik Komputer dan Jaringan" || !last.Covers(model.LinkMagangGuru) || !last.Covers(model.LinkPlusI) || len(last.Components) != 2 {
		t.Errorf("saved %+v", last)
	}
	// the same kompetensi twice is refused at its row
	test.Tap(lm.list.addButton)
	card = lm.list.rows[len(lm.list.rows)-1].editor.object.(*widget.Card).Content.(*fyne.Container)
	card.Objects[0].(*widget.Select).SetSelected("Teknik Komputer dan Jaringan")
	if v.save() {
		t.Fatal("a kompetensi keahlian recorded twice was saved")
	}
	if msg := lm.list.rowError(len(lm.list.rows) - 1); !strings.Contains(msg, "sudah dicatat pada kemitraan ini") {
		t.Errorf("the row says %q", msg)
	}
	v.discard()

	h.g.show(tabBeranda)
	h.mustShow("Link and match per kompetensi keahlian")
	h.mustShow("Magang guru: Bengkel Jaya Motor")
	h.mustShow("Dukungan lain (+i), mis. peralatan: Bengkel Jaya Motor")
	h.mustShow("belum ada mitra")
}

// #15: the PKL dan Siswa tab of an SMK's partnership lists its activities and
// students; a placement is added in its dialog (a wrong NISN refused at its field),
// edited with a monitoring visit, and deleted; a student may have two placements.
func TestSMKPKLPlacements(t *testing.T) {
	h, _ := newSMKHarness(t)
	sum := h.summaryTitled("PKL di Bengkel Mitra Teknik Kendaraan Ringan")
	h.g.show(tabKemitraan)
	h.g.partnerships.open(sum.ID)
	v := h.g.partnerships.detail
	if v.pkl == nil || v.tabs.Items[len(v.tabs.Items)-1].Text != "PKL dan Siswa" {
		t.Fatal("an SMK's partnership has no PKL dan Siswa tab")
	}
	v.tabs.SelectIndex(4)
	h.mustShow("PKL Kelas XII TKR di Bengkel Jaya Motor Gelombang 1")
	h.mustShow("Rizki Maulana")
	h.mustShow("UU 27/2022")
	acts, _ := h.db.StudentActivities(sum.ID)
	act := acts[0]
	n := len(act.Placements)

	v.pkl.editPlacement(act, -1)
	d := v.pkl.plDialog
	if d == nil {
		t.Fatal("Tambah siswa shows no dialog")
	}
	h.typeInto(d.name, "Siti Nurhaliza")
	h.replace(d.nisn, "12345")
	h.replace(d.class, "XII TKR 2")
	d.kompetensi.SetText("Teknik Kendaraan Ringan")
	h.overlayButton(lang.L("action.save")).OnTapped()
	if msg := d.fs.field("student.nisn").errorText(); !strings.Contains(msg, "NISN harus 10 digit angka") {
		t.Fatalf("a wrong NISN says %q", msg)
	}
	h.replace(d.nisn, "0098765432")
	h.overlayButton(lang.L("action.save")).OnTapped()
	if v.pkl.plDialog != nil {
		t.Fatalf("the dialog stayed open: %v", h.texts())
	}
	acts, _ = h.db.StudentActivities(sum.ID)
	if len(acts[0].Placements) != n+1 {
		t.Fatalf("%d placements, want %d", len(acts[0].Placements), n+1)
	}
	added := acts[0].Placements[n]
	if added.Student.NISN != "0098765432" || added.Start.IsZero() || added.Teacher.Name == "" {
		t.Errorf("added %+v (a new student takes the period and teacher of the one before)", added)
	}
	h.mustShow("Siti Nurhaliza")

	// a monitoring visit
	v.pkl.editPlacement(acts[0], n)
	d = v.pkl.plDialog
	test.Tap(d.visits.addButton)
	row := d.visits.rows[len(d.visits.rows)-1].editor.object.(*fyne.Container)
	date := row.Objects[0].(*fyne.Container).Objects[0].(*dateEntry)
	h.win.Canvas().Focus(date)
	test.Type(date, "20/11/2026")
	h.typeInto(row.Objects[1].(*widget.Entry), "Siswa rajin, sudah bisa servis berkala.")
	h.overlayButton(lang.L("action.save")).OnTapped()
	acts, _ = h.db.StudentActivities(sum.ID)
	if vs := acts[0].Placements[n].Visits; len(vs) != 1 || vs[0].Notes != "Siswa rajin, sudah bisa servis berkala." {
		t.Errorf("visits %+v", vs)
	}

	// the same student at another DUDI: a placement of her own there
	other := h.summaryTitled("Kelas Industri Teknik Kendaraan Ringan")
	h.g.partnerships.open(other.ID)
	v = h.g.partnerships.detail
	v.tabs.SelectIndex(4)
	oacts, _ := h.db.StudentActivities(other.ID)
	v.pkl.editPlacement(oacts[0], -1)
	d = v.pkl.plDialog
	h.replace(d.name, "Siti Nurhaliza")
	h.replace(d.nisn, "0098765432")
	h.overlayButton(lang.L("action.save")).OnTapped()
	if v.pkl.plDialog != nil {
		t.Fatalf("a second placement of a student was refused: %v", h.texts())
	}

	// delete the first one
	h.g.partnerships.open(sum.ID)
	v = h.g.partnerships.detail
	v.tabs.SelectIndex(4)
	acts, _ = h.db.StudentActivities(sum.ID)
	v.pkl.confirmDeletePlacement(acts[0], n)
	h.overlayButton(lang.L("action.delete")).OnTapped()
	acts, _ = h.db.StudentActivities(sum.ID)
	if len(acts[0].Placements) != n {
		t.Errorf("%d placements after the delete, want %d", len(acts[0].Placements), n)
	}
}

// #15: before its agreement stage a partnership's tab says why it holds no students;
// a new activity is made in its dialog, its title required.
func TestSMKPKLBeforeAgreementAndNewActivity(t *testing.T) {
	h, _ := newSMKHarness(t)
	early := h.summaryTitled("Teaching Factory Instalasi Jaringan dan CCTV")
	h.g.show(tabKemitraan)
	h.g.partnerships.open(early.ID)
	v := h.g.partnerships.detail
	v.tabs.SelectIndex(4)
	h.mustShow("Lanjutkan kemitraan ini sampai tahap 4")

	at4 := h.summaryTitled("PKL Perbankan bagi Siswa Akuntansi dan Keuangan Lembaga")
	h.g.partnerships.open(at4.ID)
	v = h.g.partnerships.detail
	v.tabs.SelectIndex(4)
	before, _ := h.db.StudentActivities(at4.ID)
	v.pkl.editActivity(model.StudentActivity{})
	d := v.pkl.actDialog
	h.overlayButton(lang.L("action.save")).OnTapped()
	if msg := d.fs.field("title").errorText(); msg == "" {
		t.Fatal("an activity without a title was saved")
	}
	h.typeInto(d.title, "PKL Kelas XII AKL Gelombang 2")
	h.overlayButton(lang.L("action.save")).OnTapped()
	after, _ := h.db.StudentActivities(at4.ID)
	if len(after) != len(before)+1 || after[len(after)-1].Title != "PKL Kelas XII AKL Gelombang 2" || after[len(after)-1].Kind != model.ActivityKindPKL {
		t.Errorf("activities %+v", after)
	}
	h.mustShow("PKL Kelas XII AKL Gelombang 2")
}

// #15: Pengaturan → Data of an SMK exports the Dapodik workbook, and the exports
// carry the students only when asked, with the warning shown; a restore's preview
// counts the students' activities.
func TestSMKDataExports(t *testing.T) {
	h, d := newSMKHarness(t)
	dv := h.dataTab()
	if !dv.smkRow.Visible() || !dv.dapodikButton.Visible() {
		t.Fatal("an SMK's Data tab has no Dapodik export")
	}
	dir := t.TempDir()
	dv.exportDapodik(filepath.Join(dir, "dapodik.xlsx"))
	h.g.wait()
	if st, err := os.Stat(filepath.Join(dir, "dapodik.xlsx")); err != nil || st.Size() == 0 {
		t.Fatalf("the Dapodik workbook: %v", err)
	}
	dv.exportJSON(filepath.Join(dir, "without.json"))
	h.g.wait()
	if dv.studentsWarning.Visible() {
		t.Error("the warning shows with the choice off")
	}
	dv.withStudents.SetChecked(true)
	if !dv.studentsWarning.Visible() {
		t.Error("no warning about the minors' data")
	}
	dv.exportJSON(filepath.Join(dir, "with.json"))
	h.g.wait()
	count := func(name string) int {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var b struct {
			StudentActivities []json.RawMessage `json:"student_activities"`
		}
		if err := json.Unmarshal(data, &b); err != nil {
			t.Fatal(err)
		}
		return len(b.StudentActivities)
	}
	if n := count("without.json"); n != 0 {
		t.Errorf("the bundle made without the choice holds %d activities", n)
	}
	if n := count("with.json"); n != len(d.StudentActivities) {
		t.Errorf("the bundle made with the choice holds %d activities, want %d", n, len(d.StudentActivities))
	}
	// a restore's preview counts them
	h.win.SetContent(previewForm(model.Preview{SchoolName: d.School.Name, Counts: model.Counts{StudentActivities: 5, Placements: 12}}))
	h.mustShow("5 aktivitas, 12 penempatan")
}

// #15: the sample of an SMK opens as the other does: Buka contoh data asks which.
func TestSMKSampleChoice(t *testing.T) {
	h := newHarness(t)
	var opened string
	h.g.opts.Files = Files{
		OpenSample:    func() error { opened = "smp"; return nil },
		OpenSMKSample: func() error { opened = "smk"; return nil },
	}
	h.g.openSample()
	if h.g.sampleChoice == nil {
		t.Fatal("no choice of sample")
	}
	h.mustShow("SMK Negeri 2 Karawang")
	h.overlayButton(lang.L("sample.choose.smk")).OnTapped()
	if opened != "smk" {
		t.Errorf("opened %q", opened)
	}
}

// smkTexts are the window's texts that only an SMK may see: every text of the SMK
// translation files (placeholders cut out) that no other area of the window says too.
func smkTexts(t *testing.T) []string {
	t.Helper()
	read := func(f string) map[string]string {
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	others := map[string]bool{}
	files, _ := fs.Glob(assets.Translations, "translations/*id.json")
	for _, f := range files {
		if strings.Contains(f, "smk") {
			continue
		}
		var m map[string]any
		data, _ := assets.Translations.ReadFile(f)
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		for _, v := range m {
			if s, ok := v.(string); ok {
				others[s] = true
			}
		}
	}
	var out []string
	for _, f := range []string{"translations/smk_ui.id.json", "translations/smk.id.json"} {
		for k, v := range read(f) {
			if strings.HasPrefix(k, "sample.") || strings.HasPrefix(k, "data.record.") || others[v] {
				continue // the sample's choice is for every school
			}
			if i := strings.Index(v, "{{"); i >= 0 {
				v = v[:i]
			}
			if v = strings.TrimSpace(v); len(v) >= 4 {
				out = append(out, v)
			}
		}
	}
	return out
}

// showsSMKText reports the SMK text s shows: s is one, or holds a long one (a short
// word such as "Kelas" or "Provinsi" is in many a title the school typed).
func showsSMKText(s string, smk []string) string {
	for _, x := range smk {
		if s == x || len(x) >= 20 && strings.Contains(s, x) {
			return x
		}
	}
	return ""
}

// #15: a principal of an SD never sees any of it: no SMK text on any screen, tab or
// stage with the normal sample data, the school's level SD.
func TestSDSeesNothingOfSMK(t *testing.T) {
	layoutWalk(t)
	h := newHarness(t)
	d := demo.Dataset(testNow)
	d.School.Level = model.LevelSD
	d.School.LetterCode = model.LevelSD.LetterCode()
	if err := h.db.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners,
		Partnerships: d.Partnerships, Events: demo.Timeline(d), LetterCounters: d.LetterCounters}); err != nil {
		t.Fatal(err)
	}
	h.g = newGUI(h.app, h.win, h.db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow },
		DataFuncs: storeFuncs, StudentExports: testStudentExports(h.db)})
	h.win.SetContent(h.g.tabs)
	smk := smkTexts(t)
	look := func(where string) {
		t.Helper()
		for _, s := range h.texts() {
			if x := showsSMKText(s, smk); x != "" {
				t.Errorf("%s shows %q (%q)", where, x, s)
			}
		}
	}
	g := h.g
	g.show(tabBeranda)
	look("Beranda")
	g.show(tabKemitraan)
	sums, _ := h.db.Summaries()
	for _, s := range sums {
		g.partnerships.open(s.ID)
		v := g.partnerships.detail
		if v.pkl != nil {
			t.Errorf("%q has a PKL tab", s.Title)
		}
		for st := model.StageKebutuhan; st <= s.Stage; st++ {
			v.showStage(st)
			look("stage " + stageName(st) + " of " + s.Title)
		}
		for i := range v.tabs.Items {
			v.tabs.SelectIndex(i)
			look("a tab of " + s.Title)
		}
		v.tabs.SelectIndex(0)
	}
	g.show(tabMitra)
	partners, _ := h.db.Partners()
	for _, p := range partners {
		g.partners.edit(p)
		look("Mitra " + p.Name)
	}
	g.show(tabPengaturan)
	for i := range g.settings.tabs.Items {
		g.settings.tabs.SelectIndex(i)
		look("Pengaturan tab")
	}
}

// #15: in English, the SMK screens show no Indonesian of the program's own (what the
// school typed stays as typed).
func TestSMKScreensInEnglish(t *testing.T) {
	layoutWalk(t)
	if err := SelectLanguage(LanguageEnglish); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := SelectLanguage(LanguageIndonesian); err != nil {
			t.Fatal(err)
		}
	}()
	only := indonesianOnly(t)
	h, _ := newSMKHarness(t)
	look := func(where string) {
		t.Helper()
		for _, s := range h.texts() {
			if s = strings.TrimSpace(strings.TrimPrefix(s, "• ")); only[s] {
				t.Errorf("%s shows %q", where, s)
			}
		}
	}
	g := h.g
	g.show(tabBeranda)
	look("Beranda")
	g.show(tabMitra)
	g.partners.edit(h.partnerNamed("PT Sakura Auto Parts Indonesia"))
	look("Mitra")
	g.show(tabPengaturan)
	look("Profil Sekolah")
	h.dataTab()
	look("Data")
	g.show(tabKemitraan)
	sum := h.summaryTitled("PKL di Bengkel Mitra Teknik Kendaraan Ringan")
	g.partnerships.open(sum.ID)
	v := g.partnerships.detail
	v.showStage(model.StagePerjanjian)
	look("stage 4")
	v.tabs.SelectIndex(4)
	look("PKL tab")
	acts, _ := h.db.StudentActivities(sum.ID)
	v.pkl.editPlacement(acts[0], 0)
	look("a placement's dialog")
}

// #15: the PKL dan Siswa tab prints the surat pengantar of an activity (numbered
// from the register, printed again as it was) and the monitoring sheet of a
// placement, each saved as a PDF the window says where to find.
func TestSMKPKLDocumentsFromTheTab(t *testing.T) {
	h, _ := newSMKHarness(t)
	sum := h.summaryTitled("PKL di Bengkel Mitra Teknik Kendaraan Ringan")
	h.g.show(tabKemitraan)
	h.g.partnerships.open(sum.ID)
	v := h.g.partnerships.detail
	v.tabs.SelectIndex(4)
	acts, _ := h.db.StudentActivities(sum.ID)
	act := acts[0]

	test.Tap(buttonIn(t, v.pkl.box, "Cetak surat pengantar PKL"))
	h.g.wait()
	h.mustShow("PDF disimpan di")
	ps, _ := h.db.Partnership(sum.ID)
	var number string
	for _, l := range ps.Letters {
		if l.Kind == string(model.DocPKLLetter) && l.Activity == act.ID {
			number = l.Number
		}
	}
	if number == "" {
		t.Fatalf("no letter of the activity in the register: %+v", ps.Letters)
	}
	h.mustShow(number)
	files, _ := filepath.Glob(filepath.Join(h.docs, "*.pdf"))
	if len(files) != 1 {
		t.Fatalf("PDFs in the documents folder: %v", files)
	}
	data, _ := os.ReadFile(files[0])
	text := pdfText(t, data)
	for _, want := range []string{number, act.Placements[0].Student.Name, act.Placements[0].Student.NISN, "Undang-Undang Nomor 27 Tahun 2022"} {
		if !strings.Contains(text, want) {
			t.Errorf("the surat pengantar lacks %q", want)
		}
	}
	test.Tap(h.overlayButton("OK"))

	// printed again: the same letter, no new number
	v.tabs.SelectIndex(4)
	test.Tap(buttonIn(t, v.pkl.box, "Cetak surat pengantar PKL"))
	h.g.wait()
	h.mustShow("Dicetak ulang")
	if again, _ := h.db.Partnership(sum.ID); len(again.Letters) != len(ps.Letters) {
		t.Errorf("printing again took a number: %d letters, were %d", len(again.Letters), len(ps.Letters))
	}
	test.Tap(h.overlayButton("OK"))

	// the monitoring sheet of the first placement
	v.tabs.SelectIndex(4)
	test.Tap(buttonIn(t, v.pkl.box, "Cetak lembar monitoring"))
	h.g.wait()
	h.mustShow("PDF disimpan di")
	docs, _ := h.db.Attachments(sum.ID)
	var sheet []byte
	for _, a := range docs {
		if a.DocKind == model.DocPKLMonitoring {
			sheet, _ = h.db.AttachmentData(a.ID)
		}
	}
	if sheet == nil {
		t.Fatal("no monitoring sheet kept with the partnership")
	}
	if text := pdfText(t, sheet); !strings.Contains(text, act.Placements[0].Student.Name) {
		t.Errorf("the monitoring sheet lacks the student:\n%s", text)
	}
}
