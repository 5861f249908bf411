package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is a colour's relative luminance (WCAG 2.x).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	f := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(b)
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over is c drawn over the opaque bg (a selection or hover tint over the background).
func over(c, bg color.Color) color.Color {
	r, g, b, a := c.RGBA()
	br, bgg, bb, _ := bg.RGBA()
	mix := func(x, y uint32) uint8 { return uint8((x*a + y*(0xffff-a)) / 0xffff >> 8) }
	return color.NRGBA{R: mix(r, br), G: mix(g, bgg), B: mix(b, bb), A: 0xff}
}

// #11: every text colour of both themes reaches WCAG AA contrast (4.5:1) against
// the backgrounds it is drawn on, computed from the theme's colours.
func TestThemeContrast(t *testing.T) {
	th := newReadableTheme()
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePlaceHolder, theme.ColorNameDisabled,
		theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError}
	backgrounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground, theme.ColorNameButton,
		theme.ColorNameDisabledButton, theme.ColorNameHeaderBackground}
	// the tints drawn over the background under text: a hovered or selected row
	tints := []fyne.ThemeColorName{theme.ColorNameHover, theme.ColorNameSelection, theme.ColorNameFocus}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		bgs := map[string]color.Color{}
		for _, b := range backgrounds {
			bgs[string(b)] = th.Color(b, v)
		}
		for _, tint := range tints {
			bgs[string(tint)+" over background"] = over(th.Color(tint, v), th.Color(theme.ColorNameBackground, v))
		}
		for _, tx := range texts {
			for bn, bg := range bgs {
				if c := contrast(th.Color(tx, v), bg); c < 4.5 {
					t.Errorf("%s theme: %s text on %s: %.2f:1, below 4.5:1", name, tx, bn, c)
				}
			}
		}
		// the text on a coloured button or badge
		for fg, bg := range map[fyne.ThemeColorName]fyne.ThemeColorName{
			theme.ColorNameForegroundOnPrimary: theme.ColorNamePrimary,
			theme.ColorNameForegroundOnSuccess: theme.ColorNameSuccess,
			theme.ColorNameForegroundOnWarning: theme.ColorNameWarning,
			theme.ColorNameForegroundOnError:   theme.ColorNameError,
		} {
			if c := contrast(th.Color(fg, v), th.Color(bg, v)); c < 4.5 {
				t.Errorf("%s theme: %s on %s: %.2f:1, below 4.5:1", name, fg, bg, c)
			}
		}
		// disabled text stays told apart from enabled text
		if c := contrast(th.Color(theme.ColorNameDisabled, v), th.Color(theme.ColorNameForeground, v)); c < 1.8 {
			t.Errorf("%s theme: disabled text is hard to tell from enabled text (%.2f:1)", name, c)
		}
	}
}
