package pdf

import (
	"fmt"
	"sync"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/assets"
)

// faces are the embedded faces by gofpdf style.
var faces = map[string][]byte{
	"":  assets.SerifRegular,
	"B": assets.SerifBold,
	"I": assets.SerifItalic,
}

// parsedFaces parses the embedded faces once for all documents: parsing a TrueType
// font is most of the cost of a document with gofpdf (about 1.8 ms a face), and none
// of it depends on the document. ParseUTF8Font and AddParsedUTF8Font are a patch of our
// copy of gofpdf (model/pdf/gofpdf/README.md).
var parsedFaces = sync.OnceValues(func() (map[string]*gofpdf.UTF8Font, error) {
	parsed := map[string]*gofpdf.UTF8Font{}
	for style, ttf := range faces {
		font, err := gofpdf.ParseUTF8Font(family, style, ttf)
		if err != nil {
			return nil, fmt.Errorf("huruf %q tidak terbaca: %w", family+style, err)
		}
		parsed[style] = font
	}
	return parsed, nil
})

// addFont gives p the embedded face of the given style ("", "B", "I").
func addFont(p *gofpdf.Fpdf, style string) {
	parsed, err := parsedFaces()
	if err != nil {
		p.SetError(err)
		return
	}
	p.AddParsedUTF8Font(parsed[style])
}
