package pdf

import (
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

func TestContinuing(t *testing.T) {
	for in, want := range map[string]string{
		"Meningkatkan literasi":    "meningkatkan literasi",
		"Apabila musyawarah gagal": "apabila musyawarah gagal",
		"PARA PIHAK sepakat":       "PARA PIHAK sepakat",
		"SMP Negeri 1 membina":     "SMP Negeri 1 membina",
		"McDonald's mendukung":     "McDonald's mendukung",
		"menata laboratorium":      "menata laboratorium",
		"Él":                       "él",
		"A":                        "A",
		"":                         "",
		"Ḥikmah":                   "ḥikmah",
		"K3 di laboratorium":       "K3 di laboratorium",
	} {
		if got := clause.Continuing(in); got != want {
			t.Errorf("continuing(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTypedTextContinuesSentences: what a principal types as sentences of their own
// (objectives, how disputes end) reads as part of the article's sentence, and the
// considerations name the area of the need rather than pasting its description.
func TestTypedTextContinuesSentences(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Proposal.Objectives = "Menata laboratorium IPA sesuai standar keselamatan."
	in.Partnership.Agreement.Dispute = "PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri Bandung"
	in.Partnership.Need.Category = model.NeedProfesional
	pdf, _ := writePKS(t, in)
	text := flat(poppler(t, pdf, "pdftotext"))
	for _, want := range []string{
		"Tujuan Perjanjian ini adalah menata laboratorium IPA sesuai standar keselamatan.",
		"30 (tiga puluh) hari, PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri Bandung.",
		"memerlukan dukungan di bidang pengembangan keprofesian pendidik dan tenaga kependidikan;",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PKS lacks %q", want)
		}
	}
	if strings.Contains(text, in.Partnership.Need.Description) {
		t.Error("the need's description is pasted into a consideration")
	}
}

func TestNIPPrintsGrouped(t *testing.T) {
	for in, want := range map[string]string{
		"196805121994032007":     "NIP 19680512 199403 2 007",
		"19680512 199403 2 007":  "NIP 19680512 199403 2 007",
		" 1968 0512 1994032007 ": "NIP 19680512 199403 2 007",
		"NIP 196805121994032007": "NIP 19680512 199403 2 007",
		"":                       "",
	} {
		if got := nipOf(in); got != want {
			t.Errorf("nipOf(%q) = %q, want %q", in, got, want)
		}
		if in != "" && model.IsNIP(in) {
			if got := idLine(in); got != want {
				t.Errorf("idLine(%q) = %q, want %q", in, got, want)
			}
		}
	}
	if got := idLine("NIDN 0012345678"); got != "NIDN 0012345678" {
		t.Errorf("idLine keeps other identities as typed, got %q", got)
	}
}
