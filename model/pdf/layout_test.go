package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// pageLines reads a PDF back page by page (pdftotext -layout) and returns each page's
// lines of content: blank lines and the footer (from "Kode dokumen:" on) left out.
func pageLines(t *testing.T, pdf []byte) [][]string {
	t.Helper()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, pdf, "pdfinfo"))
	n, _ := strconv.Atoi(m[1])
	pages := make([][]string, n)
	for p := 1; p <= n; p++ {
		text := poppler(t, pdf, "pdftotext", "-layout", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p))
		for _, l := range strings.Split(text, "\n") {
			if strings.Contains(l, "Kode dokumen:") || strings.Contains(l, "Paraf Pihak") {
				break
			}
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				pages[p-1] = append(pages[p-1], l)
			}
		}
	}
	return pages
}

// headingLine matches a line that is a heading: "G. Rencana Anggaran", "Pasal 3",
// "Lampiran", "Tembusan:".
var headingLine = regexp.MustCompile(`^([A-I]\. [A-Z][a-z]|Pasal \d+$|Lampiran$|Tembusan:$)`)

// layoutProblems lists where a document breaks the layout rules a typist keeps:
//   - a heading, or a lead-in ending ":", as the last line of a page;
//   - a page holding a single line;
//   - a signature block split across pages, or apart from the paragraph before it
//     (closing ends the paragraph before the signature; position is the line above
//     the signature; name is the signer's name).
func layoutProblems(pages [][]string, closing, position, name string) []string {
	var out []string
	// the last page a text is on: a signer's name is also among the parties
	pageOf := func(s string) int {
		for i := len(pages) - 1; i >= 0; i-- {
			for _, l := range pages[i] {
				if strings.Contains(l, s) {
					return i + 1
				}
			}
		}
		return 0
	}
	for i, lines := range pages {
		if len(lines) == 1 {
			out = append(out, fmt.Sprintf("page %d holds a single line: %q", i+1, lines[0]))
		}
		if len(lines) == 0 || i == len(pages)-1 {
			continue
		}
		last := lines[len(lines)-1]
		if headingLine.MatchString(last) {
			out = append(out, fmt.Sprintf("page %d ends with the heading %q", i+1, last))
		}
		if strings.HasSuffix(last, ":") {
			out = append(out, fmt.Sprintf("page %d ends with the lead-in %q", i+1, last))
		}
	}
	c, p, n := pageOf(closing), pageOf(position), pageOf(name)
	if c == 0 || p == 0 || n == 0 {
		out = append(out, fmt.Sprintf("closing %q on page %d, position %q on %d, name %q on %d", closing, c, position, p, name, n))
	} else if c != p || p != n {
		out = append(out, fmt.Sprintf("signature block split: closing on page %d, position on %d, name on %d", c, p, n))
	}
	return out
}

// sentences is n sentences of filler, numbered so that each variant differs.
func sentences(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Kalimat penjelasan nomor %d menambah panjang teks ini agar halaman terpotong di tempat yang berbeda. ", i)
	}
	return strings.TrimSpace(b.String())
}

// TestLayoutRules writes each document with texts of many lengths, so that its page
// breaks fall everywhere, and reads each page back: no heading or lead-in ends a page,
// no page holds one line, no signature block is split or left without the paragraph
// before it.
func TestLayoutRules(t *testing.T) {
	principal := "Dra. Hj. Euis Rukmini, M.Pd."
	for _, face := range []model.Face{model.FaceSans, model.FaceSerif} {
		for n := 0; n <= 16; n++ {
			school := sampleSchool()
			school.Face = face
			check := func(doc string, pdf []byte, closing, position, name string) {
				t.Helper()
				for _, p := range layoutProblems(pageLines(t, pdf), closing, position, name) {
					t.Errorf("%s %s with %d sentences: %s", face, doc, n, p)
				}
			}
			var buf bytes.Buffer

			l := sampleLetter()
			l.School = school
			l.Partnership.Need.Description = sentences(n + 4)
			l.Options.Tembusan = []string{"Kepala Dinas Pendidikan Kota Bandung", "Ketua Komite Sekolah"}
			if _, err := WriteRequestLetter(&buf, l); err != nil {
				t.Fatal(err)
			}
			check("letter", bytes.Clone(buf.Bytes()), "terima kasih.", "Kepala SMP Negeri 1 Bandung,", principal)

			buf.Reset()
			p := sampleProposal()
			p.School = school
			p.Partnership.Proposal.Background = sentences(2 * n)
			p.Partnership.Proposal.EvaluationPlan = sentences(n % 5)
			if _, err := WriteProposal(&buf, p); err != nil {
				t.Fatal(err)
			}
			check("proposal", bytes.Clone(buf.Bytes()), "terima kasih.", "Kepala SMP Negeri 1 Bandung,", principal)

			buf.Reset()
			a := sampleAgreement()
			a.School = school
			a.Partnership.Need.Description = sentences(n)
			for i := 0; i < n%4; i++ {
				a.Partnership.Agreement.PartnerObligations = append(a.Partnership.Agreement.PartnerObligations, sentences(1+i))
			}
			if _, err := WritePKS(&buf, a); err != nil {
				t.Fatal(err)
			}
			check("PKS", bytes.Clone(buf.Bytes()), "kekuatan hukum yang sama", "PIHAK PERTAMA,", principal)

			buf.Reset()
			m := sampleMonev()
			m.School = school
			m.Evaluation.Findings = sentences(n + 2)
			if _, err := WriteMonev(&buf, m); err != nil {
				t.Fatal(err)
			}
			check("monev", bytes.Clone(buf.Bytes()), "pelatihan tahap II dimajukan ke bulan Juni.", "Kepala SMP Negeri 1 Bandung,", principal)
		}
	}
}

// TestLayoutRulesCatch: the checks fail on what they are meant to catch.
func TestLayoutRulesCatch(t *testing.T) {
	for name, pages := range map[string][][]string{
		"stranded heading": {{"a", "b", "G. Rencana Anggaran"}, {"c", "d", "Demikian.", "Kepala,", "Nama"}},
		"lead-in":          {{"a", "b", "dengan ketentuan sebagai berikut:"}, {"c", "d", "Demikian.", "Kepala,", "Nama"}},
		"lone line":        {{"a", "b", "c", "Demikian.", "Kepala,", "Nama"}, {"3. Foto kondisi sarana saat ini"}},
		"split signature":  {{"a", "b", "Demikian.", "Kepala,"}, {"Nama", "NIP"}},
		"signature alone":  {{"a", "b", "Demikian."}, {"Kepala,", "Nama", "NIP"}},
	} {
		if len(layoutProblems(pages, "Demikian.", "Kepala,", "Nama")) == 0 {
			t.Errorf("%s: not caught", name)
		}
	}
	if p := layoutProblems([][]string{{"a", "b"}, {"c", "Demikian.", "Kepala,", "Nama"}}, "Demikian.", "Kepala,", "Nama"); len(p) > 0 {
		t.Errorf("a good layout is refused: %v", p)
	}
}

// TestDeterministic: the same input gives the same bytes, for every document, both
// faces and both papers, and a whole PDF. It reads nothing back, so it runs where
// poppler is not installed too.
func TestDeterministic(t *testing.T) {
	for _, face := range []model.Face{model.FaceSans, model.FaceSerif} {
		for _, paper := range []model.Paper{model.PaperA4, model.PaperF4} {
			a, b := allDocuments(t, face, paper), allDocuments(t, face, paper)
			for name, pdf := range a {
				if !bytes.Equal(pdf, b[name]) {
					t.Errorf("%s %s %s: same data, different bytes", face, paper, name)
				}
				if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
					t.Errorf("%s %s %s: not a whole PDF", face, paper, name)
				}
			}
		}
	}
}

// TestGoldenFacesAndPapers: the text of the request letter, the proposal and the PKS in
// both faces on both papers, as pdftotext -layout reads it, is the golden text in
// testdata (go test -update to accept a change after looking at the pages).
func TestGoldenFacesAndPapers(t *testing.T) {
	for _, face := range []model.Face{model.FaceSans, model.FaceSerif} {
		for _, paper := range []model.Paper{model.PaperA4, model.PaperF4} {
			docs := allDocuments(t, face, paper)
			for _, name := range []string{"permohonan", "proposal", "pks"} {
				text := poppler(t, docs[name], "pdftotext", "-layout")
				golden := filepath.Join("testdata", fmt.Sprintf("%s-%s-%s.golden", name, face, strings.ToLower(string(paper))))
				if *update {
					if err := os.WriteFile(golden, []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if string(want) != text {
					t.Errorf("%s: text differs from %s (go test -update to accept):\n%s", name, golden, text)
				}
			}
		}
	}
}
