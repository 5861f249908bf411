package model_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// TestContributionKinds: the kind follows the giver and the partner, as Permendikbud
// 75/2016 has it, and may be changed only where the law allows.
func TestContributionKinds(t *testing.T) {
	for _, c := range []struct {
		pk      model.PartnerKind
		g       model.Giver
		derived model.ContributionKind
		allowed int
	}{
		{model.KindBisnis, model.GiverPartner, model.ContribBantuan, 1},
		{model.KindNirlaba, model.GiverPartner, model.ContribBantuan, 1},
		{model.KindPerguruanTingi, model.GiverPartner, model.ContribBantuan, 1},
		{model.KindPemerintah, model.GiverPartner, model.ContribProgram, 1},
		{model.KindOrangTua, model.GiverPartner, model.ContribSumbangan, 1},
		{model.KindKomunitas, model.GiverPartner, model.ContribSumbangan, 2},
		{model.KindIndividu, model.GiverPartner, model.ContribSumbangan, 2},
		{model.KindBisnis, model.GiverParents, model.ContribSumbangan, 1},
		{model.KindBisnis, model.GiverAlumni, model.ContribSumbangan, 2},
		{model.KindPemerintah, model.GiverSchool, model.ContribSchool, 1},
	} {
		if got := model.DeriveKind(c.pk, c.g); got != c.derived {
			t.Errorf("%s from %s: %s, want %s", c.g, c.pk, got, c.derived)
		}
		if n := len(model.AllowedKinds(c.pk, c.g)); n != c.allowed {
			t.Errorf("%s from %s: %d kinds allowed, want %d", c.g, c.pk, n, c.allowed)
		}
	}
	// parents' money is never bantuan; a company's under a PKS never a sumbangan
	if (model.Contribution{From: model.GiverParents, Kind: model.ContribBantuan}).KindAllowed(model.KindBisnis) {
		t.Error("parents give bantuan")
	}
	if (model.Contribution{From: model.GiverPartner, Kind: model.ContribSumbangan}).KindAllowed(model.KindBisnis) {
		t.Error("a company's obligation may be called a sumbangan")
	}
}

// TestSumsNeverOverflow: amounts are bounded and every sum is checked.
func TestSumsNeverOverflow(t *testing.T) {
	if _, err := model.Sum(model.MaxRupiah, 1); !errors.Is(err, model.ErrAmountTooLarge) {
		t.Errorf("MaxRupiah + 1: %v", err)
	}
	if s, err := model.Sum(model.MaxRupiah-1, 1); err != nil || s != model.MaxRupiah {
		t.Errorf("up to MaxRupiah: %v %v", s, err)
	}
	if _, err := model.Sum(-1); err == nil {
		t.Error("a negative amount summed")
	}
	lines := make([]model.Contribution, 20)
	for i := range lines {
		lines[i] = model.Contribution{From: model.GiverPartner, Kind: model.ContribBantuan, What: "x", Amount: model.MaxRupiah}
	}
	a := model.Agreement{Contributions: lines}
	if _, err := a.ContributionTotals(); err == nil {
		t.Error("twenty lines of MaxRupiah summed")
	}
	ps := model.NewPartnership()
	ps.Title, ps.Need.Category, ps.Agreement = "x", model.NeedAkademik, a
	if p := ps.Validate(); !hasField(p, "agreement.contributions") {
		t.Errorf("Validate = %v", p)
	}
}

func hasField(p model.Problems, field string) bool {
	_, ok := p.Field(field)
	return ok
}

// TestFundingWords: an amount is refused in the funding words; conditions pass.
func TestFundingWords(t *testing.T) {
	for text, has := range map[string]bool{
		"Dana sebesar Rp26.000.000 disalurkan":           true,
		"Rp 5 juta":                                      true,
		"sebesar 26.000.000,00":                          true,
		"dua puluh enam juta rupiah":                     true,
		"Disalurkan dalam 2 tahap melalui rekening":      false,
		"paling lambat 14 (empat belas) hari":            false,
		"bagi 37 siswa, rekening nomor 1234567890 BPS":   false,
		"Dana disalurkan ke rekening sekolah tahun 2026": false,
	} {
		if got := model.MentionsAmount(text); got != has {
			t.Errorf("MentionsAmount(%q) = %v", text, got)
		}
	}
	old := model.NewPartnership()
	edited := old
	edited.Agreement.Funding = "Dana Rp26.000.000 disalurkan"
	if p := model.ValidateEdit(old, edited); !hasField(p, "agreement.funding") {
		t.Errorf("ValidateEdit = %v", p)
	}
	// kept from before, not typed now: not refused (the checklist says it)
	if p := model.ValidateEdit(edited, edited); p != nil {
		t.Errorf("unchanged words refused: %v", p)
	}
}

// TestFundingWarnings: parents' money at a public school is warned about before
// printing, and a proposal budget that differs from the agreement's lines.
func TestFundingWarnings(t *testing.T) {
	school := model.School{Status: model.StatusNegeri}
	pt := &model.Partner{Kind: model.KindOrangTua}
	ps := model.NewPartnership()
	ps.Agreement.Kind = model.AgreementPKS
	ps.Agreement.Contributions = []model.Contribution{{From: model.GiverPartner, Kind: model.ContribSumbangan, What: "Etalase", Amount: 7_500_000}}
	ps.Proposal.Budget = []model.BudgetItem{{Item: "Etalase", Amount: 7_500_000, PaidBy: model.PartyPartner}}
	w := model.FundingWarnings(school, ps, pt)
	if len(w) != 1 || w[0].Key != "warning.pungutan" || !strings.Contains(w[0].Message, "Pasal 10–12") {
		t.Errorf("warnings %+v", w)
	}
	if w := model.FundingWarnings(model.School{Status: model.StatusSwasta}, ps, pt); len(w) != 0 {
		t.Errorf("a private school's committee may collect: %+v", w)
	}
	ps.Proposal.Budget[0].Amount = 9_000_000
	w = model.FundingWarnings(model.School{Status: model.StatusSwasta}, ps, pt)
	if len(w) != 1 || w[0].Key != "warning.budget" || !strings.Contains(w[0].Message, "Rp9.000.000,00") {
		t.Errorf("budget warnings %+v", w)
	}
}

// TestEvaluationWithinTerm: an evaluation entered outside the agreement's term is
// refused at its date.
func TestEvaluationWithinTerm(t *testing.T) {
	old := model.NewPartnership()
	old.Agreement = model.Agreement{Kind: model.AgreementPKS, Start: utcDay(2027, 1, 1), End: utcDay(2027, 12, 31)}
	edited := old
	edited.Evaluations = []model.Evaluation{{Date: utcDay(2026, 12, 5)}}
	p := model.ValidateEdit(old, edited)
	if e, ok := p.Field("evaluations[0].date"); !ok || !strings.Contains(e.Message, "1 Januari 2027 s.d. 31 Desember 2027") {
		t.Errorf("ValidateEdit = %v", p)
	}
	edited.Evaluations[0].Date = utcDay(2027, 3, 31)
	if p := model.ValidateEdit(old, edited); p != nil {
		t.Errorf("an evaluation within the term: %v", p)
	}
}

// TestEvaluationPeriod: a report covers the days since the evaluation before it, or
// since the agreement started.
func TestEvaluationPeriod(t *testing.T) {
	ps := model.NewPartnership()
	ps.Agreement = model.Agreement{Kind: model.AgreementPKS, Start: utcDay(2027, 1, 1), End: utcDay(2027, 12, 31)}
	ps.Evaluations = []model.Evaluation{{ID: "A", Date: utcDay(2027, 3, 31)}, {ID: "B", Date: utcDay(2027, 6, 30)}}
	if from, to := ps.EvaluationPeriod(ps.Evaluations[0]); !from.Equal(utcDay(2027, 1, 1)) || !to.Equal(utcDay(2027, 3, 31)) {
		t.Errorf("first period %v – %v", from, to)
	}
	if from, _ := ps.EvaluationPeriod(ps.Evaluations[1]); !from.Equal(utcDay(2027, 4, 1)) {
		t.Errorf("second period from %v", from)
	}
	// one dated before the term (data from before the check): never "from after to"
	early := model.Evaluation{ID: "C", Date: utcDay(2026, 12, 5)}
	if from, to := ps.EvaluationPeriod(early); from.After(to) {
		t.Errorf("period %v – %v", from, to)
	}
}

func TestIndicatorDue(t *testing.T) {
	in := model.Indicator{Name: "Lulusan melanjutkan", Due: utcDay(2027, 6, 30)}
	if in.DueAt(utcDay(2026, 11, 15)) || !in.DueAt(time.Date(2027, 6, 30, 15, 0, 0, 0, time.Local)) {
		t.Error("DueAt")
	}
	if !(model.Indicator{}).DueAt(utcDay(2026, 1, 1)) {
		t.Error("an indicator without a date is due at once")
	}
}

// TestPartyNames: a company signs as the legal entity, never a division; a person's
// titles are printed once; a civil servant's NIP is grouped.
func TestPartyNames(t *testing.T) {
	for name, ok := range map[string]bool{
		"PT Bank Parahyangan Sejahtera Tbk":            true,
		"CV Maju Jaya":                                 true,
		"Koperasi Guru Sejahtera":                      true,
		"Divisi CSR PT Bank Parahyangan Sejahtera Tbk": false,
		"Bank Parahyangan":                             false,
	} {
		if model.LegalEntityName(name) != ok {
			t.Errorf("LegalEntityName(%q) = %v", name, !ok)
		}
	}
	pt := model.Partner{Kind: model.KindBisnis, Name: "Divisi CSR PT Bank X Tbk", LegalName: "Divisi CSR PT Bank X Tbk"}
	if p := pt.Validate(); !hasField(p, "legal_name") {
		t.Errorf("a division as the legal name: %v", p)
	}
	if got := model.FullName("Ir.", "Hendra Gunawan", "M.T."); got != "Ir. Hendra Gunawan, M.T." {
		t.Errorf("FullName = %q", got)
	}
	if got := model.FullName("Ir.", "Ir. Hendra Gunawan, M.T.", "M.T."); got != "Ir. Hendra Gunawan, M.T." {
		t.Errorf("FullName of a name typed with titles = %q", got)
	}
	ind := model.Partner{Kind: model.KindIndividu, Name: "Hendra", SignatoryName: "Hendra Gunawan", TitleFront: "Ir.", TitleBack: "M.T.", Salutation: "Bapak"}
	if got := ind.Addressee(); got != "Bapak Ir. Hendra Gunawan, M.T." {
		t.Errorf("Addressee = %q", got)
	}
	if ind.You() != "Bapak" || (model.Partner{}).You() != "Bapak/Ibu" {
		t.Error("You")
	}
	if got := model.NIPLine("197803222005012009"); got != "NIP 19780322 200501 2 009" {
		t.Errorf("NIPLine = %q", got)
	}
}

// TestRegisterOrder: a letter dated before letters already numbered breaks the date
// order of the register, and says which.
func TestRegisterOrder(t *testing.T) {
	letters := []model.Letter{{Number: "050", Date: utcDay(2026, 12, 5)}, {Number: "049", Date: utcDay(2026, 11, 20)}, {Number: "012", Date: utcDay(2025, 12, 30)}}
	if later := model.OutOfOrder(letters, utcDay(2026, 11, 25)); len(later) != 1 || later[0].Number != "050" {
		t.Errorf("OutOfOrder = %+v", later)
	}
	if later := model.OutOfOrder(letters, utcDay(2026, 12, 5)); len(later) != 0 {
		t.Errorf("the same day is in order: %+v", later)
	}
}
