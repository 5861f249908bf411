package demo_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

var now = time.Date(2026, time.November, 26, 10, 30, 0, 0, time.Local)

func TestEveryRecordValidates(t *testing.T) {
	d := demo.Dataset(now)
	if p := d.School.Validate(); p != nil {
		t.Errorf("school: %v", p)
	}
	for _, pt := range d.Partners {
		if p := pt.Validate(); p != nil {
			t.Errorf("partner %q: %v", pt.Name, p)
		}
	}
	for _, ps := range d.Partnerships {
		if p := ps.Validate(); p != nil {
			t.Errorf("partnership %q: %v", ps.Title, p)
		}
	}
}

func TestSchoolProfile(t *testing.T) {
	s := demo.Dataset(now).School
	if s.Name != "SMP Negeri 1 Bandung" || s.City != "Bandung" || s.Paper != model.PaperA4 {
		t.Errorf("school %q in %q on %q", s.Name, s.City, s.Paper)
	}
	if len(s.NPSN) != 8 || len(s.PrincipalNIP) != 18 {
		t.Errorf("NPSN %q, NIP %q", s.NPSN, s.PrincipalNIP)
	}
	if !slices.Equal(s.KopLines(), []string{"PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN"}) || s.Level != model.LevelSMP {
		t.Errorf("kop %q, level %q", s.KopLines(), s.Level)
	}
	for name, v := range map[string]string{"address": s.Address, "phone": s.Phone, "email": s.Email, "website": s.Website, "principal": s.PrincipalName} {
		if v == "" {
			t.Errorf("school has no %s", name)
		}
	}
	if got := model.FormatLetterNumber(s, 15, now); got != "015/421.3/SMPN1-BDG/XI/2026" {
		t.Errorf("letter number %q", got)
	}
	if got := model.PlaceDate(s.City, now); got != "Bandung, 26 November 2026" {
		t.Errorf("place and date %q", got)
	}
}

func TestCoverage(t *testing.T) {
	d := demo.Dataset(now)
	if len(d.Partners) < 8 {
		t.Errorf("%d partners, want 8 or more", len(d.Partners))
	}
	if len(d.Partnerships) < 12 {
		t.Errorf("%d partnerships, want 12 or more", len(d.Partnerships))
	}
	kinds := map[model.PartnerKind]bool{}
	for _, p := range d.Partners {
		kinds[p.Kind] = true
		need := map[string]string{"address": p.Address, "contact": p.ContactPerson, "phone": p.Phone, "email": p.Email,
			"signatory": p.SignatoryName, "salutation": p.Salutation}
		if p.ActsForHimself() {
			need["NIK"], need["occupation"] = p.NIK, p.Occupation
		} else {
			need["position"], need["authority"] = p.SignatoryPosition, p.Authority
		}
		for field, v := range need {
			if v == "" {
				t.Errorf("partner %q has no %s", p.Name, field)
			}
		}
		if problems := p.Validate(); problems != nil {
			t.Errorf("partner %q: %v", p.Name, problems)
		}
		if p.Kind == model.KindBisnis && !p.SoleProprietor && !model.LegalEntityName(p.Party()) {
			t.Errorf("company %q signs as %q, not a legal entity", p.Name, p.Party())
		}
	}
	for _, k := range model.PartnerKinds {
		if !kinds[k] {
			t.Errorf("no partner of kind %q", k)
		}
	}
	stages := map[model.Stage]bool{}
	categories := map[model.NeedCategory]bool{}
	statuses := map[model.Status]bool{}
	for _, ps := range d.Partnerships {
		stages[ps.Stage] = true
		categories[ps.Need.Category] = true
		statuses[ps.Status] = true
		if len(ps.Need.Description) < 80 {
			t.Errorf("partnership %q: need %q is too thin", ps.Title, ps.Need.Description)
		}
	}
	for _, s := range model.Stages {
		if !stages[s] {
			t.Errorf("no partnership at stage %v", s)
		}
	}
	for _, c := range model.NeedCategories {
		if !categories[c] {
			t.Errorf("no partnership in category %q", c)
		}
	}
	for _, s := range model.Statuses {
		if !statuses[s] {
			t.Errorf("no partnership with status %q", s)
		}
	}
}

func TestReferencesAndIDs(t *testing.T) {
	d := demo.Dataset(now)
	ids := map[model.ID]bool{}
	partners := map[model.ID]model.Partner{}
	for _, p := range d.Partners {
		if !p.ID.Valid() || ids[p.ID] {
			t.Errorf("partner %q has ID %q (invalid or repeated)", p.Name, p.ID)
		}
		ids[p.ID] = true
		partners[p.ID] = p
	}
	used := map[model.ID]bool{}
	for _, ps := range d.Partnerships {
		if !ps.ID.Valid() || ids[ps.ID] {
			t.Errorf("partnership %q has ID %q (invalid or repeated)", ps.Title, ps.ID)
		}
		ids[ps.ID] = true
		if ps.PartnerID == "" {
			if ps.Stage > model.StageKebutuhan {
				t.Errorf("partnership %q at %v has no partner", ps.Title, ps.Stage)
			}
			continue
		}
		p, ok := partners[ps.PartnerID]
		if !ok {
			t.Errorf("partnership %q refers to unknown partner %q", ps.Title, ps.PartnerID)
			continue
		}
		used[p.ID] = true
		if ps.CreatedAt.Before(p.CreatedAt) && ps.Stage > model.StagePenjajakan {
			t.Errorf("partnership %q went past stage 2 before its partner %q was entered", ps.Title, p.Name)
		}
	}
	for _, p := range d.Partners {
		if !used[p.ID] {
			t.Errorf("partner %q takes part in no partnership", p.Name)
		}
	}
	if d.Partnerships[0].PartnerID != "" && d.Partnerships[0].Stage == model.StageKebutuhan {
		t.Errorf("a need not yet explored has a partner")
	}
}

func TestTimes(t *testing.T) {
	d := demo.Dataset(now)
	check := func(what string, created, updated time.Time) {
		t.Helper()
		if created.IsZero() || updated.IsZero() {
			t.Errorf("%s has no times", what)
		}
		if updated.Before(created) {
			t.Errorf("%s updated %v before it was created %v", what, updated, created)
		}
		if !updated.Before(now) || created.Before(now.AddDate(-2, 0, 0)) {
			t.Errorf("%s: created %v, updated %v, outside the past two years", what, created, updated)
		}
	}
	type rec struct {
		id      model.ID
		created time.Time
	}
	var recs []rec
	updated := map[time.Time]bool{}
	for _, p := range d.Partners {
		check("partner "+p.Name, p.CreatedAt, p.UpdatedAt)
		recs = append(recs, rec{p.ID, p.CreatedAt})
	}
	for _, ps := range d.Partnerships {
		check("partnership "+ps.Title, ps.CreatedAt, ps.UpdatedAt)
		recs = append(recs, rec{ps.ID, ps.CreatedAt})
		updated[ps.UpdatedAt] = true
	}
	if len(updated) < len(d.Partnerships)/2 {
		t.Errorf("only %d different UpdatedAt among %d partnerships", len(updated), len(d.Partnerships))
	}
	// records spread over months
	first, last := now, time.Time{}
	for _, r := range recs {
		if r.created.Before(first) {
			first = r.created
		}
		if r.created.After(last) {
			last = r.created
		}
	}
	if last.Sub(first) < 90*24*time.Hour {
		t.Errorf("records made between %v and %v: not spread over months", first, last)
	}
	// IDs sort as the records were made
	slices.SortFunc(recs, func(a, b rec) int { return strings.Compare(string(a.id), string(b.id)) })
	for i := 1; i < len(recs); i++ {
		if recs[i].created.Before(recs[i-1].created) {
			t.Errorf("ID order differs from creation order at %q", recs[i].id)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := demo.Dataset(now)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back demo.Data
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Partnerships) != len(d.Partnerships) || back.Partnerships[3].Title != d.Partnerships[3].Title {
		t.Errorf("JSON round trip lost data")
	}
}

func TestTwiceGivesNewIDs(t *testing.T) {
	a, b := demo.Dataset(now), demo.Dataset(now)
	if a.Partners[0].ID == b.Partners[0].ID || a.Partnerships[0].ID == b.Partnerships[0].ID {
		t.Errorf("two datasets share IDs")
	}
	if a.Partnerships[5].Title != b.Partnerships[5].Title {
		t.Errorf("two datasets differ in content")
	}
}
