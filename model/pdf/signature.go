package pdf

import (
	"cmp"
	"strings"
)

// signature is one signature block: the lines above the signature (place and date,
// the position), room for the signature and the stamp, the name bold and underlined,
// and an identity line ("NIP. …") when there is one.
type signature struct {
	above []string // e.g. "Bandung, 26 November 2026", "Kepala SMP Negeri 1 Bandung,"
	name  string
	id    string  // "NIP. 19680512 199303 1 007"; empty to leave out
	room  float64 // height for signature and stamp, mm; 0 means sigRoom
	stamp stamp   // the stamp duty's place in the room
}

// stamp is where a signature's stamp duty (meterai) goes.
type stamp int

const (
	stampNone       stamp = iota
	stampPaper            // a dashed box marked "Meterai Rp10.000", signed across
	stampElectronic       // a clear space beside the signature for the e-Meterai
)

// eMeteraiSpace is the clear square left for an e-Meterai, which portals place at
// about 2.5 cm; nothing is printed in it.
const eMeteraiSpace = 27.0

// sigRoom leaves room for a signature and the school's stamp (cap) across it.
const sigRoom = 22.0

// signatures prints blocks side by side in equal columns from x to the right margin,
// all on one page: when they do not fit below the text, they start the next page.
// The rooms for the signatures, and so the names under them, are level across the
// columns even when one position takes more lines than the other.
func (d *doc) signatures(x float64, blocks ...signature) {
	if len(blocks) == 0 {
		return
	}
	colW := (d.right - x) / float64(len(blocks))
	lh := lineHeight(bodySize)
	type laid struct {
		above []string
		name  []string
		id    []string
	}
	all := make([]laid, len(blocks))
	var aboveH, room, belowH float64
	for i, b := range blocks {
		var l laid
		d.font("", bodySize)
		for _, a := range b.above {
			for _, ln := range d.wrap(clean(a, "", false), colW-2, 0) {
				l.above = append(l.above, ln.text)
			}
		}
		d.font("B", bodySize)
		for _, ln := range d.wrap(clean(strings.TrimSpace(b.name), "B", false), colW-2, 0) {
			l.name = append(l.name, ln.text)
		}
		if id := strings.TrimSpace(b.id); id != "" {
			d.font("", bodySize)
			for _, ln := range d.wrap(clean(id, "", false), colW-2, 0) {
				l.id = append(l.id, ln.text)
			}
		}
		all[i] = l
		aboveH = max(aboveH, float64(len(l.above))*lh)
		room = max(room, cmp.Or(b.room, sigRoom))
		if b.stamp == stampElectronic {
			room = max(room, eMeteraiSpace+3)
		}
		belowH = max(belowH, float64(len(l.name)+len(l.id))*lh)
	}
	height := aboveH + room + belowH
	// what must stay with the signatures (a letter's tembusan) comes onto their page
	d.ensure(height + d.reserve)
	d.reserve = 0
	top := d.y()
	for i, l := range all {
		cx := x + float64(i)*colW
		y := top
		d.font("", bodySize)
		for _, s := range l.above {
			d.setY(y)
			d.text(cx, colW, s, "L")
			y += lh
		}
		y = top + aboveH
		if blocks[i].stamp == stampPaper {
			d.meterai(cx+2, y+3, room-6)
		}
		y += room
		d.font("BU", bodySize)
		for _, s := range l.name {
			d.setY(y)
			d.text(cx, colW, s, "L")
			y += lh
		}
		d.font("", bodySize)
		for _, s := range l.id {
			d.setY(y)
			d.text(cx, colW, s, "L")
			y += lh
		}
	}
	d.setY(top + height)
	d.font("", bodySize)
}

// meterai draws the place of the stamp-duty seal: a dashed box with its value.
func (d *doc) meterai(x, y, h float64) {
	w := h * 1.25
	d.pdf.SetDashPattern([]float64{1, 0.8}, 0)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Rect(x, y, w, h, "D")
	d.pdf.SetDashPattern(nil, 0)
	d.font("", 7.5)
	d.setY(y + h/2 - lineHeight(7.5))
	d.text(x, w, "Meterai", "C")
	d.setY(y + h/2)
	d.text(x, w, "Rp10.000", "C")
	d.font("", bodySize)
}
