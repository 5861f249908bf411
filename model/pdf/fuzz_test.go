package pdf

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// FuzzDocuments puts arbitrary text into every text field of a PKS and a proposal:
// they render without panic, and another field's text is still printed.
func FuzzDocuments(f *testing.F) {
	for _, s := range []string{"", "Ma'had Al-Ḥikmah", "مدرسة الحكمة", "😀👍🏽 sekolah", "a\x00b\x07c\r\n\td", strings.Repeat("kata ", 400),
		"{{.Topic}}", "(1) ayat\na. huruf", "\u202eRTL\u202c", "\uFFFD\xff\xfe"} {
		f.Add(s)
	}
	_, noPdftotext := exec.LookPath("pdftotext")
	f.Fuzz(func(t *testing.T, s string) {
		in := sampleAgreement()
		ps := &in.Partnership
		a := &ps.Agreement
		// the partner's name stays as it is: it must survive whatever else is typed
		in.School.Address, in.School.Phone = s, s
		in.Partner.Address = s
		ps.Title = "X" + s
		ps.Need.Description = s
		a.SchoolNumber, a.PartnerNumber, a.Place = "1"+s, "2"+s, s
		a.SchoolObligations = append(a.SchoolObligations, s)
		a.PartnerObligations = append(a.PartnerObligations, s)
		a.Funding, a.Dispute, a.ForceMajeure = s, s, s
		a.SchoolSignatory.Position, a.PartnerSignatory.IDNumber = s, s
		a.Witnesses = append(a.Witnesses, model.Signatory{Name: s, Position: s, IDNumber: s})
		pr := &ps.Proposal
		pr.Background, pr.Objectives, pr.Targets, pr.Activities, pr.EvaluationPlan = s, "y"+s, "z"+s, s, s
		pr.SchoolRoles = append(pr.SchoolRoles, s)
		pr.Schedule[0].Activity, pr.Budget[0].Item, pr.Indicators[0].Name = s, s, s

		var buf bytes.Buffer
		if _, err := WritePKS(&buf, in); err != nil {
			t.Fatalf("PKS: %v", err)
		}
		if noPdftotext == nil && len(s)%8 == 0 { // sample the text check: pdftotext is slow
			if text := flat(poppler(t, buf.Bytes(), "pdftotext")); !strings.Contains(text, "PT Maju Bersama") {
				t.Fatalf("partner's name lost with %q", s)
			}
		}
		prop := sampleProposal()
		prop.Partnership = *ps
		buf.Reset()
		if _, err := WriteProposal(&buf, prop); err != nil {
			t.Fatalf("proposal: %v", err)
		}
	})
}
