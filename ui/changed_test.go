package ui

import (
	"reflect"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// After one partnership is saved, moved or deleted, the list and Beranda updated from
// its summary alone show what a full re-read shows.
func TestPartnershipChangedMatchesFullRefresh(t *testing.T) {
	h := newHarness(t)
	p := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	a := h.mustPartnership("Pojok Literasi", p.ID, model.NeedAkademik, "Buku bacaan kelas", model.StagePenjajakan, model.StatusDraft)
	b := h.mustPartnership("Kantin Sehat", p.ID, model.NeedDukunganSiswa, "Menu bergizi", model.StageKebutuhan, model.StatusDraft)
	h.mustPartnership("Robotik", "", model.NeedEkstrakurikuler, "Klub robotik", model.StageKebutuhan, model.StatusDraft)
	h.g.refreshAll()

	seen := func() (counts []string, list []string, reminders []model.Reminder) {
		for _, c := range h.g.home.stageCounts {
			counts = append(counts, c.Text)
		}
		return counts, h.g.partnerships.browser.titles(), append([]model.Reminder(nil), h.g.home.reminders...)
	}
	check := func(what string) {
		t.Helper()
		counts, list, rem := seen()
		h.g.refreshAll()
		wantCounts, wantList, wantRem := seen()
		if !reflect.DeepEqual(counts, wantCounts) || !reflect.DeepEqual(list, wantList) || !reflect.DeepEqual(rem, wantRem) {
			t.Errorf("%s: shown %v %v (%d reminders), a full refresh shows %v %v (%d reminders)",
				what, counts, list, len(rem), wantCounts, wantList, len(wantRem))
		}
	}

	stored, err := h.db.Partnership(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored.Stage, stored.Title = model.StagePenjajakan, "Kantin Sehat dan Gizi"
	if err := h.db.SavePartnership(&stored); err != nil {
		t.Fatal(err)
	}
	h.g.partnershipChanged(b.ID)
	if got := h.g.partnerships.browser.titles(); len(got) == 0 || got[0] != "Kantin Sehat dan Gizi" {
		t.Errorf("the saved partnership is not first in the list: %v", got)
	}
	check("after a save")

	if err := h.db.DeletePartnership(a.ID); err != nil {
		t.Fatal(err)
	}
	h.g.partnershipChanged(a.ID)
	check("after a delete")
}
