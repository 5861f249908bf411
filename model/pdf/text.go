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
	lh := lineHeight(p.size)
	n := len(lines)
	i := 0
	for i < n {
		fit := int((d.bottom() - d.y() + 0.001) / lh)
		rest := n - i
		switch {
		case rest <= fit:
			fit = rest
		case p.noSplit && float64(n)*lh <= d.bottom()-marginTop:
			fit = 0
		case fit < 2 && d.y() > marginTop+0.01:
			fit = 0 // an orphan: begin on the next page
		case rest-fit == 1 && fit > 2:
			fit-- // a widow: take one more line along
		}
		if fit == 0 {
			if d.y() <= marginTop+0.01 {
				fit = 1 // a page that cannot hold one line: print anyway
			} else {
				d.pdf.AddPage()
				continue
			}
		}
		for k := 0; k < fit; k++ {
			ln := lines[i+k]
			align := p.align
			ix := 0.0
			if ln.first {
				ix = p.indent
			}
			if align == "J" && (ln.last || d.loose(ln.text, w-ix)) {
				align = "L"
			}
			d.text(x+ix, w-ix, ln.text, align)
			d.setY(d.y() + lh)
		}
		i += fit
		if i < n {
			d.pdf.AddPage()
		}
	}
	if p.after > 0 {
		d.space(p.after)
	}
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
	words := strings.Fields(text)
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

// heading prints a heading that never sits alone at the foot of a page: it moves to
// the next page unless it and the first two lines of what follows fit on this one.
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
	n := len(d.wrap(clean(text, p.style, false), d.right-d.left-p.left, p.indent))
	d.ensure(float64(n)*lineHeight(p.size) + p.after + 2*lineHeight(bodySize))
	d.paragraph(text, p)
}
