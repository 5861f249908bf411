package assets_test

import (
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// translations merges every translation file of a language, as the window does.
func translations(t *testing.T, code string) map[string]string {
	t.Helper()
	files, err := fs.Glob(assets.Translations, "translations/*"+code+".json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, f := range files {
		if b := path.Base(f); b != code+".json" && !strings.HasSuffix(b, "."+code+".json") {
			continue
		}
		data, err := fs.ReadFile(assets.Translations, f)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, v := range raw {
			if s, ok := v.(string); ok {
				m[k] = s
			}
		}
	}
	return m
}

// The SMK's words have their translations, and the Indonesian ones are the model's
// own, so screens, documents and exports say the same.
func TestSMKTranslations(t *testing.T) {
	id, en := translations(t, "id"), translations(t, "en")
	check := func(key, want string) {
		t.Helper()
		if got, ok := id[key]; !ok || (want != "" && got != want) {
			t.Errorf("id %s = %q, the model says %q", key, got, want)
		}
		if strings.TrimSpace(en[key]) == "" {
			t.Errorf("en lacks %s", key)
		}
	}
	for _, c := range model.LinkMatchComponents {
		check("linkmatch."+c.Key(), c.Label())
	}
	for _, s := range model.BusinessScales {
		check("scale."+string(s), s.Label())
	}
	for _, k := range model.StudentActivityKinds {
		check("studentactivity."+string(k), k.Label())
	}
	for _, k := range []*model.Kind{model.ErrNotSMK, model.ErrNoAgreementYet} {
		check(k.MessageID(), "")
	}

	// every message the SMK's validation gives
	s := model.NewSchool()
	s.Level = model.LevelSMK
	s.KompetensiKeahlian = append(make([]string, model.MaxKompetensi), "x", "x")
	pt := model.Partner{Kind: model.KindBisnis, DUDI: &model.DUDI{NPWP: "1", Scale: "x", Lintang: "x", Bujur: "x", Website: "x",
		Address: model.AddressParts{RT: "x", KodePos: "1", KabupatenKota: "Bandung"}}}
	ps := model.NewPartnership()
	ps.LinkMatch = []model.LinkMatch{{Kompetensi: "A"}, {Kompetensi: "a"}}
	day := time.Date(2026, 7, 13, 0, 0, 0, 0, time.UTC)
	pl := model.Placement{Student: model.Student{NISN: "1"}, Start: day, End: day, Visits: make([]model.Visit, model.MaxVisits+1)}
	a := model.StudentActivity{Placements: []model.Placement{pl, pl}}
	many := model.StudentActivity{Placements: make([]model.Placement, model.MaxPlacements+1)}
	if _, err := model.ParseNPWP("1"); err == nil {
		t.Fatal("ParseNPWP took 1")
	}
	problems := append(append(append(append(s.Validate(), pt.Validate()...), ps.Validate()...), a.Validate()...), many.Validate()...)
	seen := map[string]bool{}
	for _, p := range problems {
		check(p.Key, p.Message)
		seen[p.Key] = true
	}
	for _, key := range []string{"validation.npwp", "validation.kompetensimany", "validation.kompetensitwice", "validation.rtrw",
		"validation.kodepos", "validation.kabupaten", "validation.lintang", "validation.bujur", "validation.website",
		"validation.linkmatchtwice", "validation.nisn", "validation.nisntwice", "validation.toomanystudents", "validation.toomanyvisits"} {
		if !seen[key] {
			t.Errorf("no problem said %s", key)
		}
	}
}
