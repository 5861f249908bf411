package store

import (
	"errors"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

func TestLoadKeepsIDsAndTimes(t *testing.T) {
	db := MustOpenTemp(t)
	d := demo.Dataset(time.Date(2026, 11, 26, 9, 0, 0, 0, time.Local))
	if err := db.Load(Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships}); err != nil {
		t.Fatal(err)
	}
	for _, want := range d.Partnerships {
		got, err := db.Partnership(want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.UpdatedAt.Equal(want.UpdatedAt) || got.Title != want.Title || got.PartnerID != want.PartnerID {
			t.Errorf("partnership %s came back as %+v, want %+v", want.ID, got, want)
		}
	}
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	if c.Partners != len(d.Partners) || c.Partnerships != len(d.Partnerships) {
		t.Errorf("counts %+v, want %d partners and %d partnerships", c, len(d.Partners), len(d.Partnerships))
	}
}

func TestLoadRefusesDanglingPartnerAndWritesNothing(t *testing.T) {
	db := MustOpenTemp(t)
	ps := model.NewPartnership()
	ps.ID = model.NewID(time.Now())
	ps.Title = "Kemitraan tanpa mitra yang ada"
	ps.Need.Category = model.NeedAkademik
	ps.PartnerID = model.NewID(time.Now())
	err := db.Load(Records{Partnerships: []model.Partnership{ps}})
	if !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Load with a missing partner: %v, want ErrNotFound", err)
	}
	if list, _ := db.Partnerships(); len(list) != 0 {
		t.Errorf("a refused load wrote %d partnerships", len(list))
	}
}
