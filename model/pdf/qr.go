package pdf

import (
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

// drawQR draws modules as filled black rectangles in a size × size square at (x, y),
// one rectangle per horizontal run of dark modules.
func (d *doc) drawQR(rows [][]bool, x, y, size float64) {
	if len(rows) == 0 {
		return
	}
	m := size / float64(len(rows))
	for j, row := range rows {
		for i := 0; i < len(row); {
			if !row[i] {
				i++
				continue
			}
			k := i
			for k < len(row) && row[k] {
				k++
			}
			d.pdf.Rect(x+float64(i)*m, y+float64(j)*m, float64(k-i)*m, m, "F")
			i = k
		}
	}
}
