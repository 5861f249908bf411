package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

func TestGlyphSet(t *testing.T) {
	g := fontGlyphs("")
	for _, r := range "AzÉéÇçḤḥ“”–·" {
		if !g.has(r) {
			t.Errorf("regular font lacks %q", r)
		}
	}
	for _, r := range []rune{'😀', '中', 0x10000, -1} {
		if g.has(r) {
			t.Errorf("regular font claims %q", r)
		}
	}
	if got := clean("a\tb\nc 😀\x07 Ḥ", "B", false); got != "a b c ? Ḥ" {
		t.Errorf("clean = %q", got)
	}
	if got := clean("a\r\nb", "", true); got != "a\nb" {
		t.Errorf("clean keeping newlines = %q", got)
	}
}

func TestPrepareLogo(t *testing.T) {
	rgba := image.NewRGBA64(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ {
		rgba.Set(x, x/2, color.RGBA64{R: 0xffff, A: 0xffff})
	}
	var png16, jpg bytes.Buffer
	if err := png.Encode(&png16, rgba); err != nil { // 16-bit: gofpdf refuses it as is
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpg, rgba, nil); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		data []byte
		kind string
	}{"png16": {png16.Bytes(), "png"}, "jpeg": {jpg.Bytes(), "jpg"}} {
		l := acceptLogo(tc.data)
		if l == nil || l.kind != tc.kind || l.width != 2*l.height {
			t.Errorf("%s: got %+v", name, l)
		}
	}
	for _, bad := range [][]byte{nil, []byte("GIF89a broken"), []byte("not an image")} {
		if l := acceptLogo(bad); l != nil {
			t.Errorf("%q accepted as a logo", bad)
		}
	}
}

func TestFormatCode(t *testing.T) {
	if got := formatCode([]byte{0x8f, 0x3a, 0x07, 0xc2, 0x91, 0xde, 0xff}); got != "8F3A-07C2-91DE" {
		t.Errorf("formatCode = %q", got)
	}
}

// TestHeadingAndSignatures drives the shared pieces the coming documents use: a
// heading at the foot of a page moves to the next one with its text, and two
// signature blocks with meterai boxes stay on one page.
func TestHeadingAndSignatures(t *testing.T) {
	var buf bytes.Buffer
	_, err := render(&buf, sampleSchool(), meta{kind: "test", title: "Uji"}, func(d *doc) {
		d.letterhead()
		for d.y() < d.bottom()-2*lineHeight(bodySize) {
			d.line("isi", "L")
		}
		d.heading("Pasal 1 Maksud dan Tujuan", para{})
		d.paragraph("Perjanjian ini dibuat sebagai pedoman pelaksanaan kerja sama.", body)
		d.signatures(d.left,
			signature{above: []string{"PIHAK PERTAMA,"}, name: "Dra. Hj. Euis Rukmini, M.Pd.", id: "NIP 19680512 199303 2 007", stamp: stampPaper},
			signature{above: []string{"PIHAK KEDUA,"}, name: "Ir. Bambang Wijaya", id: "Direktur", stamp: stampPaper})
	})
	if err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	page2 := flat(poppler(t, pdf, "pdftotext", "-layout", "-f", "2", "-l", "2"))
	for _, want := range []string{"Pasal 1 Maksud dan Tujuan", "Perjanjian ini dibuat", "PIHAK PERTAMA", "PIHAK KEDUA",
		"Meterai", "Rp10.000", "Ir. Bambang Wijaya", "Halaman 2 dari 2"} {
		if !strings.Contains(page2, want) {
			t.Errorf("page 2 lacks %q:\n%s", want, page2)
		}
	}
	if page1 := flat(poppler(t, pdf, "pdftotext", "-layout", "-f", "1", "-l", "1")); strings.Contains(page1, "Pasal 1") {
		t.Errorf("heading left alone at the foot of page 1")
	}
}
