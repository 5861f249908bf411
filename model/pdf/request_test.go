package pdf

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

var letterDate = time.Date(2026, time.November, 26, 9, 0, 0, 0, time.UTC)

func sampleSchool() model.School {
	s := model.NewSchool()
	s.Name = "SMP Negeri 1 Bandung"
	s.NPSN = "20219191"
	s.Address = "Jl. Kesatriaan No. 12, Bandung 40262"
	s.City = "Bandung"
	s.Phone = "(022) 5203589"
	s.Email = "info@smpn1bandung.sch.id"
	s.Website = "www.smpn1bandung.sch.id"
	s.LetterheadLines = []string{"Pemerintah Kota Bandung", "Dinas Pendidikan"}
	s.PrincipalName = "Dra. Hj. Euis Rukmini, M.Pd."
	s.PrincipalNIP = "19680512 199303 2 007"
	s.ShortName = "SMPN1-BDG"
	return s
}

func sampleLetter() RequestLetter {
	school := sampleSchool()
	ps := model.NewPartnership()
	ps.Title = "Pojok Literasi Digital"
	ps.Need.Category = model.NeedSarana
	ps.Need.Description = "Laboratorium komputer kami hanya memiliki 12 unit yang layak pakai untuk 960 peserta didik, " +
		"sehingga pembelajaran informatika dan asesmen berbasis komputer harus dilaksanakan bergiliran"
	return RequestLetter{
		School: school,
		Partner: model.Partner{
			Name: "PT Maju Bersama", Kind: model.KindBisnis,
			Address:           "Jl. Soekarno-Hatta No. 590, Bandung",
			SignatoryName:     "Ir. Bambang Wijaya",
			SignatoryPosition: "Direktur",
		},
		Partnership: ps,
		Letter: model.Letter{
			Kind:   "permohonan",
			Number: model.FormatLetterNumber(school, 15, letterDate),
			Date:   letterDate,
		},
		Options: model.DocumentOptions{WithProposal: true},
	}
}

func mustWrite(t testing.TB, l RequestLetter) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	code, err := WriteRequestLetter(&buf, l)
	if err != nil {
		t.Fatalf("WriteRequestLetter: %v", err)
	}
	return buf.Bytes(), code
}

// poppler runs a poppler tool on the PDF and returns its output; the test is skipped
// when the tool is not installed.
func poppler(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s (poppler-utils) is not installed: cannot read the PDF back", tool)
	}
	file := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if tool == "pdftotext" {
		args = append(args, file, "-")
	} else {
		args = append(args, file)
	}
	out, err := exec.Command(path, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// flat joins the words of pdftotext's output with single spaces.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestRequestLetterText(t *testing.T) {
	pdf, code := mustWrite(t, sampleLetter())
	if !regexp.MustCompile(`^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$`).MatchString(code) {
		t.Errorf("code %q is not XXXX-XXXX-XXXX", code)
	}
	text := flat(poppler(t, pdf, "pdftotext", "-layout"))
	for _, want := range []string{
		"PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN", "SMP NEGERI 1 BANDUNG", "SMP Negeri 1 Bandung",
		"20219191", "015/421.3/SMPN1-BDG/XI/2026", "Lampiran : 1 (satu) berkas proposal", "bersama surat ini kami lampirkan proposal", "Hal : Permohonan Kerja Sama",
		"Yth. Direktur PT Maju Bersama", "di tempat", "Dengan hormat,", "PT Maju Bersama",
		"Bandung, 26 November 2026", "Dra. Hj. Euis Rukmini, M.Pd.", "NIP 19680512 199303 2 007",
		"Kepala SMP Negeri 1 Bandung", "Pojok Literasi Digital", "di bidang sarana dan prasarana",
		"Demikian surat permohonan ini kami sampaikan.", "Kode dokumen: " + code,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("letter text lacks %q\n%s", want, text)
		}
	}
	if !strings.Contains(text, "Halaman 1 dari 1") {
		t.Errorf("a one-page letter lacks its page number:\n%s", text)
	}
	if !strings.Contains(text, "bukan tanda tangan elektronik tersertifikasi (TTE BSrE)") {
		t.Errorf("the footer does not say what the code is:\n%s", text)
	}
	if strings.Contains(text, "?") {
		t.Errorf("letter text has a replaced character:\n%s", text)
	}
}

func TestRequestLetterFontsEmbedded(t *testing.T) {
	pdf, _ := mustWrite(t, sampleLetter())
	out := poppler(t, pdf, "pdffonts")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 4 { // header, rule, regular, bold (the footer adds italic)
		t.Fatalf("pdffonts lists too few fonts:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type encoding emb sub uni object ID: emb is 5th from the end
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %q", l)
		}
	}
}

func TestRequestLetterPaper(t *testing.T) {
	for _, tc := range []struct {
		paper model.Paper
		w, h  float64
	}{{model.PaperA4, 595.28, 841.89}, {model.PaperF4, 609.45, 935.43}} {
		l := sampleLetter()
		l.School.Paper = tc.paper
		pdf, _ := mustWrite(t, l)
		info := poppler(t, pdf, "pdfinfo")
		m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(info)
		if m == nil {
			t.Fatalf("%s: no page size in pdfinfo:\n%s", tc.paper, info)
		}
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		if abs(w-tc.w) > 0.5 || abs(h-tc.h) > 0.5 {
			t.Errorf("%s: page is %g x %g pts, want %g x %g", tc.paper, w, h, tc.w, tc.h)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestRequestLetterUTF8(t *testing.T) {
	l := sampleLetter()
	l.School.Name = "Sékolah Çahaya"
	l.Partner.Name = "Ma'had Al-Ḥikmah"
	l.Partner.SignatoryPosition = ""
	l.Partner.SignatoryName = ""
	pdf, _ := mustWrite(t, l)
	text := flat(poppler(t, pdf, "pdftotext", "-layout"))
	for _, want := range []string{"Sékolah Çahaya", "SÉKOLAH ÇAHAYA", "Ma'had Al-Ḥikmah", "Yth. Ma'had Al-Ḥikmah"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q\n%s", want, text)
		}
	}
}

func TestRequestLetterMissingGlyphs(t *testing.T) {
	l := sampleLetter()
	l.Partner.Name = "PT Senyum 😀 Ceria"
	l.Partnership.Need.Description = "Kebutuhan 🚀\tdengan tab, kontrol\x07 dan huruf 中文"
	pdf, _ := mustWrite(t, l)
	text := flat(poppler(t, pdf, "pdftotext", "-layout"))
	if !strings.Contains(text, "PT Senyum ? Ceria") {
		t.Errorf("emoji is not replaced by ?:\n%s", text)
	}
	if !strings.Contains(text, "Kebutuhan ? dengan tab, kontrol dan huruf ??") {
		t.Errorf("need text not cleaned:\n%s", text)
	}
}

func TestRequestLetterDeterministic(t *testing.T) {
	a, codeA := mustWrite(t, sampleLetter())
	b, codeB := mustWrite(t, sampleLetter())
	if !bytes.Equal(a, b) || codeA != codeB {
		t.Fatalf("same letter gives different output (codes %s, %s)", codeA, codeB)
	}
	l := sampleLetter()
	l.Partner.Name = "PT Maju Bersama Tbk"
	_, codeC := mustWrite(t, l)
	if codeC == codeA {
		t.Errorf("a different partner name gives the same code %s", codeA)
	}
	l = sampleLetter()
	l.School.Paper = model.PaperF4
	if _, codeD := mustWrite(t, l); codeD == codeA {
		t.Errorf("a different paper gives the same code %s", codeA)
	}
	l = sampleLetter()
	l.School.Face = model.FaceSerif
	if _, codeE := mustWrite(t, l); codeE == codeA {
		t.Errorf("a different face gives the same code %s", codeA)
	}
}

func TestRequestLetterLong(t *testing.T) {
	l := sampleLetter()
	l.Partnership.Need.Description = strings.Repeat(l.Partnership.Need.Description+". ", 20)
	pdf, code := mustWrite(t, l)
	info := poppler(t, pdf, "pdfinfo")
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("no page count:\n%s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if pages < 2 {
		t.Fatalf("long letter has %d page(s), want more", pages)
	}
	sigPage := 0
	for p := 1; p <= pages; p++ {
		n := strconv.Itoa(p)
		text := flat(poppler(t, pdf, "pdftotext", "-layout", "-f", n, "-l", n))
		if !strings.Contains(text, "Kode dokumen: "+code) {
			t.Errorf("page %d lacks the document code", p)
		}
		want := "Halaman " + n + " dari " + strconv.Itoa(pages)
		if !strings.Contains(text, want) {
			t.Errorf("page %d lacks %q", p, want)
		}
		hasName := strings.Contains(text, "Dra. Hj. Euis Rukmini, M.Pd.")
		hasNIP := strings.Contains(text, "NIP 19680512 199303 2 007")
		hasPos := strings.Contains(text, "Kepala SMP Negeri 1 Bandung,")
		if hasName != hasNIP || hasName != hasPos {
			t.Errorf("page %d: signature block split (position %v, name %v, NIP %v)", p, hasPos, hasName, hasNIP)
		}
		if hasName {
			sigPage = p
		}
	}
	if sigPage != pages {
		t.Errorf("signature on page %d of %d", sigPage, pages)
	}
}

func TestRequestLetterNoNIP(t *testing.T) {
	l := sampleLetter()
	l.School.PrincipalNIP = ""
	pdf, _ := mustWrite(t, l)
	if text := poppler(t, pdf, "pdftotext", "-layout"); strings.Contains(text, "NIP") {
		t.Errorf("NIP line printed without a NIP:\n%s", text)
	}
}

func TestRequestLetterMissingInput(t *testing.T) {
	for name, change := range map[string]func(*RequestLetter){
		"nama sekolah": func(l *RequestLetter) { l.School.Name = " " },
		"nomor surat":  func(l *RequestLetter) { l.Letter.Number = "" },
		"nama mitra":   func(l *RequestLetter) { l.Partner.Name = "" },
		"tanggal":      func(l *RequestLetter) { l.Letter.Date = time.Time{} },
	} {
		l := sampleLetter()
		change(&l)
		var buf bytes.Buffer
		code, err := WriteRequestLetter(&buf, l)
		if !errors.Is(err, ErrIncomplete) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s missing: err = %v", name, err)
		}
		if buf.Len() != 0 || code != "" {
			t.Errorf("%s missing: wrote %d bytes, code %q", name, buf.Len(), code)
		}
	}
}

func TestRequestLetterBadLogo(t *testing.T) {
	for name, logo := range map[string][]byte{
		"not an image": []byte("this is no picture"),
		"broken png":   append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{1}, 64)...),
		"broken jpeg":  append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{7}, 64)...),
	} {
		l := sampleLetter()
		l.School.Logo = logo
		var buf bytes.Buffer
		if _, err := WriteRequestLetter(&buf, l); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func BenchmarkWriteRequestLetter(b *testing.B) {
	l := sampleLetter()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := WriteRequestLetter(&buf, l); err != nil {
			b.Fatal(err)
		}
	}
}
