package pdf

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
)

// glyphSet says which runes of the Basic Multilingual Plane a font has a glyph for.
// gofpdf's UTF-8 fonts only handle the BMP: a rune beyond it (an emoji) makes it
// write broken text or panic, and a rune the font lacks prints as an empty box.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && g[r>>6]&(1<<(uint(r)&63)) != 0
}

func (g *glyphSet) add(r int) {
	if r >= 0 && r < 0x10000 {
		g[r>>6] |= 1 << (uint(r) & 63)
	}
}

var (
	glyphsOnce sync.Once
	glyphs     map[string]*glyphSet // by style: "", "B", "I"
)

// fontGlyphs returns the runes the embedded faces of the given style all have a glyph
// for, in either typeface: text cleaned with it prints the same in both.
func fontGlyphs(style string) *glyphSet {
	glyphsOnce.Do(func() {
		glyphs = map[string]*glyphSet{}
		for _, st := range []string{"", "B", "I"} {
			var all *glyphSet
			for _, tf := range typefaces {
				g := readGlyphSet(tf.faces[st])
				if all == nil {
					all = g
					continue
				}
				for i := range all {
					all[i] &= g[i]
				}
			}
			glyphs[st] = all
		}
	})
	style = strings.ReplaceAll(strings.ToUpper(style), "U", "")
	if g, ok := glyphs[style]; ok {
		return g
	}
	return glyphs[""]
}

// readGlyphSet reads the Unicode BMP subtable (format 4) of a TrueType font's cmap.
// A font it cannot read gives an empty set, so that text prints as "?" rather than
// garbage.
func readGlyphSet(ttf []byte) *glyphSet {
	g := new(glyphSet)
	u16 := func(off int) int {
		if off < 0 || off+2 > len(ttf) {
			return -1
		}
		return int(binary.BigEndian.Uint16(ttf[off:]))
	}
	u32 := func(off int) int {
		if off < 0 || off+4 > len(ttf) {
			return -1
		}
		return int(binary.BigEndian.Uint32(ttf[off:]))
	}
	// table directory
	cmap := -1
	for i, n := 0, u16(4); i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return g
		}
		if string(ttf[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 {
		return g
	}
	sub := -1
	for i, n := 0, u16(cmap+2); i < n; i++ {
		rec := cmap + 4 + 8*i
		platform, encoding := u16(rec), u16(rec+2)
		if (platform == 3 && encoding == 1) || (platform == 0 && sub < 0) {
			if off := u32(rec + 4); off >= 0 && u16(cmap+off) == 4 {
				sub = cmap + off
			}
		}
	}
	if sub < 0 {
		return g
	}
	segX2 := u16(sub + 6)
	if segX2 <= 0 {
		return g
	}
	ends := sub + 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	rangeOffsets := deltas + segX2
	for s := 0; s < segX2/2; s++ {
		end, start := u16(ends+2*s), u16(starts+2*s)
		delta, ro := u16(deltas+2*s), u16(rangeOffsets+2*s)
		if end < 0 || start < 0 || delta < 0 || ro < 0 {
			return g
		}
		for c := start; c <= end && c != 0xFFFF; c++ {
			glyph := 0
			if ro == 0 {
				glyph = (c + delta) & 0xFFFF
			} else if gi := u16(rangeOffsets + 2*s + ro + 2*(c-start)); gi > 0 {
				glyph = (gi + delta) & 0xFFFF
			}
			if glyph != 0 {
				g.add(c)
			}
		}
	}
	return g
}

// clean makes text safe to print in the given style: line breaks are kept only when
// keepNewlines is set (else they become spaces), tabs become spaces, other control
// characters are dropped, and a rune the font has no glyph for becomes "?".
func clean(s, style string, keepNewlines bool) string {
	g := fontGlyphs(style)
	ok := true
	for _, r := range s {
		if r == utf8RuneError || r < 0x20 || !g.has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune('\n')
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
			// dropped
		case unicode.Is(unicode.Variation_Selector, r) || r == 0x200D:
			// emoji modifiers: the "?" of the emoji says enough
		case r == utf8RuneError || !g.has(r):
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

const utf8RuneError = '\uFFFD'
