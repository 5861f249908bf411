package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestPartnershipRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	MustSaveSchool(t, db, validSchool())
	p := MustSavePartner(t, db, "Puskesmas Sukajadi")
	ps := MustSavePartnership(t, db, "Penyuluhan Kesehatan Remaja", p.ID)
	if !ps.ID.Valid() || ps.CreatedAt.IsZero() || ps.Stage != model.StageKebutuhan {
		t.Fatalf("SavePartnership: %+v", ps)
	}
	MustIssue(t, db, ps.ID, "permohonan", day(2026, 11, 26))
	MustIssue(t, db, ps.ID, "undangan", day(2026, 12, 1))
	if err := db.SetLetterCode(ps.ID, "001/421.3/SMPN1-BDG/XI/2026", "KMT-7F3A"); err != nil {
		t.Fatal(err)
	}
	want, err := db.Partnership(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	MustClose(t, db)

	got, err := MustOpen(t, path).Partnership(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	wantLetters := []model.Letter{
		{Kind: "permohonan", Number: "001/421.3/SMPN1-BDG/XI/2026", Date: day(2026, 11, 26), Code: "KMT-7F3A"},
		{Kind: "undangan", Number: "002/421.3/SMPN1-BDG/XII/2026", Date: day(2026, 12, 1)},
	}
	if !reflect.DeepEqual(got.Letters, wantLetters) {
		t.Errorf("letters\n%+v\nwant\n%+v", got.Letters, wantLetters)
	}
}

func TestSavePartnershipUnknownPartner(t *testing.T) {
	db := MustOpenTemp(t)
	ps := model.NewPartnership()
	ps.Title = "Bimbingan Karier"
	ps.Need.Category = model.NeedDukunganSiswa
	ps.PartnerID = model.NewID(day(2026, 1, 1))
	if err := db.SavePartnership(&ps); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SavePartnership: %v, want model.ErrNotFound", err)
	}
	if ps.ID != "" {
		t.Error("a refused partnership got an ID")
	}
	if list, _ := db.Partnerships(); len(list) != 0 {
		t.Errorf("refused partnership stored: %+v", list)
	}
}

func TestSavePartnershipInvalid(t *testing.T) {
	db := MustOpenTemp(t)
	ps := model.Partnership{Title: "Tanpa kategori"}
	var problems model.Problems
	if err := db.SavePartnership(&ps); !errors.As(err, &problems) {
		t.Fatalf("SavePartnership: %v, want model.Problems", err)
	}
}

// Saving a copy read before a letter was issued keeps that letter.
func TestSavePartnershipKeepsLetters(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Gerakan Literasi", "")
	stale := ps
	l := MustIssue(t, db, ps.ID, "permohonan", day(2026, 3, 2))
	stale.Stage = model.StagePenjajakan
	if err := db.SavePartnership(&stale); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Partnership(ps.ID)
	if got.Stage != model.StagePenjajakan || len(got.Letters) != 1 || got.Letters[0] != l {
		t.Errorf("after saving a stale copy: stage %v, letters %+v", got.Stage, got.Letters)
	}
	if !reflect.DeepEqual(stale, got) {
		t.Errorf("SavePartnership left p = %+v, stored %+v", stale, got)
	}
}

func TestPartnershipsNewestChangeFirst(t *testing.T) {
	db := MustOpenTemp(t)
	a := MustSavePartnership(t, db, "A", "")
	b := MustSavePartnership(t, db, "B", "")
	MustSavePartnership(t, db, "C", "")
	a.Need.Description = "diubah"
	if err := db.SavePartnership(&a); err != nil { // A changed last
		t.Fatal(err)
	}
	MustIssue(t, db, b.ID, "permohonan", day(2026, 5, 5)) // then B got a letter

	list, err := db.Partnerships()
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, ps := range list {
		titles = append(titles, ps.Title)
	}
	if want := []string{"B", "A", "C"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("Partnerships() = %q, want %q", titles, want)
	}
}

func TestDeletePartnership(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Bank Sampah", "")
	if err := db.DeletePartnership(ps.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Partnership(ps.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Partnership after delete: %v, want model.ErrNotFound", err)
	}
	if err := db.DeletePartnership(ps.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("second delete: %v, want model.ErrNotFound", err)
	}
}
