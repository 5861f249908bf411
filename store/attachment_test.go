package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// fakeFile is n bytes with the signature of the file type name's extension says.
func fakeFile(name string, n int) []byte {
	data := make([]byte, n)
	_, _ = rand.Read(data)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".png":
		copy(data, "\x89PNG\r\n\x1a\n")
	case ".pdf":
		copy(data, "%PDF-1.7\n")
	case ".jpg", ".jpeg":
		copy(data, "\xff\xd8\xff\xe0")
	case ".exe":
		copy(data, "MZ\x90\x00")
	}
	return data
}

func MustAddAttachment(t testing.TB, db *DB, id model.ID, name string, data []byte) model.Attachment {
	t.Helper()
	a, err := db.AddAttachment(model.Attachment{PartnershipID: id, Name: name}, data)
	if err != nil {
		t.Fatalf("AddAttachment(%s): %v", name, err)
	}
	return a
}

func TestAttachmentRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	ps := MustSavePartnership(t, db, "Renovasi Perpustakaan", "")
	data := fakeFile("scan.png", 5<<20)
	a, err := db.AddAttachment(model.Attachment{PartnershipID: ps.ID, Name: "/home/guru/Unduhan/perjanjian bertanda tangan.png", Owner: "agreement"}, data)
	if err != nil {
		t.Fatal(err)
	}
	if !a.ID.Valid() || a.Name != "perjanjian bertanda tangan.png" || a.Type != "image/png" || a.Size != 5<<20 ||
		a.Added.IsZero() || a.Owner != "agreement" || a.PartnershipID != ps.ID {
		t.Errorf("AddAttachment returned %+v", a)
	}
	MustAddAttachment(t, db, ps.ID, "daftar hadir.pdf", fakeFile("x.pdf", 2000))
	MustClose(t, db)

	db = MustOpen(t, path)
	db.setClock(func() time.Time { return time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC) }) // a day later
	var list []model.Attachment
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	list, err = db.Attachments(ps.ID)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0] != a || list[1].Name != "daftar hadir.pdf" || list[1].Type != "application/pdf" {
		t.Errorf("Attachments = %+v, want %+v first", list, a)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("listing two attachments allocated %d bytes: it read their data", n)
	}
	got, err := db.AttachmentData(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Error("the 5 MB file came back different")
	}

	if err := db.DeleteAttachment(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AttachmentData(a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("data after delete: %v, want ErrNotFound", err)
	}
	if list, _ := db.Attachments(ps.ID); len(list) != 1 || list[0].ID == a.ID {
		t.Errorf("Attachments after delete = %+v", list)
	}
	if err := db.DeleteAttachment(a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	events := MustEvents(t, db, ps.ID)
	var kinds []model.EventKind
	for _, e := range events {
		kinds = append(kinds, e.Kind)
	}
	want := []model.EventKind{model.EventCreated, model.EventAttachmentAdded, model.EventAttachmentAdded, model.EventAttachmentRemoved}
	if !reflect.DeepEqual(kinds, want) || !strings.Contains(events[3].Text, a.Name) {
		t.Errorf("timeline %+v", events)
	}
	if c, err := db.Check(); err != nil || c.Attachments != 1 {
		t.Errorf("Check: %+v, %v", c, err)
	}
}

func TestAddAttachmentRefuses(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustSavePartnership(t, db, "Laboratorium", "")
	var fe model.FieldError
	if _, err := db.AddAttachment(model.Attachment{PartnershipID: ps.ID, Name: "besar.pdf"}, fakeFile("x.pdf", model.MaxAttachmentBytes+1)); !errors.As(err, &fe) || fe.Key != "validation.attachmentsize" {
		t.Errorf("a file over 25 MB: %v", err)
	}
	if _, err := db.AddAttachment(model.Attachment{PartnershipID: ps.ID, Name: "setup.exe"}, fakeFile("x.exe", 4000)); !errors.As(err, &fe) || fe.Key != "validation.attachmenttype" {
		t.Errorf("an .exe: %v", err)
	}
	if _, err := db.AddAttachment(model.Attachment{PartnershipID: ps.ID, Name: "foto.png"}, fakeFile("x.exe", 4000)); !errors.As(err, &fe) {
		t.Errorf("an .exe named .png: %v", err)
	}
	if _, err := db.AddAttachment(model.Attachment{PartnershipID: "01KP0B8T00G4G4N1ERT6", Name: "foto.png"}, fakeFile("x.png", 4000)); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a file for a missing partnership: %v, want ErrNotFound", err)
	}
	c, err := db.Check()
	if err != nil || c.Attachments != 0 || c.Events != 1 {
		t.Errorf("after refusals: %+v, %v; want no attachment and only the \"dibuat\" event", c, err)
	}
}
