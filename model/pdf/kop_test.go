package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func pngLogo(t *testing.T, c color.Color) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 30, 30))
	for x := 0; x < 30; x++ {
		for y := 0; y < 30; y++ {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestKopLogos: no logo gives a text-only kop (no image at all, never a placeholder);
// the school's logo alone stands left; with the regional emblem both are printed.
func TestKopLogos(t *testing.T) {
	images := func(s model.School) int {
		l := sampleLetter()
		l.School = s
		pdf, _ := mustWrite(t, l)
		return bytes.Count(pdf, []byte("/Subtype /Image"))
	}
	s := sampleSchool()
	s.Logo, s.RegionLogo = nil, nil
	if n := images(s); n != 0 {
		t.Errorf("kop without logos has %d images", n)
	}
	s.Logo = pngLogo(t, color.RGBA{200, 0, 0, 255})
	if n := images(s); n != 1 {
		t.Errorf("kop with the school's logo has %d images", n)
	}
	s.RegionLogo = pngLogo(t, color.RGBA{0, 0, 200, 255})
	if n := images(s); n != 2 {
		t.Errorf("kop with both logos has %d images", n)
	}
	s.Logo = []byte("not an image")
	if n := images(s); n != 1 {
		t.Errorf("kop with a broken school logo has %d images", n)
	}
}

// TestKopLines: a public school's kop names its government and agency above the
// school in bold, a private school's its foundation; an old profile its lines.
func TestKopLines(t *testing.T) {
	text := func(s model.School) string {
		l := sampleLetter()
		l.School = s
		pdf, _ := mustWrite(t, l)
		return flat(poppler(t, pdf, "pdftotext", "-layout"))
	}
	s := sampleSchool()
	s.LetterheadLines = nil
	s.Government, s.Agency = "Pemerintah Provinsi Jawa Barat", "Dinas Pendidikan"
	if got := text(s); !strings.Contains(got, "PEMERINTAH PROVINSI JAWA BARAT DINAS PENDIDIKAN SMP NEGERI 1 BANDUNG") {
		t.Errorf("public kop:\n%s", got)
	}
	s.Status, s.Foundation, s.Name = model.StatusSwasta, "Yayasan Pendidikan Al-Ḥikmah", "SMP Ma'had Al-Ḥikmah"
	got := text(s)
	if !strings.Contains(got, "YAYASAN PENDIDIKAN AL-ḤIKMAH SMP MA'HAD AL-ḤIKMAH") || strings.Contains(got, "PEMERINTAH") {
		t.Errorf("private kop:\n%s", got)
	}
}

// TestEMeterai: an agreement made for e-Meterai is A4 on an F4 school, has no paper
// meterai box, and stays small.
func TestEMeterai(t *testing.T) {
	in := sampleAgreement()
	in.School.Paper = model.PaperF4
	in.Options.EMeterai = true
	pdf, _ := writePKS(t, in)
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Error("e-Meterai agreement is not A4")
	}
	if len(pdf) > 100<<10 {
		t.Errorf("e-Meterai agreement is %d KB", len(pdf)>>10)
	}
	text := flat(poppler(t, pdf, "pdftotext", "-layout"))
	if strings.Contains(text, "Meterai Rp10.000") {
		t.Errorf("e-Meterai agreement prints the paper meterai box:\n%s", text)
	}
	in.Options.EMeterai = false
	paper, _ := writePKS(t, in)
	if !strings.Contains(flat(poppler(t, paper, "pdftotext", "-layout")), "Meterai Rp10.000") {
		t.Error("the paper agreement lacks its meterai box")
	}
}

// TestNoBreaksInside: words that belong together are never split over two lines.
func TestNoBreaksInside(t *testing.T) {
	words := glue(strings.Fields("bahwa PARA PIHAK sepakat, PIHAK KESATU dan PIHAK KEDUA di Kota Bandung 40262 pada 26 November 2026 sebesar Rp 1.000.000,00 menurut Pasal 3"))
	for _, want := range []string{"PARA PIHAK", "PIHAK KESATU", "PIHAK KEDUA", "Kota Bandung 40262", "26 November 2026", "Rp 1.000.000,00", "Pasal 3"} {
		found := false
		for _, w := range words {
			found = found || strings.Contains(w, want)
		}
		if !found {
			t.Errorf("%q can be broken: %q", want, words)
		}
	}
	for _, w := range words {
		if w == "PIHAK sepakat," || strings.HasPrefix(w, "PIHAK sepakat") {
			t.Errorf("glued too much: %q", w)
		}
	}
}

// TestTitleLastWord: a centred title never ends with one word alone.
func TestTitleLastWord(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Title = "Renovasi Ruang Perpustakaan Sekolah dari Donasi Para Alumni Angkatan Sembilan Puluh Alumni"
	pdf, _ := writePKS(t, in)
	lines := pageLines(t, pdf)[0]
	for i, l := range lines {
		if l == "TENTANG" && i+2 < len(lines) {
			if last := lines[i+2]; !strings.Contains(last, " ") {
				t.Errorf("title ends with %q alone: %q", last, lines[i+1:i+3])
			}
		}
	}
}
