package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// #13.17: a form's draft is kept, listed, restored and discarded; keeping one changes
// no record; it survives closing the file (a power cut) and is checked like the rest.
func TestDrafts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	ps := MustSavePartnership(t, db, "Kebun sekolah", "")
	before := exportJSON(t, db)

	typed := ps
	typed.Title = "Kebun sekolah dan hidroponik"
	data := []byte(`{"title":"Kebun sekolah dan hidroponik"}`)
	key := "kemitraan/" + string(ps.ID)
	if err := db.KeepDraft(key, "Kemitraan: Kebun sekolah", data); err != nil {
		t.Fatal(err)
	}
	if err := db.KeepDraft("kemitraan/baru", "Kemitraan baru", []byte(`{"title":"Pojok baca"}`)); err != nil {
		t.Fatal(err)
	}
	if got := exportJSON(t, db); got != before {
		t.Error("keeping a draft changed the records")
	}
	stored, _ := db.Partnership(ps.ID)
	if !stored.UpdatedAt.Equal(ps.UpdatedAt) || stored.Title != ps.Title {
		t.Error("keeping a draft saved the partnership")
	}

	// the power goes: the drafts are there at the next start, newest first
	MustClose(t, db)
	db = MustOpen(t, path)
	list, err := db.Drafts()
	if err != nil || len(list) != 2 || list[0].Key != "kemitraan/baru" || list[1].Key != key {
		t.Fatalf("Drafts: %+v, %v", list, err)
	}
	d, err := db.Draft(key)
	if err != nil || string(d.Data) != string(data) || d.Title != "Kemitraan: Kebun sekolah" || d.Kept.IsZero() {
		t.Fatalf("Draft: %+v, %v", d, err)
	}
	if _, err := db.Check(); err != nil {
		t.Fatalf("Check with drafts: %v", err)
	}

	// keeping the same content again writes nothing (its time stays)
	if err := db.KeepDraft(key, "Kemitraan: Kebun sekolah", data); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.Draft(key); !again.Kept.Equal(d.Kept) {
		t.Error("keeping an unchanged draft rewrote it")
	}
	// a change replaces it
	if err := db.KeepDraft(key, "Kemitraan: Kebun sekolah", []byte(`{"title":"lain"}`)); err != nil {
		t.Fatal(err)
	}
	if again, _ := db.Draft(key); string(again.Data) != `{"title":"lain"}` {
		t.Errorf("the changed draft: %+v", again)
	}

	// discarding (after a save, or by choice); discarding what is not there is fine
	if err := db.DiscardDraft(key); err != nil {
		t.Fatal(err)
	}
	if err := db.DiscardDraft(key); err != nil {
		t.Errorf("discarding twice: %v", err)
	}
	if _, err := db.Draft(key); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("a discarded draft: %v", err)
	}
	if list, _ := db.Drafts(); len(list) != 1 {
		t.Errorf("%d drafts left, want 1", len(list))
	}

	// drafts are this computer's typing: not exported
	b := bundleOf(t, db)
	if strings.Contains(string(exportBytes(t, db)), "Pojok baca") || b == nil {
		t.Error("a draft went into the export")
	}
}

func TestDraftRefusals(t *testing.T) {
	db := MustOpenTemp(t)
	for _, key := range []string{"", strings.Repeat("k", 201), "a\x00b", "baris\nbaru"} {
		if err := db.KeepDraft(key, "x", []byte("{}")); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("key %q: %v, want ErrInvalidRequest", key, err)
		}
	}
	if err := db.KeepDraft("besar", "x", make([]byte, MaxDraftBytes+1)); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("a draft over the limit: %v", err)
	}
	ro := readOnlyCopy(t, db)
	if err := ro.KeepDraft("sekolah", "Profil", []byte("{}")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a draft in a read-only file: %v, want ErrReadOnly", err)
	}
}

// readOnlyCopy closes nothing: it copies db's file and opens the copy read-only.
func readOnlyCopy(t *testing.T, db *DB) *DB {
	t.Helper()
	var path string
	info, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	path = info.Path
	ro, err := OpenWith(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	return ro
}
