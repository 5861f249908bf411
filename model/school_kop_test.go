package model_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestLevelLetterCodes(t *testing.T) {
	for level, want := range map[model.Level]string{
		model.LevelSD: "421.2", model.LevelSMP: "421.3", model.LevelSMA: "421.3", model.LevelSMK: "421.5", model.LevelSLB: "421.8", "": "",
	} {
		if got := level.LetterCode(); got != want {
			t.Errorf("%q: code %q, want %q", level, got, want)
		}
	}
	if !model.IsLevelCode("421.2") || !model.IsLevelCode("") || model.IsLevelCode("800/421") {
		t.Error("IsLevelCode does not tell a level's code from a typed one")
	}
}

func TestKopLines(t *testing.T) {
	s := model.School{Government: "PEMERINTAH KOTA BANDUNG", Agency: "DINAS PENDIDIKAN", Foundation: "YAYASAN X"}
	if got := s.KopLines(); !slices.Equal(got, []string{"PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN"}) {
		t.Errorf("public: %q", got)
	}
	s.Status = model.StatusSwasta
	if got := s.KopLines(); !slices.Equal(got, []string{"YAYASAN X"}) {
		t.Errorf("private: %q", got)
	}
	// a profile saved before the fields: its lines
	old := model.School{LetterheadLines: []string{"PEMERINTAH KABUPATEN BANDUNG", " ", "DINAS PENDIDIKAN"}}
	if got := old.KopLines(); !slices.Equal(got, []string{"PEMERINTAH KABUPATEN BANDUNG", "DINAS PENDIDIKAN"}) {
		t.Errorf("old profile: %q", got)
	}
}

// TestOldProfileLoads: a profile saved before faces, levels and kop fields loads with
// the defaults: Sans, Hal, paraf on, its letterhead lines.
func TestOldProfileLoads(t *testing.T) {
	var s model.School
	old := `{"name":"SMP Negeri 1 Bandung","npsn":"20219182","address":"Jl. Kesatriaan 12","city":"Bandung",
		"letterhead_lines":["PEMERINTAH KOTA BANDUNG","DINAS PENDIDIKAN"],"principal_name":"X","paper":"F4",
		"letter_pattern":"{no}/{kode}","letter_code":"421.3","updated_at":"2026-01-01T00:00:00Z"}`
	if err := json.Unmarshal([]byte(old), &s); err != nil {
		t.Fatal(err)
	}
	if s.Face.OrDefault() != model.FaceSans || s.Subject() != "Hal" || s.NoParaf || len(s.KopLines()) != 2 || s.Validate().Err() != nil {
		t.Errorf("old profile: face %q, subject %q, no paraf %v, kop %q, %v", s.Face.OrDefault(), s.Subject(), s.NoParaf, s.KopLines(), s.Validate())
	}
}

func TestSchoolNewFieldsValidate(t *testing.T) {
	base := model.School{Name: "S", NPSN: "12345678", Address: "A", City: "C", PrincipalName: "P", Paper: model.PaperA4, LetterPattern: "{no}"}
	for name, tc := range map[string]struct {
		change func(*model.School)
		field  string
	}{
		"level":          {func(s *model.School) { s.Level = "SMU" }, "level"},
		"face":           {func(s *model.School) { s.Face = "comic" }, "face"},
		"subject":        {func(s *model.School) { s.SubjectLabel = "Prihal" }, "subject_label"},
		"no foundation":  {func(s *model.School) { s.Status = model.StatusSwasta }, "foundation"},
		"many tembusan":  {func(s *model.School) { s.Tembusan = make([]string, 11) }, "tembusan"},
		"region logo":    {func(s *model.School) { s.RegionLogo = make([]byte, model.MaxLogoBytes+1) }, "region_logo"},
		"long agency":    {func(s *model.School) { s.Agency = string(make([]byte, 201)) }, "agency"},
		"unknown status": {func(s *model.School) { s.Status = "x" }, "status"},
	} {
		s := base
		tc.change(&s)
		if _, ok := s.Validate().Field(tc.field); !ok {
			t.Errorf("%s: no problem at %s (%v)", name, tc.field, s.Validate())
		}
	}
	if p := base.Validate(); p != nil {
		t.Errorf("valid profile refused: %v", p)
	}
}

func TestDocumentOptions(t *testing.T) {
	s := model.School{Tembusan: []string{"Kepala Dinas Pendidikan", " "}}
	if got := (model.DocumentOptions{}).Copies(s); !slices.Equal(got, []string{"Kepala Dinas Pendidikan"}) {
		t.Errorf("defaults: %q", got)
	}
	if got := (model.DocumentOptions{Tembusan: []string{}}).Copies(s); len(got) != 0 {
		t.Errorf("an empty list of the letter's own: %q", got)
	}
	if (model.DocumentOptions{Sifat: "Kilat"}).Validate() == nil || (model.DocumentOptions{Sifat: "Segera"}).Validate() != nil {
		t.Error("Sifat not checked")
	}
}

func TestParentFunded(t *testing.T) {
	ps := model.NewPartnership()
	ps.Proposal.Budget = []model.BudgetItem{{Item: "Honor pelatih", Amount: 1000, PaidBy: model.PartyPartner}}
	business := &model.Partner{Kind: model.KindBisnis}
	if model.ParentFunded(ps, business) || model.ParentFunded(ps, nil) {
		t.Error("a business's program counted as parent-funded")
	}
	if !model.ParentFunded(ps, &model.Partner{Kind: model.KindKomunitas}) {
		t.Error("a parents' association's program not counted")
	}
	ps.Proposal.Budget = append(ps.Proposal.Budget, model.BudgetItem{Item: "Sumbangan sukarela Orang Tua siswa", Amount: 500})
	if !model.ParentFunded(ps, business) {
		t.Error("a budget line of parents' money not counted")
	}
}

func TestRupiahFigure(t *testing.T) {
	if got := model.Rupiah(5_000_000).Figure(); got != "5.000.000,00" {
		t.Errorf("Figure = %q", got)
	}
	if got := model.Rupiah(-1500).Figure(); got != "-1.500,00" {
		t.Errorf("negative Figure = %q", got)
	}
}
