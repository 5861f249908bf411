package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// TestWriteForLooking writes sample documents into $KEMITRAAN_PDF_DIR, to be looked
// at as a principal would; it does nothing when the variable is not set.
func TestWriteForLooking(t *testing.T) {
	dir := os.Getenv("KEMITRAAN_PDF_DIR")
	if dir == "" {
		t.Skip("KEMITRAAN_PDF_DIR not set")
	}
	long := sampleLetter()
	long.Partnership.Need.Description = strings.Repeat(long.Partnership.Need.Description+". ", 20)
	f4 := sampleLetter()
	f4.School.Paper = model.PaperF4
	utf := sampleLetter()
	utf.School.Name = "Sékolah Çahaya"
	utf.School.LetterheadLines = []string{"Yayasan Pendidikan Ma'had Al-Ḥikmah"}
	utf.Partner.Name = "Ma'had Al-Ḥikmah"
	utf.Partner.SignatoryPosition = ""
	write := func(name string, f func(w *bytes.Buffer) error) {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, doc := range lookDocuments() {
		write(name, doc)
	}
	for name, l := range map[string]RequestLetter{"letter": sampleLetter(), "long": long, "f4": f4, "utf8": utf} {
		pdf, _ := mustWrite(t, l)
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// lookDocuments are the documents to look at, by file name.
func lookDocuments() map[string]func(w *bytes.Buffer) error {
	mou := sampleAgreement()
	mou.Partnership.Agreement.Kind = model.AgreementMoU
	return map[string]func(w *bytes.Buffer) error{
		"pks":      func(w *bytes.Buffer) error { _, err := WritePKS(w, sampleAgreement()); return err },
		"proposal": func(w *bytes.Buffer) error { _, err := WriteProposal(w, sampleProposal()); return err },
		"monev":    func(w *bytes.Buffer) error { _, err := WriteMonev(w, sampleMonev()); return err },
		"tahunan":  func(w *bytes.Buffer) error { _, err := WriteAnnualReport(w, sampleAnnual()); return err },
		"mou":      func(w *bytes.Buffer) error { _, err := WriteMoU(w, mou); return err },
	}
}
