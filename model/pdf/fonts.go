package pdf

import (
	"bytes"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/assets"
)

// faces are the embedded faces by gofpdf style.
var faces = map[string][]byte{
	"":  assets.SerifRegular,
	"B": assets.SerifBold,
	"I": assets.SerifItalic,
}

// addFont gives p the embedded face of the given style ("", "B", "I"). gofpdf parses
// the font for each document and, when it subsets a composite glyph, writes into the
// bytes it was given: each document gets its own copy, so that documents on several
// goroutines never share what gofpdf writes to.
func addFont(p *gofpdf.Fpdf, style string) {
	p.AddUTF8FontFromBytes(family, style, bytes.Clone(faces[style]))
}
