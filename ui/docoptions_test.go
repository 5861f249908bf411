package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/document"
)

// TestRequestLetterOptions: the letter's Sifat and Tembusan, chosen in the dialog that
// opens before the letter is made, are printed in it; the tembusan starts as the
// profile's defaults.
func TestRequestLetterOptions(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	school, _ := h.db.School()
	school.Tembusan = []string{"Kepala Dinas Pendidikan Kota Bandung"}
	if err := h.db.SaveSchool(school); err != nil {
		t.Fatal(err)
	}
	h.g.refreshAll()
	ps := h.pick(func(ps model.Partnership, pt *model.Partner) bool {
		return len(document.Missing(school, ps, pt, model.DocRequest)) == 0
	})
	p := h.openDocuments(ps.ID)
	test.Tap(p.request.button)
	if h.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no options dialog")
	}
	sifat, tembusan := findSelect(t, h), findMultiLine(t, h)
	if tembusan.Text != "Kepala Dinas Pendidikan Kota Bandung" {
		t.Errorf("tembusan starts as %q, not the profile's default", tembusan.Text)
	}
	tembusan.CursorRow, tembusan.CursorColumn = 0, len(tembusan.Text)
	sifat.SetSelected("Segera")
	test.Type(tembusan, "\nKetua Komite Sekolah")
	test.Tap(h.overlayButton("Buat"))
	h.g.wait()

	data := h.onlyDocument(p)
	text := strings.Join(strings.Fields(pdfText(t, data)), " ")
	for _, want := range []string{"Sifat : Segera", "Hal : Permohonan Kerja Sama", "Tembusan:",
		"1. Kepala Dinas Pendidikan Kota Bandung;", "2. Ketua Komite Sekolah."} {
		if !strings.Contains(text, want) {
			t.Errorf("letter lacks %q:\n%s", want, text)
		}
	}
}

// TestAgreementEMeterai: an agreement made "akan dibubuhi e-Meterai" is A4 on an F4
// school, with no paper meterai box.
func TestAgreementEMeterai(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	school, _ := h.db.School()
	school.Paper = model.PaperF4
	if err := h.db.SaveSchool(school); err != nil {
		t.Fatal(err)
	}
	h.g.refreshAll()
	ps := h.pick(func(ps model.Partnership, pt *model.Partner) bool {
		return stage4PKS(ps, pt) && len(document.Missing(school, ps, pt, model.DocPKS)) == 0
	})
	p := h.openDocuments(ps.ID)
	test.Tap(p.agreement.button)
	check := findCheck(t, h)
	test.Tap(check)
	test.Tap(h.overlayButton("Buat"))
	h.g.wait()
	data := h.onlyDocument(p)
	if !strings.Contains(string(data), "/MediaBox [0 0 595.28 841.89]") {
		t.Error("an e-Meterai agreement is not A4")
	}
	if text := pdfText(t, data); strings.Contains(text, "Rp10.000") && strings.Contains(text, "Meterai\n") {
		t.Errorf("an e-Meterai agreement prints the paper meterai box:\n%s", text)
	}
}

// walkOverlay calls found on every visible object of the top dialog until it says yes.
func walkOverlay(h *harness, found func(any) bool) {
	var walk func(o fyne.CanvasObject) bool
	walk = func(o fyne.CanvasObject) bool {
		if o == nil || !o.Visible() {
			return false
		}
		if found(o) {
			return true
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				if walk(c) {
					return true
				}
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(h.win.Canvas().Overlays().Top())
}

// findSelect, findMultiLine and findCheck find the first widget of their kind in the
// top dialog.
func findSelect(t *testing.T, h *harness) *widget.Select {
	var found *widget.Select
	walkOverlay(h, func(o any) bool { found, _ = o.(*widget.Select); return found != nil })
	if found == nil {
		t.Fatal("the dialog has no choice list")
	}
	return found
}

func findMultiLine(t *testing.T, h *harness) *widget.Entry {
	var found *widget.Entry
	walkOverlay(h, func(o any) bool {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			found = e
		}
		return found != nil
	})
	if found == nil {
		t.Fatal("the dialog has no multi-line entry")
	}
	return found
}

func findCheck(t *testing.T, h *harness) *widget.Check {
	var found *widget.Check
	walkOverlay(h, func(o any) bool { found, _ = o.(*widget.Check); return found != nil })
	if found == nil {
		t.Fatal("the dialog has no check box")
	}
	return found
}

// TestLetterDateTypedWrongIsRefused: a letter date the calendar does not have is said
// when Buat is pressed, no letter is made (no number taken), and the form comes back
// as it was; a date typed without leading zeros is read and printed.
func TestLetterDateTypedWrongIsRefused(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	school, _ := h.db.School()
	ps := h.pick(func(ps model.Partnership, pt *model.Partner) bool {
		return len(document.Missing(school, ps, pt, model.DocRequest)) == 0
	})
	p := h.openDocuments(ps.ID)
	test.Tap(p.request.button)
	dates := widgetsIn[*dateEntry](h.win.Canvas().Overlays().Top())
	if len(dates) != 1 {
		t.Fatalf("%d date fields in the dialog", len(dates))
	}
	date := dates[0]
	date.SetText("")
	test.Type(date, "31/02/2026")
	test.Tap(h.overlayButton("Buat"))
	h.g.wait()
	if len(p.docs) != 0 {
		t.Fatalf("a letter was made on a wrong date: %+v", p.docs[0])
	}
	if !h.shows("Februari 2026 hanya sampai tanggal 28.") {
		t.Fatalf("the refusal does not say why; the window shows %q", h.texts())
	}
	test.Tap(h.overlayButton("OK"))
	if date.Text != "31/02/2026" || h.overlayButton("Buat") == nil {
		t.Fatalf("the form did not come back as it was (date %q)", date.Text)
	}

	date.SetText("")
	test.Type(date, "2/11/2026")
	test.Tap(h.overlayButton("Buat"))
	h.g.wait()
	data := h.onlyDocument(p)
	if text := strings.Join(strings.Fields(pdfText(t, data)), " "); !strings.Contains(text, "2 November 2026") {
		t.Errorf("the letter is not dated 2 November 2026:\n%s", text)
	}
}

// A first request letter for a partnership past its proposal is warned about in the
// dialog: dated today it would follow the agreement it asked for.
func TestLateRequestLetterIsWarnedAbout(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StageImplementasi, model.StatusBerjalan)
	d := h.openDocuments(p.ID)
	test.Tap(d.request.button)
	if !h.shows("Surat permohonan dikirim sebelum proposal dan perjanjian") {
		t.Errorf("no warning for a request letter at stage 5; the window shows %q", h.texts())
	}
}

// onlyDocument is the PDF of the one document p has made; the test fails when it made
// none or more.
func (h *harness) onlyDocument(p *documentsPanel) []byte {
	h.t.Helper()
	if len(p.docs) != 1 {
		h.t.Fatalf("%d documents made", len(p.docs))
	}
	data, err := h.db.AttachmentData(p.docs[0].ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return data
}
