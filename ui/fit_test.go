package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/store"
)

// menuBarHeight is the height of the menu bar Fyne draws inside the window on Windows
// and Linux (the test window draws none): a menu title and the menu bar item's padding.
func menuBarHeight() float32 {
	return canvas.NewText("Berkas", nil).MinSize().Height + theme.InnerPadding()
}

// windowMinSize is the smallest the real window may be with what h shows: its content
// (the test canvas pads it as the real one does) and the menu bar.
func (h *harness) windowMinSize() fyne.Size {
	return h.win.Canvas().Content().MinSize().
		Add(fyne.NewSquareSize(2 * theme.Padding())).
		Add(fyne.NewSize(0, menuBarHeight()))
}

// fits fails the test when what the window shows now would make it larger than the
// laptop's work area at 100 % or 125 %; where says what is shown.
func (h *harness) fits(where string) {
	h.t.Helper()
	min := h.windowMinSize()
	for _, scale := range []float32{1, 1.25} {
		room := workArea(scale)
		if min.Width > room.Width || min.Height > room.Height {
			h.t.Errorf("%s: the window needs %.0f × %.0f, more than the %.0f × %.0f of a 1366 × 728 work area at %.0f %%",
				where, min.Width, min.Height, room.Width, room.Height, scale*100)
		}
	}
	// a dialog shown must fit the window at its smallest, 125 %
	for _, o := range h.win.Canvas().Overlays().List() {
		room := workArea(1.25).Subtract(fyne.NewSize(0, menuBarHeight()))
		if m := o.MinSize(); m.Width > room.Width || m.Height > room.Height {
			h.t.Errorf("%s: a dialog needs %.0f × %.0f, more than the window's %.0f × %.0f at 125 %%",
				where, m.Width, m.Height, room.Width, room.Height)
		}
	}
}

// walkEverything shows every screen, tab and stage the window has with the data in
// h's store, checking after each that the window fits the laptop's screen. With
// every set, each partnership is opened on each of its stages; otherwise only the
// most recently changed one of each stage.
func (h *harness) walkEverything(every bool) {
	h.t.Helper()
	g := h.g
	g.show(tabBeranda)
	h.fits("Beranda")

	g.show(tabKemitraan)
	h.fits("Kemitraan")
	g.partnerships.startNew()
	h.fits("a new partnership")
	sums, err := h.db.Summaries()
	if err != nil {
		h.t.Fatal(err)
	}
	seen := map[model.Stage]bool{}
	for _, s := range sums {
		if !every && seen[s.Stage] {
			continue
		}
		seen[s.Stage] = true
		g.partnerships.open(s.ID)
		v := g.partnerships.detail
		// the tabs' minimum size is that of the largest tab, shown or not: each stage
		// shown is measured once, with every tab of the partnership
		for st := model.StageKebutuhan; st <= model.StagePeninjauan; st++ {
			v.showStage(st)
			h.fits(fmt.Sprintf("%q at stage %d, stage %d shown", s.Title, s.Stage, st))
		}
		v.tabs.SelectIndex(len(v.tabs.Items) - 1)
		h.fits(fmt.Sprintf("%q at stage %d, its last tab", s.Title, s.Stage))
		v.tabs.SelectIndex(0)
	}

	g.show(tabMitra)
	partners, err := h.db.Partners()
	if err != nil {
		h.t.Fatal(err)
	}
	uses := partnerUses(sums)
	most := model.Partner{}
	for _, p := range partners {
		if len(uses[p.ID]) >= len(uses[most.ID]) {
			most = p
		}
	}
	g.partners.edit(most)
	h.fits("Mitra, the partner with the most partnerships")
	g.partners.startNew()
	h.fits("Mitra, a new partner")

	g.show(tabPengaturan)
	for i := range g.settings.tabs.Items {
		g.settings.tabs.SelectIndex(i)
		h.fits(fmt.Sprintf("Pengaturan, tab %d", i))
	}
	g.show(tabBeranda)
}

// #11: on a 1366 × 768 laptop at 100 % and 125 %, the window's minimum size never
// exceeds the work area, on any screen, tab or stage, with the sample data.
func TestEveryScreenFitsTheLaptopWithTheSample(t *testing.T) {
	layoutWalk(t)
	h := newHarness(t)
	useRealTheme(t)
	h.fits("the empty file")
	d := demo.Dataset(testNow)
	if err := h.db.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners,
		Partnerships: d.Partnerships, Events: demo.Timeline(d), LetterCounters: d.LetterCounters}); err != nil {
		t.Fatal(err)
	}
	h.g.refreshAll()
	h.walkEverything(true)
}

// … and with 10,000 partnerships (two hundred partners, each in about fifty).
func TestEveryScreenFitsTheLaptopWithTenThousand(t *testing.T) {
	layoutWalk(t)
	if testing.Short() {
		t.Skip("10,000 partnerships")
	}
	h := newHarness(t)
	useRealTheme(t)
	start := time.Now()
	d, _ := demo.Large(testNow, 10000, 0, 1)
	if err := h.db.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners,
		Partnerships: d.Partnerships, LetterCounters: d.LetterCounters}); err != nil {
		t.Fatal(err)
	}
	t.Logf("10,000 partnerships loaded in %v", time.Since(start))
	h.g.refreshAll()
	h.walkEverything(false)
}

// useRealTheme measures with the theme the program shows (its fonts and sizes), not
// the test theme; useTestApp puts the test theme back for the next test.
func useRealTheme(t *testing.T) {
	fyne.CurrentApp().Settings().SetTheme(newReadableTheme())
	t.Cleanup(func() { useTestApp() })
}

// #15: … and with the SMK sample: its profile, Data DUDI, link and match, Beranda's
// coverage, the PKL dan Siswa tab and its dialogs, the Data tab's Dapodik row.
func TestEveryScreenFitsTheLaptopWithTheSMKSample(t *testing.T) {
	layoutWalk(t)
	h, _ := newSMKHarness(t)
	useRealTheme(t)
	h.walkEverything(true)
	g := h.g
	// the PKL dialogs, over the partnership with the most students
	g.show(tabKemitraan)
	sum := h.summaryTitled("PKL di Bengkel Mitra Teknik Kendaraan Ringan")
	g.partnerships.open(sum.ID)
	v := g.partnerships.detail
	v.tabs.SelectIndex(4)
	h.fits("the PKL dan Siswa tab")
	acts, err := h.db.StudentActivities(sum.ID)
	if err != nil || len(acts) == 0 {
		t.Fatal(err)
	}
	v.pkl.editPlacement(acts[0], 0)
	h.fits("a placement's dialog")
	v.pkl.plDialog.dialog.Hide()
	v.pkl.editActivity(acts[0])
	h.fits("an activity's dialog")
	v.pkl.actDialog.dialog.Hide()
	v.tabs.SelectIndex(0)
	v.showStage(model.StagePerjanjian)
	if w := v.agree.content.MinSize().Width; w > 470 {
		t.Errorf("stage 4 with link and match needs %.0f wide, more than 470", w)
	}
	g.opts.Files = Files{OpenSample: func() error { return nil }, OpenSMKSample: func() error { return nil }}
	g.openSample()
	h.fits("the choice of sample")
}

// layoutWalk skips a test that walks every screen, tab and stage of a whole data
// file only to measure or read it, when the race detector runs: such a walk starts
// no goroutine for the detector to watch, and under it takes minutes. make test runs
// these walks in a second pass without the detector (the Makefile's LAYOUT_TESTS).
func layoutWalk(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("a layout walk: make test runs it without the race detector")
	}
}
