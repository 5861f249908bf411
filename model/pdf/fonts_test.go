package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// allDocuments writes one of each document for the school's face and paper.
func allDocuments(t *testing.T, face model.Face, paper model.Paper) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	school := sampleSchool()
	school.Face, school.Paper = face, paper
	write := func(name string, f func(*bytes.Buffer) (string, error)) {
		var buf bytes.Buffer
		if _, err := f(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs[name] = buf.Bytes()
	}
	l := sampleLetter()
	l.School = school
	write("permohonan", func(b *bytes.Buffer) (string, error) { return WriteRequestLetter(b, l) })
	p := sampleProposal()
	p.School = school
	write("proposal", func(b *bytes.Buffer) (string, error) { return WriteProposal(b, p) })
	a := sampleAgreement()
	a.School = school
	write("pks", func(b *bytes.Buffer) (string, error) { return WritePKS(b, a) })
	write("mou", func(b *bytes.Buffer) (string, error) { return WriteMoU(b, a) })
	m := sampleMonev()
	m.School = school
	write("monev", func(b *bytes.Buffer) (string, error) { return WriteMonev(b, m) })
	r := sampleAnnual()
	r.School = school
	write("tahunan", func(b *bytes.Buffer) (string, error) { return WriteAnnualReport(b, r) })
	return docs
}

var subsetName = regexp.MustCompile(`^[A-Z]{6}\+Kemitraan(Sans|Serif)-(Regular|Bold|Italic)$`)

// TestFontsCarrySubsetTags reads the font names from the PDF's own bytes: every
// embedded font is named "ABCDEF+KemitraanSans-Bold", in the chosen typeface only.
func TestFontsCarrySubsetTags(t *testing.T) {
	baseFont := regexp.MustCompile(`/(?:BaseFont|FontName) /([^\s/<>\[\]]+)`)
	for _, face := range []model.Face{model.FaceSans, model.FaceSerif} {
		for name, pdf := range allDocuments(t, face, model.PaperA4) {
			found := baseFont.FindAllSubmatch(pdf, -1)
			if len(found) < 6 { // two fonts at least, each named three times
				t.Errorf("%s/%s: %d font names", face, name, len(found))
			}
			tags := map[string]string{}
			for _, m := range found {
				n := string(m[1])
				if !subsetName.MatchString(n) {
					t.Errorf("%s/%s: font name %q is not a tagged subset name", face, name, n)
					continue
				}
				if !strings.Contains(strings.ToLower(n), string(face)) {
					t.Errorf("%s/%s: font %q of the other typeface", face, name, n)
				}
				ps := n[7:]
				if tag, ok := tags[ps]; ok && tag != n[:6] {
					t.Errorf("%s/%s: %s named with two tags", face, name, ps)
				}
				tags[ps] = n[:6]
			}
			if bytes.Contains(pdf, []byte("/utf8")) {
				t.Errorf("%s/%s: a gofpdf font name is left", face, name)
			}
		}
	}
}

// TestPdffontsAndQpdf: poppler's pdffonts lists every font embedded, as a subset, with
// a tag; qpdf --check finds no error in any document, for both faces and papers.
func TestPdffontsAndQpdf(t *testing.T) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf is not installed: cannot check the PDF's structure")
	}
	for _, face := range []model.Face{model.FaceSans, model.FaceSerif} {
		for _, paper := range []model.Paper{model.PaperA4, model.PaperF4} {
			for name, pdf := range allDocuments(t, face, paper) {
				out := poppler(t, pdf, "pdffonts")
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) < 4 {
					t.Errorf("%s/%s/%s: pdffonts lists too few fonts:\n%s", face, paper, name, out)
				}
				for _, l := range lines[2:] {
					f := strings.Fields(l)
					// name type encoding emb sub uni object ID
					if len(f) < 8 || !subsetName.MatchString(f[0]) || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" {
						t.Errorf("%s/%s/%s: font not embedded as a tagged subset: %q", face, paper, name, l)
					}
				}
				file := writeTemp(t, pdf)
				if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil {
					t.Errorf("%s/%s/%s: qpdf --check: %v\n%s", face, paper, name, err, out)
				}
			}
		}
	}
}

func TestTagFontsRefusesOtherLayouts(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.3\n", "%PDF-1.3\nstartxref\n99999\n%%EOF\n", "%PDF-1.3\nxref\nstartxref\n9\n%%EOF\n"} {
		if _, err := tagFonts([]byte(in)); err == nil {
			t.Errorf("tagFonts(%q) gave no error", in)
		}
	}
}

// writeTemp writes pdf into a temporary file and returns its path.
func writeTemp(t *testing.T, pdf []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
