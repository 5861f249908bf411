package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold is s as search compares it: lower case, with the accents of Latin letters
// removed ("Sékolah Çahaya" → "sekolah cahaya", "Ma'had Al-Ḥikmah" → "ma'had al-hikmah").
// It covers Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional,
// where the letters of Indonesian names, European names and Arabic transliteration
// live; ligatures become two letters (æ → ae, ß → ss). Combining accents typed apart
// from their letter are dropped, and the apostrophes and ʿayn/hamza signs of
// transliteration all become "'". Other characters are only lowered.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case r >= 0x0300 && r <= 0x036F: // combining diacritical marks
			continue
		}
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldRune is the folded form of one non-ASCII letter, when the tables know it.
func foldRune(r rune) (string, bool) {
	if m, ok := foldMulti[r]; ok {
		return m, true
	}
	var c byte = '_'
	switch {
	case r >= 0x00C0 && r < 0x00C0+rune(len(foldLatin1Ext)):
		c = foldLatin1Ext[r-0x00C0]
	case r >= 0x1E00 && r < 0x1E00+rune(len(foldLatinAdditional)):
		c = foldLatinAdditional[r-0x1E00]
	}
	if c == '_' {
		return "", false
	}
	return foldASCII[c-'a' : c-'a'+1], true
}

const foldASCII = "abcdefghijklmnopqrstuvwxyz"

// foldLatin1Ext maps U+00C0 … U+024F (Latin-1 Supplement, Latin Extended-A and -B)
// to the base letter, one byte per code point; "_" is a character left as it is.
// It was generated from Unicode's decompositions (NFD without the marks).
const foldLatin1Ext = "" +
	"aaaaaa_ceeeeiiiidnooooo_ouuuuy__aaaaaa_ceeeeiiiidnooooo_ouuuuy_y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkklllllll" +
	"lllnnnnnnnnnoooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz_" +
	"bbbbbb_cc_ddd____ff_____kkl___n_oo__pp_____ttt_uu__yyzz_________" +
	"_____________aaiioouuuuuuuuuu_aaaa____ggkkoooo__j___gg__nnaa__oo" +
	"aaaaeeeeiiiioooorrrruuuusstt__hhnd__zzaaeeooooooooyylntj___ccl__" +
	"___b__eejjqqrryy"

// foldLatinAdditional maps U+1E00 … U+1EFF (Latin Extended Additional: ḥ, ṣ, ṭ, ẓ, ḍ
// of Arabic transliteration, and the Vietnamese letters) the same way.
const foldLatinAdditional = "" +
	"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
	"mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
	"wwwwwwwwwwxxxxyyzzzzzzhtwyasss_daaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
	"eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______"

// foldMulti are the letters that fold to two, and the apostrophe-like signs.
var foldMulti = map[rune]string{
	'Æ': "ae", 'æ': "ae", 'Ǣ': "ae", 'ǣ': "ae", 'Ǽ': "ae", 'ǽ': "ae",
	'Œ': "oe", 'œ': "oe", 'Ĳ': "ij", 'ĳ': "ij",
	'Þ': "th", 'þ': "th", 'ß': "ss", 'ẞ': "ss",
	'Ø': "o", 'ø': "o", 'Đ': "d", 'đ': "d", 'Ð': "d", 'ð': "d", 'Ħ': "h", 'ħ': "h",
	'ı': "i", 'Ł': "l", 'ł': "l", 'Ŀ': "l", 'ŀ': "l", 'Ŧ': "t", 'ŧ': "t", 'Ŋ': "n", 'ŋ': "n",
	// apostrophes, and ʿayn and hamza as transliteration writes them
	'‘': "'", '’': "'", 'ʼ': "'", 'ʾ': "'", 'ʿ': "'", '´': "'",
}
