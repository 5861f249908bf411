package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestPartnerRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := model.Partner{
		Name: "PT Telekomunikasi Indonesia", Kind: model.KindBisnis, Address: "Jl. Japati 1",
		ContactPerson: "Ibu Rina", Phone: "022-123456", Email: "csr@telkom.co.id",
		SignatoryName: "Ir. Bambang", SignatoryPosition: "Manajer CSR",
	}
	if err := db.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	if !p.ID.Valid() || p.CreatedAt.IsZero() || !p.UpdatedAt.Equal(p.CreatedAt) {
		t.Fatalf("SavePartner did not assign ID and times: %+v", p)
	}
	MustClose(t, db)

	db = MustOpen(t, path)
	got, err := db.Partner(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, p)
	}

	// an edit keeps ID and CreatedAt, moves UpdatedAt
	got.Phone = "022-999"
	created := got.CreatedAt
	got.CreatedAt = created.AddDate(-1, 0, 0) // a caller cannot rewrite it
	db.setClock(func() time.Time { return created.Add(time.Hour) })
	if err := db.SavePartner(&got); err != nil {
		t.Fatal(err)
	}
	if got.ID != p.ID || !got.CreatedAt.Equal(created) || !got.UpdatedAt.After(created) {
		t.Errorf("after edit: %+v", got)
	}
	if list, _ := db.Partners(); len(list) != 1 || list[0].Phone != "022-999" {
		t.Errorf("Partners() = %+v, want the one edited partner", list)
	}
}

func TestSavePartnerInvalid(t *testing.T) {
	db := MustOpenTemp(t)
	p := model.Partner{Name: " ", Kind: "toko"}
	err := db.SavePartner(&p)
	var problems model.Problems
	if !errors.As(err, &problems) || len(problems) != 2 {
		t.Fatalf("SavePartner: %v, want problems with name and kind", err)
	}
	if p.ID != "" {
		t.Error("an invalid partner got an ID")
	}
	if list, _ := db.Partners(); len(list) != 0 {
		t.Errorf("invalid partner stored: %+v", list)
	}
}

func TestSavePartnerDeletedMeanwhile(t *testing.T) {
	db := MustOpenTemp(t)
	p := MustSavePartner(t, db, "CV Sumber Rejeki")
	if err := db.DeletePartner(p.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.SavePartner(&p); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("saving a deleted partner: %v, want model.ErrNotFound", err)
	}
}

func TestPartnersSortedByName(t *testing.T) {
	db := MustOpenTemp(t)
	for _, name := range []string{"yayasan Pelita", "CV Maju", "Bank BJB", "universitas Padjadjaran", "apotek Sehat"} {
		MustSavePartner(t, db, name)
	}
	list, err := db.Partners()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range list {
		names = append(names, p.Name)
	}
	want := []string{"apotek Sehat", "Bank BJB", "CV Maju", "universitas Padjadjaran", "yayasan Pelita"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Partners() names = %q, want %q", names, want)
	}
}

func TestPartnerNotFound(t *testing.T) {
	db := MustOpenTemp(t)
	id := model.NewID(day(2026, 1, 1))
	if _, err := db.Partner(id); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Partner: %v, want model.ErrNotFound", err)
	}
	if err := db.DeletePartner(id); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("DeletePartner: %v, want model.ErrNotFound", err)
	}
}

func TestDeletePartnerInUse(t *testing.T) {
	db := MustOpenTemp(t)
	p := MustSavePartner(t, db, "PT Kimia Farma")
	ps := MustSavePartnership(t, db, "Pojok Baca", p.ID)

	err := db.DeletePartner(p.ID)
	if !errors.Is(err, model.ErrPartnerInUse) {
		t.Fatalf("DeletePartner while used: %v, want model.ErrPartnerInUse", err)
	}
	if _, err := db.Partner(p.ID); err != nil {
		t.Errorf("refused delete removed the partner: %v", err)
	}

	if err := db.DeletePartnership(ps.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeletePartner(p.ID); err != nil {
		t.Fatalf("DeletePartner once unused: %v", err)
	}
	if _, err := db.Partner(p.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("partner still there: %v", err)
	}
}
