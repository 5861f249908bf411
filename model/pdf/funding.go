package pdf

import (
	"strings"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// Pasal Pembiayaan is made from the agreement's contribution lines alone: every
// amount it prints, its words and its total, is computed from them. Each kind is
// named as the law names it (Permendikbud 75/2016): bantuan "dengan syarat yang
// disepakati PARA PIHAK", sumbangan "sukarela dan tidak mengikat satuan pendidikan"
// with the Komite Sekolah's knowledge, a government body's program; parents' money
// is a target collected voluntarily, never an amount each parent owes.

// fundingText is what the fields of Pasal Pembiayaan are filled with.
type fundingText struct {
	lines, kinds           string // block fields: the sources, and what each kind is
	total, partner, school string // amounts with their words
}

// money is an amount in figures and words: "Rp5.000.000,00 (lima juta rupiah)".
func money(r model.Rupiah) string { return r.Formal() + " (" + r.Words() + ")" }

// fundingWords are Pasal Pembiayaan's words for the agreement.
func fundingWords(school model.School, pt model.Partner, ps model.Partnership) fundingText {
	a := ps.Agreement
	var f fundingText
	t, err := a.ContributionTotals()
	if err != nil {
		return f // Validate refuses such sums; nothing is printed of them
	}
	f.total, f.partner, f.school = money(t.All), money(t.Partner), money(t.School)
	if len(a.Contributions) == 0 {
		f.lines = "(1) Biaya yang timbul dari pelaksanaan Perjanjian ini ditanggung oleh masing-masing pihak sesuai dengan kewajibannya."
		return f
	}
	lines := []string{"(1) Pembiayaan pelaksanaan Perjanjian ini bersumber dari:"}
	type group struct {
		name string
		sum  model.Rupiah
	}
	var groups []*group
	byName := map[string]*group{}
	target := false
	for _, c := range a.Contributions {
		lines = append(lines, "- "+contributionPhrase(c, pt))
		name := sourceName(c, pt.Kind, false)
		g := byName[name]
		if g == nil {
			g = &group{name: name}
			byName[name] = g
			groups = append(groups, g)
		}
		g.sum, _ = model.Sum(g.sum, c.Amount) // the whole was summed above
		target = target || c.Kind == model.ContribSumbangan && c.FromParents(pt.Kind)
	}
	if len(a.Contributions) > 1 {
		s := "(2) Jumlah seluruh pembiayaan sebagaimana dimaksud pada ayat (1) sebesar " + money(t.All)
		if len(groups) == 1 {
			s = "(2) Jumlah seluruh " + groups[0].name + " sebagaimana dimaksud pada ayat (1) sebesar " + money(t.All)
		} else {
			parts := make([]string, len(groups))
			for i, g := range groups {
				parts[i] = g.name + " sebesar " + money(g.sum)
			}
			s += ", terdiri atas " + joinAnd(parts)
		}
		if target {
			s += "; jumlah sumbangan orang tua/wali merupakan target yang dihimpun secara sukarela"
		}
		lines = append(lines, s+".")
	}
	f.lines = strings.Join(lines, "\n")

	var kinds []string
	has := map[model.ContributionKind]bool{}
	goods, cash, parents := false, false, false
	for _, c := range a.Contributions {
		has[c.Kind] = true
		parents = parents || c.Kind == model.ContribSumbangan && c.FromParents(pt.Kind)
		goods = goods || c.Form == model.FormGoods
		cash = cash || !c.Form.InKind() && c.From != model.GiverSchool
	}
	if has[model.ContribBantuan] {
		kinds = append(kinds, "(3) Bantuan sebagaimana dimaksud pada ayat (1) diberikan dengan syarat yang disepakati PARA PIHAK dalam Perjanjian ini dan bukan merupakan pungutan.")
	}
	if has[model.ContribSumbangan] {
		s := "(3) Sumbangan sebagaimana dimaksud pada ayat (1) diberikan secara sukarela dan tidak mengikat satuan pendidikan"
		if parents {
			s += ", tidak ditentukan jumlah maupun jangka waktunya bagi setiap orang tua/wali peserta didik"
		}
		s += ", bukan merupakan pungutan, dan diterima dengan sepengetahuan Komite Sekolah"
		if n := strings.TrimRight(oneLine(a.CommitteeNote), ".;"); n != "" {
			s += " sebagaimana tercatat dalam " + n
		}
		kinds = append(kinds, s+".")
	}
	if has[model.ContribProgram] {
		kinds = append(kinds, "(3) Dukungan program sebagaimana dimaksud pada ayat (1) dilaksanakan dan dibiayai sesuai dengan ketentuan "+
			"yang berlaku bagi PIHAK KEDUA, dan tidak menimbulkan beban biaya bagi peserta didik maupun orang tua/wali.")
	}
	if has[model.ContribSchool] {
		kinds = append(kinds, "(3) Anggaran PIHAK PERTAMA sebagaimana dimaksud pada ayat (1) dibebankan pada anggaran "+
			oneLine(school.Name)+" sesuai dengan ketentuan peraturan perundang-undangan.")
	}
	if goods {
		// a public school has no legal personality of its own: goods it receives are
		// the regional government's (barang milik daerah); a private school's are its
		// foundation's
		owner := "barang milik daerah"
		if school.Status == model.StatusSwasta {
			owner = "aset badan penyelenggara PIHAK PERTAMA"
		}
		kinds = append(kinds, "(3) Barang yang diterima PIHAK PERTAMA diserahterimakan dengan berita acara dan dicatat sebagai "+
			owner+" sesuai dengan ketentuan peraturan perundang-undangan.")
	}
	if cash {
		kinds = append(kinds, "(3) Uang yang diterima PIHAK PERTAMA dikelola secara transparan dan akuntabel, serta penggunaannya "+
			"dipertanggungjawabkan sesuai dengan ketentuan peraturan perundang-undangan.")
	}
	f.kinds = strings.Join(kinds, "\n")
	return f
}

// sourceName names where a contribution comes from: "bantuan PIHAK KEDUA",
// "sumbangan sukarela orang tua/wali peserta didik yang dihimpun PIHAK KEDUA",
// "anggaran PIHAK PERTAMA". long adds how a parents' association collects.
func sourceName(c model.Contribution, pk model.PartnerKind, long bool) string {
	switch c.From {
	case model.GiverSchool:
		return "anggaran PIHAK PERTAMA"
	case model.GiverParents:
		return "sumbangan sukarela orang tua/wali peserta didik"
	case model.GiverAlumni, model.GiverPublic:
		who := "alumni"
		if c.From == model.GiverPublic {
			who = "masyarakat"
		}
		if c.Kind == model.ContribBantuan {
			return "bantuan " + who
		}
		return "sumbangan sukarela " + who
	}
	switch c.Kind {
	case model.ContribSumbangan:
		if pk.Parents() {
			if long {
				return "sumbangan sukarela orang tua/wali peserta didik yang dihimpun PIHAK KEDUA"
			}
			return "sumbangan sukarela orang tua/wali peserta didik"
		}
		return "sumbangan PIHAK KEDUA"
	case model.ContribProgram:
		return "dukungan program PIHAK KEDUA"
	}
	return "bantuan PIHAK KEDUA"
}

// contributionPhrase is one source of Pasal Pembiayaan: "bantuan PIHAK KEDUA berupa
// uang sebesar Rp48.100.000,00 (…) untuk dana beasiswa tahap I, diserahkan paling
// lambat tanggal 17 Agustus 2026".
func contributionPhrase(c model.Contribution, pt model.Partner) string {
	s := sourceName(c, pt.Kind, true)
	what := strings.TrimRight(clause.Continuing(c.What), ".;,")
	target := c.Kind == model.ContribSumbangan && c.FromParents(pt.Kind)
	switch {
	case c.Form.InKind():
		form := "barang"
		if c.Form == model.FormServices {
			form = "jasa"
		}
		s += " berupa " + form
		if what != "" {
			s += ", yaitu " + what + ","
		}
		s += " senilai taksiran " + money(c.Amount)
	default:
		if c.From != model.GiverSchool {
			s += " berupa uang"
		}
		if target {
			s += " dengan target sebesar " + money(c.Amount)
		} else {
			s += " sebesar " + money(c.Amount)
		}
		if what != "" {
			s += " untuk " + what
		}
	}
	if !c.Due.IsZero() {
		switch {
		case target:
			s += ", dihimpun sampai dengan tanggal "
		case c.From == model.GiverSchool:
			s += ", disediakan paling lambat tanggal "
		case c.Form == model.FormServices:
			s += ", dilaksanakan paling lambat tanggal "
		default:
			s += ", diserahkan paling lambat tanggal "
		}
		s += model.LongDate(c.Due)
	}
	return s
}

// joinAnd joins parts as a sentence lists them: "a, b, dan c"; "a dan b".
func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	case 2:
		return parts[0] + " dan " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", dan " + parts[len(parts)-1]
}

// ContributionWords is what a document calls contributions of the kind, for the
// proposal's and the reports' notes.
func ContributionWords(k model.ContributionKind) string {
	switch k {
	case model.ContribBantuan:
		return "bantuan, diberikan dengan syarat yang disepakati para pihak"
	case model.ContribSumbangan:
		return "sumbangan, bersifat sukarela dan tidak mengikat satuan pendidikan"
	case model.ContribProgram:
		return "dukungan program pemerintah"
	case model.ContribSchool:
		return "anggaran sekolah"
	}
	return ""
}
