package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestSchoolDefaultsWhenNoneSaved(t *testing.T) {
	db := MustOpenTemp(t)
	s, err := db.School()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s, model.NewSchool()) {
		t.Errorf("School() = %+v, want model.NewSchool()", s)
	}
}

func TestSchoolRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	want := validSchool()
	MustSaveSchool(t, db, want)
	MustClose(t, db)

	got, err := MustOpen(t, path).School()
	if err != nil {
		t.Fatal(err)
	}
	if got.UpdatedAt.IsZero() {
		t.Error("UpdatedAt not set")
	}
	want.UpdatedAt = got.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	if string(got.Logo) != string(validSchool().Logo) {
		t.Error("logo bytes changed")
	}
}

func TestSaveSchoolInvalid(t *testing.T) {
	db := MustOpenTemp(t)
	s := validSchool()
	s.NPSN = "123"
	err := db.SaveSchool(s)
	var problems model.Problems
	if !errors.As(err, &problems) {
		t.Fatalf("SaveSchool: %v, want model.Problems", err)
	}
	if _, ok := problems.Field("npsn"); !ok {
		t.Errorf("problems %v do not name npsn", problems)
	}
	got, err := db.School()
	if err != nil {
		t.Fatal(err)
	}
	if !got.IsZero() {
		t.Errorf("an invalid profile was stored: %+v", got)
	}

	// a valid profile saved before stays as it was
	MustSaveSchool(t, db, validSchool())
	if err := db.SaveSchool(s); err == nil {
		t.Fatal("invalid profile accepted")
	}
	if got, _ := db.School(); got.NPSN != validSchool().NPSN {
		t.Errorf("NPSN = %q after a refused save", got.NPSN)
	}
}
