package pdf

import (
	"bytes"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// typeface is one of the embedded families: gofpdf's family name for it, and its
// three faces by gofpdf style with the PostScript names the PDF gives them.
type typeface struct {
	family string
	faces  map[string][]byte
	names  map[string]string
}

var typefaces = map[model.Face]typeface{
	model.FaceSans: {
		family: "sans",
		faces:  map[string][]byte{"": assets.SansRegular, "B": assets.SansBold, "I": assets.SansItalic},
		names:  map[string]string{"": "KemitraanSans-Regular", "B": "KemitraanSans-Bold", "I": "KemitraanSans-Italic"},
	},
	model.FaceSerif: {
		family: "serif",
		faces:  map[string][]byte{"": assets.SerifRegular, "B": assets.SerifBold, "I": assets.SerifItalic},
		names:  map[string]string{"": "KemitraanSerif-Regular", "B": "KemitraanSerif-Bold", "I": "KemitraanSerif-Italic"},
	},
}

// addFont gives p the embedded face of the given style ("", "B", "I"). gofpdf parses
// the font for each document and, when it subsets a composite glyph, writes into the
// bytes it was given: each document gets its own copy, so that documents on several
// goroutines never share what gofpdf writes to.
func addFont(p *gofpdf.Fpdf, tf typeface, style string) {
	p.AddUTF8FontFromBytes(tf.family, style, bytes.Clone(tf.faces[style]))
}

// fontNames maps the names gofpdf gives the embedded fonts in the PDF ("utf8sansB":
// "utf8" and its font key) to their PostScript names, for every typeface.
var fontNames = func() map[string]string {
	m := map[string]string{}
	for _, tf := range typefaces {
		for style, name := range tf.names {
			m["utf8"+tf.family+style] = name
		}
	}
	return m
}()
