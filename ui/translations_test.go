package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// keyUse finds the translation keys written in the code: lang.L("…"), lang.X("…", …)
// and the keys handed to showError("…", err). Keys ending in "." are prefixes of keys
// made at run time; they are checked below from the model's lists.
var keyUse = regexp.MustCompile(`(?:lang\.(?:L|X)|showError)\(\s*"([^"]+)"`)

func readTranslations(t *testing.T, code string) map[string]any {
	t.Helper()
	m, err := translations(code)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// usedKeys lists every key the program asks for.
func usedKeys(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../cmd/kemitraan/*.go")
	files = append(files, more...)
	set := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				set[m[1]] = true
			}
		}
	}
	if len(set) < 50 {
		t.Fatalf("found only %d keys in %v; is the pattern right?", len(set), files)
	}
	// keys made at run time
	for _, s := range model.Stages {
		set["stage."+s.Key()] = true
	}
	for _, k := range model.PartnerKinds {
		set["kind."+string(k)] = true
	}
	for _, c := range model.NeedCategories {
		set["need."+string(c)] = true
	}
	for _, s := range model.Statuses {
		set["status."+string(s)] = true
	}
	for _, p := range paperSizes {
		set["paper."+strings.ToLower(string(p))] = true
	}
	set["letter.kind."+LetterKindRequest] = true
	for _, ph := range model.Phrases {
		set["timeline.phrase."+string(ph)] = true
	}
	// the keys of the model's field problems
	for _, k := range []string{"validation.required", "validation.email", "validation.npsn", "validation.nip",
		"validation.paper", "validation.pattern", "validation.patternpart", "validation.choice", "validation.toolong",
		"validation.logo", "validation.date", "validation.rupiah", "validation.rupiahnegative", "validation.rupiahtoolarge"} {
		set[k] = true
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestTranslationsComplete(t *testing.T) {
	id, en := readTranslations(t, "id"), readTranslations(t, "en")
	for _, k := range usedKeys(t) {
		for code, m := range map[string]map[string]any{"id": id, "en": en} {
			v, ok := m[k]
			if !ok {
				t.Errorf("%s.json lacks %q", code, k)
				continue
			}
			if s, isString := v.(string); isString && strings.TrimSpace(s) == "" {
				t.Errorf("%s.json has an empty %q", code, k)
			}
		}
	}
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q, which id.json has", k)
		}
	}
	for k := range en {
		if _, ok := id[k]; !ok {
			t.Errorf("id.json lacks %q, which en.json has", k)
		}
	}
}

// The Indonesian labels are the model's own, so screens and printed documents agree.
func TestIndonesianLabelsAreTheModels(t *testing.T) {
	id := readTranslations(t, "id")
	check := func(key, want string) {
		if got := id[key]; got != want {
			t.Errorf("id.json %s = %q, model says %q", key, got, want)
		}
	}
	for _, s := range model.Stages {
		check("stage."+s.Key(), s.Name())
	}
	for _, k := range model.PartnerKinds {
		check("kind."+string(k), k.Label())
	}
	for _, c := range model.NeedCategories {
		check("need."+string(c), c.Label())
	}
	for _, s := range model.Statuses {
		check("status."+string(s), s.Label())
	}
	// the model's messages are the Indonesian texts of their keys
	for _, p := range append(model.School{NPSN: "1", PrincipalNIP: "1", Email: "x", LetterPattern: "x"}.Validate(),
		model.Partnership{}.Validate()...) {
		check(p.Key, p.Message)
	}
}

// Bahasa Indonesia is the language whatever the system's locale, and English can be chosen.
func TestLanguageIgnoresSystemLocale(t *testing.T) {
	defer func() {
		if err := SelectLanguage(LanguageIndonesian); err != nil {
			t.Fatal(err)
		}
	}()
	for _, loc := range []string{"en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8", "id_ID.UTF-8"} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", loc)
		t.Setenv("LC_MESSAGES", loc)
		t.Setenv("LANG", loc)
		if err := SelectLanguage(LanguageIndonesian); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("nav.pengaturan"); got != "Pengaturan" {
			t.Errorf("%s: nav.pengaturan = %q", loc, got)
		}
		if got := lang.L("Cancel"); got != "Batal" {
			t.Errorf("%s: Fyne's Cancel = %q", loc, got)
		}
		if err := SelectLanguage(LanguageEnglish); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("nav.pengaturan"); got != "Settings" {
			t.Errorf("%s: English nav.pengaturan = %q", loc, got)
		}
	}
}
