package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// #11: the wheel scrolls the form also over a multi-line entry: Fyne gives the wheel
// to the innermost scrollable under the pointer, which must be the form's.
func TestWheelScrollsTheFormOverAMultiLineEntry(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StageProposal, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	e := v.proposal.objectives
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(e).Add(fyne.NewPos(20, 10))
	if at.Y > h.win.Canvas().Size().Height {
		t.Fatalf("the entry is below the window, at %v", at)
	}
	// (that a click there still reaches the entry is seen in the real window: the
	// test driver does not focus on a tap)
	test.Scroll(h.win.Canvas(), at, 0, -120)
	if v.formScroll.Offset.Y <= 0 {
		t.Error("the wheel over a multi-line entry did not scroll the form")
	}
}

// A multi-line entry grows with its text, so that nothing it holds needs its own
// scrolling.
func TestMultiLineEntryGrowsWithItsText(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StageProposal, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	e := h.shown().proposal.background
	before := e.MinSize().Height
	e.SetText(strings.Repeat("Sekolah memerlukan mitra untuk mengelola sampah plastik. ", 30))
	if after := e.MinSize().Height; after <= before*2 {
		t.Errorf("a long text: the entry is %v high, it was %v", after, before)
	}
	e.SetText("")
	if got := e.MinSize().Height; got != before {
		t.Errorf("emptied, the entry is %v high, want %v again", got, before)
	}
}
