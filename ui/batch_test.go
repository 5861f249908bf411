package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/store"
)

func TestBatchRequestLetters(t *testing.T) {
	h := newHarness(t)
	d := demo.Dataset(testNow)
	if err := h.db.SaveSchool(d.School); err != nil {
		t.Fatal(err)
	}
	partner := d.Partners[0]
	partner.ID = ""
	if err := h.db.SavePartner(&partner); err != nil {
		t.Fatal(err)
	}
	var ids []model.ID
	for _, title := range []string{"Kemitraan Satu", "Kemitraan Dua", "Kemitraan Tiga"} {
		ps := model.NewPartnership()
		ps.Title = title
		ps.Need = model.Need{Category: model.NeedProfesional, Description: "Kebutuhan " + title}
		ps.PartnerID = partner.ID
		ps.Stage = model.StagePenjajakan
		if err := h.db.SavePartnership(&ps); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ps.ID)
	}
	h.g.refreshAll()
	h.g.show(tabKemitraan)

	b := h.g.showBatch()
	if len(b.candidates) != 3 {
		t.Fatalf("%d candidates, want 3", len(b.candidates))
	}
	test.Tap(b.all)
	if b.start.Disabled() {
		t.Fatal("Pilih folder dan cetak is disabled with three chosen")
	}
	dir := t.TempDir()
	b.run(dir)
	h.g.wait()

	if b.progress.Value != b.progress.Max || b.progress.Max != 3 {
		t.Errorf("progress %v of %v", b.progress.Value, b.progress.Max)
	}
	if !strings.Contains(b.status.Text, "3 dari 3 surat dibuat") {
		t.Errorf("status %q", b.status.Text)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("folder holds %d files, want 3", len(entries))
	}
	var numbers []string
	for _, id := range ids {
		ps, _ := h.db.Partnership(id)
		if len(ps.Letters) != 1 {
			t.Fatalf("%s has %d letters", ps.Title, len(ps.Letters))
		}
		numbers = append(numbers, ps.Letters[0].Number)
		files, _ := h.db.Attachments(id)
		if len(files) != 1 || files[0].DocKind != model.DocRequest || files[0].Code != ps.Letters[0].Code {
			t.Errorf("%s keeps %+v", ps.Title, files)
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, files[0].Name))
		stored, _ := h.db.AttachmentData(files[0].ID)
		if err != nil || !bytes.Equal(data, stored) {
			t.Errorf("%s: the file in the folder differs from the one kept (%v)", ps.Title, err)
		}
	}
	sort.Strings(numbers)
	for i, n := range numbers {
		if want := []string{"001/", "002/", "003/"}[i]; !strings.HasPrefix(n, want) {
			t.Errorf("numbers %v, want 001 … 003", numbers)
			break
		}
	}
}

func TestAnnualReportFromBatch(t *testing.T) {
	h := newHarness(t)
	h.loadDemo()
	b := h.g.showBatch()
	b.makeAnnual()
	h.g.wait()
	path := filepath.Join(h.docs, "laporan-tahunan-2026.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; status %q", err, b.status.Text)
	}
	// kept in the data file, so that its code verifies
	docs, err := h.db.SchoolDocuments()
	if err != nil || len(docs) != 1 || docs[0].SHA256 != store.SHA256(data) || docs[0].DocKind != model.DocAnnual {
		t.Errorf("kept %+v, %v", docs, err)
	}
	if text := pdfText(t, data); !strings.Contains(text, "LAPORAN TAHUNAN") && !strings.Contains(text, "Laporan Tahunan") {
		t.Errorf("the report reads:\n%s", text)
	}
	if len(h.app.opened) != 1 {
		t.Errorf("opened %v", h.app.opened)
	}
}

// gatedStore is the real store whose first look at the next letter number, once
// armed, waits until the test opens the gate.
type gatedStore struct {
	*store.DB
	armed         atomic.Bool
	reached, gate chan struct{}
	once          sync.Once
}

func (g *gatedStore) PeekLetter(date time.Time) (string, error) {
	if g.armed.Load() {
		g.once.Do(func() {
			close(g.reached)
			<-g.gate
		})
	}
	return g.DB.PeekLetter(date)
}

// Closing Cetak dokumen while letters are printed cancels the batch (#14): the letter
// being made is finished, no other is begun; the PDFs are the owner's only.
func TestBatchClosedCancels(t *testing.T) {
	a := &recordingApp{App: useTestApp(), prefs: newMemPreferences()}
	db, err := store.Open(filepath.Join(t.TempDir(), "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	d := demo.Dataset(testNow)
	if err := db.SaveSchool(d.School); err != nil {
		t.Fatal(err)
	}
	partner := d.Partners[0]
	partner.ID = ""
	if err := db.SavePartner(&partner); err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Satu", "Dua", "Tiga"} {
		ps := model.NewPartnership()
		ps.Title, ps.PartnerID, ps.Stage = "Kemitraan "+title, partner.ID, model.StagePenjajakan
		ps.Need = model.Need{Category: model.NeedProfesional, Description: "Kebutuhan " + title}
		if err := db.SavePartnership(&ps); err != nil {
			t.Fatal(err)
		}
	}
	gated := &gatedStore{DB: db, reached: make(chan struct{}), gate: make(chan struct{})}
	w := test.NewTempWindow(t, nil)
	h := &harness{t: t, app: a, win: w, db: db}
	h.g = newGUI(a, w, gated, Options{DocumentsDir: t.TempDir(), Now: func() time.Time { return testNow }})
	w.SetContent(h.g.tabs)
	w.Resize(fyne.NewSize(1280, 720))

	b := h.g.showBatch()
	test.Tap(b.all)
	dir := t.TempDir()
	gated.armed.Store(true)
	b.run(dir)
	<-gated.reached
	test.Tap(h.overlayButton("Tutup"))
	close(gated.gate)
	h.g.wait()

	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d letters printed after the dialog closed, want the one being made", len(entries))
	}
	if st, err := os.Stat(filepath.Join(dir, entries[0].Name())); err != nil || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o600) {
		t.Errorf("the PDF: %v, %v; want 0600", st.Mode().Perm(), err)
	}
	if !strings.Contains(b.status.Text, "Dibatalkan: 1 dari 3") {
		t.Errorf("status %q", b.status.Text)
	}
	issued := 0
	list, _ := db.Partnerships()
	for _, ps := range list {
		issued += len(ps.Letters)
	}
	if issued != 1 {
		t.Errorf("%d letter numbers given, want 1", issued)
	}
}
