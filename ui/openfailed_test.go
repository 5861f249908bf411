package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

func TestStartChoices(t *testing.T) {
	backup := &model.BackupInfo{Path: "b.db"}
	for _, c := range []struct {
		err    error
		backup *model.BackupInfo
		want   []startAction
	}{
		{fmt.Errorf("f: %w", model.ErrLocked), nil, []startAction{actRetry, actClose}},
		{fmt.Errorf("f: %w", model.ErrDamaged), backup, []startAction{actRestoreNewest, actOpenOther, actClose}},
		{fmt.Errorf("f: %w", model.ErrDamaged), nil, []startAction{actOpenOther, actClose}},
		{fmt.Errorf("f: %w", model.ErrNewerSchema), nil, []startAction{actClose}},
		{os.ErrPermission, nil, []startAction{actRetry, actOpenOther, actClose}},
	} {
		if got := startChoices(c.err, c.backup); !slices.Equal(got, c.want) {
			t.Errorf("%v (backup %v): %v, want %v", c.err, c.backup != nil, got, c.want)
		}
	}
}

// startHarness is a window at start-up whose Startup uses the real store.
type startHarness struct {
	*harness
	s      Startup
	opened *store.DB
	quit   bool
}

func newStartHarness(t *testing.T) *startHarness {
	t.Helper()
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	w := test.NewTempWindow(t, nil)
	sh := &startHarness{harness: &harness{t: t, app: a, win: w}}
	sh.s = Startup{
		Open: func(path string) error {
			db, err := store.Open(path)
			if err != nil {
				return err
			}
			t.Cleanup(func() { db.Close() })
			sh.opened, sh.db = db, db
			sh.g = newGUI(a, w, db, Options{DocumentsDir: t.TempDir(), Now: func() time.Time { return testNow }})
			w.SetContent(sh.g.tabs)
			return nil
		},
		NewestGoodBackup:  store.NewestGoodBackup,
		QuarantineDamaged: store.QuarantineDamaged,
		RestoreBackupInto: store.RestoreBackupInto,
		Quit:              func() { sh.quit = true },
		Now:               func() time.Time { return testNow },
	}
	return sh
}

// start opens path as cmd/kemitraan does: the screens, or why not.
func (sh *startHarness) start(path string) *startScreen {
	if err := sh.s.Open(path); err != nil {
		return showOpenFailed(sh.win, path, err, sh.s)
	}
	return nil
}

func (sh *startHarness) mustOffer(sc *startScreen, want ...startAction) {
	sh.t.Helper()
	var got []startAction
	for a := range sc.buttons {
		got = append(got, a)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		sh.t.Fatalf("the screen offers %v, want %v", got, want)
	}
}

// dataFile makes a data file with a profile and a partner, and its daily backup.
func dataFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s := model.NewSchool()
	s.Name, s.NPSN, s.Address, s.City, s.PrincipalName = "SMP Negeri 1 Bandung", "20219123", "Jl. Kesatriaan No. 1", "Bandung", "Dra. Siti Aminah"
	if err := db.SaveSchool(s); err != nil {
		t.Fatal(err)
	}
	p := model.Partner{Name: "PT Maju Bersama", Kind: model.KindBisnis}
	if err := db.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AutoBackup(testNow); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// truncate cuts the file at path to half its size, as a failing disk may.
func truncate(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, st.Size()/2); err != nil {
		t.Fatal(err)
	}
}

func TestStartLockedOffersRetryAndClose(t *testing.T) {
	path := dataFile(t)
	holder, err := store.OpenWith(path, store.Options{Holder: store.HolderWindow}) // another window
	if err != nil {
		t.Fatal(err)
	}
	sh := newStartHarness(t)
	sc := sh.start(path)
	if sc == nil {
		t.Fatal("a locked file opened")
	}
	sh.mustShow("sedang dibuka di jendela Kemitraan lain")
	sh.mustOffer(sc, actRetry, actClose)
	// said once, in a small window (#11)
	said := 0
	for _, l := range widgetsIn[*widget.Label](sh.win.Canvas().Content()) {
		said += strings.Count(l.Text, "sedang dibuka di jendela Kemitraan lain")
	}
	if said != 1 || sh.shows("Setelah itu tekan") {
		t.Errorf("the lock is said %d times:\n%s", said, strings.Join(sh.texts(), "\n"))
	}
	if size := sh.win.Canvas().Size(); size.Width > 600 || size.Height > 300 {
		t.Errorf("the window is %v, not small", size)
	}

	test.Tap(sc.buttons[actClose])
	if !sh.quit {
		t.Error("Tutup did not quit")
	}
	holder.Close()
	test.Tap(sc.buttons[actRetry])
	if sh.opened == nil {
		t.Fatal("Coba lagi did not open the file once the other window closed")
	}
	sh.g.show(tabMitra)
	sh.mustShow("PT Maju Bersama")
}

// The holder is named only when known: a program that leaves no note is "another
// program".
func TestStartLockedByUnknownHolder(t *testing.T) {
	path := dataFile(t)
	holder, err := store.OpenWith(path, store.Options{}) // no note of who holds it
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	sh := newStartHarness(t)
	if sc := sh.start(path); sc == nil {
		t.Fatal("a locked file opened")
	}
	sh.mustShow("sedang dibuka oleh program lain")
	if sh.shows("Kemitraan lain") || sh.shows("kemitraan-cli") {
		t.Errorf("an unknown holder is named:\n%s", strings.Join(sh.texts(), "\n"))
	}
}

func TestStartDamagedRestoresNewestBackup(t *testing.T) {
	path := dataFile(t)
	truncate(t, path)
	sh := newStartHarness(t)
	sc := sh.start(path)
	if sc == nil {
		t.Fatal("a truncated file opened")
	}
	sh.mustShow("Berkas data rusak")
	sh.mustShow("Cadangan otomatis terbaru yang utuh: 26 Nov 2026")
	sh.mustShow("1 mitra")
	sh.mustOffer(sc, actRestoreNewest, actOpenOther, actClose)
	damaged, _ := os.ReadFile(path)

	test.Tap(sc.buttons[actRestoreNewest])
	sc.jobs.Wait()
	if sh.opened == nil {
		t.Fatal("the backup was not opened")
	}
	sh.mustShow("Data dipulihkan dari cadangan 26 Nov 2026")
	kept := onlyFile(t, path+".rusak-*")
	sh.mustShow(filepath.Base(kept))
	if got, _ := os.ReadFile(kept); string(got) != string(damaged) {
		t.Error("the damaged file was not kept as it was")
	}
	partners, err := sh.opened.Partners()
	if err != nil || len(partners) != 1 || partners[0].Name != "PT Maju Bersama" {
		t.Fatalf("the restored file holds %v, %v", partners, err)
	}
	test.Tap(sh.overlayButton("OK"))
	sh.g.show(tabMitra)
	sh.mustShow("PT Maju Bersama")
}

func TestStartDamagedWithoutBackup(t *testing.T) {
	path := dataFile(t)
	if err := os.RemoveAll(filepath.Join(filepath.Dir(path), "backups")); err != nil {
		t.Fatal(err)
	}
	truncate(t, path)
	before, _ := os.ReadFile(path)
	sh := newStartHarness(t)
	sc := sh.start(path)
	if sc == nil {
		t.Fatal("a truncated file opened")
	}
	sh.mustShow("Tidak ada cadangan otomatis yang utuh")
	sh.mustOffer(sc, actOpenOther, actClose)
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the damaged file was changed")
	}

	// Buka berkas lain…: another good file opens
	other := dataFile(t)
	sc.openPath(other)
	if sh.opened == nil || sh.opened.Path() != other {
		t.Fatal("the other file did not open")
	}
}

func TestStartNewerSchemaSaysUpdate(t *testing.T) {
	sh := newStartHarness(t)
	sc := showOpenFailed(sh.win, "/x/kemitraan.db", fmt.Errorf("/x/kemitraan.db: %w", store.ErrNewerSchema), sh.s)
	sh.mustShow("Perbarui aplikasi Kemitraan")
	sh.mustOffer(sc, actClose)
}

// An empty data file (#13.5) is said so; with a backup, the newest is offered; without
// one, a new file can be started, the empty one kept aside.
func TestStartEmptyFile(t *testing.T) {
	path := dataFile(t)
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	sh := newStartHarness(t)
	sc := sh.start(path)
	if sc == nil {
		t.Fatal("an empty file opened")
	}
	sh.mustShow("Berkas data kosong (0 bita)")
	sh.mustOffer(sc, actRestoreNewest, actOpenOther, actClose)

	lone := filepath.Join(t.TempDir(), "kemitraan.db")
	if err := os.WriteFile(lone, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	sc = sh.start(lone)
	sh.mustOffer(sc, actStartNew, actOpenOther, actClose)
	test.Tap(sc.buttons[actStartNew])
	if sh.opened == nil || sh.opened.Path() != lone {
		t.Fatal("no new file was opened")
	}
	if kept, _ := filepath.Glob(lone + ".rusak-*"); len(kept) != 1 {
		t.Errorf("the empty file was not kept aside: %v", kept)
	}
}
