package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// Every kind of error the store (and the model) returns has its message in both
// languages (#14): the kinds are enumerated as they were made, so a new kind without
// messages fails here.
func TestEveryErrorKindHasMessages(t *testing.T) {
	_ = store.ErrLocked // the store's kinds are made when it is linked in
	id, en := readTranslations(t, "id"), readTranslations(t, "en")
	kinds := model.Kinds()
	if len(kinds) < 25 {
		t.Fatalf("only %d kinds listed", len(kinds))
	}
	for _, k := range kinds {
		for code, m := range map[string]map[string]any{"id": id, "en": en} {
			if s, ok := m[k.MessageID()].(string); !ok || strings.TrimSpace(s) == "" {
				t.Errorf("%s has no %s message %q", k.Error(), code, k.MessageID())
			}
		}
	}
	defer func() { _ = SelectLanguage(LanguageIndonesian) }()
	for _, code := range []string{LanguageIndonesian, LanguageEnglish} {
		if err := SelectLanguage(code); err != nil {
			t.Fatal(err)
		}
		for _, k := range kinds {
			err := fmt.Errorf("/data/kemitraan.db: %w (penyebab)", k)
			got := errText(err)
			if got == "" || got == err.Error() || strings.Contains(got, "error.") {
				t.Errorf("%s: errText = %q", k.MessageID(), got)
			}
		}
	}
	if got := errText(fmt.Errorf("x: %w", store.ErrLockedByCLI)); !strings.Contains(got, "kemitraan-cli") {
		t.Errorf("a narrower kind says its own message: %q", got)
	}
	if !errors.Is(store.ErrDiskFull, model.ErrWriteFailed) {
		t.Error("a full disk is no failed write")
	}
}
