package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// storeFuncs are the store's functions, as cmd/kemitraan gives them.
var storeFuncs = DataFuncs{Inspect: store.InspectContext, ReadBundle: store.ReadBundle, LooksLikeNetworkPath: store.LooksLikeNetworkPath}

// dataTab is the Data tab of Pengaturan, shown, with the store's functions.
func (h *harness) dataTab() *dataView {
	h.t.Helper()
	h.g.opts.DataFuncs = storeFuncs
	h.g.show(tabPengaturan)
	for _, it := range h.g.settings.tabs.Items {
		content := it.Content
		if sc, ok := content.(*container.Scroll); ok {
			content = sc.Content
		}
		if d, ok := content.(*dataView); ok {
			h.g.settings.tabs.Select(it)
			return d
		}
	}
	h.t.Fatal("Pengaturan has no Data tab")
	return nil
}

// widgetsIn lists the widgets of type T in o, dialogs' content included when o is an overlay.
func overlayWidgets[T fyne.CanvasObject](h *harness) []T {
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatal("no dialog is shown")
	}
	return widgetsIn[T](top)
}

func onlyFile(t *testing.T, pattern string) string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) != 1 {
		t.Fatalf("%s: %v %v", pattern, m, err)
	}
	return m[0]
}

func TestDataTabShowsFileAndBackups(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	if _, err := h.db.AutoBackup(testNow); err != nil {
		t.Fatal(err)
	}
	d := h.dataTab()
	d.reload()
	h.mustShow(h.db.Path())
	h.mustShow("Cadangan otomatis terakhir: 26 Nov 2026")
	h.mustShow("Harian")
	if len(d.backups) != 1 {
		t.Fatalf("the list shows %d backups, want 1", len(d.backups))
	}
}

func TestBackupToFolderAndRestore(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	h.mustPartner("PT Maju Bersama", model.KindBisnis)
	d := h.dataTab()

	// Backup ke… a folder (a USB stick)
	usb := filepath.Join(t.TempDir(), "FLASHDISK")
	d.backupTo(usb)
	h.g.wait()
	file := onlyFile(t, filepath.Join(usb, "kemitraan-cadangan-*.db"))
	p, err := store.Inspect(file)
	if err != nil || p.Counts.Partners != 1 || p.SchoolName != "SMP Negeri 1 Bandung" {
		t.Fatalf("the backup: %+v, %v", p, err)
	}
	h.mustShow("Cadangan tersimpan")
	h.mustShow(filepath.Base(file))

	// the data change after the backup
	h.mustPartner("CV Sumber Ilmu", model.KindBisnis)
	s, _ := h.db.School()
	s.Name = "SMP Negeri 1 Cimahi"
	if err := h.db.SaveSchool(s); err != nil {
		t.Fatal(err)
	}
	h.g.refreshAll()

	// Pulihkan dari… the backup: a preview, then the confirmation
	d.inspectRestore(file)
	h.g.wait()
	h.mustShow("SMP Negeri 1 Bandung")
	h.mustShow("20219123")
	h.mustShow("dicadangkan dulu")
	test.Tap(h.overlayButton("Pulihkan"))
	h.g.wait()
	h.mustShow("Data sudah dipulihkan")

	partners, _ := h.db.Partners()
	if len(partners) != 1 || partners[0].Name != "PT Maju Bersama" {
		t.Errorf("after the restore the partners are %v", partners)
	}
	if got := h.g.settings.name.Text; got != "SMP Negeri 1 Bandung" {
		t.Errorf("the profile form shows %q after the restore", got)
	}
	if n := h.g.partners.list.Length(); n != 1 {
		t.Errorf("the Mitra list shows %d partners after the restore", n)
	}
	backups, _ := h.db.Backups()
	found := false
	for _, b := range backups {
		found = found || b.Kind == model.BackupBeforeRestore
	}
	if !found {
		t.Errorf("no before-restore backup among %v", backups)
	}
	if !strings.Contains(strings.Join(h.texts(), "\n"), "sebelum-pulih") {
		t.Error("the message does not name the before-restore backup")
	}
}

func TestRestoreRefusesTruncatedFile(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	h.mustPartner("PT Maju Bersama", model.KindBisnis)
	d := h.dataTab()
	dir := t.TempDir()
	d.backupTo(dir)
	h.g.wait()
	file := onlyFile(t, filepath.Join(dir, "*.db"))
	truncate(t, file)
	h.mustPartner("CV Sumber Ilmu", model.KindBisnis)

	d.inspectRestore(file)
	h.g.wait()
	h.mustShow("rusak atau bukan berkas data Kemitraan")
	h.mustShow("Data Anda tidak diubah")
	if h.shows("Perubahan terakhir") {
		t.Error("a damaged file got a preview")
	}
	partners, _ := h.db.Partners()
	if len(partners) != 2 {
		t.Errorf("the refused restore left %d partners, want 2", len(partners))
	}
	backups, _ := h.db.Backups()
	for _, b := range backups {
		if b.Kind == model.BackupBeforeRestore {
			t.Errorf("a refused restore wrote %s", b.Path)
		}
	}
}

func TestExports(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	h.mustPartner("PT Maju Bersama", model.KindBisnis)
	d := h.dataTab()
	dir := t.TempDir()

	d.exportXLSX(filepath.Join(dir, "kemitraan.xlsx"))
	h.g.wait()
	d.exportJSON(filepath.Join(dir, "kemitraan.json"))
	h.g.wait()
	d.exportCSV(filepath.Join(dir, "csv"))
	h.g.wait()
	h.mustShow("mitra.csv")
	for _, name := range []string{"kemitraan.xlsx", "kemitraan.json", "csv/mitra.csv", "csv/kemitraan.csv"} {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	f, err := os.Open(filepath.Join(dir, "kemitraan.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := store.ReadBundle(f, 0)
	if err != nil || len(b.Partners) != 1 {
		t.Fatalf("the JSON bundle: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// otherPC is a data file on another PC of the school, with a partner. Its clock
// starts in 2020 and goes a minute a reading: what this PC saves afterwards is the
// newer, without the test waiting for the wall clock.
func otherPC(t *testing.T) (*store.DB, model.Partner) {
	t.Helper()
	clock := time.Date(2020, time.March, 2, 8, 0, 0, 0, time.Local)
	db, err := store.OpenWith(filepath.Join(t.TempDir(), "lain.db"), store.Options{Clock: func() time.Time {
		clock = clock.Add(time.Minute)
		return clock
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	p := model.Partner{Name: "PT Maju Bersama", Kind: model.KindBisnis, ContactPerson: "Budi", Phone: "022-111"}
	if err := db.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	return db, p
}

func exportTo(t *testing.T, db *store.DB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bundel.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := db.Export(f); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportTwiceChangesNothing(t *testing.T) {
	other, _ := otherPC(t)
	bundle := exportTo(t, other)

	h := newHarness(t)
	d := h.dataTab()
	d.planImport(bundle)
	h.g.wait()
	h.mustShow("Baru")
	test.Tap(h.overlayButton("Impor"))
	h.g.wait()
	h.mustShow("Impor selesai: 1 baru")
	if partners, _ := h.db.Partners(); len(partners) != 1 {
		t.Fatalf("after the import: %v", partners)
	}
	if n := h.g.partners.list.Length(); n != 1 {
		t.Errorf("the Mitra list shows %d partners after the import", n)
	}

	d.planImport(bundle)
	h.g.wait()
	h.mustShow("Tidak ada perubahan")
	if partners, _ := h.db.Partners(); len(partners) != 1 {
		t.Fatalf("after the second import: %v", partners)
	}
}

func TestImportConflictShowsBothSidesAndChoiceApplies(t *testing.T) {
	other, p := otherPC(t)
	first := exportTo(t, other)

	h := newHarness(t)
	d := h.dataTab()
	d.planImport(first)
	h.g.wait()
	test.Tap(h.overlayButton("Impor"))
	h.g.wait()

	// the other PC renames the partner; then this one changes its phone, later
	p.Name = "PT Maju Bersama Tbk"
	if err := other.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
	second := exportTo(t, other)
	mine, err := h.db.Partner(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	mine.Phone = "022-999"
	if err := h.db.SavePartner(&mine); err != nil {
		t.Fatal(err)
	}

	d.planImport(second)
	h.g.wait()
	h.mustShow("Konflik")
	h.mustShow("Di komputer ini: PT Maju Bersama ·")
	h.mustShow("Di berkas impor: PT Maju Bersama Tbk ·")
	h.mustShow("Berbeda: nama, telepon")
	radios := overlayWidgets[*widget.RadioGroup](h)
	if len(radios) != 1 {
		t.Fatalf("the preview has %d choices, want 1", len(radios))
	}
	if radios[0].Selected != "Pertahankan milik saya" {
		t.Errorf("the choice starts at %q, want the newer (mine)", radios[0].Selected)
	}
	radios[0].SetSelected("Ambil dari berkas")
	test.Tap(h.overlayButton("Impor"))
	h.g.wait()
	h.mustShow("1 diperbarui")
	got, _ := h.db.Partner(p.ID)
	if got.Name != "PT Maju Bersama Tbk" || got.Phone != "022-111" {
		t.Errorf("after taking theirs the partner is %q, %q", got.Name, got.Phone)
	}
}

func TestBackupTargetOnNetworkWarns(t *testing.T) {
	h := newHarness(t)
	d := h.dataTab()
	h.g.opts.LooksLikeNetworkPath = func(p string) bool { return strings.HasPrefix(p, "//") || strings.Contains(p, "share") }
	dir := filepath.Join(t.TempDir(), "share")
	d.backupTo(dir)
	h.mustShow("tampaknya berada di jaringan")
	if m, _ := filepath.Glob(filepath.Join(dir, "*.db")); len(m) > 0 {
		t.Fatal("the backup was written before the warning was answered")
	}
	test.Tap(h.overlayButton("Tetap simpan di sini"))
	h.g.wait()
	onlyFile(t, filepath.Join(dir, "*.db"))
}

// failingStore is the real store whose saves fail as a full disk makes them fail.
type failingStore struct {
	*store.DB
	fail error
}

func (f *failingStore) SaveSchool(s model.School) error {
	if f.fail != nil {
		return f.fail
	}
	return f.DB.SaveSchool(s)
}

func (f *failingStore) SavePartner(p *model.Partner) error {
	if f.fail != nil {
		return f.fail
	}
	return f.DB.SavePartner(p)
}

func (f *failingStore) SavePartnership(p *model.Partnership, events ...model.Event) error {
	if f.fail != nil {
		return f.fail
	}
	return f.DB.SavePartnership(p, events...)
}

// newFailingHarness is a harness over a store whose saves fail while fs.fail is set.
func newFailingHarness(t *testing.T) (*harness, *failingStore) {
	t.Helper()
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fs := &failingStore{DB: db}
	w := test.NewTempWindow(t, nil)
	h := &harness{t: t, app: a, win: w, db: db, dir: dir, docs: filepath.Join(dir, "dokumen")}
	h.g = newGUI(a, w, fs, Options{DocumentsDir: h.docs, Now: func() time.Time { return testNow }})
	w.SetContent(h.g.tabs)
	w.Resize(fyne.NewSize(1280, 720))
	return h, fs
}

func TestWriteFailureKeepsWhatWasTyped(t *testing.T) {
	h, fs := newFailingHarness(t)
	// as the store says a full disk: its sentinel, wrapped with the path and the cause
	fs.fail = fmt.Errorf("%s: %w (%w)", h.db.Path(), model.ErrWriteFailed, syscall.ENOSPC)

	// Profil Sekolah
	h.fillSchool()
	h.mustShow("Gagal menyimpan ke disk; periksa ruang kosong")
	if got := h.g.settings.name.Text; got != "SMP Negeri 1 Bandung" {
		t.Errorf("the profile form lost what was typed: %q", got)
	}
	test.Tap(h.overlayButton("OK"))

	// Mitra
	h.g.show(tabMitra)
	s := h.g.partners
	test.Tap(s.newButton)
	h.typeInto(s.name, "PT Maju Bersama")
	s.kind.SetSelected(kindLabel(model.KindBisnis))
	h.typeInto(s.contactPerson, "Budi Santoso")
	test.Tap(s.saveButton)
	h.mustShow("Gagal menyimpan ke disk")
	if s.name.Text != "PT Maju Bersama" || s.contactPerson.Text != "Budi Santoso" {
		t.Errorf("the partner form lost what was typed: %q, %q", s.name.Text, s.contactPerson.Text)
	}
	test.Tap(h.overlayButton("OK"))

	// Kemitraan
	h.g.show(tabKemitraan)
	test.Tap(h.g.partnerships.newButton)
	v := h.shown()
	h.typeInto(v.need.title, "Pelatihan Literasi Digital Guru")
	v.need.category.SetSelected(needLabel(model.NeedProfesional))
	h.typeInto(v.need.need, "Guru membutuhkan pelatihan.")
	test.Tap(v.saveButton)
	h.mustShow("Gagal menyimpan ke disk")
	if v := h.shown(); v.need.title.Text != "Pelatihan Literasi Digital Guru" || v.need.need.Text != "Guru membutuhkan pelatihan." {
		t.Errorf("the partnership form lost what was typed: %q, %q", v.need.title.Text, v.need.need.Text)
	}
	test.Tap(h.overlayButton("OK"))

	// the disk has room again: the same form saves
	fs.fail = nil
	test.Tap(h.shown().saveButton)
	if h.shown().stored.ID == "" {
		t.Fatalf("the partnership was not saved once the disk had room; screen shows:\n%s", strings.Join(h.texts(), "\n"))
	}
	if list, _ := h.db.Partnerships(); len(list) != 1 {
		t.Errorf("%d partnerships stored", len(list))
	}
}

func TestErrWriteFailedIsTheModels(t *testing.T) {
	if store.ErrWriteFailed != model.ErrWriteFailed || store.ErrDamaged != model.ErrDamaged ||
		store.ErrLocked != model.ErrLocked || store.ErrNewerSchema != model.ErrNewerSchema {
		t.Fatal("the store's errors are not the model's")
	}
	if got := errText(fmt.Errorf("x: %w (%w)", store.ErrWriteFailed, syscall.ENOSPC)); !strings.HasPrefix(got, "Gagal menyimpan ke disk") {
		t.Errorf("errText = %q", got)
	}
}

// The write-failure path of Pengaturan → Data (#14): a backup or an export into a
// place that cannot be written says so, in a dialog and under the buttons, and leaves
// nothing behind; the data are untouched.
func TestDataWriteFailures(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	d := h.dataTab()
	blocker := filepath.Join(t.TempDir(), "bukan-folder")
	if err := os.WriteFile(blocker, []byte("berkas"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		do   func()
		says string
	}{
		{"backup", func() { d.backupTo(filepath.Join(blocker, "usb")) }, "Cadangan tidak tersimpan"},
		{"excel", func() { d.exportXLSX(filepath.Join(blocker, "a.xlsx")) }, "Ekspor gagal"},
		{"json", func() { d.exportJSON(filepath.Join(blocker, "a.json")) }, "Ekspor gagal"},
		{"csv", func() { d.exportCSV(filepath.Join(blocker, "csv")) }, "Ekspor gagal"},
	} {
		c.do()
		h.g.wait()
		if !strings.Contains(d.status.Text, c.says) || d.status.Importance != widget.DangerImportance {
			t.Errorf("%s: status %q", c.name, d.status.Text)
		}
		h.mustShow(c.says)
		test.Tap(h.overlayButton("OK"))
		if d.backupButton.Disabled() {
			t.Errorf("%s: the buttons stay off", c.name)
		}
	}
	if names, _ := filepath.Glob(filepath.Join(filepath.Dir(blocker), "*")); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
	if s, _ := h.db.School(); s.Name != "SMP Negeri 1 Bandung" {
		t.Error("the data changed")
	}
}

// slowStore is the real store whose backups wait until they are cancelled, and then
// until the test lets them end (so that the test's own taps are done first: the test
// driver runs fyne.Do on the calling goroutine).
type slowStore struct {
	*store.DB
	started, release chan struct{}
}

func (s *slowStore) BackupContext(ctx context.Context, dir string, now time.Time, p model.Progress) (model.BackupInfo, error) {
	close(s.started)
	<-ctx.Done()
	<-s.release
	return model.BackupInfo{}, fmt.Errorf("%w (%w)", model.ErrCancelled, ctx.Err())
}

// Batal in the progress dialog cancels the job; closing the window cancels it too.
func TestDataJobCancels(t *testing.T) {
	for _, how := range []string{"Batal", "window closed"} {
		t.Run(how, func(t *testing.T) {
			a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
			db, err := store.Open(filepath.Join(t.TempDir(), "kemitraan.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			slow := &slowStore{DB: db, started: make(chan struct{}), release: make(chan struct{})}
			w := test.NewTempWindow(t, nil)
			bg := NewBackground()
			h := &harness{t: t, app: a, win: w, db: db}
			h.g = newGUI(a, w, slow, Options{DocumentsDir: t.TempDir(), Now: func() time.Time { return testNow }, Background: bg})
			w.SetContent(h.g.tabs)
			w.Resize(fyne.NewSize(1280, 720))
			d := h.dataTab()
			d.backupTo(t.TempDir())
			<-slow.started
			if how == "Batal" {
				test.Tap(h.overlayButton("Batal"))
				close(slow.release)
				h.g.wait()
				if !strings.Contains(d.status.Text, "Dibatalkan") {
					t.Errorf("status %q", d.status.Text)
				}
				return
			}
			close(slow.release)
			bg.Stop() // what main does when the window closes
		})
	}
}

// A read-only data file says so on the Data tab, keeps restore and import off, and
// a save says why it is not kept.
func TestReadOnlyFile(t *testing.T) {
	src := filepath.Join(t.TempDir(), "kemitraan.db")
	db, err := store.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := store.OpenWith(src, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	w := test.NewTempWindow(t, nil)
	h := &harness{t: t, app: a, win: w, db: ro}
	h.g = newGUI(a, w, ro, Options{DocumentsDir: t.TempDir(), Now: func() time.Time { return testNow }})
	w.SetContent(ReadOnlyBanner(h.g.tabs))
	w.Resize(fyne.NewSize(1280, 720))
	h.mustShow("Hanya baca")
	d := h.dataTab()
	h.mustShow("dibuka hanya baca")
	if !d.restoreButton.Disabled() || !d.importButton.Disabled() || d.backupButton.Disabled() {
		t.Error("on a read-only file restore and import must be off, backup on")
	}
	h.fillSchool()
	h.mustShow("perubahan tidak dapat disimpan")
}
