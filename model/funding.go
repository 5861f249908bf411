package model

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// The words of money, after Permendikbud 75/2016 (Komite Sekolah), Pasal 1:
//
//   - bantuan is given by parties other than students and their parents "dengan syarat
//     yang disepakati para pihak": a PKS binds the giver to it;
//   - sumbangan is given by students, parents or the community "secara sukarela, dan
//     tidak mengikat satuan pendidikan";
//   - a pungutan — compulsory, its amount and time fixed by the school — is forbidden
//     (Pasal 10–12).
//
// A government body's support is neither: the Dinas is the school's own line agency,
// and what a Puskesmas brings is its program. The school's own share is its budget.

// ContributionKind is what a contribution is in law.
type ContributionKind string

// The kinds of contribution.
const (
	ContribBantuan   ContributionKind = "bantuan"   // from outside students and parents, on agreed conditions
	ContribSumbangan ContributionKind = "sumbangan" // voluntary: parents, alumni, the community
	ContribProgram   ContributionKind = "program"   // a government body's program
	ContribSchool    ContributionKind = "sekolah"   // the school's own budget (BOS, APBD)
)

// ContributionKinds lists the kinds in the order reports show them.
var ContributionKinds = []ContributionKind{ContribBantuan, ContribSumbangan, ContribProgram, ContribSchool}

var contributionKindLabels = map[ContributionKind]string{
	ContribBantuan:   "Bantuan",
	ContribSumbangan: "Sumbangan",
	ContribProgram:   "Dukungan program pemerintah",
	ContribSchool:    "Anggaran sekolah",
}

// Label is the kind's name in Bahasa Indonesia.
func (k ContributionKind) Label() string { return contributionKindLabels[k] }

// Valid reports whether k is one of ContributionKinds.
func (k ContributionKind) Valid() bool { _, ok := contributionKindLabels[k]; return ok }

// Giver is who gives a contribution: one of the parties, or persons who are not a
// party (parents, alumni, members of the community giving as individuals).
type Giver string

// The givers.
const (
	GiverPartner Giver = "mitra"      // PIHAK KEDUA
	GiverSchool  Giver = "sekolah"    // PIHAK PERTAMA
	GiverParents Giver = "orang_tua"  // parents or guardians of students, as persons
	GiverAlumni  Giver = "alumni"     // alumni, as persons
	GiverPublic  Giver = "masyarakat" // members of the community, as persons
)

// Givers lists the givers in the order a form offers them.
var Givers = []Giver{GiverPartner, GiverSchool, GiverParents, GiverAlumni, GiverPublic}

var giverLabels = map[Giver]string{
	GiverPartner: "Mitra (PIHAK KEDUA)", GiverSchool: "Sekolah (PIHAK PERTAMA)",
	GiverParents: "Orang tua/wali peserta didik", GiverAlumni: "Alumni (perorangan)", GiverPublic: "Masyarakat (perorangan)",
}

// Label is the giver's name in Bahasa Indonesia.
func (g Giver) Label() string { return giverLabels[g] }

// Valid reports whether g is one of Givers.
func (g Giver) Valid() bool { _, ok := giverLabels[g]; return ok }

// ContributionForm is what is given: money, goods or services (the last two in kind,
// natura, at their estimated value).
type ContributionForm string

// The forms; "" is money.
const (
	FormMoney    ContributionForm = "uang"
	FormGoods    ContributionForm = "barang"
	FormServices ContributionForm = "jasa"
)

// ContributionForms lists the forms in the order a form offers them.
var ContributionForms = []ContributionForm{FormMoney, FormGoods, FormServices}

// InKind reports whether the form is goods or services (natura).
func (f ContributionForm) InKind() bool { return f == FormGoods || f == FormServices }

// Label is the form's name in Bahasa Indonesia.
func (f ContributionForm) Label() string {
	switch f {
	case FormGoods:
		return "Barang"
	case FormServices:
		return "Jasa"
	}
	return "Uang"
}

// Contribution is one line of an agreement's funding: who gives what, how much, and
// when (a termin).
type Contribution struct {
	ID     ID               `json:"id,omitempty"`
	From   Giver            `json:"from"`
	Kind   ContributionKind `json:"kind"`
	Form   ContributionForm `json:"form,omitempty"`
	What   string           `json:"what"`   // "Dana beasiswa tahap I", "Rak buku besi 10 unit"
	Amount Rupiah           `json:"amount"` // goods and services at their estimated value
	Due    time.Time        `json:"due,omitzero"`
}

// DeriveKind is the kind of a contribution from a giver to a school whose partner is
// of kind pk: the school's own budget; parents, alumni and the community give
// sumbangan; a government body a program; any other partner bantuan.
func DeriveKind(pk PartnerKind, g Giver) ContributionKind {
	return AllowedKinds(pk, g)[0]
}

// AllowedKinds are the kinds the law allows a contribution of giver g to have, the
// derived one first. Only a person or community outside the parents may give under
// agreed conditions (bantuan) instead of voluntarily; parents never; a company, a
// foundation or a university that a PKS obliges gives bantuan, never a sumbangan "yang
// tidak mengikat" that would empty its obligation; a government body brings a program.
func AllowedKinds(pk PartnerKind, g Giver) []ContributionKind {
	switch g {
	case GiverSchool:
		return []ContributionKind{ContribSchool}
	case GiverParents:
		return []ContributionKind{ContribSumbangan}
	case GiverAlumni, GiverPublic:
		return []ContributionKind{ContribSumbangan, ContribBantuan}
	}
	switch pk {
	case KindPemerintah:
		return []ContributionKind{ContribProgram}
	case KindOrangTua:
		return []ContributionKind{ContribSumbangan}
	case KindKomunitas, KindIndividu:
		return []ContributionKind{ContribSumbangan, ContribBantuan}
	}
	return []ContributionKind{ContribBantuan}
}

// KindAllowed reports whether c's kind is one the law allows for its giver.
func (c Contribution) KindAllowed(pk PartnerKind) bool {
	for _, k := range AllowedKinds(pk, c.From) {
		if k == c.Kind {
			return true
		}
	}
	return false
}

// FromParents reports whether the contribution is parents' money: given by parents
// as persons, or by the parents' association that is the partner.
func (c Contribution) FromParents(pk PartnerKind) bool {
	return c.From == GiverParents || c.From == GiverPartner && pk.Parents()
}

// ErrAmountTooLarge is returned when a sum of amounts passes MaxRupiah.
var ErrAmountTooLarge = errors.New("jumlah rupiah terlalu besar")

// Sum adds amounts, refusing a total beyond MaxRupiah (and so never overflowing):
// every amount is checked before it is added.
func Sum(amounts ...Rupiah) (Rupiah, error) {
	var total Rupiah
	for _, a := range amounts {
		if a < 0 || a > MaxRupiah || total > MaxRupiah-a {
			return 0, ErrAmountTooLarge
		}
		total += a
	}
	return total, nil
}

// Totals are an agreement's contributions added up.
type Totals struct {
	All     Rupiah                      // every line
	Partner Rupiah                      // what PIHAK KEDUA gives
	Others  Rupiah                      // what persons outside the parties give
	School  Rupiah                      // what the school gives from its budget
	InKind  Rupiah                      // goods and services, at their value
	ByKind  map[ContributionKind]Rupiah // by kind in law
}

// ContributionTotals adds the agreement's lines up; an error when a sum would pass
// MaxRupiah.
func (a Agreement) ContributionTotals() (Totals, error) {
	t := Totals{ByKind: map[ContributionKind]Rupiah{}}
	var err error
	add := func(to *Rupiah, v Rupiah) {
		if err == nil {
			*to, err = Sum(*to, v)
		}
	}
	for _, c := range a.Contributions {
		add(&t.All, c.Amount)
		switch c.From {
		case GiverPartner:
			add(&t.Partner, c.Amount)
		case GiverSchool:
			add(&t.School, c.Amount)
		default:
			add(&t.Others, c.Amount)
		}
		if c.Form.InKind() {
			add(&t.InKind, c.Amount)
		}
		v := t.ByKind[c.Kind]
		add(&v, c.Amount)
		t.ByKind[c.Kind] = v
	}
	if err != nil {
		return Totals{}, err
	}
	return t, nil
}

// amountRE finds an amount of money written out: "Rp26.000.000", "Rp 5 juta",
// "26.000.000,00", "1.500", or the word "rupiah".
var amountRE = regexp.MustCompile(`(?i)\brp\.?\s*\d|\d{1,3}(\.\d{3})+|\brupiah\b`)

// MentionsAmount reports whether text states an amount of money. Pembiayaan's words
// may add conditions but never restate an amount: amounts come from the contribution
// lines alone, so that the figures printed can never disagree.
func MentionsAmount(text string) bool { return amountRE.MatchString(text) }

// msgFundingAmount says why the funding words were refused.
const msgFundingAmount = "Jangan menulis jumlah uang di sini (Rp…, 1.000.000 atau … rupiah): jumlah diambil dari rincian kontribusi. " +
	"Tulis syaratnya saja, misalnya cara dan waktu penyaluran."

// Warning is something the principal must read before a document prints, and may
// accept: it does not stop the document.
type Warning struct {
	Key     string // translation key
	Message string // Bahasa Indonesia
	Args    map[string]string
}

// FundingWarnings are what the agreement's money calls for before it prints:
//
//   - parents' money at a public school (negeri) with an amount: a sumbangan is
//     voluntary; an amount parents owe, fixed by the school, is a pungutan, which
//     Permendikbud 75/2016 Pasal 10–12 forbid public schools;
//   - a proposal budget whose partner's share differs from what the agreement's lines
//     say the partner (and the persons outside the parties) give.
func FundingWarnings(school School, ps Partnership, pt *Partner) []Warning {
	var w []Warning
	pk := PartnerKind("")
	if pt != nil {
		pk = pt.Kind
	}
	a := ps.Agreement
	if school.Status != StatusSwasta {
		for i, c := range a.Contributions {
			if c.FromParents(pk) && c.Amount > 0 {
				w = append(w, Warning{Key: "warning.pungutan", Message: fmt.Sprintf(
					"Baris %d memuat %s dari orang tua/wali. Di sekolah negeri, uang dari orang tua hanya boleh berupa sumbangan: "+
						"sukarela, tidak ditentukan jumlah dan jangka waktunya bagi setiap orang tua, dan tidak mengikat sekolah. "+
						"Bila jumlah itu ditetapkan sekolah dan wajib dibayar orang tua, ia termasuk pungutan yang dilarang "+
						"(Permendikbud 75/2016 Pasal 10–12). Perjanjian mencetaknya sebagai target sumbangan sukarela.",
					i+1, c.Amount.Formal()),
					Args: map[string]string{"Line": fmt.Sprint(i + 1), "Amount": c.Amount.Formal()}})
			}
		}
	}
	if a.Kind.HasPKS() && len(ps.Proposal.Budget) > 0 {
		_, _, budget := ps.Proposal.BudgetTotal()
		if t, err := a.ContributionTotals(); err == nil && len(a.Contributions) > 0 {
			if given := t.Partner + t.Others; given != budget {
				w = append(w, Warning{Key: "warning.budget", Message: fmt.Sprintf(
					"Rencana anggaran proposal menyebut bagian mitra %s, sedangkan rincian kontribusi perjanjian %s. "+
						"Samakan keduanya, atau pastikan perbedaan itu memang disepakati, sebelum mencetak.",
					budget.Formal(), given.Formal()),
					Args: map[string]string{"Budget": budget.Formal(), "Agreement": given.Formal()}})
			}
		}
	}
	return w
}

// ParentFunded reports whether parents pay for the partnership's program: its partner
// is a parents' association or a community, a contribution line is parents' money, or
// a budget line names parents' money. Parents' money is a sumbangan the school
// committee must know of (Permendikbud 75/2016), so such a proposal carries
// "Mengetahui, Ketua Komite Sekolah".
func ParentFunded(ps Partnership, partner *Partner) bool {
	pk := PartnerKind("")
	if partner != nil {
		pk = partner.Kind
		if pk == KindOrangTua || pk == KindKomunitas {
			return true
		}
	}
	for _, c := range ps.Agreement.Contributions {
		if c.FromParents(pk) || c.Kind == ContribSumbangan {
			return true
		}
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

// parentWords name parents' money in a budget line: "Sumbangan orang tua", "iuran
// paguyuban kelas", "dana komite".
var parentWords = []string{"orang tua", "orangtua", "wali murid", "wali peserta didik", "paguyuban", "komite"}

// Receipt is money (or goods) actually received, recorded at stage 5: the annual
// report counts receipts, beside the lines planned.
type Receipt struct {
	Date time.Time `json:"date"`
	// Line is the contribution line received (Contribution.ID); "" when none applies.
	Line   ID     `json:"line,omitempty"`
	Amount Rupiah `json:"amount"`
	Note   string `json:"note,omitempty"` // "Transfer ke rekening BOS", "Berita acara serah terima"
}

// ReceiptKind is the kind of a receipt: its line's, else the kind of the partner's
// first line, else the kind a partner of kind pk gives.
func (ps Partnership) ReceiptKind(r Receipt, pk PartnerKind) ContributionKind {
	for _, c := range ps.Agreement.Contributions {
		if r.Line != "" && c.ID == r.Line {
			return c.Kind
		}
	}
	for _, c := range ps.Agreement.Contributions {
		if c.From == GiverPartner && c.Kind.Valid() {
			return c.Kind
		}
	}
	return DeriveKind(pk, GiverPartner)
}

// ReceiptInKind reports whether the receipt is of goods or services (its line's form).
func (ps Partnership) ReceiptInKind(r Receipt) bool {
	for _, c := range ps.Agreement.Contributions {
		if r.Line != "" && c.ID == r.Line {
			return c.Form.InKind()
		}
	}
	return false
}
