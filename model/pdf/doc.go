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

// needLetter asks what every numbered letter prints: the school, the letter's number
// and date, the partner it goes to.
func (m *missing) needLetter(school model.School, l model.Letter, partner model.Partner) {
	m.need(school.Name, "nama sekolah")
	m.need(l.Number, "nomor surat")
	if l.Date.IsZero() {
		*m = append(*m, "tanggal surat")
	}
	m.need(partner.Name, "nama mitra")
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
	paraf   bool      // initials (paraf) boxes for both parties on every page but the last
	// eMeterai prepares the document for an electronic stamp: A4 paper whatever the
	// school's, and clear space beside each signature instead of a meterai box.
	eMeterai bool
	// fit sets a letter that spills a little onto a second page tighter, to keep it
	// on one (render).
	fit bool
	// minors says that the document lists students, who are minors: every page's
	// footer says how their personal data may be used (minorsNotice).
	minors bool
}

// minorsNotice is the footer of every page of a document that lists students: their
// data are a child's personal data, which UU 27/2022 counts as specific personal data
// (Pasal 4 ayat (2) huruf e), processed for the one purpose the document serves.
const minorsNotice = "Sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, data pribadi peserta didik " +
	"dalam dokumen ini, yang tergolong data anak, hanya diproses untuk keperluan pelaksanaan PKL; " +
	"dilarang menggandakan, menyebarluaskan, atau menggunakannya untuk keperluan lain."

// minorsFoot is the height the footer of such a document takes more, in millimetres.
const minorsFoot = 9.0

// doc is a document being laid out. Its methods print text through clean (so any
// UTF-8 input is safe) and feed everything they print into sum, from which the
// document code is derived.
type doc struct {
	pdf      *gofpdf.Fpdf
	school   model.School
	pageW    float64
	pageH    float64
	left     float64 // x of the left margin
	right    float64 // x of the right margin
	code     string  // the document code, known once the content is laid out
	pages    int     // the number of pages, known once the content is laid out
	endY     float64 // where the content ends on its last page
	tight    bool    // set tighter to keep a letter on one page (gap)
	reserve  float64 // height the next signature block keeps below it (a tembusan)
	paraf    bool    // initials boxes for both parties in the footer of every page but the last
	eMeterai bool    // clear space for an e-Meterai beside signatures, not a paper meterai box
	keep     []kept  // what must go on the page of the next block (keep with next)
	minors   bool    // the footer carries minorsNotice, and is higher by minorsFoot
	tf       typeface
	fonts    [3]bool // which faces ("", "B", "I") the document has been given
	sum      hash.Hash
	logos    [2]*logoImage // the kop's left and right logos; nil where there is none
	style    string
	size     float64
}

// render lays a document out once, then prints on every page the footer: the
// document code (a hash of everything printed) with its QR code and, from the second
// page, "Halaman N dari M". Nothing is written to w unless the whole document succeeds.
func render(w io.Writer, school model.School, m meta, content func(d *doc)) (code string, err error) {
	defer func() {
		if r := recover(); r != nil {
			code, err = "", fmt.Errorf("dokumen %q gagal dibuat: %v", m.title, r)
		}
	}()
	d, err := layout(school, m, content, false)
	if err != nil {
		return "", err
	}
	if m.fit && d.pages == 2 && d.endY-marginTop < 0.5*(d.bottom()-marginTop) {
		// a letter that spills a little onto a second page is set tighter, as a typist
		// would: less space between paragraphs and blocks, a little less leading; it
		// keeps the tight setting only when that makes it one page
		if t, err := layout(school, m, content, true); err == nil && t.pages == 1 {
			d = t
		}
	}
	return output(w, d, m)
}

// layout lays the content out on its pages, and fills in the code and the page count.
func layout(school model.School, m meta, content func(d *doc), tight bool) (*doc, error) {
	if m.eMeterai {
		school.Paper = model.PaperA4 // e-Meterai portals take A4 only
	}
	d := newDoc(school, m)
	d.tight = tight
	content(d)
	d.flushKeep()
	if err := d.pdf.Error(); err != nil {
		return nil, fmt.Errorf("dokumen %q gagal dibuat: %w", m.title, err)
	}
	d.code = formatCode(d.sum.Sum(nil))
	d.pages = d.pdf.PageCount()
	d.endY = d.y()
	return d, nil
}

// output prints the footers and writes the document.
func output(w io.Writer, d *doc, m meta) (string, error) {
	d.footers()
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return "", fmt.Errorf("dokumen %q gagal dibuat: %w", m.title, err)
	}
	out, err := tagFonts(buf.Bytes())
	if err != nil {
		return "", fmt.Errorf("dokumen %q gagal dibuat: %w", m.title, err)
	}
	if _, err := w.Write(out); err != nil {
		return "", fmt.Errorf("dokumen %q gagal ditulis: %w", m.title, err)
	}
	return d.code, nil
}

// gap is a vertical space between blocks: normal, or tight when the document is set
// tighter to keep a letter on one page.
func (d *doc) gap(normal, tight float64) float64 {
	if d.tight {
		return tight
	}
	return normal
}

// formatCode turns a digest into the printed code: three groups of four upper-case
// hex digits, "8F3A-07C2-91DE".
func formatCode(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum[:6]))
	return h[0:4] + "-" + h[4:8] + "-" + h[8:12]
}

func newDoc(school model.School, m meta) *doc {
	pw, ph := school.Paper.Size()
	p := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: pw, Ht: ph},
	})
	d := &doc{
		pdf: p, school: school, pageW: pw, pageH: ph,
		left: marginLeft, right: pw - marginRight,
		sum: sha256.New(), paraf: m.paraf, eMeterai: m.eMeterai, minors: m.minors,
		tf: typefaces[school.Face.OrDefault()],
	}
	p.SetMargins(marginLeft, marginTop, marginRight)
	p.SetAutoPageBreak(true, marginBottom+d.footExtra())
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
	d.logos = registerLogos(p, school)

	// what the code covers beside the printed text
	fmt.Fprintf(d.sum, "kemitraan/%s\x00%s\x00%gx%g\x00%s\x00%t\x00", m.kind, school.Paper, pw, ph, d.tf.family, m.eMeterai)
	for _, l := range d.logos {
		if l != nil {
			d.sum.Write(l.digest[:])
		}
	}

	p.AddPage()
	d.font("", bodySize)
	return d
}

// font selects the embedded face of the school's typeface: style "", "B", "I", with "U" for underline.
func (d *doc) font(style string, size float64) {
	d.style, d.size = style, size
	d.face(style)
	d.pdf.SetFont(d.tf.family, style, size)
}

// face gives the document the font of a style the first time it is used, so that a
// document embeds only the faces it prints with.
func (d *doc) face(style string) {
	i := 0
	switch {
	case strings.Contains(style, "B"):
		i = 1
	case strings.Contains(style, "I"):
		i = 2
	}
	if !d.fonts[i] {
		d.fonts[i] = true
		addFont(d.pdf, d.tf, [3]string{"", "B", "I"}[i])
	}
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
	if len(d.keep) > 0 {
		d.keepNext(h, func() { d.setY(d.y() + h) })
		return
	}
	if d.y()+h > d.bottom() {
		d.pdf.AddPage()
		return
	}
	d.setY(d.y() + h)
}

// bottom is the y below which text does not go.
func (d *doc) bottom() float64 { return d.pageH - marginBottom - d.footExtra() }

// footExtra is how much higher than usual the footer is: a document that lists
// students prints the notice on their data there.
func (d *doc) footExtra() float64 {
	if d.minors {
		return minorsFoot
	}
	return 0
}

// ensure starts a new page unless h millimetres still fit on this one: what must
// stay together (a signature block, a heading with its first lines) asks first.
//
// Lines kept for the next block (a heading, a lead-in's last lines, see keepNext)
// come along: they and h go on this page together, or both begin the next one.
func (d *doc) ensure(h float64) {
	if len(d.keep) > 0 {
		k := d.keep
		d.keep = nil
		need := h
		for _, b := range k {
			need += b.h
		}
		if d.y()+need > d.bottom() && !d.atTop() {
			d.pdf.AddPage()
		}
		style, size := d.style, d.size // the block that asked goes on in its own font
		for _, b := range k {
			b.print()
		}
		d.font(style, size)
		return
	}
	if d.y()+h > d.bottom() && !d.atTop() {
		d.pdf.AddPage()
	}
}

// atTop reports whether nothing has been printed on the page yet.
func (d *doc) atTop() bool { return d.y() <= marginTop+0.01 }

// kept is a block held back to go on one page with what follows it.
type kept struct {
	h     float64
	print func()
}

// keepNext holds a block back until the next block is printed: both then go on one
// page (ensure). A heading is never the last line of a page this way, nor a lead-in
// ("… sebagai berikut:") apart from its first item.
func (d *doc) keepNext(h float64, print func()) {
	d.keep = append(d.keep, kept{h, print})
}

// flushKeep prints what is held back when nothing follows.
func (d *doc) flushKeep() {
	if len(d.keep) > 0 {
		d.ensure(0)
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

// Footer geometry, in millimetres. The QR code reads from a 100 dpi scan: its 21
// modules in 16 mm are 3 pixels each (at 15 mm, 2.8 pixels, about one code in four
// did not read).
const (
	qrSize  = 16.0 // the QR code of the document code: 0.762 mm a module, 3 pixels at 100 dpi
	qrGap   = 3.0
	parafW  = 17.0 // one initials box
	parafH  = 9.0
	footTop = 3.0 // from the bottom margin to the top of the footer
	footGap = 4.0 // between the footer's text and the initials boxes
)

// footers prints, once the content is laid out, the footer of every page: the QR code
// at the left, beside it the document code, what the code is for, and "Halaman N dari
// M"; when asked for, the initials boxes of both parties at the right of every page
// but the last, where the signatures are.
func (d *doc) footers() {
	p := d.pdf
	p.SetAutoPageBreak(false, 0)
	top := d.bottom() + footTop
	// the QR code stands at the same place on every page: its drawing is made once
	qr := d.qrDrawing(qrModules(d.code), d.left, top, qrSize)
	school := oneLine(d.school.Name)
	if school == "" {
		school = "sekolah"
	}
	note := clean("Kode dan QR ini mencocokkan dokumen dengan arsip "+school+
		"; bukan tanda tangan elektronik tersertifikasi (TTE BSrE).", "", false)
	tx := d.left + qrSize + qrGap
	for n := 1; n <= d.pages; n++ {
		p.SetPage(n)
		// gofpdf's font state is the last page's: set it afresh on this one
		d.font("", footerSize)
		p.SetFontSize(footerSize)
		p.SetTextColor(60, 60, 60)
		p.SetFillColor(0, 0, 0)
		p.SetDrawColor(0, 0, 0)
		p.SetLineWidth(0.2)
		p.RawWriteStr(qr)
		right := d.right
		if d.paraf && n < d.pages {
			right = d.right - 2*parafW - footGap
			d.parafBoxes(top)
		}
		pageNo := fmt.Sprintf("Halaman %d dari %d", n, d.pages)
		lh := lineHeight(footerSize)
		p.SetXY(tx, top)
		p.CellFormat(right-tx, lh, "Kode dokumen: "+d.code, "", 0, "L", false, 0, "")
		p.SetXY(tx, top)
		p.CellFormat(right-tx, lh, pageNo, "", 0, "R", false, 0, "")
		d.font("", footerSize-1)
		y := top + lh + 0.5
		for _, ln := range d.wrap(note, right-tx, 0) {
			p.SetXY(tx, y)
			p.CellFormat(right-tx, lineHeight(footerSize-1), ln.text, "", 0, "L", false, 0, "")
			y += lineHeight(footerSize - 1)
		}
		if d.minors {
			y += 0.8
			for _, ln := range d.wrap(clean(minorsNotice, "", false), right-tx, 0) {
				p.SetXY(tx, y)
				p.CellFormat(right-tx, lineHeight(footerSize-1), ln.text, "", 0, "L", false, 0, "")
				y += lineHeight(footerSize - 1)
			}
		}
		p.SetTextColor(0, 0, 0)
	}
}

// parafBoxes draws two initials boxes at the right of the footer: PIHAK PERTAMA's and
// PIHAK KEDUA's.
func (d *doc) parafBoxes(top float64) {
	p := d.pdf
	p.SetFontSize(6.5)
	for i, label := range []string{"Paraf Pihak I", "Paraf Pihak II"} {
		x := d.right - float64(2-i)*parafW
		p.Rect(x, top+3, parafW, parafH, "D")
		p.SetXY(x, top)
		p.CellFormat(parafW, 3, label, "", 0, "C", false, 0, "")
	}
	p.SetFontSize(footerSize)
}
