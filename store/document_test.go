package store

import (
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestAddDocument(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Pelatihan Literasi Digital Guru", "")
	pdf := []byte("%PDF-1.4\n% test\n")
	a, err := db.AddDocument(ps.ID, "pks", "PKS-001.pdf", pdf, "8F3A-07C2-91DE", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Owner != model.OwnerDocument || a.DocKind != model.DocPKS || a.Code != "8F3A-07C2-91DE" || a.SHA256 != SHA256(pdf) || a.Size != int64(len(pdf)) {
		t.Errorf("document %+v", a)
	}
	events, err := db.Events(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := events[len(events)-1]
	if last.Kind != model.EventDocument || last.Text != "PKS dibuat, kode 8F3A-07C2-91DE" {
		t.Errorf("last event %+v", last)
	}
	for _, e := range events {
		if e.Kind == model.EventAttachmentAdded {
			t.Errorf("also an attachment event: %+v", e)
		}
	}
	// a plain attachment is not a document
	if _, err := db.AddAttachment(model.Attachment{PartnershipID: ps.ID, Name: "scan.pdf"}, pdf); err != nil {
		t.Fatal(err)
	}
	docs, err := db.Documents()
	if err != nil || len(docs) != 1 || docs[0].ID != a.ID {
		t.Errorf("Documents() = %+v, %v", docs, err)
	}

	// refused: unknown kind, no code, not a PDF, no partnership — and nothing is written
	for _, bad := range []struct {
		pid        model.ID
		kind, name string
		data       []byte
		code       string
	}{
		{ps.ID, "surat-cinta", "x.pdf", pdf, "X"},
		{ps.ID, "pks", "x.pdf", pdf, ""},
		{ps.ID, "pks", "x.pdf", []byte("bukan pdf"), "X"},
		{"01TIDAKADA0000000000", "pks", "x.pdf", pdf, "X"},
	} {
		if _, err := db.AddDocument(bad.pid, bad.kind, bad.name, bad.data, bad.code, time.Time{}); err == nil {
			t.Errorf("AddDocument(%q, %q, %q) accepted", bad.pid, bad.kind, bad.name)
		}
	}
	if docs, _ := db.Documents(); len(docs) != 1 {
		t.Errorf("%d documents after refusals", len(docs))
	}
}

func TestSchoolClauses(t *testing.T) {
	db := MustOpenTemp(t)
	if m, err := db.SchoolClauses(); err != nil || len(m) != 0 {
		t.Fatalf("new file: %v, %v", m, err)
	}
	if err := db.SaveSchoolClause("keadaan_kahar", "Teks «judul kerja sama»"); err != nil {
		t.Fatal(err)
	}
	// saving the profile keeps the templates
	s := model.NewSchool()
	s.Name, s.NPSN, s.Address, s.City, s.PrincipalName = "SMP Negeri 1 Bandung", "20219123", "Jl. Kesatriaan No. 1", "Bandung", "Dra. Siti Aminah"
	if err := db.SaveSchool(s); err != nil {
		t.Fatal(err)
	}
	if m, _ := db.SchoolClauses(); m["keadaan_kahar"] != "Teks «judul kerja sama»" {
		t.Errorf("templates %v", m)
	}
	if err := db.SaveSchoolClause("keadaan_kahar", "  "); err != nil {
		t.Fatal(err)
	}
	if m, _ := db.SchoolClauses(); len(m) != 0 {
		t.Errorf("after removal %v", m)
	}
}
