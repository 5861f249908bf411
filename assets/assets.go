// Package assets holds what the program carries inside its binary: the fonts the
// documents embed, the icon, a logo placeholder and the translations.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the program's icon (PNG, 512 × 512), also named in FyneApp.toml.
//
//go:embed icon.png
var Icon []byte

// LogoPlaceholder stands in the letterhead until the school chooses its logo.
//
//go:embed logo-placeholder.png
var LogoPlaceholder []byte

// The documents' faces: Kemitraan Sans is Liberation Sans, metric-compatible with
// Arial (the face the tata naskah dinas names; the default), Kemitraan Serif is
// Liberation Serif, metric-compatible with Times New Roman. Both are cut down by
// fonts/subset.sh to the Latin letters, marks, punctuation and symbols Indonesian
// documents need — names such as "Sékolah Çahaya" or "Ma'had Al-Ḥikmah" included —
// and renamed as the SIL Open Font License asks of a modified font
// (fonts/LICENSE-Liberation.txt). An eighth of the originals' size, they are quick to
// embed in each PDF.
var (
	//go:embed fonts/KemitraanSans-Regular.ttf
	SansRegular []byte
	//go:embed fonts/KemitraanSans-Bold.ttf
	SansBold []byte
	//go:embed fonts/KemitraanSans-Italic.ttf
	SansItalic []byte
	//go:embed fonts/KemitraanSerif-Regular.ttf
	SerifRegular []byte
	//go:embed fonts/KemitraanSerif-Bold.ttf
	SerifBold []byte
	//go:embed fonts/KemitraanSerif-Italic.ttf
	SerifItalic []byte
)

// Translations holds id.json (Bahasa Indonesia, the default) and en.json, loaded once
// in main with lang.AddTranslationsFS(assets.Translations, "translations").
//
//go:embed translations
var Translations embed.FS
