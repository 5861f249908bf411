package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/model/pdf"
	"github.com/kemitraan/kemitraan/store"
)

// loadDemo fills the harness's store with the sample data and returns it.
func (h *harness) loadDemo() demo.Data {
	h.t.Helper()
	d := demo.Dataset(testNow)
	if err := h.db.Load(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships}); err != nil {
		h.t.Fatal(err)
	}
	h.g.refreshAll()
	return d
}

// pick is the first stored partnership for which ok holds.
func (h *harness) pick(ok func(model.Partnership, *model.Partner) bool) model.Partnership {
	h.t.Helper()
	all, err := h.db.Partnerships()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, ps := range all {
		var pt *model.Partner
		if ps.PartnerID != "" {
			p, err := h.db.Partner(ps.PartnerID)
			if err != nil {
				h.t.Fatal(err)
			}
			pt = &p
		}
		if ok(ps, pt) {
			return ps
		}
	}
	h.t.Fatal("no partnership fits")
	return model.Partnership{}
}

// openDocuments shows the partnership's Dokumen tab.
func (h *harness) openDocuments(id model.ID) *documentsPanel {
	h.t.Helper()
	h.g.show(tabKemitraan)
	h.g.partnerships.showPartnership(id)
	v := h.shown()
	v.tabs.SelectIndex(3)
	if v.docs == nil {
		h.t.Fatal("no Dokumen tab")
	}
	return v.docs
}

// pdfText is the text of a PDF, as pdftotext extracts it.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func stage4PKS(ps model.Partnership, pt *model.Partner) bool {
	return ps.Stage == model.StagePerjanjian && ps.Agreement.Kind == model.AgreementPKS && ps.Agreement.SchoolNumber != ""
}

func TestDokumenTabMakesPKS(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	school, _ := h.db.School()
	ps := h.pick(func(ps model.Partnership, pt *model.Partner) bool {
		return stage4PKS(ps, pt) && len(document.Missing(school, ps, pt, model.DocPKS)) == 0
	})
	p := h.openDocuments(ps.ID)
	if p.agreement.button.Text != "Buat PKS" || p.agreement.button.Disabled() {
		t.Fatalf("agreement button %q disabled=%v: %s", p.agreement.button.Text, p.agreement.button.Disabled(), p.agreement.note.Text)
	}
	test.Tap(p.agreement.button)
	test.Tap(h.overlayButton("Buat")) // the agreement's options, as they come
	h.g.wait()

	if len(p.docs) != 1 {
		t.Fatalf("the list shows %d documents, want 1", len(p.docs))
	}
	doc := p.docs[0]
	if doc.DocKind != model.DocPKS || doc.Code == "" || doc.Owner != model.OwnerDocument || doc.SHA256 == "" {
		t.Errorf("document %+v", doc)
	}
	want := "PKS - " + ps.Title + " - " + ps.Agreement.Date.Format("2006-01-02") + ".pdf"
	if doc.Name != want {
		t.Errorf("document named %q, want %q", doc.Name, want)
	}
	h.mustShow("PKS dibuat")
	h.mustShow(doc.Code)
	files, _ := h.db.Attachments(ps.ID)
	if len(files) != 1 || files[0].ID != doc.ID {
		t.Errorf("stored attachments %+v", files)
	}
	data, err := h.db.AttachmentData(doc.ID)
	if err != nil || store.SHA256(data) != doc.SHA256 {
		t.Errorf("stored data: %v", err)
	}
	events, _ := h.db.Events(ps.ID)
	found := 0
	for _, e := range events {
		if e.Kind == model.EventDocument && e.Text == "PKS dibuat, kode "+doc.Code {
			found++
		}
		if e.Kind == model.EventAttachmentAdded {
			t.Errorf("a document also wrote %q", e.Text)
		}
	}
	if found != 1 {
		t.Errorf("%d events \"PKS dibuat, kode %s\"; timeline %+v", found, doc.Code, events)
	}
	if len(h.app.opened) != 1 {
		t.Errorf("opened %v", h.app.opened)
	}
	// Buka writes the file for the system's viewer
	p.files.open(doc)
	p.files.wait()
	if len(h.app.opened) != 2 || !strings.HasSuffix(h.app.opened[1].Path, doc.Name) {
		t.Errorf("Buka opened %v", h.app.opened)
	}
	if text := pdfText(t, data); !strings.Contains(text, "PERJANJIAN KERJA SAMA") || !strings.Contains(text, doc.Code) {
		t.Errorf("the PDF reads:\n%s", text)
	}
}

func TestDokumenTabSaysWhatIsMissing(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	ps := h.pick(func(ps model.Partnership, _ *model.Partner) bool {
		return ps.Stage == model.StageKebutuhan && ps.PartnerID == ""
	})
	p := h.openDocuments(ps.ID)
	for _, s := range []*docSlot{p.request, p.proposal, p.agreement, p.monev} {
		if !s.button.Disabled() {
			t.Errorf("%q is enabled for a partnership at stage 1", s.button.Text)
		}
	}
	h.mustShow("Belum dapat dibuat:")
	h.mustShow("Pilih mitra lalu simpan")
	h.mustShow("Kemitraan belum sampai tahap 4 (Perjanjian)")
	h.mustShow("Belum ada evaluasi yang dicatat")
	h.mustShow("Belum ada dokumen")
}

func TestTemplatePasal(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	v := newTemplatesView(h.g)
	h.win.SetContent(v.content)
	i := indexOf(v.names, "keadaan_kahar")
	v.list.Select(i)
	if v.editor.text() != pdf.DefaultClause("keadaan_kahar") {
		t.Fatalf("the editor shows %q, not the default", v.editor.text())
	}
	if strings.Contains(v.editor.text(), "{{") {
		t.Errorf("the editor shows template code: %q", v.editor.text())
	}
	h.mustShow("Teks bawaan program.")

	// a field is inserted from the list at the cursor, as «name»
	v.editor.entry.SetText("Keadaan kahar untuk ")
	v.editor.entry.CursorRow, v.editor.entry.CursorColumn = 0, len("Keadaan kahar untuk ")
	f, _ := clause.ByKey("title")
	v.editor.insertField(f)
	if got := v.editor.text(); got != "Keadaan kahar untuk «judul kerja sama»" {
		t.Errorf("after inserting a field: %q", got)
	}

	// a name that is not a field is said at the editor with its line; nothing is saved
	v.editor.entry.SetText("Baris satu.\nKahar «nama sekolh».")
	h.mustShow("Baris 2: «nama sekolh» bukan nama isian")
	if v.saveCurrent() {
		t.Fatal("a text with an unknown field was saved")
	}
	if m, _ := h.db.SchoolClauses(); len(m) != 0 {
		t.Errorf("stored %v", m)
	}

	// a valid text is saved, and the next PKS prints it, its field filled in
	v.editor.entry.SetText("Keadaan kahar menurut kesepakatan khusus sekolah untuk «judul kerja sama».")
	if !v.saveCurrent() {
		t.Fatalf("not saved: %s", v.editor.problem.Text)
	}
	h.mustShow("Teks pasal tersimpan.")
	if m, _ := h.db.SchoolClauses(); !strings.HasPrefix(m["keadaan_kahar"], "Keadaan kahar menurut") {
		t.Errorf("stored %v", m)
	}
	school, _ := h.db.School()
	ps := h.pick(func(ps model.Partnership, pt *model.Partner) bool {
		return stage4PKS(ps, pt) && len(document.Missing(school, ps, pt, model.DocPKS)) == 0
	})
	made, err := document.Make(h.db, document.Request{Partnership: ps.ID, Kind: model.DocPKS, Date: testNow, Today: testNow})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, made.PDF)), " ")
	if !strings.Contains(text, "Keadaan kahar menurut kesepakatan khusus sekolah untuk "+ps.Title+".") {
		t.Errorf("the PKS does not print the school's wording:\n%s", text)
	}

	// the stage 4 form shows the school's wording
	h.win.SetContent(h.g.tabs)
	h.g.show(tabKemitraan)
	h.g.partnerships.showPartnership(ps.ID)
	fa := h.shown().agree.articles
	if r := fa.rows["keadaan_kahar"]; r == nil || !strings.HasPrefix(r.editor.text(), "Keadaan kahar menurut") || r.state.Text != "Teks sekolah." {
		t.Errorf("stage 4 shows %+v", r)
	}

	// reset, after asking, restores the default
	h.win.SetContent(v.content)
	v.confirmReset()
	test.Tap(h.overlayButton("Kembalikan ke bawaan"))
	if m, _ := h.db.SchoolClauses(); len(m) != 0 {
		t.Errorf("after reset stored %v", m)
	}
	if v.editor.text() != pdf.DefaultClause("keadaan_kahar") {
		t.Errorf("after reset the editor shows %q", v.editor.text())
	}
}

// TestOldTemplatesKeepWorking: a school's wording written as a Go template before
// fields existed shows as plain text with fields when the program could turn it, and
// read-only, still printing, when it could not.
func TestOldTemplatesKeepWorking(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	// as an earlier version saved them, before the upgrade turned them
	old := map[string]string{
		"penutup":   "{{.Sebutan}} ini dibuat dalam rangkap {{angka .Originals}} untuk kerja sama {{.Topic}}.",
		"perubahan": "{{if gt .Originals 1}}Perubahan dibuat tertulis.{{end}}",
	}
	stillOld, plain := clause.ConvertWordings(old, nil)
	if plain["penutup"] != "«sebutan» ini dibuat dalam rangkap «rangkap» untuk kerja sama «judul kerja sama».\n" {
		t.Errorf("converted %q", plain["penutup"])
	}
	if stillOld["perubahan"] == "" {
		t.Fatalf("a template with its own condition was turned: %v", plain)
	}
	for name, text := range plain {
		if err := h.db.SaveSchoolClause(name, text); err != nil {
			t.Fatal(err)
		}
	}
	v := newTemplatesView(h.g)
	h.win.SetContent(v.content)
	v.list.Select(indexOf(v.names, "penutup"))
	if strings.Contains(v.editor.text(), "{{") || v.editor.entry.Disabled() || v.editor.legacy.Visible() {
		t.Errorf("a turned wording shows %q", v.editor.text())
	}
	// an old template kept as it was: shown read-only, with what to do
	ag := model.Agreement{Articles: stillOld}
	r := newArticleTexts(&agreementForm{v: &partnershipView{g: h.g}})
	r.load(ag)
	if row := r.rows["perubahan"]; row == nil || !row.editor.entry.Disabled() || !row.editor.legacy.Visible() {
		t.Errorf("an old template is editable: %+v", row)
	}
}

func TestArticleTextsPerAgreement(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	ps := h.pick(stage4PKS)
	h.g.show(tabKemitraan)
	h.g.partnerships.showPartnership(ps.ID)
	v := h.shown()
	v.showStage(model.StagePerjanjian)
	r := v.agree.articles.rows["perubahan"]
	if r == nil || r.editor.text() != pdf.DefaultClause("perubahan") || !r.reset.Disabled() {
		t.Fatalf("Isi pasal row %+v", r)
	}
	// a name that is not a field is said at the article, and nothing is saved
	r.editor.entry.SetText("Perubahan «tanpa akhir»")
	test.Tap(v.saveButton)
	if !r.editor.problem.Visible() || !strings.Contains(r.editor.problem.Text, "«tanpa akhir» bukan nama isian") {
		t.Errorf("problem %q (visible %v)", r.editor.problem.Text, r.editor.problem.Visible())
	}
	if stored, _ := h.db.Partnership(ps.ID); len(stored.Agreement.Clauses) != 0 {
		t.Errorf("stored %v", stored.Agreement.Clauses)
	}
	// a valid edit goes to Agreement.Clauses
	r.editor.entry.SetText("Perubahan hanya dengan adendum untuk «judul kerja sama».")
	h.save()
	stored, _ := h.db.Partnership(ps.ID)
	if got := stored.Agreement.Clauses["perubahan"]; got != "Perubahan hanya dengan adendum untuk «judul kerja sama»." || len(stored.Agreement.Clauses) != 1 {
		t.Errorf("stored clauses %v", stored.Agreement.Clauses)
	}
	// reset goes back to the inherited text
	r = h.shown().agree.articles.rows["perubahan"]
	test.Tap(r.reset)
	h.save()
	if stored, _ := h.db.Partnership(ps.ID); len(stored.Agreement.Clauses) != 0 {
		t.Errorf("after reset stored %v", stored.Agreement.Clauses)
	}
}
