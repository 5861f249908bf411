package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// radioGroups are the radio groups under o, in the order they are drawn.
func radioGroups(t *testing.T, o fyne.CanvasObject) []*widget.RadioGroup {
	var out []*widget.RadioGroup
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.RadioGroup:
			out = append(out, v)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			r := test.TempWidgetRenderer(t, v)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func TestDisplayPanelLanguageAndTheme(t *testing.T) {
	h := newHarness(t)
	p, ok := displayPanel(h.g)
	if !ok {
		t.Fatal("no Tampilan panel")
	}
	h.win.SetContent(p.object)
	groups := radioGroups(t, p.object)
	if len(groups) != 2 {
		t.Fatalf("%d radio groups, want language and appearance", len(groups))
	}
	language, appearance := groups[0], groups[1]
	if language.Selected != "Bahasa Indonesia" {
		t.Errorf("language starts as %q, want Bahasa Indonesia", language.Selected)
	}

	language.SetSelected("English")
	if got := h.app.Preferences().String(PreferenceLanguage); got != LanguageEnglish {
		t.Errorf("language preference %q after choosing English", got)
	}
	// said in the language chosen: who chose English may not read Indonesian
	if !h.shows("The new language is used after Kemitraan is closed and opened again.") {
		t.Errorf("no note, in English, that the language applies after a restart:\n%s", strings.Join(h.texts(), "\n"))
	}
	language.SetSelected("Bahasa Indonesia")
	if h.shows("The new language is used") {
		t.Error("the note stays after choosing the language in use")
	}

	appearance.SetSelected("Gelap")
	if got := h.app.Preferences().String(PreferenceTheme); got != "dark" {
		t.Errorf("theme preference %q after choosing Gelap", got)
	}
	th, ok := fyne.CurrentApp().Settings().Theme().(variantTheme)
	if !ok || th.variant != theme.VariantDark {
		t.Errorf("theme %T after choosing Gelap, want the dark variant forced", fyne.CurrentApp().Settings().Theme())
	}
	appearance.SetSelected("Ikuti sistem (terang atau gelap)")
	if _, forced := fyne.CurrentApp().Settings().Theme().(variantTheme); forced {
		t.Error("following the system still forces a variant")
	}
	if _, readable := fyne.CurrentApp().Settings().Theme().(readableTheme); !readable {
		t.Errorf("following the system: theme %T, not the readable one", fyne.CurrentApp().Settings().Theme())
	}
}
