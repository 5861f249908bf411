package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// readableTheme is Fyne's theme with the colours of text made readable: every text
// colour reaches WCAG AA contrast (4.5:1) against the backgrounds it is drawn on,
// in the light and the dark variant (TestThemeContrast computes it). Fyne's own
// hint text (#888 on #f3f3f3, 3.2:1), green and orange text on white (1.5:1,
// 2.2:1), disabled text (1.3:1 light, 1.5:1 dark: the Dokumen tab's reasons are
// drawn so) and blue on white (4.47:1) fell short. Sizes, fonts and icons are Fyne's.
type readableTheme struct{ fyne.Theme }

// newReadableTheme is the readable theme over Fyne's default.
func newReadableTheme() fyne.Theme { return readableTheme{theme.DefaultTheme()} }

var readableColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameForeground:  rgb(0x20, 0x20, 0x20),
		theme.ColorNamePlaceHolder: rgb(0x5e, 0x5e, 0x5e),
		theme.ColorNameDisabled:    rgb(0x62, 0x62, 0x62),
		theme.ColorNamePrimary:     rgb(0x16, 0x52, 0xc4),
		theme.ColorNameHyperlink:   rgb(0x16, 0x52, 0xc4),
		theme.ColorNameSuccess:     rgb(0x17, 0x69, 0x2a),
		theme.ColorNameWarning:     rgb(0x8a, 0x4d, 0x00),
		theme.ColorNameError:       rgb(0xb7, 0x1c, 0x1c),
		// a selected or focused row is tinted light, so that any text stays readable on it
		theme.ColorNameSelection:           color.NRGBA{R: 0x16, G: 0x52, B: 0xc4, A: 0x1e},
		theme.ColorNameFocus:               color.NRGBA{R: 0x16, G: 0x52, B: 0xc4, A: 0x22},
		theme.ColorNameForegroundOnPrimary: rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnSuccess: rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnWarning: rgb(0xff, 0xff, 0xff),
		theme.ColorNameForegroundOnError:   rgb(0xff, 0xff, 0xff),
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:            rgb(0x95, 0x95, 0x95),
		theme.ColorNamePrimary:             rgb(0x6b, 0x9f, 0xff),
		theme.ColorNameHyperlink:           rgb(0x6b, 0x9f, 0xff),
		theme.ColorNameError:               rgb(0xff, 0x6e, 0x62),
		theme.ColorNameForegroundOnPrimary: rgb(0x10, 0x12, 0x16),
	},
}

func rgb(r, g, b uint8) color.Color { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

func (t readableTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := readableColors[v][name]; ok {
		return c
	}
	return t.Theme.Color(name, v)
}

// SetTheme gives the app the readable theme, in the appearance chosen in
// Pengaturan → Tampilan (the system's when none): cmd/kemitraan calls it at start.
func SetTheme(a fyne.App) {
	applyTheme(a.Preferences().String(PreferenceTheme))
}

// newProgressBar is a progress bar without the text inside it: Fyne draws it in the
// colour for text on the primary colour, over the bar's pale unfilled part too, where
// it cannot be read (about 2.4:1). What the bar measures is said beside it.
func newProgressBar() *widget.ProgressBar {
	p := widget.NewProgressBar()
	p.TextFormatter = func() string { return "" }
	return p
}
