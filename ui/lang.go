package ui

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// Languages the program has translations for, in assets/translations.
const (
	LanguageIndonesian = "id"
	LanguageEnglish    = "en"
)

// PreferenceLanguage is the preference key under which a chosen language is kept.
const PreferenceLanguage = "language"

// SelectLanguage makes code ("id" or "en") the language of every lang.L call,
// whatever the system locale is. Call it after
// lang.AddTranslationsFS(assets.Translations, "translations").
//
// Fyne 2.7 picks the translation that best matches the system locale (on Linux from
// LANGUAGE/LC_ALL/LC_MESSAGES/LANG, on Windows and macOS from the OS settings) and falls
// back to English. Bahasa Indonesia must be the default for every principal, also on a
// PC set to English or to a language we have no file for, so the chosen language's
// messages are also registered under English (Fyne's fallback) and under the system
// locale, which the matcher prefers. (A later SelectLanguage call overrides both, so
// English can be chosen on an Indonesian PC too.)
func SelectLanguage(code string) error {
	if code != LanguageEnglish {
		code = LanguageIndonesian
	}
	messages, err := translations(code)
	if err != nil {
		return err
	}
	data, err := json.Marshal(messages)
	if err != nil {
		return fmt.Errorf("translations %s: %w", code, err)
	}
	if err := lang.AddTranslationsForLocale(data, "en"); err != nil {
		return fmt.Errorf("translations %s: %w", code, err)
	}
	sys := lang.SystemLocale()
	if base := sys.LanguageString(); base != "" && base != "und" && sys != "en" {
		if err := lang.AddTranslationsForLocale(data, sys); err != nil {
			return fmt.Errorf("translations %s for %s: %w", code, sys, err)
		}
	}
	return nil
}

// translations merges the language's files in assets/translations: "<code>.json" and
// every "<part>.<code>.json" (one file per screen group keeps them easy to edit).
func translations(code string) (map[string]any, error) {
	files, err := fs.Glob(assets.Translations, "translations/*"+code+".json")
	if err != nil {
		return nil, err
	}
	merged := map[string]any{}
	for _, f := range files {
		if base := path.Base(f); base != code+".json" && !strings.HasSuffix(base, "."+code+".json") {
			continue
		}
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("translations %s: %w", f, err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("translations %s: %w", f, err)
		}
		for k, v := range m {
			if _, dup := merged[k]; dup {
				return nil, fmt.Errorf("translations %s: key %q is also in another file", f, k)
			}
			merged[k] = v
		}
	}
	if len(merged) == 0 {
		return nil, fmt.Errorf("translations %s: no file", code)
	}
	return merged, nil
}

// The labels of the domain's choices, translated. The Indonesian texts are the
// model's own Label()/Name(); the keys are "stage.<key>", "kind.<kind>", "need.<category>",
// "status.<status>".

func stageName(s model.Stage) string {
	if !s.Valid() {
		return ""
	}
	return lang.X("stage."+s.Key(), s.Name())
}

// stageLabel is "3/7 Pengembangan Proposal", as lists show a stage.
func stageLabel(s model.Stage) string {
	if !s.Valid() {
		return ""
	}
	return fmt.Sprintf("%d/7 %s", int(s), stageName(s))
}

func kindLabel(k model.PartnerKind) string {
	if !k.Valid() {
		return ""
	}
	return lang.X("kind."+string(k), k.Label())
}

func needLabel(c model.NeedCategory) string {
	if !c.Valid() {
		return ""
	}
	return lang.X("need."+string(c), c.Label())
}

func statusLabel(s model.Status) string {
	if s.Label() == "" {
		return ""
	}
	return lang.X("status."+string(s), s.Label())
}

// problemText is the message of a field problem in the user's language.
func problemText(p model.FieldError) string {
	if p.Key == "validation.patternpart" {
		// the model appends the unknown part after ": "
		part := p.Message
		if i := strings.LastIndex(part, ": "); i >= 0 {
			part = part[i+2:]
		}
		return lang.X(p.Key, p.Message, map[string]string{"Part": part})
	}
	if p.Key == "" {
		return p.Message
	}
	if p.Args != nil {
		return lang.X(p.Key, p.Message, p.Args)
	}
	return lang.X(p.Key, p.Message)
}

// labelsOf maps a list of values to their labels.
func labelsOf[T any](values []T, label func(T) string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = label(v)
	}
	return out
}

// indexOf is the position of v in values, or -1.
func indexOf[T comparable](values []T, v T) int {
	for i, x := range values {
		if x == v {
			return i
		}
	}
	return -1
}
