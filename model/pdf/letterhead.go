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

	"github.com/kemitraan/kemitraan/assets"
)

// logoImage is a logo ready for gofpdf: bytes it is known to accept, their type and
// the image's proportions.
type logoImage struct {
	data   []byte
	kind   string // "png", "jpg", "gif"
	width  float64
	height float64
	digest [sha256.Size]byte
}

const logoName = "logo"

func (l *logoImage) register(p *gofpdf.Fpdf) {
	p.RegisterImageOptionsReader(logoName, gofpdf.ImageOptions{ImageType: l.kind}, bytes.NewReader(l.data))
}

var (
	placeholderOnce sync.Once
	placeholder     *logoImage
)

// prepareLogo returns the school's logo in a form gofpdf accepts, or the placeholder
// when the school has none or its logo cannot be read: a broken logo never breaks a
// document.
func prepareLogo(raw []byte) *logoImage {
	if len(raw) > 0 {
		if l := acceptLogo(raw); l != nil {
			return l
		}
	}
	placeholderOnce.Do(func() {
		placeholder = acceptLogo(assets.LogoPlaceholder)
		if placeholder == nil { // cannot happen with the embedded asset; stay safe
			img := image.NewGray(image.Rect(0, 0, 1, 1))
			img.SetGray(0, 0, color.Gray{Y: 255})
			var buf bytes.Buffer
			_ = png.Encode(&buf, img)
			placeholder = acceptLogo(buf.Bytes())
		}
	})
	return placeholder
}

// acceptLogo tries the bytes as they are, then decoded and encoded again as an 8-bit
// PNG (gofpdf refuses 16-bit and interlaced PNG), and returns nil when neither works.
func acceptLogo(raw []byte) *logoImage {
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
	info := p.RegisterImageOptionsReader(logoName, gofpdf.ImageOptions{ImageType: kind}, bytes.NewReader(data))
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

// Letterhead sizes: points for type, millimetres for the logo.
const (
	headLineSize   = 13.0
	headNameSize   = 16.0
	headNameMin    = 12.0
	headDetailSize = 10.0
	logoMaxW       = 26.0
	logoMaxH       = 26.0
	logoGap        = 4.0
)

type headLine struct {
	text  string
	style string
	size  float64
}

// letterhead prints the kop surat at the top of the current (first) page: the logo on
// the left, centred lines — the government/agency or foundation lines, the school's
// name in bold capitals, address, contacts and NPSN — and a double rule.
func (d *doc) letterhead() {
	s := d.school
	top := headTop
	// the text is centred on the text width, clear of the logo on both sides
	logoW, logoH := d.logoBox()
	textW := d.right - d.left - 2*(logoW+logoGap)

	var lines []headLine
	add := func(text, style string, size float64) {
		d.font(style, size)
		for _, ln := range d.wrap(clean(text, style, false), textW, 0) {
			lines = append(lines, headLine{ln.text, style, size})
		}
	}
	for _, l := range s.LetterheadLines {
		if l = strings.TrimSpace(l); l != "" {
			add(strings.ToUpper(l), "", headLineSize)
		}
	}
	name := strings.ToUpper(strings.TrimSpace(s.Name))
	size := headNameSize
	for ; size > headNameMin; size -= 0.5 {
		d.font("B", size)
		if d.width(clean(name, "B", false)) <= textW {
			break
		}
	}
	add(name, "B", size)
	address := strings.TrimSpace(s.Address)
	if city := strings.TrimSpace(s.City); city != "" && !strings.Contains(strings.ToLower(address), strings.ToLower(city)) {
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
		if v := strings.TrimSpace(p[1]); v != "" {
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
	blockH := max(textH, logoH)
	// the logo, centred on the height of the text
	d.pdf.ImageOptions(logoName, d.left, top+(blockH-logoH)/2, logoW, logoH, false, gofpdf.ImageOptions{}, 0, "")
	y := top + (blockH-textH)/2
	for _, l := range lines {
		d.font(l.style, l.size)
		d.setY(y)
		d.text(d.left+logoW+logoGap, textW, l.text, "C")
		y += headLineHeight(l.size)
	}
	// the double rule: thick over thin
	y = top + blockH + 2.5
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(d.left, y, d.right, y)
	d.pdf.SetLineWidth(0.25)
	d.pdf.Line(d.left, y+1.3, d.right, y+1.3)
	d.pdf.SetLineWidth(0.2)
	d.setY(y + 7)
	d.font("", bodySize)
}

// headLineHeight is tighter than body text: a letterhead is a compact block.
func headLineHeight(size float64) float64 { return size * ptToMM * 1.18 }

// logoBox is the logo's size on the page, within logoMaxW × logoMaxH.
func (d *doc) logoBox() (w, h float64) {
	l := d.logo
	w, h = logoMaxW, logoMaxW*l.height/l.width
	if h > logoMaxH {
		w, h = logoMaxH*l.width/l.height, logoMaxH
	}
	return w, h
}
