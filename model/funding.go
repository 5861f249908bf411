package model

import "strings"

// parentWords name parents' money in a budget line: "Sumbangan orang tua", "iuran
// paguyuban kelas", "dana komite".
var parentWords = []string{"orang tua", "orangtua", "wali murid", "wali peserta didik", "paguyuban", "komite"}

// ParentFunded reports whether parents pay for the partnership's program: its partner
// is a parents' association or community (KindKomunitas), or a budget line names
// parents' money. Parents' money is a sumbangan the school committee must know of
// (Permendikbud 75/2016), so such a proposal carries "Mengetahui, Ketua Komite
// Sekolah". Kept here, in one place, so that funding kinds can refine it.
func ParentFunded(ps Partnership, partner *Partner) bool {
	if partner != nil && partner.Kind == KindKomunitas {
		return true
	}
	for _, b := range ps.Proposal.Budget {
		item := strings.ToLower(b.Item)
		for _, w := range parentWords {
			if strings.Contains(item, w) {
				return true
			}
		}
	}
	return false
}
