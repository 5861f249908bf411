package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestSummaries(t *testing.T) {
	db := MustOpenTemp(t)
	p := MustSavePartner(t, db, "CV Maju")
	a := MustSavePartnership(t, db, "A", p.ID)
	MustSavePartnership(t, db, "B", "")
	a.Need.Description = "diubah"
	a.Agreement.Start, a.Agreement.End = day(2027, 1, 1), day(2027, 12, 31)
	if err := db.SavePartnership(&a); err != nil { // A changed last
		t.Fatal(err)
	}
	list, err := db.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	want := summarize(a)
	want.PartnerName = "CV Maju"
	if len(list) != 2 || !reflect.DeepEqual(list[0], want) || list[1].Title != "B" || list[1].PartnerName != "" {
		t.Errorf("Summaries() = %+v\nwant first %+v", list, want)
	}

	// a renamed partner shows at once
	p.Name = "CV Maju Jaya"
	if err := db.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	if list, _ := db.Summaries(); list[0].PartnerName != "CV Maju Jaya" {
		t.Errorf("after renaming the partner: %q", list[0].PartnerName)
	}

	// the same order as Partnerships
	full, err := db.Partnerships()
	if err != nil {
		t.Fatal(err)
	}
	for i := range full {
		if full[i].ID != list[i].ID {
			t.Errorf("Summaries()[%d] = %s, Partnerships()[%d] = %s", i, list[i].ID, i, full[i].ID)
		}
	}
}

func TestSaveExtension(t *testing.T) {
	db := MustOpenTemp(t)
	partner := MustSavePartner(t, db, "Yayasan Cahaya Ilmu")
	old := MustSavePartnership(t, db, "Pojok Baca", partner.ID)
	MustIssue(t, db, old.ID, "permohonan", day(2026, 2, 1))
	old.Stage = model.StagePeninjauan
	old.Status = model.StatusBerjalan
	old.Agreement.Start, old.Agreement.End = day(2026, 1, 1), day(2026, 12, 31)
	old.Review = model.Review{Summary: "Berhasil", Decision: model.DecisionExtend, Date: day(2026, 12, 1)}
	if err := db.SavePartnership(&old); err != nil {
		t.Fatal(err)
	}
	stale := old

	next, events, err := old.Extend(day(2026, 12, 2))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveExtension(&old, &next, events); err != nil {
		t.Fatal(err)
	}
	gotOld, _ := db.Partnership(old.ID)
	gotNext, err := db.Partnership(next.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotOld, old) || !reflect.DeepEqual(gotNext, next) {
		t.Errorf("stored\n%+v\n%+v\nwant\n%+v\n%+v", gotOld, gotNext, old, next)
	}
	if gotOld.NextID != next.ID || gotNext.PreviousID != old.ID || len(gotOld.Letters) != 1 || len(gotNext.Letters) != 0 ||
		gotOld.Status != model.StatusSelesai || gotNext.Stage != model.StagePerjanjian {
		t.Errorf("periods: old %+v\nnext %+v", gotOld, gotNext)
	}
	oldEvents, nextEvents := MustEvents(t, db, old.ID), MustEvents(t, db, next.ID)
	if e := oldEvents[len(oldEvents)-1]; e.Kind != model.EventExtended {
		t.Errorf("old period's last event %+v", e)
	}
	if len(nextEvents) != 1 || nextEvents[0].Kind != model.EventCreated {
		t.Errorf("new period's timeline %+v, want one \"dibuat\"", nextEvents)
	}

	// a copy read before the extension cannot extend it again
	again, events, err := stale.Extend(day(2026, 12, 3))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveExtension(&stale, &again, events); err == nil {
		t.Error("a partnership was extended twice")
	}
	if c, err := db.Check(); err != nil || c.Partnerships != 2 {
		t.Errorf("Check: %+v, %v", c, err)
	}
}

func TestSaveExtensionUnlinked(t *testing.T) {
	db := MustOpenTemp(t)
	old := MustSavePartnership(t, db, "A", "")
	next := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT5", "B")
	next.ID = "01KP0B8T00G4G4N1ERT6"
	if err := db.SaveExtension(&old, &next, nil); err == nil {
		t.Error("two periods that do not name each other were saved")
	}
}

func TestSummaryOfOnePartnership(t *testing.T) {
	db := MustOpenTemp(t)
	partner := MustSavePartner(t, db, "PT Maju Bersama")
	ps := MustSavePartnership(t, db, "Pojok Literasi", partner.ID)
	s, err := db.Summary(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Pojok Literasi" || s.PartnerName != "PT Maju Bersama" || s.ID != ps.ID {
		t.Errorf("Summary = %+v", s)
	}
	if _, err := db.Summary(model.NewID(time.Now())); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Summary of an unknown partnership: %v, want ErrNotFound", err)
	}
}
