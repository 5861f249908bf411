#!/bin/sh
# Builds the Kemitraan Serif faces the PDFs embed: Liberation Serif cut down to the
# characters Indonesian documents need (Basic Latin, Latin-1, Latin Extended-A and -B,
# IPA/spacing modifiers, combining marks, Latin Extended Additional — "Ḥ" of
# "Ma'had Al-Ḥikmah" — general punctuation, currency and letterlike symbols).
#
# The SIL Open Font License lets a font be subset, but a Modified Version may not use
# the Reserved Font Names ("Liberation", and "Tinos" it derives from), so the subset
# is renamed "Kemitraan Serif". The licence travels with it (LICENSE-Liberation.txt).
#
# Needs fontTools (Debian: python3-fonttools). Run from this folder; the outputs are
# committed, so builds do not need it.
set -eu
ranges="U+0020-007E,U+00A0-024F,U+0250-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2193,U+2212,U+2022,U+25CF,U+FB01-FB02"
for style in Regular Bold Italic; do
	"${PYTHON:-/usr/bin/python3}" -m fontTools.subset "LiberationSerif-$style.ttf" --unicodes="$ranges" \
		--layout-features='*' --no-hinting --desubroutinize \
		--name-IDs='*' --name-legacy --name-languages='*' \
		--output-file="/tmp/kemitraan-subset-$style.ttf"
	"${PYTHON:-/usr/bin/python3}" - "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
style = sys.argv[1]
f = TTFont(f"/tmp/kemitraan-subset-{style}.ttf")
name = f["name"]
family, full = "Kemitraan Serif", "Kemitraan Serif" + ("" if style == "Regular" else " " + style)
ps = "KemitraanSerif-" + style
for rec in name.names:
    if rec.nameID in (1, 16):
        rec.string = family
    elif rec.nameID in (4, 18):
        rec.string = full
    elif rec.nameID == 6:
        rec.string = ps
    elif rec.nameID == 3:
        rec.string = "Kemitraan Serif " + style + " (subset of Liberation Serif)"
    elif rec.nameID == 7:  # trademark of the original name
        rec.string = ""
f.save(f"KemitraanSerif-{style}.ttf")
PY
	rm -f "/tmp/kemitraan-subset-$style.ttf"
done
