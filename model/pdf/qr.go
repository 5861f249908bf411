package pdf

import (
	"fmt"
	"strings"

	"github.com/boombuler/barcode/qr"
)

// qrModules returns the dark modules of the QR code of s, row by row, or nil when s
// cannot be encoded (it always can: a document code is 14 characters).
//
// The QR code comes from github.com/boombuler/barcode, the library gofpdf's own
// contrib/barcode builds on; it is drawn here as vector rectangles rather than
// through contrib/barcode's PNG images: sharper in print, smaller, and no image to
// encode per document.
func qrModules(s string) [][]bool {
	code, err := qr.Encode(s, qr.M, qr.AlphaNumeric)
	if err != nil {
		if code, err = qr.Encode(s, qr.M, qr.Auto); err != nil {
			return nil
		}
	}
	b := code.Bounds()
	rows := make([][]bool, b.Dy())
	for y := range rows {
		rows[y] = make([]bool, b.Dx())
		for x := range rows[y] {
			r, _, _, _ := code.At(b.Min.X+x, b.Min.Y+y).RGBA()
			rows[y][x] = r < 0x8000
		}
	}
	return rows
}

// qrDrawing returns the PDF operators that fill the dark modules black in a
// size × size square at (x, y): one rectangle per horizontal run of dark modules, and
// one fill for them all. The fill colour must be black when it is written.
func (d *doc) qrDrawing(rows [][]bool, x, y, size float64) string {
	if len(rows) == 0 {
		return ""
	}
	k := d.pdf.GetConversionRatio() // points per millimetre
	m := size / float64(len(rows))
	var b strings.Builder
	for j, row := range rows {
		for i := 0; i < len(row); {
			if !row[i] {
				i++
				continue
			}
			n := i
			for n < len(row) && row[n] {
				n++
			}
			// PDF space has its origin at the bottom left, gofpdf's at the top left
			fmt.Fprintf(&b, "%.2f %.2f %.2f %.2f re\n",
				(x+float64(i)*m)*k, (d.pageH-y-float64(j)*m)*k, float64(n-i)*m*k, -m*k)
			i = n
		}
	}
	b.WriteString("f")
	return b.String()
}
