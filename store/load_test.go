package store

import (
	"bytes"
	"errors"
	"reflect"
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

func TestLoadEventsAndAttachments(t *testing.T) {
	db := MustOpenTemp(t)
	ps := model.NewPartnership()
	ps.ID = "01KP0B8T00G4G4N1ERT5"
	ps.Title = "Kantin Sehat"
	ps.Need.Category = model.NeedDukunganSiswa
	when := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	r := Records{
		Partnerships: []model.Partnership{ps},
		Events: []model.Event{
			{PartnershipID: ps.ID, Time: when, Kind: model.EventCreated, Stage: 1, Text: "Kemitraan dibuat"},
			{PartnershipID: ps.ID, Time: when.Add(time.Hour), Kind: model.EventNote, Stage: 1, Text: "Rapat komite"},
		},
		Attachments: []AttachmentFile{{
			Attachment: model.Attachment{ID: "01KP0B8T00G4G4N1ERT9", PartnershipID: ps.ID, Name: "menu.pdf", Added: when},
			Data:       fakeFile("menu.pdf", 3000),
		}},
	}
	for range 2 { // twice: the timeline is not doubled
		if err := db.Load(r); err != nil {
			t.Fatal(err)
		}
	}
	if got := MustEvents(t, db, ps.ID); !reflect.DeepEqual(got, r.Events) {
		t.Errorf("events %+v, want %+v", got, r.Events)
	}
	list, err := db.Attachments(ps.ID)
	if err != nil || len(list) != 1 || list[0].Size != 3000 || list[0].Type != "application/pdf" || !list[0].Added.Equal(when) {
		t.Errorf("attachments %+v, %v", list, err)
	}
	if data, err := db.AttachmentData("01KP0B8T00G4G4N1ERT9"); err != nil || !bytes.Equal(data, r.Attachments[0].Data) {
		t.Errorf("attachment data: %v", err)
	}

	// an event or attachment of a partnership that is not there: nothing is written
	stray := Records{Events: []model.Event{{PartnershipID: "01KP0B8T00G4G4N1ERT6", Time: when, Kind: model.EventNote, Stage: 1, Text: "x"}}}
	if err := db.Load(stray); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Load of a stray event: %v, want ErrNotFound", err)
	}
	exe := Records{Attachments: []AttachmentFile{{Attachment: model.Attachment{ID: "01KP0B8T00G4G4N1ERTA", PartnershipID: ps.ID, Name: "a.exe"}, Data: fakeFile("a.exe", 100)}}}
	if err := db.Load(exe); err == nil {
		t.Error("Load of an .exe succeeded")
	}
	if c, err := db.Check(); err != nil || c.Events != 2 || c.Attachments != 1 {
		t.Errorf("Check: %+v, %v", c, err)
	}
}
