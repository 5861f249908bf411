package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// #11: an empty date field looks empty: its placeholder is the layout, never a date.
func TestEmptyDateLooksEmpty(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	for _, d := range []struct {
		name string
		text string
		ph   string
	}{
		{"Tanggal perjanjian", v.agree.date.Text, v.agree.date.PlaceHolder},
		{"Mulai", v.agree.start.Text, v.agree.start.PlaceHolder},
		{"Berakhir", v.agree.end.Text, v.agree.end.PlaceHolder},
	} {
		if d.text != "" {
			t.Errorf("%s holds %q", d.name, d.text)
		}
		if d.ph != "hh/bb/tttt" {
			t.Errorf("%s shows %q when empty, want the layout hh/bb/tttt", d.name, d.ph)
		}
		if _, err := model.ParseDate(d.ph); err == nil {
			t.Errorf("%s's placeholder %q reads as a date", d.name, d.ph)
		}
	}
}

// After Ctrl+S the form stays where the principal was.
func TestSaveKeepsTheFormWhereItWas(t *testing.T) {
	h := newHarness(t)
	v := h.stageThree()
	v.formScroll.ScrollToBottom()
	at := v.formScroll.Offset.Y
	if at <= 0 {
		t.Fatal("the stage 3 form does not scroll")
	}
	h.typeInto(v.proposal.evalPlan, "Angket di akhir semester")
	h.g.saveCurrent()
	v = h.shown()
	if v.stored.Proposal.EvaluationPlan != "Angket di akhir semester" {
		t.Fatalf("not saved: %q", v.saveStatus.Text)
	}
	if v.formScroll.Offset.Y != at {
		t.Errorf("after the save the form is at %v, it was at %v", v.formScroll.Offset.Y, at)
	}
	if h.win.Canvas().Focused() != v.proposal.evalPlan {
		t.Errorf("the keyboard went to %T", h.win.Canvas().Focused())
	}
}

// Kemitraan opens on the partnership changed last, not on an empty form.
func TestOpensOnTheNewestPartnership(t *testing.T) {
	h := newHarness(t)
	h.mustPartnership("Pojok Baca", "", model.NeedAkademik, "Minat baca", model.StageKebutuhan, model.StatusDraft)
	newest := h.mustPartnership("Bank Sampah Sekolah", "", model.NeedSarana, "Sampah terpilah", model.StageKebutuhan, model.StatusDraft)
	g := newGUI(h.app, h.win, h.db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow }})
	h.win.SetContent(g.tabs)
	if id := g.partnerships.shownID(); id != newest.ID {
		t.Errorf("Kemitraan opens on %q, want the newest, %q", id, newest.ID)
	}
	if g.partnerships.browser.selected != newest.ID {
		t.Error("the list does not highlight it")
	}
}

// A signing date before the agreement's own date is allowed, with a warning at it.
func TestSigningBeforeTheAgreementDateWarns(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	field := v.agree.fs.field("agreement.signed_date")
	h.typeInto(&v.agree.date.Entry, "05/12/2026")
	h.typeInto(&v.agree.signed.Entry, "04/12/2026")
	if !field.warn.Visible() || !strings.Contains(field.warn.Text, "4 Desember 2026") || !strings.Contains(field.warn.Text, "5 Desember 2026") {
		t.Fatalf("no warning at the signing date: %q", field.warn.Text)
	}
	v.agree.signed.SetText("")
	h.typeInto(&v.agree.signed.Entry, "05/12/2026")
	if field.warn.Visible() {
		t.Errorf("a signing on the agreement's day warns: %q", field.warn.Text)
	}
}

// A document made says where its PDF was saved and whether it went to the viewer,
// never that it was printed; Buka folder opens its folder.
func TestDocumentMadeSaysWhereNotPrinted(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	h.addPartnership("Pelatihan Literasi Digital Guru", partner)
	v := h.advance(model.StagePenjajakan)
	v.tabs.SelectIndex(3)
	h.app.failOpen = errors.New("xdg-open: no PDF viewer")
	test.Tap(v.docs.request.button)
	test.Tap(h.overlayButton("Buat")) // the letter's options
	h.g.wait()
	path := filepath.Join(h.docs, "Surat permohonan - Pelatihan Literasi Digital Guru - 2026-11-26.pdf")
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	h.mustShow("Surat permohonan dibuat")
	h.mustShow("PDF disimpan di: " + path)
	h.mustShow("Penampil PDF tidak dapat dibuka otomatis")
	if h.shows("tercetak") {
		t.Error("the window claims a print")
	}
	h.app.failOpen = nil
	n := len(h.app.opened)
	test.Tap(h.overlayButton("Buka folder"))
	if len(h.app.opened) != n+1 || h.app.opened[n].Path != filepath.ToSlash(h.docs) {
		t.Errorf("Buka folder opened %v", h.app.opened[n:])
	}

	// printed again the same day: a second file, the first one kept
	test.Tap(h.overlayButton("OK"))
	test.Tap(v.docs.request.button)
	test.Tap(h.overlayButton("Buat"))
	h.g.wait()
	if _, err := os.Stat(strings.TrimSuffix(path, ".pdf") + " (2).pdf"); err != nil {
		t.Errorf("the second letter of the day: %v", err)
	}
}

// Ratings have the words the monitoring report prints beside them, and a rating
// given can be cleared.
func TestRatingsHaveWordsAndCanBeCleared(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StageMonev, model.StatusBerjalan)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	e := v.evals
	test.Tap(e.list.addButton)
	want := []string{"– Belum dinilai", "1 — Kurang", "2 — Cukup", "3 — Baik", "4 — Sangat baik", "5 — Istimewa"}
	if got := e.dlgRatings[0].Options; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the ratings offered: %q", got)
	}
	for r := 0; r <= model.MaxRating; r++ {
		if !strings.HasSuffix(want[r], model.RatingWord(r)) {
			t.Errorf("rating %d reads %q, the report prints %q", r, want[r], model.RatingWord(r))
		}
	}
	e.dlgRatings[0].SetSelected("4 — Sangat baik")
	e.dlgRatings[1].SetSelected("2 — Cukup")
	test.Tap(h.overlayButton("Catat evaluasi"))
	h.save()
	v = h.shown()
	if got := v.stored.Evaluations; len(got) != 1 || got[0].Ratings[0] != 4 || got[0].Ratings[1] != 2 {
		t.Fatalf("evaluations %+v", got)
	}
	// edited: the rating shows as given, and "Belum dinilai" clears it
	test.Tap(buttonIn(t, v.evals.list.object(), "Ubah"))
	if got := v.evals.dlgRatings[0].Selected; got != "4 — Sangat baik" {
		t.Errorf("the rating given shows as %q", got)
	}
	v.evals.dlgRatings[0].SetSelected("– Belum dinilai")
	test.Tap(h.overlayButton("Catat evaluasi"))
	h.save()
	if got := h.shown().stored.Evaluations[0].Ratings; got[0] != 0 || got[1] != 2 {
		t.Errorf("after clearing: ratings %v", got)
	}
}

// A date typed in another way than the field's layout ("1/12/2026") is an edit the
// form knows of (the window asks before it is lost), is not marked wrong, and is
// written in the layout when the person leaves the field; a day the month lacks says so.
func TestDateTypedOtherwiseIsAnEdit(t *testing.T) {
	h := newHarness(t)
	v, _ := h.openAtStage4()
	e := v.agree.date
	h.win.Canvas().Focus(e)
	test.Type(e, "1/12/2026")
	if !v.dirty() {
		t.Fatal("a date typed as 1/12/2026 is not an unsaved edit")
	}
	if err := e.Validate(); err != nil {
		t.Errorf("1/12/2026 is marked wrong: %v", err)
	}
	h.win.Canvas().Unfocus()
	if e.Text != "01/12/2026" {
		t.Errorf("after leaving the field it reads %q, want 01/12/2026", e.Text)
	}
	e.SetText("")
	test.Type(e, "31/11/2026")
	if err := e.Validate(); err == nil || err.Error() != "November 2026 hanya sampai tanggal 30." {
		t.Errorf("31/11/2026: %v", err)
	}
}

// Tandai ditandatangani refuses a signing day after today: it says so, records
// nothing, and asks again.
func TestSigningDayAfterTodayIsRefused(t *testing.T) {
	h := newHarness(t)
	v, p := h.openAtStage4()
	test.Tap(v.signButton)
	when := widgetsIn[*dateEntry](h.win.Canvas().Overlays().Top())
	if len(when) != 1 || !sameDay(dateOf(when[0]), testNow) {
		t.Fatalf("with no agreement date the dialog should offer today")
	}
	when[0].SetText("")
	test.Type(when[0], "31/12/2026")
	test.Tap(h.overlayButton("Tandai ditandatangani"))
	h.mustShow("Tanggal penandatanganan tidak boleh sesudah hari ini.")
	if stored, _ := h.db.Partnership(p.ID); !stored.Agreement.SignedDate.IsZero() {
		t.Fatalf("a signing day after today was recorded: %v", stored.Agreement.SignedDate)
	}
	test.Tap(h.overlayButton("OK"))
	if when[0].Text != "31/12/2026" || h.overlayButton("Tandai ditandatangani") == nil {
		t.Errorf("the dialog did not come back as it was")
	}
}

// openAtStage4 opens a new partnership with a company at stage 4, the agreement
// still empty.
func (h *harness) openAtStage4() (*partnershipView, model.Partnership) {
	h.t.Helper()
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	return h.shown(), p
}
