package pdf

import (
	"strings"
)

// para is how a paragraph is set.
type para struct {
	style   string  // font style: "", "B", "I"
	size    float64 // points; 0 means bodySize
	align   string  // "J" (default), "L", "C", "R"
	indent  float64 // extra indent of the first line, mm
	left    float64 // indent of the whole paragraph from the left margin, mm
	after   float64 // space after the paragraph, mm
	noSplit bool    // keep the whole paragraph on one page when it fits on one
	// keepNext keeps the paragraph's last lines on the page of what follows: a lead-in
	// ("… sebagai berikut:") with its first item, a closing with the signatures.
	keepNext bool
}

// body is the style of a letter's body paragraph: justified, first line indented.
var body = para{align: "J", indent: 12.5, after: 1.8}

// paragraph prints text wrapped to the text width, breaking across pages cleanly:
// never one line alone at the foot of a page (orphan) or at the top of the next
// (widow). A line break in text starts a new paragraph in the same style.
func (d *doc) paragraph(text string, p para) {
	if p.size == 0 {
		p.size = bodySize
	}
	if p.align == "" {
		p.align = "J"
	}
	d.font(p.style, p.size)
	text = clean(text, p.style, true)
	for _, part := range strings.Split(text, "\n") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		d.wrapped(part, p)
	}
}

// wrapped prints one paragraph without line breaks of its own.
func (d *doc) wrapped(text string, p para) {
	x := d.left + p.left
	w := d.right - x
	lines := d.wrap(text, w, p.indent)
	if p.align == "C" {
		lines = d.balance(text, lines, w, p.indent)
	}
	lh := lineHeight(p.size)
	n := len(lines)
	held := 0
	if p.keepNext || strings.HasSuffix(strings.TrimSpace(text), ":") { // a lead-in goes with what it leads to
		held = min(n, 2) // the last lines wait for what follows
	}
	if n > held && len(d.keep) > 0 {
		d.ensure(float64(min(n-held, 2)) * lh) // what waits for this paragraph comes along
	}
	total := n - held // the lines printed now; the held ones go with the next block
	i := 0
	for i < total {
		fit := int((d.bottom() - d.y() + 0.001) / lh)
		rest := total - i
		switch {
		case rest <= fit:
			fit = rest
		case p.noSplit && float64(n)*lh <= d.bottom()-marginTop:
			fit = 0
		case fit < 2 && !d.atTop():
			fit = 0 // an orphan: begin on the next page
		case rest-fit == 1 && held > 0:
			// the last line printed now is followed by the held ones: no widow
		case rest-fit == 1 && fit > 2:
			fit-- // a widow: take one more line along
		case rest-fit == 1 && !d.atTop():
			fit = 0 // a widow with no line to spare: the paragraph begins on the next page
		}
		if fit == 0 {
			if d.atTop() {
				fit = 1 // a page that cannot hold one line: print anyway
			} else {
				d.pdf.AddPage()
				continue
			}
		}
		for k := 0; k < fit; k++ {
			d.paraLine(lines[i+k], p, x, w)
			d.setY(d.y() + lh)
		}
		i += fit
		if i < total {
			d.pdf.AddPage()
		}
	}
	if held > 0 {
		rest := lines[n-held:]
		d.keepNext(float64(held)*lh, func() {
			for _, ln := range rest {
				d.font(p.style, p.size)
				d.paraLine(ln, p, x, w)
				d.setY(d.y() + lh)
			}
		})
	}
	if p.after > 0 {
		d.space(p.after)
	}
}

// paraLine prints one line of a paragraph at the current y.
func (d *doc) paraLine(ln wrappedLine, p para, x, w float64) {
	align := p.align
	ix := 0.0
	if ln.first {
		ix = p.indent
	}
	if align == "J" && (ln.last || d.loose(ln.text, w-ix)) {
		align = "L"
	}
	d.text(x+ix, w-ix, ln.text, align)
}

// balance rewraps a centred text whose last line would hold a single word (a title
// ending "… DONASI / ALUMNI") in a narrower measure, so that the last line takes two
// words or more; lines as they were when no measure does it.
func (d *doc) balance(text string, lines []wrappedLine, w, indent float64) []wrappedLine {
	lone := func(ls []wrappedLine) bool {
		return len(ls) > 1 && !strings.Contains(ls[len(ls)-1].text, " ")
	}
	if !lone(lines) {
		return lines
	}
	for narrower := w * 0.95; narrower > w*0.5; narrower -= w * 0.05 {
		ls := d.wrap(text, narrower, indent)
		if len(ls) == len(lines) && !lone(ls) {
			return ls
		}
	}
	return lines
}

// loose reports whether justifying s to width w would open gaps wider than four
// spaces: such a line (before a long word such as an e-mail address) reads better
// ragged.
func (d *doc) loose(s string, w float64) bool {
	gaps := strings.Count(s, " ")
	if gaps == 0 {
		return true
	}
	return (w-d.width(s))/float64(gaps) > 3*d.width(" ")
}

type wrappedLine struct {
	text  string
	first bool
	last  bool
}

// wrap breaks text into lines no wider than w (the first line indent narrower) in
// the current font. A word longer than a line is broken between letters.
func (d *doc) wrap(text string, w, indent float64) []wrappedLine {
	words := glue(strings.Fields(text))
	var lines []wrappedLine
	space := d.width(" ")
	var cur strings.Builder
	curW := 0.0
	limit := w - indent
	flush := func() {
		lines = append(lines, wrappedLine{text: cur.String(), first: len(lines) == 0})
		cur.Reset()
		curW = 0
		limit = w
	}
	for _, word := range words {
		ww := d.width(word)
		if cur.Len() > 0 && curW+space+ww <= limit+0.001 {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += space + ww
			continue
		}
		if cur.Len() > 0 {
			flush()
		}
		if ww > limit+0.001 && strings.Contains(word, " ") {
			// words kept together that do not fit on a line go on as they can
			parts := strings.Fields(word)
			for k, part := range parts {
				pw := d.width(part)
				switch {
				case k == 0:
				case curW+space+pw <= limit+0.001:
					cur.WriteByte(' ')
					curW += space
				default:
					flush()
				}
				cur.WriteString(part)
				curW += pw
			}
			continue
		}
		for ww > limit+0.001 {
			// break the long word at the last rune that fits
			runes := []rune(word)
			k := 1
			for k < len(runes) && d.width(string(runes[:k+1])) <= limit {
				k++
			}
			cur.WriteString(string(runes[:k]))
			flush()
			word = string(runes[k:])
			ww = d.width(word)
		}
		cur.WriteString(word)
		curW = ww
	}
	if cur.Len() > 0 || len(lines) == 0 {
		flush()
	}
	lines[len(lines)-1].last = true
	return lines
}

// gluedBefore are words that never end a line: "PARA PIHAK", "PIHAK KESATU",
// "Kota Bandung", "Rp 5.000.000,00", "Pasal 3", "NIP 19680512 …".
var gluedBefore = map[string]bool{
	"PARA": true, "PIHAK": true, "Kota": true, "Kabupaten": true, "Kab.": true, "Provinsi": true,
	"Rp": true, "Rp.": true, "No.": true, "Nomor": true, "Pasal": true, "ayat": true, "huruf": true,
	"NIP": true, "NIP.": true, "NPSN": true, "NPWP": true, "(NPWP)": true, "Telepon:": true, "Pos-el:": true, "Laman:": true, "NPSN:": true,
}

// months are the month names of dates, which never break: "26 November 2026".
var months = map[string]bool{
	"Januari": true, "Februari": true, "Maret": true, "April": true, "Mei": true, "Juni": true,
	"Juli": true, "Agustus": true, "September": true, "Oktober": true, "November": true, "Desember": true,
}

// glue joins words that must stay on one line into one word (with a space): after a
// word of gluedBefore, and before a postal code ("Bandung 40262"). wrap breaks such a
// word at its spaces only when it is wider than a line.
func glue(words []string) []string {
	out := words[:0:0]
	prev := ""
	for _, w := range words {
		join := gluedBefore[prev] && (prev != "PIHAK" || strings.ToUpper(w) == w) ||
			months[w] && len(prev) <= 2 && allOf(prev, "0123456789") || // 26 November
			months[prev] && len(strings.TrimRight(w, ".,;)")) == 4 && allOf(strings.TrimRight(w, ".,;)"), "0123456789") // November 2026
		if len(out) > 0 && (join || isPostalCode(w)) {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		prev = w
	}
	return out
}

// isPostalCode reports whether w is a five-digit Indonesian postal code, possibly
// followed by punctuation.
func isPostalCode(w string) bool {
	w = strings.TrimRight(w, ".,;)")
	return len(w) == 5 && allOf(w, "0123456789")
}

// field is one row of an aligned block such as "Nomor : …".
type field struct {
	label string
	value string
	style string // of the value
}

// fields prints rows of label, colon and value with the colons aligned; a long value
// wraps under itself. valueWidth, when more than 0, narrows the value column of the
// first row (to leave room for something printed at its right).
func (d *doc) fields(rows []field, firstValueWidth float64) {
	d.font("", bodySize)
	labelW := 0.0
	for _, r := range rows {
		labelW = max(labelW, d.width(clean(r.label, "", false)))
	}
	colon := d.left + labelW + 2
	valueX := colon + d.width(":") + 2
	lh := lineHeight(bodySize)
	for i, r := range rows {
		w := d.right - valueX
		if i == 0 && firstValueWidth > 0 {
			w = firstValueWidth
		}
		d.font(r.style, bodySize)
		lines := d.wrap(clean(r.value, r.style, false), w, 0)
		d.ensure(lh * float64(len(lines)))
		d.font("", bodySize)
		d.text(d.left, labelW, r.label, "L")
		d.text(colon, 3, ":", "L")
		d.font(r.style, bodySize)
		for _, ln := range lines {
			d.ensure(lh)
			d.text(valueX, w, ln.text, "L")
			d.setY(d.y() + lh)
		}
	}
	d.font("", bodySize)
}

// valueColumn is where fields would print values: the x of the value column.
func (d *doc) valueColumn(rows []field) float64 {
	d.font("", bodySize)
	labelW := 0.0
	for _, r := range rows {
		labelW = max(labelW, d.width(clean(r.label, "", false)))
	}
	return d.left + labelW + 2 + d.width(":") + 2
}

// heading prints a heading that never sits alone at the foot of a page: it waits
// for the first lines of what follows (keepNext) and goes on their page.
func (d *doc) heading(text string, p para) {
	if p.size == 0 {
		p.size = bodySize
	}
	if p.style == "" {
		p.style = "B"
	}
	if p.align == "" || p.align == "J" {
		p.align = "L"
	}
	d.font(p.style, p.size)
	x := d.left + p.left
	w := d.right - x
	lines := d.wrap(clean(text, p.style, false), w, p.indent)
	lh := lineHeight(p.size)
	d.keepNext(float64(len(lines))*lh, func() {
		d.font(p.style, p.size)
		for _, ln := range lines {
			d.paraLine(ln, p, x, w)
			d.setY(d.y() + lh)
		}
	})
	if p.after > 0 {
		d.space(p.after)
	}
	d.font("", bodySize)
}
