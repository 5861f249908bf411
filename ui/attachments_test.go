package ui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// showAttachments stores a partnership and shows its attachments alone in the window.
func showAttachments(h *harness) (attachmentsPanel, model.Partnership) {
	h.t.Helper()
	p := h.mustPartnership("Pelatihan Literasi Digital Guru", "", model.NeedProfesional, "Pelatihan", model.StagePerjanjian, model.StatusBerjalan)
	ap := newAttachmentsPanel(h.db, h.win, h.app, p.ID)
	h.win.SetContent(ap.object())
	return ap, p
}

// rowButton is the button with text in the list row that shows label.
func rowButton(t *testing.T, root fyne.CanvasObject, label, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	// visit reports whether o shows label, and the button it holds
	var visit func(o fyne.CanvasObject) (bool, *widget.Button)
	visit = func(o fyne.CanvasObject) (bool, *widget.Button) {
		if o == nil || !o.Visible() || found != nil {
			return false, nil
		}
		switch x := o.(type) {
		case *widget.Label:
			return x.Text == label, nil
		case *widget.Button:
			if x.Text == text {
				return false, x
			}
			return false, nil
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		has, btn := false, (*widget.Button)(nil)
		for _, k := range kids {
			h, b := visit(k)
			has = has || h
			if b != nil {
				btn = b
			}
		}
		if has && btn != nil && found == nil {
			found = btn // the smallest part that holds both is the row
		}
		return has, btn
	}
	visit(root)
	if found == nil {
		t.Fatalf("no row %q with a button %q", label, text)
	}
	return found
}

// minimal PDF: the check looks at its first bytes
var testPDF = []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

func TestAttachmentsAddOpenSaveDelete(t *testing.T) {
	h := newHarness(t)
	ap, p := showAttachments(h)
	h.mustShow("Belum ada lampiran")

	// the file dialog's callback hands the file over to addFrom
	ap.addFrom("foto kegiatan.png", io.NopCloser(bytes.NewReader(assets.LogoPlaceholder)))
	ap.wait()
	ap.addFrom("PKS bertanda tangan.pdf", io.NopCloser(bytes.NewReader(testPDF)))
	ap.wait()

	stored, err := h.db.Attachments(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 2 || stored[0].Name != "foto kegiatan.png" || stored[1].Name != "PKS bertanda tangan.pdf" {
		t.Fatalf("stored %+v", stored)
	}
	if len(ap.files) != 2 || ap.files[0].Name != "PKS bertanda tangan.pdf" {
		t.Errorf("the list holds %+v, newest first expected", ap.files)
	}
	h.mustShow("foto kegiatan.png")
	h.mustShow(sizeText(int64(len(assets.LogoPlaceholder))) + " · ditambahkan ")
	h.mustShow(sizeText(int64(len(testPDF))) + " · ditambahkan ")
	h.mustShow("PKS bertanda tangan.pdf terlampir.")

	// Buka writes the file to this run's private temporary folder and opens it
	test.Tap(rowButton(t, ap.object(), "foto kegiatan.png", "Buka"))
	ap.wait()
	if len(h.app.opened) != 1 || h.app.opened[0].Scheme != "file" || !strings.HasSuffix(h.app.opened[0].Path, "/foto kegiatan.png") {
		t.Fatalf("opened %v", h.app.opened)
	}
	path := filepath.FromSlash(h.app.opened[0].Path)
	if data, err := os.ReadFile(path); err != nil || !bytes.Equal(data, assets.LogoPlaceholder) {
		t.Errorf("temporary copy: %v (%d bytes)", err, len(data))
	}
	root, _ := tempFiles.Path()
	if !strings.HasPrefix(path, root+string(filepath.Separator)) || filepath.Base(root) == "kemitraan-lampiran" {
		t.Errorf("opened %s, not in this run's private folder %s", path, root)
	}
	if runtime.GOOS != "windows" {
		for _, p := range []string{root, filepath.Dir(path)} {
			if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o700 {
				t.Errorf("folder %s: %v, %v; want 0700", p, st.Mode().Perm(), err)
			}
		}
		if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("file %s: %v, %v; want 0600", path, st.Mode().Perm(), err)
		}
	}
	// opening it again opens the same file, written once
	test.Tap(rowButton(t, ap.object(), "foto kegiatan.png", "Buka"))
	ap.wait()
	if len(h.app.opened) != 2 || h.app.opened[1].Path != h.app.opened[0].Path {
		t.Errorf("opened again: %v", h.app.opened)
	}

	// Simpan sebagai… writes the data where the save dialog says
	out := filepath.Join(h.dir, "salinan.pdf")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	ap.saveTo(ap.files[0], f, out)
	ap.wait()
	if data, err := os.ReadFile(out); err != nil || !bytes.Equal(data, testPDF) {
		t.Errorf("saved copy: %v %q", err, data)
	}
	h.mustShow("Tersimpan di " + out)

	// Hapus asks, naming the file; Batal keeps it
	test.Tap(rowButton(t, ap.object(), "PKS bertanda tangan.pdf", "Hapus"))
	h.mustShow(`Hapus lampiran "PKS bertanda tangan.pdf"?`)
	test.Tap(h.overlayButton("Batal"))
	if got, _ := h.db.Attachments(p.ID); len(got) != 2 {
		t.Fatalf("Batal deleted: %+v", got)
	}
	test.Tap(rowButton(t, ap.object(), "PKS bertanda tangan.pdf", "Hapus"))
	test.Tap(h.overlayButton("Hapus"))
	got, _ := h.db.Attachments(p.ID)
	if len(got) != 1 || got[0].Name != "foto kegiatan.png" {
		t.Errorf("after delete: %+v", got)
	}
	if len(ap.files) != 1 || h.shows("PKS bertanda tangan.pdf ·") {
		t.Errorf("the list still shows the file: %+v", ap.files)
	}

	// the timeline has the additions and the removal
	tp := newTimelinePanel(h.db, h.win, p.ID, h.g.opts.Now)
	if e := tp.events[0]; e.Kind != model.EventAttachmentRemoved || e.Text != "Lampiran dihapus: PKS bertanda tangan.pdf" {
		t.Errorf("newest event %+v", e)
	}
	added := 0
	for _, e := range tp.events {
		if e.Kind == model.EventAttachmentAdded {
			added++
		}
	}
	if added != 2 {
		t.Errorf("%d attachment events", added)
	}
	h.win.SetContent(tp.object())
	h.mustShow("Lampiran dihapus · Tahap 4")
}

func TestAttachmentsRefused(t *testing.T) {
	h := newHarness(t)
	ap, p := showAttachments(h)

	// a program renamed to .pdf
	exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), make([]byte, 200)...)
	ap.addFrom("setup.pdf", io.NopCloser(bytes.NewReader(exe)))
	ap.wait()
	h.mustShow("Berkas tidak dilampirkan")
	h.mustShow("Isi berkas ini bukan PDF, PNG atau JPG yang utuh")
	test.Tap(h.overlayButton("OK"))

	// a file of another kind
	ap.addFrom("surat.docx", io.NopCloser(bytes.NewReader([]byte("PK\x03\x04"))))
	ap.wait()
	h.mustShow("Hanya berkas PDF, PNG atau JPG yang dapat dilampirkan.")
	test.Tap(h.overlayButton("OK"))

	// an empty file, and one that cannot be read to its end, say so (#11)
	ap.addFrom("pindaian PKS.pdf", io.NopCloser(bytes.NewReader(nil)))
	ap.wait()
	h.mustShow("Berkas kosong (0 bita)")
	test.Tap(h.overlayButton("OK"))
	ap.addFrom("foto.jpg", io.NopCloser(io.MultiReader(bytes.NewReader([]byte{0xff, 0xd8}), iotest.ErrReader(syscall.EIO))))
	ap.wait()
	h.mustShow("Berkas tidak dapat dibaca")
	test.Tap(h.overlayButton("OK"))

	// more than 25 MB
	big := append(bytes.Clone(assets.LogoPlaceholder), make([]byte, model.MaxAttachmentBytes)...)
	ap.addFrom("besar.png", io.NopCloser(bytes.NewReader(big)))
	ap.wait()
	h.mustShow("Berkas terlalu besar (maksimal 25 MB).")
	test.Tap(h.overlayButton("OK"))

	if got, _ := h.db.Attachments(p.ID); len(got) != 0 {
		t.Errorf("stored %+v", got)
	}
	if ap.addButton.Disabled() {
		t.Error("Lampirkan berkas stays disabled")
	}
	// the one size formatter of the program (model.ByteSize)
	for n, want := range map[int64]string{0: "0 byte", 1: "1 byte", 1024: "1 KB", 1025: "2 KB", 3 << 19: "1,5 MB", 25 << 20: "25 MB"} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

// A file can belong to the agreement (the signed scan) or to one of the activities,
// not only to the partnership; the list says which.
func TestAttachToTheAgreementOrAnActivity(t *testing.T) {
	h := newHarness(t)
	p := h.mustPartnership("Pelatihan Literasi Digital Guru", "", model.NeedProfesional, "Pelatihan", model.StageImplementasi, model.StatusBerjalan)
	stored, err := h.db.Partnership(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	act := model.Activity{ID: model.NewID(testNow), Date: testNow, Title: "Lokakarya guru", Status: model.ActivityDone}
	stored.Activities = append(stored.Activities, act)
	if err := h.db.SavePartnership(&stored); err != nil {
		t.Fatal(err)
	}
	ap := newAttachmentsPanel(h.db, h.win, h.app, p.ID)
	h.win.SetContent(ap.object())

	want := []string{"Kemitraan ini", "Perjanjian (naskah bertanda tangan)", "Kegiatan: Lokakarya guru"}
	if got := ap.ownerChoice.Options; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("the file may belong to %v, want %v", got, want)
	}
	ap.ownerChoice.SetSelected("Perjanjian (naskah bertanda tangan)")
	ap.addFrom("PKS bertanda tangan.pdf", io.NopCloser(bytes.NewReader(testPDF)))
	ap.wait()
	ap.ownerChoice.SetSelected("Kegiatan: Lokakarya guru")
	ap.addFrom("daftar hadir.png", io.NopCloser(bytes.NewReader(assets.LogoPlaceholder)))
	ap.wait()

	files, err := h.db.Attachments(p.ID)
	if err != nil || len(files) != 2 {
		t.Fatalf("attachments %v, %v", files, err)
	}
	if files[0].Owner != "agreement" || files[1].Owner != "activity:"+string(act.ID) {
		t.Errorf("owners %q and %q, want the agreement and the activity", files[0].Owner, files[1].Owner)
	}
	if !strings.Contains(ap.detail(files[1]), "Kegiatan: Lokakarya guru") || !strings.Contains(ap.detail(files[0]), "Perjanjian") {
		t.Error("the list does not say what each file belongs to")
	}
}
