package pdf

import (
	"strings"
)

// item prints a list entry with a hanging label: "(1)", "a." or "1." at x = left,
// the text wrapped in a column from left + labelW, breaking across pages like a
// paragraph.
func (d *doc) item(label, text string, left, labelW float64, style string) {
	d.font(style, bodySize)
	x := d.left + left + labelW
	w := d.right - x
	lines := d.wrap(clean(text, style, false), w, 0)
	lh := lineHeight(bodySize)
	n := len(lines)
	if n <= 3 && strings.HasSuffix(strings.TrimSpace(text), ":") {
		// a lead-in ("(1) PIHAK PERTAMA berkewajiban:") goes with its first item
		labelX := d.left + left
		d.keepNext(float64(n)*lh, func() {
			d.font(style, bodySize)
			d.text(labelX, labelW, label, "L")
			for _, ln := range lines {
				align := "J"
				if ln.last || d.loose(ln.text, w) {
					align = "L"
				}
				d.text(x, w, ln.text, align)
				d.setY(d.y() + lh)
			}
			d.font("", bodySize)
		})
		d.font("", bodySize)
		return
	}
	if n <= 3 {
		d.ensure(float64(n) * lh) // a short item is never split
	} else {
		d.ensure(2 * lh)
	}
	for i, ln := range lines {
		switch {
		case d.y()+lh > d.bottom():
			d.pdf.AddPage()
		case i >= 2 && n-i == 2 && d.y()+2*lh > d.bottom():
			d.pdf.AddPage() // the last line never goes alone to the next page
		}
		if i == 0 {
			d.text(d.left+left, labelW, label, "L")
		}
		align := "J"
		if ln.last || d.loose(ln.text, w) {
			align = "L"
		}
		d.text(x, w, ln.text, align)
		d.setY(d.y() + lh)
	}
	d.font("", bodySize)
}

// itemsHeight is the height list items with labels of width labelW at left take.
func (d *doc) itemsHeight(texts []string, left, labelW float64) float64 {
	d.font("", bodySize)
	n := 0
	for _, t := range texts {
		n += len(d.wrap(clean(t, "", false), d.right-d.left-left-labelW, 0))
	}
	return float64(n) * lineHeight(bodySize)
}

// clause prints the text of an article as its template wrote it: a line "(1) …" is an
// ayat with a hanging number, a line "a. …" or "1. …" a list entry (under an ayat when
// one came before), any other line a justified paragraph.
func (d *doc) clause(text string, left float64) {
	inAyat := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		label, rest := listLabel(line)
		switch {
		case strings.HasPrefix(label, "("):
			inAyat = true
			d.item(label, rest, left, 10, "")
		case label != "":
			indent := left
			if inAyat {
				indent += 10
			}
			d.item(label, rest, indent, 7, "")
		default:
			inAyat = false
			d.paragraph(line, para{align: "J", left: left, after: 0.8, keepNext: strings.HasSuffix(line, ":")})
		}
	}
}

// listLabel splits "(1) text", "a. text" or "12. text" into its label and text.
func listLabel(line string) (label, rest string) {
	sp := strings.IndexByte(line, ' ')
	if sp <= 0 || sp > 5 {
		return "", line
	}
	l := line[:sp]
	isLabel := false
	switch {
	case l[0] == '(' && l[len(l)-1] == ')' && len(l) > 2:
		isLabel = allOf(l[1:len(l)-1], "0123456789")
	case l[len(l)-1] == '.' && len(l) > 1:
		body := l[:len(l)-1]
		isLabel = allOf(body, "0123456789") || (len(body) <= 2 && allOf(body, "abcdefghijklmnopqrstuvwxyz"))
	}
	if !isLabel {
		return "", line
	}
	return l, strings.TrimSpace(line[sp+1:])
}

func allOf(s, set string) bool {
	for _, r := range s {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return s != ""
}

// column is one column of a table.
type column struct {
	title string
	align string // "L" (default), "C", "R"; columns are sized by content (columnWidths)
}

// columnWidths sizes a table's columns by their content across the width avail: each
// column at least as wide as its longest word, and what is left shared in proportion
// to how much more each column's longest text needs — a short number column stays
// narrow, a long partner name gets room rather than a ten-line cell. When every text
// fits on one line, the spare width goes to the text (left-aligned) columns.
func (d *doc) columnWidths(cols []column, rows []tableRow, avail float64, whole map[int]bool) []float64 {
	n := len(cols)
	minW := make([]float64, n)
	maxW := make([]float64, n)
	measure := func(i int, s, style string, head bool) {
		d.font(style, tableSize)
		s = clean(s, style, false)
		for _, w := range glue(strings.Fields(s)) {
			minW[i] = max(minW[i], d.width(w)+2*cellPad+0.5)
		}
		maxW[i] = max(maxW[i], d.width(oneLine(s))+2*cellPad+0.5)
		if whole[i] && !head {
			minW[i] = maxW[i] // a cell kept on one line: "XII TKR 1"
		}
	}
	for i, c := range cols {
		measure(i, c.title, "B", true)
	}
	for _, r := range rows {
		style := ""
		if r.bold {
			style = "B"
		}
		for i := 0; i < n && i < len(r.cells); i++ {
			measure(i, r.cells[i], style, false)
		}
	}
	widths := make([]float64, n)
	sum := func(v []float64) (t float64) {
		for _, x := range v {
			t += x
		}
		return t
	}
	switch sumMax, sumMin := sum(maxW), sum(minW); {
	case sumMax <= avail:
		// everything fits on one line: the spare goes to the text columns
		var share []float64
		for i, c := range cols {
			if c.align == "" || c.align == "L" {
				share = append(share, maxW[i])
			} else {
				share = append(share, 0)
			}
		}
		if sum(share) == 0 {
			share = maxW
		}
		for i := range widths {
			widths[i] = maxW[i] + (avail-sumMax)*share[i]/sum(share)
		}
	case sumMin <= avail:
		for i := range widths {
			widths[i] = minW[i] + (avail-sumMin)*(maxW[i]-minW[i])/(sumMax-sumMin)
		}
	default:
		// words longer than the table is wide: each column in proportion
		for i := range widths {
			widths[i] = avail * minW[i] / sumMin
		}
	}
	return widths
}

// tableRow is one row; bold rows (totals) print in bold.
type tableRow struct {
	cells []string
	bold  bool
	minH  float64 // the row's least height, mm: room to write in by hand
}

const (
	cellPad   = 1.5  // mm inside each side of a cell
	tableSize = 10.5 // points
)

// table prints a table across the text width from x = left: a bold header row on a
// grey ground, repeated at the top of every page the table continues on; cells wrap;
// a row never splits across pages.
func (d *doc) table(left float64, cols []column, rows []tableRow) {
	d.tableWhole(left, cols, rows, nil)
}

// tableWhole prints a table as table does, the cells of the columns in whole each on
// one line when the table's width allows (a class, "XII TKR 1", is not split).
func (d *doc) tableWhole(left float64, cols []column, rows []tableRow, whole map[int]bool) {
	x0 := d.left + left
	widths := d.columnWidths(cols, rows, d.right-x0, whole)
	lh := lineHeight(tableSize)
	layout := func(cells []string, style string) ([][]wrappedLine, float64) {
		d.font(style, tableSize)
		out := make([][]wrappedLine, len(cols))
		n := 1
		for i := range cols {
			s := ""
			if i < len(cells) {
				s = cells[i]
			}
			out[i] = d.wrap(clean(s, style, false), widths[i]-2*cellPad, 0)
			n = max(n, len(out[i]))
		}
		return out, float64(n)*lh + 2*cellPad
	}
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.title
	}
	headLines, headH := layout(header, "B")
	draw := func(lines [][]wrappedLine, h float64, style string, fill bool, head bool) {
		y := d.y()
		x := x0
		d.pdf.SetLineWidth(0.2)
		if fill {
			d.pdf.SetFillColor(230, 230, 230)
		}
		for i := range cols {
			mode := "D"
			if fill {
				mode = "FD"
			}
			d.pdf.Rect(x, y, widths[i], h, mode)
			d.font(style, tableSize)
			align := cols[i].align
			if head || align == "" {
				align = "L"
			}
			if head {
				align = "C"
			}
			for k, ln := range lines[i] {
				d.setY(y + cellPad + float64(k)*lh)
				d.text(x+cellPad, widths[i]-2*cellPad, ln.text, align)
			}
			x += widths[i]
		}
		d.setY(y + h)
	}
	printHeader := func() { draw(headLines, headH, "B", true, true) }

	for i, r := range rows {
		style := ""
		if r.bold {
			style = "B"
		}
		lines, h := layout(r.cells, style)
		h = max(h, r.minH)
		switch {
		case i == 0:
			d.ensure(headH + h) // with a heading or lead-in waiting for the table
			printHeader()
		case d.y()+h > d.bottom():
			d.pdf.AddPage()
			printHeader()
		}
		draw(lines, h, style, false, false)
	}
	if len(rows) == 0 {
		d.ensure(headH)
		printHeader()
	}
	d.font("", bodySize)
	d.space(2)
}

// tableHeights is the height of a table's header and of each of its rows as
// tableWhole prints them, for a document that fits what follows a table to its page.
func (d *doc) tableHeights(left float64, cols []column, rows []tableRow, whole map[int]bool) (head float64, heights []float64) {
	widths := d.columnWidths(cols, rows, d.right-d.left-left, whole)
	lh := lineHeight(tableSize)
	height := func(cells []string, style string) float64 {
		d.font(style, tableSize)
		n := 1
		for i := range cols {
			if i < len(cells) {
				n = max(n, len(d.wrap(clean(cells[i], style, false), widths[i]-2*cellPad, 0)))
			}
		}
		return float64(n)*lh + 2*cellPad
	}
	titles := make([]string, len(cols))
	for i, c := range cols {
		titles[i] = c.title
	}
	head = height(titles, "B")
	for _, r := range rows {
		style := ""
		if r.bold {
			style = "B"
		}
		heights = append(heights, max(height(r.cells, style), r.minH))
	}
	d.font("", bodySize)
	return head, heights
}
