package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PreferenceTheme keeps the chosen appearance: "" (follow the system), "light" or "dark".
const PreferenceTheme = "theme"

// The appearances offered, in order.
var themeChoices = []string{"", "light", "dark"}

// displayPanel is Pengaturan → Tampilan: the language of the screens (applied when the
// program starts again: every screen is built in one language) and the appearance
// (applied at once).
func displayPanel(g *gui) (settingsPanel, bool) {
	prefs := g.app.Preferences()

	languages := []string{LanguageIndonesian, LanguageEnglish}
	langNames := []string{lang.L("display.language.id"), lang.L("display.language.en")}
	current := prefs.StringWithFallback(PreferenceLanguage, LanguageIndonesian)
	langNote := widget.NewLabel("")
	langNote.Wrapping = fyne.TextWrapWord
	langGroup := widget.NewRadioGroup(langNames, nil)
	langGroup.Required = true
	langGroup.SetSelected(langNames[max(indexOf(languages, current), 0)])
	langGroup.OnChanged = func(name string) {
		code := languages[max(indexOf(langNames, name), 0)]
		prefs.SetString(PreferenceLanguage, code)
		if code == current {
			langNote.SetText("")
			return
		}
		langNote.SetText(restartHint(code))
	}

	themeNames := []string{lang.L("display.theme.system"), lang.L("display.theme.light"), lang.L("display.theme.dark")}
	themeGroup := widget.NewRadioGroup(themeNames, nil)
	themeGroup.Required = true
	themeGroup.SetSelected(themeNames[max(indexOf(themeChoices, prefs.String(PreferenceTheme)), 0)])
	themeGroup.OnChanged = func(name string) {
		choice := themeChoices[max(indexOf(themeNames, name), 0)]
		prefs.SetString(PreferenceTheme, choice)
		applyTheme(choice)
	}

	heading := func(key string) *widget.Label {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	hint := widget.NewLabel(lang.L("display.documents"))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	content := container.NewVBox(
		heading("display.language"), langGroup, langNote, hint,
		widget.NewSeparator(),
		heading("display.theme"), themeGroup,
	)
	return settingsPanel{title: lang.L("display.title"), object: container.NewVScroll(container.NewPadded(content))}, true
}

// applyTheme sets the appearance: the system's light or dark choice, or one forced.
func applyTheme(choice string) {
	app := fyne.CurrentApp()
	if app == nil {
		return
	}
	switch choice {
	case "light":
		app.Settings().SetTheme(variantTheme{newReadableTheme(), theme.VariantLight})
	case "dark":
		app.Settings().SetTheme(variantTheme{newReadableTheme(), theme.VariantDark})
	default:
		app.Settings().SetTheme(newReadableTheme())
	}
}

// variantTheme is Fyne's theme with one variant forced, whatever the system says.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(name, t.variant)
}

// restartHint says, in the language just chosen, that it is used once the program
// starts again: the window is still in the other one, which the person who chose may
// not read.
func restartHint(code string) string {
	if m, err := translations(code); err == nil {
		if s, ok := m["display.language.restart"].(string); ok {
			return s
		}
	}
	return lang.L("display.language.restart")
}
