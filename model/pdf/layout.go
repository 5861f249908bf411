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
	d.ensure(min(2, float64(len(lines))) * lh)
	for i, ln := range lines {
		d.ensure(lh)
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
			d.paragraph(line, para{align: "J", left: left, after: 0.8})
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
	width float64 // a share of the table's width; the shares need not add up to 1
	align string  // "L" (default), "C", "R"
}

// tableRow is one row; bold rows (totals) print in bold.
type tableRow struct {
	cells []string
	bold  bool
}

const (
	cellPad   = 1.5  // mm inside each side of a cell
	tableSize = 10.5 // points
)

// table prints a table across the text width from x = left: a bold header row on a
// grey ground, repeated at the top of every page the table continues on; cells wrap;
// a row never splits across pages.
func (d *doc) table(left float64, cols []column, rows []tableRow) {
	x0 := d.left + left
	total := 0.0
	for _, c := range cols {
		total += c.width
	}
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = (d.right - x0) * c.width / total
	}
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
		need := h
		if i == 0 {
			need += headH
		}
		if d.y()+need > d.bottom() {
			if d.y() > marginTop+0.01 {
				d.pdf.AddPage()
			}
			printHeader()
		} else if i == 0 {
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
