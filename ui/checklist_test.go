package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// checkItemFor is the checklist line of key the partnership screen shows.
func checkItemFor(t *testing.T, v *partnershipView, key string) *checkItem {
	t.Helper()
	for _, it := range v.checkItems {
		if it.req.Key == key {
			return it
		}
	}
	t.Fatalf("the checklist has no line %s", key)
	return nil
}

// #11: every line of the checklist takes the principal to the field that meets it:
// the stage's form scrolls to it and it gets the keyboard. Stage 4's last line, whose
// field is at the end of a long form, is the case the issue names.
func TestChecklistLineGoesToItsField(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	if v.shown != model.StagePerjanjian {
		t.Fatalf("stage %d shown", v.shown)
	}
	if v.formScroll.Offset.Y != 0 {
		t.Fatalf("the form starts scrolled to %v", v.formScroll.Offset.Y)
	}
	line := checkItemFor(t, v, "check.agreement.signed")
	if line.text.Text != "Tanggal penandatanganan PKS belum dicatat" {
		t.Errorf("the line reads %q", line.text.Text)
	}
	test.Tap(line)
	if v.formScroll.Offset.Y <= 0 {
		t.Error("the form did not scroll to the signing date")
	}
	if h.win.Canvas().Focused() != v.agree.signed {
		t.Errorf("the keyboard is on %T, not the signing date", h.win.Canvas().Focused())
	}
	// the field is in view
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(v.agree.signed).Y - d.AbsolutePositionForObject(v.formScroll).Y
	if y < 0 || y+v.agree.signed.Size().Height > v.formScroll.Size().Height {
		t.Errorf("the signing date is at %v in a form %v high", y, v.formScroll.Size().Height)
	}

	// every line of every stage leads to a field of its stage's form
	for st := model.StageKebutuhan; st <= model.StagePeninjauan; st++ {
		for _, r := range p.Checklist(st, &pt) {
			if v.forms[st].meets(r.Key) == nil {
				t.Errorf("stage %d: no field meets %s", st, r.Key)
			}
		}
	}

	// a line of an earlier stage, from the stepper, shows that stage's form
	v.showStage(model.StageKebutuhan)
	v.formScroll.Offset.Y = 0
	test.Tap(checkItemFor(t, v, "check.need.description"))
	if h.win.Canvas().Focused() != v.need.need {
		t.Errorf("the keyboard is on %T, not the need", h.win.Canvas().Focused())
	}
}

// A refused step lists what is missing, as missing, and each line leads to its field.
func TestRefusalLeadsToTheField(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Tempat sampah terpilah", model.StageProposal, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	test.Tap(v.advanceButton)
	h.mustShow("Tahap belum lengkap")
	h.mustShow("Tujuan belum diisi")
	h.mustShow("Rencana evaluasi belum diisi")
	if h.shows("Tujuan diisi") {
		t.Error("a missing line reads as done")
	}
	var line *checkItem
	for _, o := range overlayWidgets[*checkItem](h) {
		if o.req.Key == "check.proposal.evaluation" {
			line = o
		}
	}
	if line == nil {
		t.Fatal("the refusal has no line for the evaluation plan")
	}
	test.Tap(line)
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("the refusal stays open")
	}
	if h.win.Canvas().Focused() != v.proposal.evalPlan {
		t.Errorf("the keyboard is on %T, not the evaluation plan", h.win.Canvas().Focused())
	}
	if v.formScroll.Offset.Y <= 0 {
		t.Error("the form did not scroll to the evaluation plan")
	}
}
