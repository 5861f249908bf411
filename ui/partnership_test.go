package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

func TestDeletePartnershipAsksFirst(t *testing.T) {
	h := newHarness(t)
	v := h.startPartnership("Bazar Sekolah")
	id := v.stored.ID
	if v.deleteButton.Disabled() {
		t.Fatal("Hapus is disabled on a saved partnership")
	}

	// Batal keeps it
	test.Tap(v.deleteButton)
	h.mustShow("Hapus kemitraan?")
	h.mustShow(`Hapus kemitraan "Bazar Sekolah" beserta catatan suratnya? Tindakan ini tidak dapat dibatalkan.`)
	test.Tap(h.overlayButton("Batal"))
	if _, err := h.db.Partnership(id); err != nil {
		t.Fatalf("Batal deleted it: %v", err)
	}
	if h.shown().stored.ID != id {
		t.Fatal("Batal left the partnership")
	}

	// Hapus deletes it with its timeline, and leaves an empty form
	test.Tap(h.shown().deleteButton)
	test.Tap(h.overlayButton("Hapus"))
	if _, err := h.db.Partnership(id); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("after Hapus the store has it: %v", err)
	}
	if _, err := h.db.Events(id); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("after Hapus its timeline is kept: %v", err)
	}
	v = h.shown()
	if v.stored.ID != "" || v.saveStatus.Text != "Terhapus." {
		t.Errorf("after Hapus the screen shows %q, status %q", v.stored.ID, v.saveStatus.Text)
	}
	if got := h.g.partnerships.browser.titles(); len(got) != 0 {
		t.Errorf("the list still shows %q", got)
	}

	// a partnership not saved yet has nothing to delete
	if !v.deleteButton.Disabled() {
		t.Error("Hapus is enabled on a new partnership")
	}
	v.confirmDelete()
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("a new partnership asks to be deleted")
	}
}

// deleteRefusingStore is a store whose deletes fail as a full disk does.
type deleteRefusingStore struct{ *store.DB }

func (s deleteRefusingStore) DeletePartnership(id model.ID) error {
	return fmt.Errorf("%s: %w", s.Path(), model.ErrWriteFailed)
}

func TestDeleteFailureKeepsPartnership(t *testing.T) {
	h := newHarnessOver(t, func(db *store.DB) Store { return deleteRefusingStore{db} })
	v := h.startPartnership("Bazar Sekolah")
	test.Tap(v.deleteButton)
	test.Tap(h.overlayButton("Hapus"))
	h.mustShow("Data tidak terhapus: Gagal menyimpan ke disk")
	test.Tap(h.overlayButton("OK"))
	if h.shown() != v || v.stored.ID == "" || v.saveStatus.Text == "Terhapus." {
		t.Errorf("after a failed delete the screen shows %q, status %q", h.shown().stored.ID, v.saveStatus.Text)
	}
	if got := h.g.partnerships.browser.titles(); len(got) != 1 {
		t.Errorf("the list shows %q", got)
	}
}

// A problem of one row of a list (an activity without a title) is said under that
// row, and goes when the row is edited.
func TestActivityProblemAtItsRow(t *testing.T) {
	h := newHarness(t)
	p := h.mustPartnership("Pelatihan Guru", "", model.NeedProfesional, "Pelatihan", model.StageImplementasi, model.StatusBerjalan)
	h.g.show(tabKemitraan)
	h.g.partnerships.showPartnership(p.ID)
	v := h.shown()
	if v.shown != model.StageImplementasi {
		t.Fatalf("shows stage %d", v.shown)
	}
	first := addRow(v.acts.list)
	widgetsIn[*dateEntry](first)[0].SetText("02/12/2026") // a date, no title
	second := addRow(v.acts.list)
	h.typeInto(entriesIn(second)[0], "Pendampingan")

	test.Tap(v.saveButton)
	if got := v.acts.list.rowError(0); got != "Wajib diisi." {
		t.Errorf("the first row says %q", got)
	}
	if got := v.acts.list.rowError(1); got != "" {
		t.Errorf("the second row says %q", got)
	}
	if stored, _ := h.db.Partnership(p.ID); len(stored.Activities) != 0 {
		t.Errorf("saved with a problem: %+v", stored.Activities)
	}
	h.typeInto(entriesIn(first)[0], "Pelatihan tahap 1")
	if got := v.acts.list.rowError(0); got != "" {
		t.Errorf("typing the title left %q", got)
	}
	h.save()
	if stored, _ := h.db.Partnership(p.ID); len(stored.Activities) != 2 || stored.Activities[0].Title != "Pelatihan tahap 1" {
		t.Errorf("saved %+v", stored.Activities)
	}
}

func TestRowErrorFollowsItsRow(t *testing.T) {
	useTestApp()
	l := newTextRows("", nil)
	for _, s := range []string{"satu", "dua"} {
		test.Type(entriesIn(addRow(l))[0], s)
	}
	l.setRowError(1, "Terlalu panjang.")
	l.setRowError(2, "tidak ada") // no such row: nothing happens
	l.setRowError(-1, "tidak ada")
	if l.rowError(0) != "" || l.rowError(1) != "Terlalu panjang." {
		t.Fatalf("rows say %q, %q", l.rowError(0), l.rowError(1))
	}
	test.Tap(l.rows[1].up) // the message moves with its row
	if l.rowError(0) != "Terlalu panjang." || l.rowError(1) != "" {
		t.Errorf("after ↑ rows say %q, %q", l.rowError(0), l.rowError(1))
	}
	test.Type(entriesIn(l.rows[0].object)[0], "!")
	if l.rowError(0) != "" {
		t.Errorf("editing the row left %q", l.rowError(0))
	}
}

// Every line of every stage's checklist names the widget of its stage's form that
// meets it, so that a line can take the principal there.
func TestChecklistLinesHaveTheirWidget(t *testing.T) {
	h := newHarness(t)
	h.g.show(tabKemitraan)
	v := h.shown()
	p := model.NewPartnership()
	for _, st := range model.Stages {
		f := v.forms[st]
		for _, r := range p.Checklist(st, nil) {
			w := f.meets(r.Key)
			if w == nil {
				t.Errorf("stage %d: no widget meets %q", st, r.Key)
				continue
			}
			if !contains(f.object(), w) {
				t.Errorf("stage %d: the widget for %q (%T) is not in the form", st, r.Key, w)
			}
		}
		if f.meets("check.none") != nil {
			t.Errorf("stage %d: a widget meets an unknown requirement", st)
		}
	}
}

// contains reports whether o is inside the tree of in.
func contains(in, o fyne.CanvasObject) bool {
	if in == o {
		return true
	}
	switch x := in.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			if contains(c, o) {
				return true
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if contains(c, o) {
				return true
			}
		}
	}
	return false
}

// Deciding to end a partnership makes it Selesai; deciding otherwise afterwards makes
// it Berjalan again.
func TestEndDecisionSetsStatus(t *testing.T) {
	h := newHarness(t)
	p := h.mustPartnership("Pelatihan Guru", "", model.NeedProfesional, "Pelatihan", model.StagePeninjauan, model.StatusBerjalan)
	h.g.show(tabKemitraan)
	h.g.partnerships.showPartnership(p.ID)
	v := h.shown()
	h.typeInto(v.review.summary, "Tujuan tercapai.")
	v.review.decision.SetSelected("Akhiri")
	v.review.date.SetText("30/11/2026")
	h.save()
	h.mustShow("Selesai · Tahap 7/7 Peninjauan dan Perpanjangan")
	if stored, _ := h.db.Partnership(p.ID); stored.Status != model.StatusSelesai {
		t.Errorf("stored status %q", stored.Status)
	}
	h.shown().review.decision.SetSelected("Ubah (Addendum)")
	h.save()
	h.mustShow("Berjalan · Tahap 7/7 Peninjauan dan Perpanjangan")
	events, _ := h.db.Events(p.ID)
	var edits []string
	for _, e := range events {
		if e.Kind == model.EventEdited {
			edits = append(edits, e.Text)
		}
	}
	if want := "Tahap 7 diubah: Peninjauan dan Perpanjangan"; len(edits) != 2 || edits[1] != want {
		t.Errorf("edits %q, want twice %q", edits, want)
	}
	if strings.Contains(strings.Join(h.texts(), "\n"), "Selesai ·") {
		t.Error("the header still says Selesai")
	}
}

// unreadableStore is a store whose school profile and article wording cannot be read,
// as on a damaged file.
type unreadableStore struct {
	*store.DB
	fail bool
}

func (s *unreadableStore) School() (model.School, error) {
	if s.fail {
		return model.School{}, fmt.Errorf("profil: %w", model.ErrDamaged)
	}
	return s.DB.School()
}

func (s *unreadableStore) SchoolClauses() (map[string]string, error) {
	if s.fail {
		return nil, fmt.Errorf("templat: %w", model.ErrDamaged)
	}
	return s.DB.SchoolClauses()
}

// A profile or wording that cannot be read is said, never taken silently as empty.
func TestUnreadableProfileIsSaid(t *testing.T) {
	var st *unreadableStore
	h := newHarnessOver(t, func(db *store.DB) Store { st = &unreadableStore{DB: db}; return st })
	h.fillSchool()
	p := h.mustPartnership("Pelatihan Guru", "", model.NeedProfesional, "Pelatihan", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	st.fail = true
	h.g.partnerships.showPartnership(p.ID)
	h.mustShow("Data tidak dapat dibaca: ")
	for h.win.Canvas().Overlays().Top() != nil {
		test.Tap(h.overlayButton("OK"))
	}
	v := h.shown()
	if !v.docs.status.Visible() || !strings.HasPrefix(v.docs.status.Text, "Data tidak dapat dibaca: ") {
		t.Errorf("the Dokumen tab says %q", v.docs.status.Text)
	}
	// the profile read before stays: the school's signatory is still offered
	st.fail = false
	h.g.partnerships.updatePrintState()
	st.fail = true
	h.g.partnerships.updatePrintState()
	if v.school.PrincipalName != "Dra. Siti Aminah, M.Pd." {
		t.Errorf("after a failed read the profile is %+v", v.school)
	}
}
