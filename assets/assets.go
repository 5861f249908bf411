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

// Liberation Serif (SIL Open Font License, fonts/LICENSE-Liberation.txt): metric-compatible
// with Times New Roman, the face Indonesian letters are customarily typed in, and it
// covers the Latin letters of names such as "Sékolah Çahaya" or "Ma'had Al-Ḥikmah".
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	SerifRegular []byte
	//go:embed fonts/LiberationSerif-Bold.ttf
	SerifBold []byte
	//go:embed fonts/LiberationSerif-Italic.ttf
	SerifItalic []byte
)

// Translations holds id.json (Bahasa Indonesia, the default) and en.json, loaded once
// in main with lang.AddTranslationsFS(assets.Translations, "translations").
//
//go:embed translations
var Translations embed.FS
