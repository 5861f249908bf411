package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// #11: a renewed period is told apart from its original everywhere: the list, the
// search, batch printing, the partnership's header and its documents' names.
func TestRenewedPeriodIsToldApart(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	pt := h.mustPartner("PT Bank Parahyangan", model.KindBisnis)
	old := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StagePeninjauan, model.StatusBerjalan)
	old.Agreement.Start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local)
	old.Agreement.End = time.Date(2026, 12, 31, 0, 0, 0, 0, time.Local)
	old.Review = model.Review{Decision: model.DecisionExtend, Date: testNow}
	next, events, err := old.Extend(testNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.db.SaveExtension(&old, &next, events); err != nil {
		t.Fatal(err)
	}
	h.g.refreshAll()
	first, second := "Bank Sampah Sekolah — periode 1 (2026)", "Bank Sampah Sekolah — periode 2 (2027)"

	h.g.show(tabKemitraan)
	if got := h.g.partnerships.browser.titles(); !slices.Contains(got, first) || !slices.Contains(got, second) {
		t.Errorf("the list shows %q", got)
	}
	h.g.partnerships.open(next.ID)
	if got := h.shown().titleLabel.Text; got != second {
		t.Errorf("the header says %q", got)
	}

	s := h.g.home.search
	s.spawn = func(f func()) { f() }
	h.g.show(tabBeranda)
	s.entry.SetText("bank sampah")
	h.g.wait()
	hits := strings.Join(searchHits(s), "\n")
	if !strings.Contains(hits, first) || !strings.Contains(hits, second) {
		t.Errorf("the search finds:\n%s", hits)
	}

	b := h.g.showBatch()
	var labels []string
	for i := range b.candidates {
		c := widget.NewCheck("", nil)
		b.list.UpdateItem(i, c)
		labels = append(labels, c.Text)
	}
	if !slices.Contains(labels, second+" — PT Bank Parahyangan") {
		t.Errorf("Cetak dokumen lists %q", labels)
	}
}
