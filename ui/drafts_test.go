package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// reopen is the window as the next start builds it over the same data file, after
// the first window went without saving (a power cut): a new gui on the store.
func (h *harness) reopen() *harness {
	h.t.Helper()
	w := test.NewTempWindow(h.t, nil)
	w.Resize(fyne.NewSize(1280, 720))
	n := &harness{t: h.t, app: h.app, win: w, db: h.db, dir: h.dir, docs: h.docs}
	n.g = newGUI(h.app, w, h.db, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow }})
	w.SetContent(n.g.content)
	return n
}

// #13.17: what a principal typed and did not save survives a power cut: a draft is
// kept, offered at the next start with its time, restored unsaved, and dropped by a
// save.
func TestDraftOfAPartnershipSurvivesAPowerCut(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StageProposal, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	h.typeInto(v.proposal.objectives, "Sampah plastik berkurang separuh")
	h.g.keepDrafts() // as the timer does every few seconds
	list, err := h.db.Drafts()
	if err != nil || len(list) != 1 || list[0].Key != "kemitraan/"+string(p.ID) || !strings.Contains(list[0].Title, "Bank Sampah Sekolah") {
		t.Fatalf("drafts %+v, %v", list, err)
	}
	if stored, _ := h.db.Partnership(p.ID); stored.Proposal.Objectives != "" {
		t.Fatal("keeping a draft saved the partnership")
	}

	// the power goes; the next start offers it
	n := h.reopen()
	if n.g.draftOffer == nil {
		t.Fatal("no offer of the unsaved typing")
	}
	n.mustShow("Ada isian yang belum disimpan dari " + longDateTime(list[0].Kept))
	n.mustShow("Bank Sampah Sekolah")
	test.Tap(n.g.draftOffer.restore)
	v = n.g.partnerships.detail
	if n.g.tabs.SelectedIndex() != tabKemitraan || v.stored.ID != p.ID {
		t.Fatalf("Pulihkan shows tab %d, partnership %q", n.g.tabs.SelectedIndex(), v.stored.ID)
	}
	if v.proposal.objectives.Text != "Sampah plastik berkurang separuh" || !v.dirty() {
		t.Errorf("restored %q, unsaved %v", v.proposal.objectives.Text, v.dirty())
	}
	n.mustShow("Belum disimpan")
	if _, err := n.db.Draft("kemitraan/" + string(p.ID)); err != nil {
		t.Errorf("the draft is gone before the save: %v", err)
	}
	test.Tap(v.saveButton)
	if list, _ := n.db.Drafts(); len(list) != 0 {
		t.Errorf("drafts after the save: %+v", list)
	}
	if stored, _ := n.db.Partnership(p.ID); stored.Proposal.Objectives != "Sampah plastik berkurang separuh" {
		t.Errorf("saved %q", stored.Proposal.Objectives)
	}
}

// A new partnership, a partner and the profile are kept too; Buang drops a draft,
// and edits undone drop theirs at the next keeping.
func TestDraftsOfEveryForm(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	h.g.show(tabKemitraan)
	h.g.partnerships.startNew()
	h.typeInto(h.shown().need.title, "Kebun Sekolah")
	h.g.show(tabMitra) // leaving asks about unsaved edits; the drafts are kept before
	h.g.keepDrafts()
	if h.g.unsaved != nil {
		test.Tap(h.overlayButton("Tetap di sini"))
	}
	h.g.tab = tabMitra
	h.g.partners.startNew()
	h.typeInto(h.g.partners.name, "Koperasi Tani Maju")
	h.typeInto(h.g.settings.city, " Kota")
	h.g.keepDrafts()
	keys := map[string]bool{}
	list, _ := h.db.Drafts()
	for _, d := range list {
		keys[d.Key] = true
	}
	for _, k := range []string{"kemitraan/baru", "mitra/baru", "sekolah"} {
		if !keys[k] {
			t.Errorf("no draft %s among %v", k, keys)
		}
	}

	// the profile's edit undone: its draft goes at the next keeping
	h.g.settings.city.SetText("Bandung")
	h.g.keepDrafts()
	if _, err := h.db.Draft("sekolah"); err == nil {
		t.Error("the profile's draft stays after its edit was undone")
	}

	n := h.reopen()
	seen := 0
	for n.g.draftOffer != nil && seen < 5 {
		seen++
		if strings.Contains(n.g.draftOffer.msg.Text, "Koperasi Tani Maju") {
			test.Tap(n.g.draftOffer.restore)
			continue
		}
		test.Tap(n.g.draftOffer.discard) // the new partnership: Buang
	}
	if seen != 2 {
		t.Errorf("%d drafts offered, want 2", seen)
	}
	if n.g.tabs.SelectedIndex() != tabMitra || n.g.partners.name.Text != "Koperasi Tani Maju" || !n.g.partners.dirty() {
		t.Errorf("the partner's draft: tab %d, name %q", n.g.tabs.SelectedIndex(), n.g.partners.name.Text)
	}
	if _, err := n.db.Draft("kemitraan/baru"); err == nil {
		t.Error("Buang left the draft")
	}
	// Buang in the unsaved question drops the draft too
	n.g.partners.discard()
	if list, _ := n.db.Drafts(); len(list) != 0 {
		t.Errorf("drafts left: %+v", list)
	}
}

// The timer keeps drafts every few seconds: at most DraftInterval of typing is lost.
func TestDraftsKeptByTheTimer(t *testing.T) {
	if DraftInterval > 10*time.Second {
		t.Errorf("drafts are kept every %v: more than 10 s of typing could be lost", DraftInterval)
	}
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StageKebutuhan, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	h.typeInto(h.shown().need.title, " Terpadu")
	// the window's timer, quick; it stops with the window's work
	h.g.keepDraftsEvery(20 * time.Millisecond)
	t.Cleanup(h.g.opts.Background.Stop)
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := h.db.Draft("kemitraan/" + string(p.ID)); err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Error("the timer kept no draft")
}

// A read-only file keeps no drafts (it cannot be written).
func TestNoDraftsOnAReadOnlyFile(t *testing.T) {
	src := filepath.Join(t.TempDir(), "kemitraan.db")
	db, err := store.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := store.OpenWith(src, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	w := test.NewTempWindow(t, nil)
	g := newGUI(a, w, ro, Options{DocumentsDir: t.TempDir(), Now: func() time.Time { return testNow }})
	if g.draftStore() != nil {
		t.Error("a read-only file keeps drafts")
	}
}
