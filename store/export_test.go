package store

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestExport(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	p := MustSavePartner(t, db, "CV Maju")
	ps := MustSavePartnership(t, db, "Pojok Baca", p.ID)
	MustIssue(t, db, ps.ID, "permohonan", day(2026, 11, 26))

	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("not JSON:\n%s", buf.String())
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"format", "schema_version", "exported_at", "school", "partners", "partnerships"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("export has no %q", k)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("\n  \"partners\": [")) {
		t.Error("export is not indented")
	}

	var b Bundle
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	if b.Format != "kemitraan-export" || b.SchemaVersion != SchemaVersion || b.ExportedAt.IsZero() {
		t.Errorf("header: %q %d %v", b.Format, b.SchemaVersion, b.ExportedAt)
	}
	school, _ := db.School()
	if b.School == nil || !reflect.DeepEqual(*b.School, school) {
		t.Errorf("school = %+v", b.School)
	}
	if len(b.Partners) != 1 || b.Partners[0] != p {
		t.Errorf("partners = %+v", b.Partners)
	}
	stored, _ := db.Partnership(ps.ID)
	if len(b.Partnerships) != 1 || !reflect.DeepEqual(b.Partnerships[0], stored) {
		t.Errorf("partnerships = %+v", b.Partnerships)
	}
	if b.LetterCounters["2026"] != 1 {
		t.Errorf("letter counters = %v", b.LetterCounters)
	}
}

func TestExportEmpty(t *testing.T) {
	db := MustOpenTemp(t)
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	var b map[string]any
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	if b["school"] != nil || len(b["partners"].([]any)) != 0 || len(b["partnerships"].([]any)) != 0 {
		t.Errorf("empty export: %s", buf.String())
	}
}

// An export holds the timelines and the attachments with their content, and loading
// it into a new file gives the same records.
func TestExportLoadRoundTrip(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	p := MustSavePartner(t, db, "CV Maju")
	ps := MustSavePartnership(t, db, "Pojok Baca", p.ID)
	MustAddEvent(t, db, model.NewNote(ps, "Kunjungan pertama", day(2026, 3, 1)))
	a := MustAddAttachment(t, db, ps.ID, "foto.jpg", fakeFile("foto.jpg", 5000))

	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	var b Bundle
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Events) != 3 || len(b.Attachments) != 1 || b.Attachments[0].Attachment != a || len(b.Attachments[0].Data) != 5000 {
		t.Fatalf("bundle: %d events, attachments %+v", len(b.Events), b.Attachments)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"data": "`)) {
		t.Error("attachment data is not a base64 string")
	}

	other := MustOpenTemp(t)
	err := other.Load(Records{School: b.School, Partners: b.Partners, Partnerships: b.Partnerships,
		Events: b.Events, Attachments: b.Attachments})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*DB{db, other} {
		c, err := d.Check()
		if err != nil || c.Events != 3 || c.Attachments != 1 || c.Partnerships != 1 {
			t.Errorf("%s: %+v, %v", d.Path(), c, err)
		}
	}
	if got, want := MustEvents(t, other, ps.ID), MustEvents(t, db, ps.ID); !reflect.DeepEqual(got, want) {
		t.Errorf("events after the round trip %+v, want %+v", got, want)
	}
	data, err := other.AttachmentData(a.ID)
	if want, _ := db.AttachmentData(a.ID); err != nil || !bytes.Equal(data, want) {
		t.Errorf("attachment data after the round trip: %v", err)
	}
}
