package document

import (
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

// keys are the translation keys of what is missing.
func keys(m []model.Requirement) map[string]bool {
	out := map[string]bool{}
	for _, r := range m {
		out[r.Key] = true
	}
	return out
}

func TestMissingFollowsTheStages(t *testing.T) {
	d := demo.Dataset(time.Date(2026, 11, 26, 9, 0, 0, 0, time.Local))
	partners := map[model.ID]*model.Partner{}
	for i := range d.Partners {
		partners[d.Partners[i].ID] = &d.Partners[i]
	}
	for _, ps := range d.Partnerships {
		partner := partners[ps.PartnerID]
		request := Missing(d.School, ps, partner, model.DocRequest)
		if ps.Stage >= model.StagePenjajakan && partner != nil && len(request) > 0 {
			t.Errorf("%q at stage %d with a partner cannot print its request letter: %v", ps.Title, ps.Stage, request)
		}
		if ps.Stage == model.StageKebutuhan && !keys(request)["doc.missing.stage2"] {
			t.Errorf("%q at stage 1 may print a request letter", ps.Title)
		}
		for _, kind := range AgreementKinds(ps) {
			if m := Missing(d.School, ps, partner, kind); ps.Stage > model.StagePerjanjian && len(m) > 0 {
				t.Errorf("%q past stage 4 cannot print its %s: %v", ps.Title, kind, m)
			}
		}
		if ps.Agreement.Kind == model.AgreementPKS && !keys(Missing(d.School, ps, partner, model.DocMoU))["doc.missing.nomou"] {
			t.Errorf("%q, a PKS alone, may print an MoU", ps.Title)
		}
		if monev := Missing(d.School, ps, partner, model.DocMonev); (len(ps.Evaluations) > 0) == keys(monev)["doc.missing.evaluation"] {
			t.Errorf("%q with %d evaluations: monev missing %v", ps.Title, len(ps.Evaluations), monev)
		}
	}
}

func TestMissingSchoolAndUnsaved(t *testing.T) {
	ps := model.NewPartnership()
	if m := Missing(model.School{}, ps, nil, model.DocRequest); len(m) != 1 || m[0].Key != "doc.missing.saved" {
		t.Errorf("an unsaved partnership: %v, want only 'save it first'", m)
	}
	ps.ID = model.NewID(time.Now())
	ps.Stage = model.StagePenjajakan
	m := keys(Missing(model.School{}, ps, nil, model.DocRequest))
	if !m["doc.missing.school"] || !m["doc.missing.partner"] {
		t.Errorf("no school and no partner: %v", m)
	}
	if got := Reasons([]model.Requirement{{Text: "Pilih mitra"}, {Text: "Isi profil"}}); got != "pilih mitra; isi profil" {
		t.Errorf("Reasons = %q", got)
	}
}
