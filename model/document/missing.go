package document

import (
	"strings"

	"github.com/kemitraan/kemitraan/model"
)

// What a document may lack beside a stage's checklist; Key is a translation key.
var (
	missingSaved      = model.Requirement{Key: "doc.missing.saved", Text: "Simpan kemitraan ini dulu"}
	missingSchool     = model.Requirement{Key: "doc.missing.school", Text: "Isi dan simpan Profil Sekolah di Pengaturan"}
	missingPartner    = model.Requirement{Key: "doc.missing.partner", Text: "Pilih mitra lalu simpan"}
	missingStage2     = model.Requirement{Key: "doc.missing.stage2", Text: "Kemitraan belum sampai tahap 2 (Penjajakan Mitra)"}
	missingStage3     = model.Requirement{Key: "doc.missing.stage3", Text: "Kemitraan belum sampai tahap 3 (Proposal)"}
	missingStage4     = model.Requirement{Key: "doc.missing.stage4", Text: "Kemitraan belum sampai tahap 4 (Perjanjian)"}
	missingKind       = model.Requirement{Key: "doc.missing.kind", Text: "Jenis perjanjian (MoU/PKS) belum dipilih"}
	missingEvaluation = model.Requirement{Key: "doc.missing.evaluation", Text: "Belum ada evaluasi yang dicatat"}
	missingNoMoU      = model.Requirement{Key: "doc.missing.nomou", Text: "Bentuk perjanjian tahap 4 tidak memuat MoU"}
	missingNoPKS      = model.Requirement{Key: "doc.missing.nopks", Text: "Bentuk perjanjian tahap 4 baru MoU; pilih «MoU, lalu PKS» untuk membuat PKS-nya"}
	missingSMK        = model.Requirement{Key: "doc.missing.smk", Text: "Dokumen PKL hanya untuk sekolah berjenjang SMK (Profil Sekolah)"}
	missingSigned     = model.Requirement{Key: "doc.missing.signed", Text: "Perjanjian yang dirujuknya belum ditandatangani (Tandai ditandatangani di tahap 4)"}
)

// Missing lists what the partnership's stored data lack for the document, nil when it
// can be made: the request letter needs stage 2 and a partner; the proposal the stage 3
// checklist complete; the MoU or PKS (as Agreement.Kind says) its part of the stage 4
// checklist and the parties' (model.Partnership.DocumentChecklist); the monitoring
// report one evaluation; the PKL documents an SMK and a signed agreement. Every document needs the school's profile and a saved
// partnership.
func Missing(school model.School, ps model.Partnership, partner *model.Partner, kind model.DocumentKind) []model.Requirement {
	var m []model.Requirement
	if ps.ID == "" {
		return []model.Requirement{missingSaved}
	}
	if school.IsZero() {
		m = append(m, missingSchool)
	}
	if ps.PartnerID == "" || partner == nil {
		m = append(m, missingPartner)
	}
	switch kind {
	case model.DocRequest:
		if ps.Stage < model.StagePenjajakan {
			m = append(m, missingStage2)
		}
	case model.DocProposal:
		if ps.Stage < model.StageProposal {
			m = append(m, missingStage3)
		}
		m = append(m, ps.Checklist(model.StageProposal, partner).Missing()...)
	case model.DocPKS, model.DocMoU:
		if ps.Stage < model.StagePerjanjian {
			m = append(m, missingStage4)
		}
		switch k := ps.Agreement.Kind; {
		case !k.Valid():
			m = append(m, missingKind)
		case kind == model.DocMoU && !k.HasMoU():
			m = append(m, missingNoMoU)
		case kind == model.DocPKS && !k.HasPKS():
			m = append(m, missingNoPKS)
		default:
			m = append(m, ps.DocumentChecklist(kind, partner).Missing()...)
		}
	case model.DocMonev:
		if len(ps.Evaluations) == 0 {
			m = append(m, missingEvaluation)
		}
	case model.DocPKLLetter, model.DocPKLMonitoring:
		// students are placed under an agreement, by an SMK (model.StudentActivitiesAllowed)
		if !school.IsSMK() {
			m = append(m, missingSMK)
		}
		if ps.Stage < model.StagePerjanjian {
			m = append(m, missingStage4)
		}
		// both cite the agreement by its number and date as the ground of the PKL:
		// one not yet signed is no ground
		if !ps.Agreement.Signed() {
			m = append(m, missingSigned)
		}
	default:
		m = append(m, model.Requirement{Key: "doc.missing.unknown", Text: "Jenis dokumen tidak dikenal"})
	}
	return m
}

// Reasons joins what is missing into one Indonesian sentence part.
func Reasons(m []model.Requirement) string {
	parts := make([]string, len(m))
	for i, r := range m {
		parts[i] = strings.ToLower(r.Text[:1]) + r.Text[1:]
	}
	return strings.Join(parts, "; ")
}
