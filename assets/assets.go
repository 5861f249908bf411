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

// Kemitraan Serif is Liberation Serif (SIL Open Font License, fonts/LICENSE-Liberation.txt)
// cut down by fonts/subset.sh to the Latin letters, marks and punctuation Indonesian
// documents need, renamed as the licence asks of a modified font. Liberation Serif is
// metric-compatible with Times New Roman, the face Indonesian letters are customarily
// typed in, and the subset still covers names such as "Sékolah Çahaya" or
// "Ma'had Al-Ḥikmah". A quarter of the size, it is quicker to embed in each PDF.
var (
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
