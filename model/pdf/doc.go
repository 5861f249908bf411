// Package pdf renders Kemitraan's documents — letters, proposals, agreements and
// reports — as printable PDF, the way image/png renders an image.Image:
//
//	code, err := pdf.WriteRequestLetter(w, pdf.RequestLetter{...})
//
// Every document follows the Indonesian conventions of DOCUMENTS.md: the school's
// letterhead (kop surat) on the first page, the school's paper (A4 or F4) with margins
// fit for binding, embedded UTF-8 fonts, page numbers from the second page, signature
// blocks that never split across pages, and a document code in the footer of every
// page, derived from a SHA-256 of the document's content, so that a signed paper copy
// can be matched with the file the program keeps.
//
// Output is reproducible: the same input gives the same bytes and the same code.
package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// Page geometry, in millimetres. The left margin leaves room for binding.
const (
	marginLeft       = 30.0
	marginRight      = 20.0
	marginTop        = 20.0
	marginBottom     = 25.0
	headTop          = 12.0 // the letterhead starts higher than the text of later pages
	footerFromBottom = 15.0
)

// Type sizes, in points, and line heights, in millimetres.
const (
	family      = "serif"
	bodySize    = 12.0
	bodyLeading = 5.3 // about 1.25 lines for 12 pt
	footerSize  = 8.5
)

const ptToMM = 25.4 / 72

// ErrIncomplete is returned (wrapped, with what is missing) when a document lacks
// input it cannot be printed without. Its message is Bahasa Indonesia.
var ErrIncomplete = errors.New("data dokumen belum lengkap")

// missing collects what a document lacks, to be reported all at once.
type missing []string

func (m *missing) need(value, what string) {
	if strings.TrimSpace(value) == "" {
		*m = append(*m, what)
	}
}

func (m missing) err() error {
	if len(m) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s belum diisi", ErrIncomplete, strings.Join(m, ", "))
}

// meta describes a document for its properties and its code.
type meta struct {
	kind    string // "permohonan", "proposal", …: part of the code's input
	title   string
	subject string
	created time.Time // the creation date written in the file: fixed, for reproducible output
}

// doc is a document being laid out. Its methods print text through clean (so any
// UTF-8 input is safe) and feed everything they print into sum, from which the
// document code is derived.
type doc struct {
	pdf    *gofpdf.Fpdf
	school model.School
	pageW  float64
	pageH  float64
	left   float64 // x of the left margin
	right  float64 // x of the right margin
	code   string  // the document code; empty in the first pass
	pages  int     // the number of pages; 0 in the first pass
	sum    hash.Hash
	logo   *logoImage
	style  string
	size   float64
}

// render lays a document out twice. The first pass finds the number of pages and the
// document code (a hash of everything printed); the second prints both in the footers.
// Nothing is written to w unless the whole document succeeds.
func render(w io.Writer, school model.School, m meta, content func(d *doc)) (code string, err error) {
	defer func() {
		if r := recover(); r != nil {
			code, err = "", fmt.Errorf("dokumen %q gagal dibuat: %v", m.title, r)
		}
	}()
	logo := prepareLogo(school.Logo)

	first := newDoc(school, m, logo, "", 0)
	content(first)
	if err := first.pdf.Error(); err != nil {
		return "", fmt.Errorf("dokumen %q gagal dibuat: %w", m.title, err)
	}
	pages := first.pdf.PageNo()
	code = formatCode(first.sum.Sum(nil))

	final := newDoc(school, m, logo, code, pages)
	content(final)
	var buf bytes.Buffer
	if err := final.pdf.Output(&buf); err != nil {
		return "", fmt.Errorf("dokumen %q gagal dibuat: %w", m.title, err)
	}
	if final.pdf.PageNo() != pages {
		return "", fmt.Errorf("dokumen %q gagal dibuat: jumlah halaman berubah (%d, lalu %d)", m.title, pages, final.pdf.PageNo())
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return "", fmt.Errorf("dokumen %q gagal ditulis: %w", m.title, err)
	}
	return code, nil
}

// formatCode turns a digest into the printed code: three groups of four upper-case
// hex digits, "8F3A-07C2-91DE".
func formatCode(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum[:6]))
	return h[0:4] + "-" + h[4:8] + "-" + h[8:12]
}

func newDoc(school model.School, m meta, logo *logoImage, code string, pages int) *doc {
	pw, ph := school.Paper.Size()
	p := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: pw, Ht: ph},
	})
	d := &doc{
		pdf: p, school: school, pageW: pw, pageH: ph,
		left: marginLeft, right: pw - marginRight,
		code: code, pages: pages, sum: sha256.New(), logo: logo,
	}
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(true, marginBottom)
	p.SetCellMargin(0)
	p.SetCreationDate(m.created)
	p.SetModificationDate(m.created)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	p.SetTitle(clean(m.title, "", false), true)
	p.SetSubject(clean(m.subject, "", false), true)
	p.SetAuthor(clean(school.Name, "", false), true)
	p.SetCreator("Kemitraan", false)
	p.SetProducer("Kemitraan (gofpdf)", false)
	p.AddUTF8FontFromBytes(family, "", assets.SerifRegular)
	p.AddUTF8FontFromBytes(family, "B", assets.SerifBold)
	p.AddUTF8FontFromBytes(family, "I", assets.SerifItalic)
	logo.register(p)
	p.SetFooterFunc(d.footer)

	// what the code covers beside the printed text
	fmt.Fprintf(d.sum, "kemitraan/%s\x00%s\x00%gx%g\x00", m.kind, school.Paper, pw, ph)
	d.sum.Write(logo.digest[:])

	p.AddPage()
	d.font("", bodySize)
	return d
}

// font selects the embedded serif face: style "", "B", "I", with "U" for underline.
func (d *doc) font(style string, size float64) {
	d.style, d.size = style, size
	d.pdf.SetFont(family, style, size)
}

// record adds printed text to the document's code.
func (d *doc) record(s string) {
	io.WriteString(d.sum, s)
	d.sum.Write([]byte{0})
}

// lineHeight is a comfortable line height, in millimetres, for a size in points.
func lineHeight(size float64) float64 {
	if size == bodySize {
		return bodyLeading
	}
	return size * ptToMM * 1.35
}

// y and setY are the vertical position on the page.
func (d *doc) y() float64     { return d.pdf.GetY() }
func (d *doc) setY(y float64) { d.pdf.SetY(y) }

// space moves down by h millimetres, or to the top of the next page when the space
// would cross the foot of this one.
func (d *doc) space(h float64) {
	if d.y()+h > d.bottom() {
		d.pdf.AddPage()
		return
	}
	d.setY(d.y() + h)
}

// bottom is the y below which text does not go.
func (d *doc) bottom() float64 { return d.pageH - marginBottom }

// ensure starts a new page unless h millimetres still fit on this one: what must
// stay together (a signature block, a heading with its first lines) asks first.
func (d *doc) ensure(h float64) {
	if d.y()+h > d.bottom() && d.y() > marginTop+0.01 {
		d.pdf.AddPage()
	}
}

// width is the width of s in the current font, in millimetres.
func (d *doc) width(s string) float64 { return d.pdf.GetStringWidth(s) }

// text prints one line of cleaned text at (x, current y) in a box of width w,
// aligned "L", "C", "R" or "J", without moving down.
func (d *doc) text(x, w float64, s, align string) {
	s = clean(s, d.style, false)
	d.record(s)
	if align == "J" && !strings.Contains(strings.TrimSpace(s), " ") {
		align = "L" // gofpdf divides by the number of gaps
	}
	y := d.y()
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, lineHeight(d.size), s, "", 0, align, false, 0, "")
	d.pdf.SetXY(d.left, y)
}

// line prints one line across the text width and moves down.
func (d *doc) line(s, align string) {
	h := lineHeight(d.size)
	d.ensure(h)
	d.text(d.left, d.right-d.left, s, align)
	d.setY(d.y() + h)
}

// footer prints the document code on every page and, from the second page, the page
// number with the number of pages.
func (d *doc) footer() {
	p := d.pdf
	style, size := d.style, d.size
	p.SetFont(family, "I", footerSize)
	p.SetTextColor(70, 70, 70)
	y := d.pageH - footerFromBottom
	code := d.code
	if code == "" {
		code = "0000-0000-0000" // first pass: the code is not known yet
	}
	p.SetXY(d.left, y)
	p.CellFormat(d.right-d.left, 4, "Kode dokumen: "+code, "", 0, "L", false, 0, "")
	if n := p.PageNo(); n >= 2 {
		p.SetXY(d.left, y)
		p.CellFormat(d.right-d.left, 4, fmt.Sprintf("Halaman %d dari %d", n, max(d.pages, n)), "", 0, "R", false, 0, "")
	}
	p.SetTextColor(0, 0, 0)
	p.SetFont(family, style, size)
}
