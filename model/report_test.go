package model_test

import (
	"errors"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// TestYear: the annual figures count the agreements in force in the year, the money
// received in it beside what was due, the stages as they stood at the year's end,
// and a renewal's draft not at all.
func TestYear(t *testing.T) {
	today := utcDay(2027, 3, 10)
	signed := func(id model.ID, start, end time.Time) model.Partnership {
		ps := model.NewPartnership()
		ps.ID, ps.Title, ps.Need.Category = id, string(id), model.NeedAkademik
		ps.CreatedAt, ps.UpdatedAt = start.AddDate(0, -2, 0), start
		ps.Stage, ps.Status = model.StageImplementasi, model.StatusBerjalan
		ps.Agreement = model.Agreement{Kind: model.AgreementPKS, Start: start, End: end, SignedDate: start.AddDate(0, 0, -5)}
		return ps
	}
	a := signed("A", utcDay(2026, 7, 1), utcDay(2027, 6, 30))
	a.Agreement.Contributions = []model.Contribution{
		{ID: "a1", From: model.GiverPartner, Kind: model.ContribBantuan, What: "Tahap I", Amount: 10_000_000, Due: utcDay(2026, 7, 15)},
		{ID: "a2", From: model.GiverPartner, Kind: model.ContribBantuan, What: "Tahap II", Amount: 10_000_000, Due: utcDay(2027, 1, 15)},
		{ID: "a3", From: model.GiverPartner, Kind: model.ContribBantuan, Form: model.FormGoods, What: "Rak", Amount: 4_000_000, Due: utcDay(2026, 8, 1)},
		{ID: "a4", From: model.GiverSchool, Kind: model.ContribSchool, What: "Konsumsi", Amount: 1_000_000},
	}
	a.Receipts = []model.Receipt{
		{Date: utcDay(2026, 7, 20), Line: "a1", Amount: 10_000_000},
		{Date: utcDay(2026, 8, 3), Line: "a3", Amount: 4_000_000},
		{Date: utcDay(2027, 1, 20), Line: "a2", Amount: 10_000_000},
	}
	// its renewal, still a draft: not counted again
	next := a
	next.ID, next.PreviousID, next.Stage, next.Status = "A2", "A", model.StagePerjanjian, model.StatusDraft
	next.CreatedAt = utcDay(2026, 12, 1)
	next.Agreement.SignedDate = time.Time{}
	// ended before the year
	old := signed("C", utcDay(2024, 1, 1), utcDay(2024, 12, 31))
	old.Status, old.UpdatedAt = model.StatusSelesai, utcDay(2025, 1, 10)
	// made after the year
	later := signed("D", utcDay(2027, 2, 1), utcDay(2028, 1, 31))
	later.CreatedAt = utcDay(2027, 1, 10)
	// its stage moved in the year after: the year's end saw stage 3
	moved := model.NewPartnership()
	moved.ID, moved.Title, moved.Need.Category, moved.Stage = "E", "E", model.NeedSarana, model.StageImplementasi
	moved.CreatedAt, moved.UpdatedAt = utcDay(2026, 3, 1), utcDay(2027, 2, 1)
	timelines := map[model.ID][]model.Event{"E": {
		{Time: utcDay(2026, 3, 1), Stage: model.StageKebutuhan},
		{Time: utcDay(2026, 9, 1), Stage: model.StageProposal},
		{Time: utcDay(2027, 2, 1), Stage: model.StageImplementasi},
	}}
	all := []model.Partnership{a, next, old, later, moved}

	f, err := model.Year(2026, today, all, timelines)
	if err != nil {
		t.Fatal(err)
	}
	var counted []model.ID
	for _, ps := range f.Counted {
		counted = append(counted, ps.ID)
	}
	if len(counted) != 2 || counted[0] != "A" || counted[1] != "E" {
		t.Errorf("counted %v, want A and E", counted)
	}
	if f.Stages["E"] != model.StageProposal {
		t.Errorf("E at the end of 2026: stage %v, want 3", f.Stages["E"])
	}
	total, err := f.Total()
	if err != nil || total.Planned != 14_000_000 || total.Received != 14_000_000 {
		t.Errorf("2026: %+v, %v; want 14 million planned and received (the school's budget not counted)", total, err)
	}
	if b := f.ByKind(model.ContribBantuan); b.Planned != 10_000_000 || b.Received != 10_000_000 {
		t.Errorf("bantuan %+v", b)
	}
	if in := f.InKind(); in.Planned != 4_000_000 || in.Received != 4_000_000 {
		t.Errorf("goods %+v", in)
	}
	// goods given as a bantuan are a bantuan in goods, not a sumbangan or program support
	if in := f.InKindOf(model.ContribBantuan); in.Planned != 4_000_000 || in.Received != 4_000_000 {
		t.Errorf("bantuan in goods %+v", in)
	}
	if in := f.InKindOf(model.ContribSumbangan); in.Planned != 0 || in.Received != 0 {
		t.Errorf("sumbangan in goods %+v", in)
	}
	if f.Current || len(f.Ending) != 0 {
		t.Errorf("a past year lists agreements ending soon: %+v", f.Ending)
	}

	// the year in progress: its stages as they stand, what ends within 90 days
	f, err = model.Year(2027, today, all, timelines)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Current || len(f.Ending) != 0 {
		t.Errorf("2027 ending %+v", f.Ending)
	}
	f, _ = model.Year(2027, utcDay(2027, 5, 1), all, timelines)
	if len(f.Ending) != 1 || f.Ending[0].ID != "A" {
		t.Errorf("ending within 90 days of 1 May 2027: %+v", f.Ending)
	}
	if _, err := model.Year(2028, today, all, timelines); !errors.Is(err, model.ErrFutureYear) {
		t.Errorf("a future year: %v", err)
	}
}
