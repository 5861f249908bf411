package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// #11: earlier stages fill later ones, as offers the principal confirms: the
// proposal's schedule becomes stage 5's planned activities, its roles the
// agreement's obligations, the budget's lines the agreement's contributions.
func TestEarlierStagesOfferToFillLaterOnes(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := model.NewPartnership()
	p.Title, p.PartnerID, p.Stage, p.Status = "Bank Sampah Sekolah", pt.ID, model.StageImplementasi, model.StatusBerjalan
	p.Need = model.Need{Category: model.NeedSarana, Description: "Sampah terpilah"}
	day := time.Date(2027, 2, 3, 0, 0, 0, 0, time.Local)
	p.Proposal.Schedule = []model.ScheduleItem{{Date: day, Activity: "Sosialisasi bank sampah", PIC: "Wakasek kesiswaan"},
		{Activity: "Penimbangan pertama", PIC: "OSIS"}}
	p.Proposal.SchoolRoles = []string{"Menyediakan tempat"}
	p.Proposal.PartnerRoles = []string{"Melatih petugas", "Membeli sampah terpilah"}
	p.Proposal.Budget = []model.BudgetItem{{Item: "Timbangan", Amount: 1_500_000, PaidBy: model.PartyPartner},
		{Item: "Karung", Amount: 300_000, PaidBy: model.PartySchool}}
	if err := h.db.SavePartnership(&p); err != nil {
		t.Fatal(err)
	}
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()

	// stage 5: the schedule, offered until filled
	v.showStage(model.StageImplementasi)
	h.mustShow("Jadwal di proposal (tahap 3) berisi 2 kegiatan")
	test.Tap(buttonIn(t, v.offerBox, "Isikan"))
	if v.acts.list.len() != 2 {
		t.Fatalf("%d activities after Isikan, want 2", v.acts.list.len())
	}
	if h.shows("Jadwal di proposal") {
		t.Error("the offer stays once the activities are filled")
	}
	h.save()
	got, _ := h.db.Partnership(p.ID)
	if len(got.Activities) != 2 || got.Activities[0].Title != "Sosialisasi bank sampah" || !got.Activities[0].Date.Equal(day) ||
		got.Activities[0].People != "Wakasek kesiswaan" || got.Activities[1].Status != model.ActivityPlanned {
		t.Errorf("activities %+v", got.Activities)
	}

	// stage 4: the roles and the partner's share
	v = h.shown()
	v.showStage(model.StagePerjanjian)
	h.mustShow("1 peran sekolah dan 2 peran mitra")
	h.mustShow("mitra menanggung Rp1.500.000")
	for len(v.offerBox.Objects) > 0 {
		test.Tap(buttonIn(t, v.offerBox.Objects[0], "Isikan"))
	}
	h.save()
	got, _ = h.db.Partnership(p.ID)
	a := got.Agreement
	if len(a.SchoolObligations) != 1 || len(a.PartnerObligations) != 2 || a.PartnerObligations[1] != "Membeli sampah terpilah" {
		t.Errorf("obligations %q / %q", a.SchoolObligations, a.PartnerObligations)
	}
	// the budget's lines, each with the kind the law gives it
	if len(a.Contributions) != 2 || a.Contributions[0].Amount != 1_500_000 || a.Contributions[0].From != model.GiverPartner ||
		a.Contributions[0].Kind != model.ContribBantuan || a.Contributions[1].From != model.GiverSchool {
		t.Errorf("contributions %+v", a.Contributions)
	}

	// Abaikan sets an offer aside
	h.g.partnerships.open(p.ID)
	v = h.shown()
	v.acts.list.setValues(nil)
	v.showStage(model.StageImplementasi)
	h.mustShow("Jadwal di proposal")
	test.Tap(buttonIn(t, v.offerBox, "Abaikan"))
	if h.shows("Jadwal di proposal") {
		t.Error("Abaikan left the offer")
	}
}
