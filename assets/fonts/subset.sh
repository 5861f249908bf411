#!/bin/sh
# Builds the faces the PDFs embed — Kemitraan Sans (from Liberation Sans, metric-
# compatible with Arial, the face the tata naskah dinas names) and Kemitraan Serif
# (from Liberation Serif, metric-compatible with Times New Roman) — cut down to what
# Indonesian documents print:
#   U+0020-007E  Basic Latin
#   U+00A0-024F  Latin-1 (é, ç, °, ×, ±), Latin Extended-A and -B (ā ī ū ġ ş ğ)
#   U+02B0-02FF  spacing modifiers: ʾ ʿ of transliterated Arabic names, ˆ ˜ ˘
#   U+0300-0304,0306-0308,030A-030C,0323,0327,0328,0331  the combining marks a name
#                typed in decomposed form needs
#   U+1E00-1E9F  Latin Extended Additional without Vietnamese: Ḥ ḥ Ṣ ṣ Ṭ ṭ Ḍ ḍ Ẓ ẓ
#                of "Ma'had Al-Ḥikmah"
#   U+2010-2027,2030,2032-2033,2039-203A,2044  dashes, quotes, bullet, ellipsis, ‰ ′ ″
#   U+20AC,2116,2122,2190-2193,2212,2248,2260,2264-2265,25CF  € № ™ arrows − ≈ ≠ ≤ ≥ ●
# Layout tables (GSUB, GPOS, GDEF), hinting and glyph names are left out: gofpdf uses
# none of them, and every byte of the font is read again for each document.
#
# The SIL Open Font License lets a font be subset, but a Modified Version may not use
# the Reserved Font Names ("Liberation", and "Arimo" and "Tinos" they derive from), so
# the subsets are renamed. The licence travels with them (LICENSE-Liberation.txt) and
# in each font's name table.
#
# Needs fontTools (Debian: python3-fonttools) and the Liberation 2.1.5 fonts (Debian:
# fonts-liberation2). Run from this folder; the outputs are committed, so builds need
# neither.
set -eu
src=${LIBERATION_DIR:-/usr/share/fonts/truetype/liberation2}
py=${PYTHON:-/usr/bin/python3}
ranges="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-0304,U+0306-0308,U+030A-030C,U+0323,U+0327-0328,U+0331,U+1E00-1E9F,U+2010-2027,U+2030,U+2032-2033,U+2039-203A,U+2044,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2248,U+2260,U+2264-2265,U+25CF"
for kind in Sans Serif; do
	for style in Regular Bold Italic; do
		tmp="/tmp/kemitraan-subset-$kind-$style.ttf"
		"$py" -m fontTools.subset "$src/Liberation$kind-$style.ttf" --unicodes="$ranges" \
			--layout-features='' --no-layout-closure --no-hinting --desubroutinize \
			--drop-tables+=GSUB,GPOS,GDEF,kern,FFTM --no-glyph-names \
			--name-IDs='0,1,2,3,4,5,6,13,14' --name-languages=0x409 \
			--output-file="$tmp"
		"$py" - "$kind" "$style" "$tmp" <<'PY'
import sys
from fontTools.ttLib import TTFont
kind, style, tmp = sys.argv[1:]
f = TTFont(tmp, recalcTimestamp=False)
family = "Kemitraan " + kind
full = family + ("" if style == "Regular" else " " + style)
ps = "Kemitraan" + kind + "-" + style
for rec in f["name"].names:
    if rec.nameID in (1, 16):
        rec.string = family
    elif rec.nameID in (4, 18):
        rec.string = full
    elif rec.nameID == 6:
        rec.string = ps
    elif rec.nameID == 3:
        rec.string = full + " (subset of Liberation " + kind + " 2.1.5)"
# a fixed modification date, so that running the script again gives the same bytes
f["head"].modified = f["head"].created
f.save(ps + ".ttf", reorderTables=True)
PY
		rm -f "$tmp"
	done
done
