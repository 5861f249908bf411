package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// #11: Bantuan → Panduan (F1), a short guide in the program, in both languages: the
// seven stages, what each asks, the documents each makes, where the data file and
// backups are.
func TestGuide(t *testing.T) {
	h := newHarness(t)
	h.win.Canvas().Unfocus()
	h.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	if h.win.Canvas().Overlays().Top() == nil {
		t.Fatal("F1 shows no guide")
	}
	text := h.g.guideText()
	for _, want := range []string{"Identifikasi Kebutuhan", "Penjajakan dan Identifikasi Mitra", "Pengembangan Proposal",
		"Negosiasi dan Perjanjian", "Implementasi", "Monitoring dan Evaluasi", "Peninjauan dan Perpanjangan",
		"surat permohonan", "proposal kerja sama", "**PKS**", "laporan monitoring dan evaluasi",
		h.db.Path(), filepath.Join(filepath.Dir(h.db.Path()), "backups"), h.docs} {
		if !strings.Contains(text, want) {
			t.Errorf("the guide does not say %q", want)
		}
	}
	if strings.Contains(text, "{{") {
		t.Error("the guide shows a placeholder")
	}
	if h.menuItem("Panduan").Shortcut == nil {
		t.Error("the menu does not show F1")
	}

	h.app.Preferences().SetString(PreferenceLanguage, LanguageEnglish)
	en := h.g.guideText()
	for _, want := range []string{"Needs Identification", "request letter", "Data file", h.db.Path()} {
		if !strings.Contains(en, want) {
			t.Errorf("the English guide does not say %q", want)
		}
	}
	if strings.Contains(en, "Tahap") || strings.Contains(en, "Lengkap bila") {
		t.Error("the English guide holds Indonesian")
	}
}
