package pdf

import (
	"bytes"
	"crypto/sha256"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // logos may be GIF
	"image/jpeg"
	"image/png"
	"net/http"
	"strings"
	"sync"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/model"
)

// logoImage is a logo ready for gofpdf: bytes it is known to accept, their type and
// the image's proportions.
type logoImage struct {
	data   []byte
	kind   string // "png", "jpg", "gif"
	width  float64
	height float64
	digest [sha256.Size]byte
	name   string // as registered in the document
}

// registerLogos gives p the kop's logos: on the left the regional government's
// emblem (or a private school's foundation's logo) when there is one, else the
// school's; on the right the school's when the left holds the other. A logo that
// cannot be read is left out — it never breaks a document — and with none the kop is
// text only.
func registerLogos(p *gofpdf.Fpdf, s model.School) (logos [2]*logoImage) {
	region, school := acceptLogo(s.RegionLogo), acceptLogo(s.Logo)
	switch {
	case region != nil:
		logos = [2]*logoImage{region, school}
	default:
		logos[0] = school
	}
	for i, l := range logos {
		if l != nil {
			c := *l // shared by documents: the name is this document's
			c.name = [2]string{"logoL", "logoR"}[i]
			p.RegisterImageOptionsReader(c.name, gofpdf.ImageOptions{ImageType: c.kind}, bytes.NewReader(c.data))
			logos[i] = &c
		}
	}
	return logos
}

// accepted remembers the logos acceptLogo read, by their bytes' digest: checking a
// logo decodes it, and a school prints many documents with the same logo.
var accepted = struct {
	sync.Mutex
	m map[[sha256.Size]byte]*logoImage
}{m: map[[sha256.Size]byte]*logoImage{}}

// acceptLogo tries the bytes as they are, then decoded and encoded again as an 8-bit
// PNG (gofpdf refuses 16-bit and interlaced PNG), and returns nil when neither works.
func acceptLogo(raw []byte) *logoImage {
	if len(raw) == 0 {
		return nil
	}
	sum := sha256.Sum256(raw)
	accepted.Lock()
	l, ok := accepted.m[sum]
	accepted.Unlock()
	if ok {
		return l
	}
	l = readLogo(raw)
	accepted.Lock()
	if len(accepted.m) >= 16 {
		clear(accepted.m)
	}
	accepted.m[sum] = l
	accepted.Unlock()
	return l
}

// readLogo is acceptLogo without the memory.
func readLogo(raw []byte) *logoImage {
	kind := ""
	switch http.DetectContentType(raw) {
	case "image/png":
		kind = "png"
	case "image/jpeg":
		kind = "jpg"
	case "image/gif":
		kind = "gif"
	default:
		return nil
	}
	if l := tryLogo(raw, kind); l != nil {
		return l
	}
	img, _, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, to8bit(img)); err != nil {
		return nil
	}
	return tryLogo(buf.Bytes(), "png")
}

// to8bit converts an image to 8-bit grey or NRGBA.
func to8bit(img image.Image) image.Image {
	b := img.Bounds()
	switch img.ColorModel() {
	case color.GrayModel, color.Gray16Model:
		g := image.NewGray(b)
		draw.Draw(g, b, img, b.Min, draw.Src)
		return g
	}
	n := image.NewNRGBA(b)
	draw.Draw(n, b, img, b.Min, draw.Src)
	return n
}

// tryLogo registers the image in a scratch document to see whether gofpdf reads it.
func tryLogo(data []byte, kind string) *logoImage {
	p := gofpdf.New("P", "mm", "A4", "")
	info := p.RegisterImageOptionsReader("logo", gofpdf.ImageOptions{ImageType: kind}, bytes.NewReader(data))
	if p.Err() || info == nil || info.Width() <= 0 || info.Height() <= 0 {
		return nil
	}
	if kind == "jpg" {
		// gofpdf does not check a JPEG beyond its header; the decoder does
		if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
			return nil
		}
	}
	return &logoImage{data: data, kind: kind, width: info.Width(), height: info.Height(), digest: sha256.Sum256(data)}
}

// Letterhead sizes: points for type, millimetres for the logo. The regional
// government's and agency's lines and the school's name stand in the ratio 3:4 the
// tata naskah dinas gives them.
const (
	headLineSize   = 12.0
	headNameSize   = 16.0
	headNameMin    = 12.0
	headDetailSize = 10.0
	logoMaxW       = 24.0
	logoMaxH       = 26.0
	logoGap        = 4.0
)

type headLine struct {
	text  string
	style string
	size  float64
}

// letterhead prints the kop surat at the top of the current (first) page: the logos,
// centred lines — the regional government and the agency, or the foundation — the
// school's name in bold capitals, address, contacts and NPSN, and a double rule.
func (d *doc) letterhead() {
	s := d.school
	top := headTop
	// the text is centred on the text width, clear of the logos on both sides
	side := 0.0
	var boxes [2][2]float64
	for i, l := range d.logos {
		if l != nil {
			w, h := logoBox(l)
			boxes[i] = [2]float64{w, h}
			side = max(side, w+logoGap)
		}
	}
	textW := d.right - d.left - 2*side

	var lines []headLine
	add := func(text, style string, size float64) {
		d.font(style, size)
		for _, ln := range d.wrap(clean(text, style, false), textW, 0) {
			lines = append(lines, headLine{ln.text, style, size})
		}
	}
	for _, l := range s.KopLines() {
		add(strings.ToUpper(l), "", headLineSize)
	}
	name := strings.ToUpper(oneLine(s.Name))
	size := headNameSize
	for ; size > headNameMin; size -= 0.5 {
		d.font("B", size)
		if d.width(clean(name, "B", false)) <= textW {
			break
		}
	}
	add(name, "B", size)
	address := oneLine(s.Address)
	if city := oneLine(s.City); city != "" && !strings.Contains(strings.ToLower(address), strings.ToLower(city)) {
		if address != "" {
			address += ", "
		}
		address += city
	}
	if address != "" {
		add(address, "", headDetailSize)
	}
	var parts []string
	for _, p := range [][2]string{
		{"Telepon", s.Phone}, {"Pos-el", s.Email}, {"Laman", s.Website}, {"NPSN", s.NPSN},
	} {
		if v := oneLine(p[1]); v != "" {
			parts = append(parts, p[0]+": "+v)
		}
	}
	// contacts packed into as few centred lines as fit
	d.font("", headDetailSize)
	cur := ""
	for _, part := range parts {
		if cur != "" && d.width(clean(cur+" · "+part, "", false)) <= textW {
			cur += " · " + part
			continue
		}
		if cur != "" {
			add(cur, "", headDetailSize)
		}
		cur = part
	}
	if cur != "" {
		add(cur, "", headDetailSize)
	}

	textH := 0.0
	for _, l := range lines {
		textH += headLineHeight(l.size)
	}
	blockH := textH
	for _, b := range boxes {
		blockH = max(blockH, b[1])
	}
	// the logos, centred on the height of the block
	if l := d.logos[0]; l != nil {
		w, h := boxes[0][0], boxes[0][1]
		d.pdf.ImageOptions(l.name, d.left+(side-logoGap-w)/2, top+(blockH-h)/2, w, h, false, gofpdf.ImageOptions{}, 0, "")
	}
	if l := d.logos[1]; l != nil {
		w, h := boxes[1][0], boxes[1][1]
		d.pdf.ImageOptions(l.name, d.right-side+logoGap+(side-logoGap-w)/2, top+(blockH-h)/2, w, h, false, gofpdf.ImageOptions{}, 0, "")
	}
	y := top + (blockH-textH)/2
	for _, l := range lines {
		d.font(l.style, l.size)
		d.setY(y)
		d.text(d.left+side, textW, l.text, "C")
		y += headLineHeight(l.size)
	}
	// the double rule: thick over thin
	y = top + blockH + 2.5
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, y, d.right, y)
	d.pdf.SetLineWidth(0.25)
	d.pdf.Line(d.left, y+1.3, d.right, y+1.3)
	d.pdf.SetLineWidth(0.2)
	d.setY(y + d.gap(7, 4))
	d.font("", bodySize)
}

// headLineHeight is tighter than body text: a letterhead is a compact block.
func headLineHeight(size float64) float64 { return size * ptToMM * 1.18 }

// logoBox is a logo's size on the page, within logoMaxW × logoMaxH.
func logoBox(l *logoImage) (w, h float64) {
	w, h = logoMaxW, logoMaxW*l.height/l.width
	if h > logoMaxH {
		w, h = logoMaxH*l.width/l.height, logoMaxH
	}
	return w, h
}

// coverLogo is the logo a cover page shows: the school's own when it has one.
func (d *doc) coverLogo() *logoImage {
	if d.logos[1] != nil {
		return d.logos[1]
	}
	return d.logos[0]
}
