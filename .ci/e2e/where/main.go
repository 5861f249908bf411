// Command where finds a widget in the layout the real-window test's build of
// Kemitraan writes on SIGUSR1 (cmd/kemitraan/e2edump.go), for .ci/e2e-test.sh:
//
//	where LAYOUT [flags]
//
// It prints "X Y", the middle of the visible part of the first match (top to
// bottom, then left to right), and exits 0; when the match is there but hidden by a
// scroll (less than 70 % of it visible), it prints "above X Y" or "below X Y" (the
// middle of that scroll, where the wheel turns it) and exits 2; when nothing
// matches, it prints what is there to stderr and exits 1. After "above X Y" or
// "below X Y" comes how many clicks of the wheel should bring it into view.
//
//	-kind K         text, entry, select, button, check (default: any)
//	-text T         the text is exactly T (an entry's or a select's value)
//	-prefix T       the text starts with T
//	-ph T           the placeholder is exactly T (entries, selects)
//	-below T        the first match below the visible text T that overlaps it across
//	-right T        the first match right of the visible text T, on its line (a form's label)
//	-label N        with -below or -right: the N-th text T, top to bottom (default 1)
//	-nth N          the N-th match (from 1), top to bottom
//	-last           the last match in the layout's order (a dialog's, over the window)
//	-minx, -maxx, -miny, -maxy   the match's middle lies within (pixels)
//	-enabled        a button that is not disabled
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type item struct {
	kind             string
	x, y, w, h       float64
	vx, vy, vw, vh   float64
	cx, cy, cw, ch   float64
	text, ph, source string
}

func (it item) midX() float64 { return it.x + it.w/2 }
func (it item) midY() float64 { return it.y + it.h/2 }

// visible reports whether most of it shows.
func (it item) visible() bool { return it.h > 0 && it.vh >= 0.7*it.h && it.vw > 0 }

func main() {
	kind := flag.String("kind", "", "")
	text := flag.String("text", "", "")
	prefix := flag.String("prefix", "", "")
	ph := flag.String("ph", "", "")
	below := flag.String("below", "", "")
	right := flag.String("right", "", "")
	labelN := flag.Int("label", 1, "")
	nth := flag.Int("nth", 1, "")
	minx := flag.Float64("minx", -1, "")
	maxx := flag.Float64("maxx", 1e9, "")
	miny := flag.Float64("miny", -1, "")
	maxy := flag.Float64("maxy", 1e9, "")
	enabled := flag.Bool("enabled", false, "")
	last := flag.Bool("last", false, "")
	flag.CommandLine.Parse(os.Args[2:])

	items := read(os.Args[1])
	match := func(it item) bool {
		switch {
		case *kind != "" && it.kind != *kind,
			*text != "" && it.text != *text,
			*prefix != "" && !strings.HasPrefix(it.text, *prefix),
			*ph != "" && it.ph != *ph,
			*enabled && it.ph == "disabled",
			it.midX() < *minx || it.midX() > *maxx || it.midY() < *miny || it.midY() > *maxy:
			return false
		}
		return it.h > 0
	}
	var found []item
	if name := *below + *right; name != "" {
		var labels []item
		for _, it := range items {
			if it.kind == "text" && it.text == name {
				labels = append(labels, it)
			}
		}
		sort.SliceStable(labels, func(i, j int) bool { return labels[i].y < labels[j].y })
		// the N-th of the texts that label a match (the same words elsewhere, in the
		// checklist say, label nothing)
		n := 0
		for _, label := range labels {
			var under []item
			for _, it := range items {
				if !match(it) {
					continue
				}
				if *below != "" && it.y >= label.y+label.h-2 && it.x <= label.x+label.w && it.x+it.w >= label.x ||
					*right != "" && it.x >= label.x+label.w-2 && it.y <= label.midY() && it.y+it.h >= label.midY() {
					under = append(under, it)
				}
			}
			if len(under) == 0 {
				continue
			}
			if n++; n < *labelN {
				continue
			}
			sort.SliceStable(under, func(i, j int) bool {
				if under[i].y != under[j].y {
					return under[i].y < under[j].y
				}
				return under[i].x < under[j].x
			})
			found = under[:1]
			break
		}
		if len(found) == 0 {
			fail(items, "%d text(s) %q, none with the %d-th match beside", len(labels), name, *labelN)
		}
	} else if *last {
		for _, it := range items {
			if match(it) {
				found = []item{it}
			}
		}
	} else {
		for _, it := range items {
			if match(it) {
				found = append(found, it)
			}
		}
		sort.SliceStable(found, func(i, j int) bool {
			if found[i].y != found[j].y {
				return found[i].y < found[j].y
			}
			return found[i].x < found[j].x
		})
	}
	if len(found) < *nth {
		fail(items, "%d match(es), want the %d-th", len(found), *nth)
	}
	it := found[*nth-1]
	if !it.visible() {
		// how far the scroll must go, in wheel clicks: a click moves a form by some
		// tens of pixels, so a guess on the short side, refined on the next look
		where, dist := "below", it.y+it.h-(it.cy+it.ch)
		if it.y < it.cy {
			where, dist = "above", it.cy-it.y
		}
		clicks := min(max(int(dist/40)+1, 1), 80)
		fmt.Printf("%s %.0f %.0f %d\n", where, it.cx+it.cw/2, it.cy+it.ch/2, clicks)
		os.Exit(2)
	}
	fmt.Printf("%.0f %.0f\n", it.vx+it.vw/2, it.vy+it.vh/2)
}

func read(path string) []item {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var items []item
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1<<20), 1<<20)
	for s.Scan() {
		p := strings.Split(s.Text(), "\t")
		if len(p) < 15 {
			continue
		}
		n := func(i int) float64 { v, _ := strconv.ParseFloat(p[i], 64); return v }
		items = append(items, item{kind: p[0], x: n(1), y: n(2), w: n(3), h: n(4), vx: n(5), vy: n(6), vw: n(7), vh: n(8),
			cx: n(9), cy: n(10), cw: n(11), ch: n(12), text: p[13], ph: p[14], source: s.Text()})
	}
	return items
}

func fail(items []item, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "where: "+format+"; the window shows:\n", args...)
	for _, it := range items {
		if it.vh > 0 && it.text+it.ph != "" {
			fmt.Fprintf(os.Stderr, "  %s %q %q at %.0f,%.0f\n", it.kind, it.text, it.ph, it.x, it.y)
		}
	}
	os.Exit(1)
}
