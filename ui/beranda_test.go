package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// berandaData is a file with known counts: per stage 3, 1, 0, 2, 4, 1, 1 partnerships
// (one of stage 1 cancelled, one of stage 7 ended), and these reminders as of testNow:
//   - "Agreement ended": a running partnership at stage 5 whose agreement ended
//   - "Evaluation due": stage 6, started four months ago, never evaluated
//   - "Activity late": stage 5 with an activity planned last week
//
// Every other partnership was touched yesterday, and its agreement (if any) runs long.
func berandaData(t *testing.T, db *store.DB) (partner model.Partner, byTitle map[string]model.Partnership) {
	t.Helper()
	yesterday := testNow.AddDate(0, 0, -1)
	partner = model.Partner{ID: model.NewID(yesterday), Name: "Ma'had Al-Ḥikmah", Kind: model.KindNirlaba,
		ContactPerson: "Ustaz Fauzi", CreatedAt: yesterday, UpdatedAt: yesterday}
	counts := []int{3, 1, 0, 2, 4, 1, 1}
	var rec store.Records
	rec.Partners = []model.Partner{partner}
	byTitle = map[string]model.Partnership{}
	n := 0
	for i, c := range counts {
		st := model.Stage(i + 1)
		for j := range c {
			n++
			ps := model.NewPartnership()
			ps.ID = model.NewID(yesterday.Add(time.Duration(n) * time.Second))
			ps.Title = fmt.Sprintf("Kemitraan %d-%d", st, j)
			ps.Stage, ps.Need = st, model.Need{Category: model.NeedAkademik, Description: "Pojok baca"}
			ps.CreatedAt, ps.UpdatedAt, ps.StageSince = yesterday, yesterday, yesterday
			if st >= model.StagePenjajakan {
				ps.PartnerID = partner.ID
			}
			if st >= model.StagePerjanjian {
				ps.Agreement.Start, ps.Agreement.End, ps.Agreement.NoticeDays = testNow.AddDate(0, -1, 0), testNow.AddDate(2, 0, 0), 30
				ps.Need.Category = model.NeedSarana
			}
			if st >= model.StageImplementasi {
				ps.Status = model.StatusBerjalan
			}
			if st >= model.StageMonev {
				ps.Evaluations = []model.Evaluation{{ID: model.NewID(yesterday), Date: yesterday, Ratings: [model.NumBenefits]int{4, 4, 4, 4, 4}}}
			}
			switch {
			case st == model.StageKebutuhan && j == 2:
				ps.Status = model.StatusDibatalkan
				ps.StageSince, ps.UpdatedAt = testNow.AddDate(-1, 0, 0), testNow.AddDate(-1, 0, 0) // untouched, but cancelled
			case st == model.StagePeninjauan:
				ps.Status = model.StatusSelesai
				ps.Agreement.Start, ps.Agreement.End = testNow.AddDate(-1, -2, 0), testNow.AddDate(0, -2, 0) // ended, but the partnership too
			case st == model.StageImplementasi && j == 0:
				ps.Title = "Agreement ended"
				ps.Agreement.Start, ps.Agreement.End = testNow.AddDate(-1, -1, 0), testNow.AddDate(0, 0, -3)
				ps.Activities = []model.Activity{{ID: model.NewID(yesterday), Title: "Lokakarya literasi", Date: testNow.AddDate(0, -6, 0), Status: model.ActivityDone}}
				ps.Evaluations = []model.Evaluation{{ID: model.NewID(yesterday), Date: yesterday, Ratings: [model.NumBenefits]int{2, 0, 0, 0, 0}}}
			case st == model.StageImplementasi && j == 1:
				ps.Title = "Activity late"
				ps.Activities = []model.Activity{{ID: model.NewID(yesterday), Title: "Kunjungan industri", Date: testNow.AddDate(0, 0, -7), Status: model.ActivityPlanned}}
			case st == model.StageMonev:
				ps.Title = "Evaluation due"
				ps.Agreement.Start = testNow.AddDate(0, -4, 0)
				ps.Evaluations = nil
			}
			rec.Partnerships = append(rec.Partnerships, ps)
			byTitle[ps.Title] = ps
		}
	}
	late := byTitle["Activity late"]
	rec.Events = []model.Event{
		{PartnershipID: late.ID, Time: yesterday, Kind: model.EventNote, Stage: model.StageImplementasi,
			Text: "Bus sekolah belum tersedia; kunjungan ditunda karena banjir"},
	}
	if err := db.Load(rec); err != nil {
		t.Fatal(err)
	}
	return partner, byTitle
}

func TestBerandaPipelineAndReminders(t *testing.T) {
	h := newHarness(t)
	_, byTitle := berandaData(t, h.db)
	h.g.refreshAll()
	h.g.show(tabBeranda)

	for i, want := range []int{3, 1, 0, 2, 4, 1, 1} {
		if got := h.g.home.stageCounts[i].Text; got != fmt.Sprint(want) {
			t.Errorf("stage %d tile shows %s, want %d", i+1, got, want)
		}
	}
	h.mustShow("Jumlah kemitraan: 12")

	got := map[string]model.ReminderKind{}
	for _, r := range h.g.home.reminders {
		got[r.Title] = r.Kind
	}
	want := map[string]model.ReminderKind{"Agreement ended": model.ReminderAgreementEnding,
		"Activity late": model.ReminderActivityOverdue, "Evaluation due": model.ReminderEvaluationDue}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reminders %v, want %v", got, want)
	}
	h.mustShow("Perlu perhatian (3)")
	h.mustShow("Evaluasi jatuh tempo")
	h.mustShow("Perjanjian sudah berakhir 23 Nov 2026")

	// a reminder opens its partnership at the stage to act in
	var evalRow int
	for i, r := range h.g.home.reminders {
		if r.Title == "Evaluation due" {
			evalRow = i
		}
	}
	h.g.home.remList.Select(evalRow)
	if h.g.tabs.SelectedIndex() != tabKemitraan {
		t.Fatalf("the reminder did not open Kemitraan")
	}
	v := h.g.partnerships.detail
	if v == nil || v.stored.ID != byTitle["Evaluation due"].ID || v.shown != model.StageMonev {
		t.Fatalf("opened %+v", v)
	}

	// the charts: five benefits (only "Agreement ended" is running and rated, once),
	// six categories
	if b := h.g.home.benefits.rows; len(b) != int(model.NumBenefits) || b[0].value != "2.0" || b[1].value != "–" {
		t.Errorf("benefit rows %+v", h.g.home.benefits.rows)
	}
	if rows := h.g.home.categories.rows; len(rows) != len(model.NeedCategories) || rows[0].value != "3" || rows[4].value != "8" {
		t.Errorf("category rows %+v", rows)
	}
}

func TestBerandaStageTileFiltersList(t *testing.T) {
	h := newHarness(t)
	berandaData(t, h.db)
	h.g.refreshAll()
	h.g.show(tabBeranda)

	test.Tap(h.g.home.tiles[4].button) // Implementasi: 4
	if h.g.tabs.SelectedIndex() != tabKemitraan {
		t.Fatal("the tile did not show Kemitraan")
	}
	l := h.g.partnerships.browser
	if len(l.shown) != 4 {
		t.Errorf("the list shows %d partnerships, want 4", len(l.shown))
	}
	for _, e := range l.shown {
		if e.stage != model.StageImplementasi {
			t.Errorf("%s at stage %d in the list filtered to stage 5", e.title, e.stage)
		}
	}
	if l.stage.SelectedIndex() != int(model.StageImplementasi) {
		t.Errorf("the stage filter shows %q", l.stage.Selected)
	}

	// another tile from Beranda replaces the filter, and clears a search typed meanwhile
	h.typeInto(l.search, "zzz")
	h.g.show(tabBeranda)
	test.Tap(h.g.home.tiles[0].button)
	if len(l.shown) != 3 || l.search.Text != "" {
		t.Errorf("stage 1: %d shown, search %q", len(l.shown), l.search.Text)
	}
}

func TestBerandaRefreshesAfterSave(t *testing.T) {
	h := newHarness(t)
	_, byTitle := berandaData(t, h.db)
	h.g.refreshAll()
	ps, err := h.db.Partnership(byTitle["Activity late"].ID)
	if err != nil {
		t.Fatal(err)
	}
	ps.Activities[0].Status = model.ActivityDone
	if err := h.db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	h.g.home.refresh()
	for _, r := range h.g.home.reminders {
		if r.Title == "Activity late" {
			t.Errorf("reminder stays after the activity was done: %+v", r)
		}
	}
}

// searchHits are the titles the global search lists, by group heading.
func searchHits(s *globalSearch) []string {
	var out []string
	for _, r := range s.rows {
		if r.hit == nil {
			out = append(out, "# "+r.heading)
		} else {
			out = append(out, r.hit.Title)
		}
	}
	return out
}

func TestGlobalSearch(t *testing.T) {
	h := newHarness(t)
	partner, byTitle := berandaData(t, h.db)
	h.g.refreshAll()
	h.g.show(tabBeranda)
	s := h.g.home.search
	s.spawn = func(f func()) { f() }

	h.win.Canvas().Focus(s.entry)
	s.entry.SetText("HIKMAH") // the first search reads activities and notes in the background
	h.g.wait()
	if !s.results.Visible() || h.g.home.dashboard.Visible() {
		t.Error("the results do not replace the dashboard")
	}
	hits := searchHits(s)
	if len(hits) < 2 || hits[0] != "# Mitra (1)" || hits[1] != "Ma'had Al-Ḥikmah" {
		// partnerships don't hold the partner's name in their title; only ranked after
		if hits[0] != "# Kemitraan (9)" {
			t.Errorf("hits %v", hits)
		}
	}

	// a note inside a timeline, accent- and case-insensitive
	s.entry.SetText("BANJIR")
	hits = searchHits(s)
	if len(hits) != 2 || hits[0] != "# Catatan (1)" {
		t.Fatalf("banjir: %v", hits)
	}
	s.list.Select(1)
	v := h.g.partnerships.detail
	if h.g.tabs.SelectedIndex() != tabKemitraan || v == nil || v.stored.ID != byTitle["Activity late"].ID || v.tabs.SelectedIndex() != 1 {
		t.Fatalf("the note did not open its partnership's timeline")
	}

	// an activity
	h.g.show(tabBeranda)
	s.entry.SetText("kunjungan industri")
	if hits := searchHits(s); len(hits) != 2 || hits[0] != "# Kegiatan (1)" || hits[1] != "Kunjungan industri" {
		t.Fatalf("activity: %v", hits)
	}

	// the partner opens on Mitra
	s.entry.SetText("ustaz fauzi")
	if hits := searchHits(s); len(hits) != 2 || hits[0] != "# Mitra (1)" {
		t.Fatalf("partner by contact: %v", hits)
	}
	s.list.Select(1)
	if h.g.tabs.SelectedIndex() != tabMitra || h.g.partners.current.ID != partner.ID {
		t.Fatalf("the partner was not opened")
	}

	// an edit is found after the save, the old title no longer
	ps, err := h.db.Partnership(byTitle["Evaluation due"].ID)
	if err != nil {
		t.Fatal(err)
	}
	ps.Title = "Sékolah Çahaya"
	ps.Activities = append(ps.Activities, model.Activity{ID: model.NewID(testNow), Title: "Pentas seni", Date: testNow, Status: model.ActivityPlanned})
	if err := h.db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	h.g.show(tabBeranda)
	h.g.home.refresh()
	h.g.wait()
	s.entry.SetText("sekolah cahaya")
	if hits := searchHits(s); len(hits) != 2 || hits[1] != "Sékolah Çahaya" {
		t.Fatalf("after the edit: %v", hits)
	}
	s.entry.SetText("evaluation due")
	if hits := searchHits(s); len(hits) != 0 {
		t.Fatalf("old title still found: %v", hits)
	}
	s.entry.SetText("pentas")
	if hits := searchHits(s); len(hits) != 2 || hits[0] != "# Kegiatan (1)" {
		t.Fatalf("the new activity: %v", hits)
	}

	// a note added on the timeline of the partnership shown is found once Beranda shows
	if err := h.db.AddEvent(model.NewNote(ps, "Rapat komite membahas seragam", testNow)); err != nil {
		t.Fatal(err)
	}
	h.g.openPartnershipAt(ps.ID, 0, false)
	h.g.show(tabBeranda)
	h.g.wait()
	s.entry.SetText("seragam")
	if hits := searchHits(s); len(hits) != 2 || hits[0] != "# Catatan (1)" {
		t.Fatalf("the new note: %v", hits)
	}

	// a deleted partnership leaves the index with its notes
	if err := h.db.DeletePartnership(byTitle["Activity late"].ID); err != nil {
		t.Fatal(err)
	}
	h.g.home.refresh()
	s.entry.SetText("banjir")
	if hits := searchHits(s); len(hits) != 0 {
		t.Fatalf("deleted: %v", hits)
	}
	s.entry.SetText("")
	if s.results.Visible() || !h.g.home.dashboard.Visible() {
		t.Error("an empty search does not bring the dashboard back")
	}
}

func TestGlobalSearchShortcut(t *testing.T) {
	h := newHarness(t)
	h.g.show(tabMitra)
	h.g.focusGlobalSearch()
	if h.g.tabs.SelectedIndex() != tabBeranda || h.win.Canvas().Focused() != h.g.home.search.entry {
		t.Errorf("Ctrl+Shift+F: tab %d, focused %v", h.g.tabs.SelectedIndex(), h.win.Canvas().Focused())
	}
}

// notifyApp records the notifications sent.
type notifyApp struct {
	fyne.App
	sent []*fyne.Notification
}

func (a *notifyApp) SendNotification(n *fyne.Notification) { a.sent = append(a.sent, n) }

func TestNotifyDueOncePerDay(t *testing.T) {
	h := newHarness(t)
	a := &notifyApp{App: h.app.App}
	NotifyDue(a, h.db, testNow)
	if len(a.sent) != 0 {
		t.Fatalf("notified with nothing due: %+v", a.sent[0])
	}
	berandaData(t, h.db)
	NotifyDue(a, h.db, testNow)
	if len(a.sent) != 1 {
		t.Fatalf("%d notifications", len(a.sent))
	}
	want := "3 hal perlu perhatian: 1 perjanjian segera berakhir, 1 evaluasi jatuh tempo, 1 kemitraan dengan kegiatan terlambat"
	if a.sent[0].Content != want || a.sent[0].Title != "Kemitraan Sekolah" {
		t.Errorf("notification %q: %q, want %q", a.sent[0].Title, a.sent[0].Content, want)
	}
	NotifyDue(a, h.db, testNow.Add(3*time.Hour))
	if len(a.sent) != 1 {
		t.Errorf("notified twice on one day")
	}
	NotifyDue(a, h.db, testNow.AddDate(0, 0, 1))
	if len(a.sent) != 2 {
		t.Errorf("not notified the next day")
	}
}
