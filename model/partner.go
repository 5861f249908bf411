package model

import (
	"strings"
	"time"
)

// PartnerKind is what sort of organisation (or person) a partner is. The kind decides
// how an agreement names the partner (komparisi) and what its money is called
// (ContributionKind): a parents' association gives sumbangan, a company bantuan, a
// government body a program.
type PartnerKind string

// The kinds of partner a school works with.
const (
	KindNirlaba        PartnerKind = "nirlaba" // yayasan, perkumpulan, lembaga nirlaba
	KindBisnis         PartnerKind = "bisnis"
	KindPemerintah     PartnerKind = "pemerintah"
	KindPerguruanTingi PartnerKind = "perguruan_tinggi"
	KindOrangTua       PartnerKind = "orang_tua" // paguyuban orang tua/wali peserta didik
	KindKomunitas      PartnerKind = "komunitas" // a community, a group of citizens
	KindIndividu       PartnerKind = "individu"
)

// PartnerKinds lists the kinds in the order forms offer them.
var PartnerKinds = []PartnerKind{KindNirlaba, KindBisnis, KindPemerintah, KindPerguruanTingi, KindOrangTua, KindKomunitas, KindIndividu}

var partnerKindLabels = map[PartnerKind]string{
	KindNirlaba:        "Yayasan/Nirlaba",
	KindBisnis:         "Bisnis/DUDI",
	KindPemerintah:     "Pemerintah",
	KindPerguruanTingi: "Perguruan Tinggi",
	KindOrangTua:       "Paguyuban Orang Tua",
	KindKomunitas:      "Komunitas/Masyarakat",
	KindIndividu:       "Perseorangan",
}

// Label is the kind's name in Bahasa Indonesia.
func (k PartnerKind) Label() string { return partnerKindLabels[k] }

// Valid reports whether k is one of PartnerKinds.
func (k PartnerKind) Valid() bool { _, ok := partnerKindLabels[k]; return ok }

// Parents reports whether the kind is the parents' own: their money is sumbangan,
// never bantuan (Permendikbud 75/2016 Pasal 1), and never owed (a pungutan).
func (k PartnerKind) Parents() bool { return k == KindOrangTua }

// Salutations are the forms of address a letter may use for a person: "Bapak" and
// "Ibu" for adults, "Saudara" and "Saudari" for the young.
var Salutations = []string{"Bapak", "Ibu", "Saudara", "Saudari"}

// Partner is an organisation or person the school works with.
type Partner struct {
	ID   ID          `json:"id"`
	Name string      `json:"name"` // as the school calls it: "Divisi CSR PT Bank … Tbk"
	Kind PartnerKind `json:"kind"`
	// LegalName is the legal subject that signs, when Name is not one: the company
	// ("PT Bank Parahyangan Sejahtera Tbk", never a division of it), the university of
	// a faculty, the agency of a unit. Agreements print it as PIHAK KEDUA; a company
	// cannot sign without it.
	LegalName string `json:"legal_name,omitempty"`
	// SoleProprietor says that a business is a usaha perseorangan (no PT or CV): its
	// owner signs for himself, with NIK, pekerjaan and alamat, like an individual.
	SoleProprietor bool   `json:"sole_proprietor,omitempty"`
	Address        string `json:"address,omitempty"`
	ContactPerson  string `json:"contact_person,omitempty"`
	Phone          string `json:"phone,omitempty"`
	Email          string `json:"email,omitempty"`
	// The signatory — for an individual, the partner himself. SignatoryName is the
	// name; TitleFront and TitleBack are the academic or religious titles printed
	// around it ("Ir." … ", M.T."), so that a letter never doubles a full stop.
	SignatoryName     string `json:"signatory_name,omitempty"`
	TitleFront        string `json:"title_front,omitempty"`
	TitleBack         string `json:"title_back,omitempty"`
	SignatoryPosition string `json:"signatory_position,omitempty"`
	// Salutation is how a letter addresses the signatory: Bapak, Ibu, Saudara, Saudari.
	Salutation string `json:"salutation,omitempty"`
	// NIK and Occupation describe a person acting for himself (an individual, the owner
	// of a sole proprietorship): "Nomor Induk Kependudukan …, pekerjaan …".
	NIK        string `json:"nik,omitempty"`
	Occupation string `json:"occupation,omitempty"`
	// NIP is a civil servant signatory's identity number (18 digits).
	NIP string `json:"nip,omitempty"`
	// Authority is what the signatory signs under (dasar kewenangan): the decree
	// appointing them, the company's articles (akta pendirian/anggaran dasar), or a
	// power of attorney; ByProxy says that it is a power of attorney (surat kuasa).
	// Agreements take them as their defaults.
	Authority string    `json:"authority,omitempty"`
	ByProxy   bool      `json:"by_proxy,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`

	// DUDI is a business partner's data as Dapodik asks for it (smk.go), nil when
	// none: read it with DUDIData, change it with SetDUDI.
	DUDI *DUDI `json:"dudi,omitempty"`
}

// Validate lists what is wrong with the partner.
func (pt Partner) Validate() Problems {
	var p Problems
	required(&p, "name", pt.Name)
	maxLen(&p, "name", pt.Name, 200)
	maxLen(&p, "legal_name", pt.LegalName, 200)
	if !pt.Kind.Valid() {
		p.add("kind", "validation.choice", msgChoice)
	}
	validateEmail(&p, "email", pt.Email)
	if pt.Salutation != "" && !containsString(Salutations, pt.Salutation) {
		p.add("salutation", "validation.choice", msgChoice)
	}
	if v := digitsOnly(pt.NIK); pt.NIK != "" && !(len(v) == 16 && allDigits(v)) {
		p.add("nik", "validation.nik", msgNIK)
	}
	if v := digitsOnly(pt.NIP); pt.NIP != "" && !(len(v) == 18 && allDigits(v)) {
		p.add("nip", "validation.nip", msgNIP)
	}
	if pt.Kind == KindBisnis && !pt.SoleProprietor && strings.TrimSpace(pt.LegalName) != "" && !LegalEntityName(pt.LegalName) {
		p.add("legal_name", "validation.legalname", msgLegalName)
	}
	if pt.DUDI != nil {
		pt.DUDI.validate(&p)
	}
	return p
}

// ActsForHimself reports whether the partner signs for himself: an individual, or
// the owner of a sole proprietorship.
func (pt Partner) ActsForHimself() bool {
	return pt.Kind == KindIndividu || pt.Kind == KindBisnis && pt.SoleProprietor
}

// Party is the name an agreement gives PIHAK KEDUA: the legal subject (LegalName),
// else Name; for a person acting for himself, the person's full name.
func (pt Partner) Party() string {
	if pt.Kind == KindIndividu {
		if n := pt.SignatoryFullName(); n != "" {
			return n
		}
		return oneLine(pt.Name)
	}
	if n := oneLine(pt.LegalName); n != "" {
		return n
	}
	return oneLine(pt.Name)
}

// SignatoryFullName is the signatory's name with titles: "Ir. Hendra Gunawan, M.T.".
func (pt Partner) SignatoryFullName() string {
	return FullName(pt.TitleFront, pt.SignatoryName, pt.TitleBack)
}

// FullName joins a name and its titles as Indonesian papers print them: the front
// titles before the name, the back titles after a comma ("Dra. Hj. Siti Rahmawati,
// M.Pd."). A name already typed with its titles is left as it is.
func FullName(front, name, back string) string {
	front, name, back = oneLine(front), oneLine(name), strings.Trim(oneLine(back), ", ")
	if name == "" {
		return ""
	}
	if front != "" && !strings.HasPrefix(name, front) {
		name = front + " " + name
	}
	if back != "" && !strings.HasSuffix(name, back) {
		name = strings.TrimRight(name, ", ") + ", " + back
	}
	return name
}

// Addressee is who a letter to this partner is addressed to: for an individual, the
// person with the salutation ("Bapak Ir. Hendra Gunawan, M.T."), and for the owner of
// a sole proprietorship with his business; for an organisation,
// the signatory's position at the partner ("Ketua Paguyuban …"); else the partner.
func (pt Partner) Addressee() string {
	if pt.ActsForHimself() {
		name := pt.SignatoryFullName()
		if name == "" {
			name = oneLine(pt.Name)
		}
		if s := oneLine(pt.Salutation); s != "" {
			name = s + " " + name
		}
		// the owner of a sole proprietorship, with his business: "Ibu Hj. Neneng
		// Kurniasih, Pemilik Batik Kujang Parahyangan"
		if pos := oneLine(pt.SignatoryPosition); pt.Kind != KindIndividu && pos != "" {
			if !strings.Contains(strings.ToLower(pos), strings.ToLower(oneLine(pt.Name))) {
				pos += " " + oneLine(pt.Name)
			}
			name += ", " + pos
		}
		return name
	}
	names := func(pos string) bool {
		for _, n := range []string{pt.Name, pt.LegalName} {
			if n = oneLine(n); n != "" && strings.Contains(strings.ToLower(pos), strings.ToLower(n)) {
				return true
			}
		}
		return false
	}
	switch pos := oneLine(pt.SignatoryPosition); {
	case pos != "" && names(pos):
		// typed whole: "Kepala UPT Puskesmas Lengkong", "Kepala Divisi … PT Bank … Tbk"
		return pos
	case pos != "":
		return pos + " " + oneLine(pt.Name)
	case pt.SignatoryName != "":
		return pt.SignatoryFullName()
	default:
		return oneLine(pt.Name)
	}
}

// You is how a letter speaks to the addressee in the second person: the salutation
// ("Bapak", "Ibu") when known, else "Bapak/Ibu", the usual courtesy for a reader
// whose sex the writer does not know.
func (pt Partner) You() string {
	switch s := oneLine(pt.Salutation); s {
	case "":
		return "Bapak/Ibu"
	case "Saudara", "Saudari":
		return "Saudara" // the polite second person of both
	default:
		return s
	}
}

// legalForms are the words a legal entity's name begins or ends with: a company (PT,
// Perseroan Terbatas, Persero, Perum, Perumda, Tbk), a partnership (CV, Firma),
// a cooperative, a foundation, an association, a state or regional enterprise.
var legalForms = []string{"pt", "pt.", "perseroan", "persero", "(persero)", "perum", "perumda", "perseroda", "(perseroda)", "pd", "pd.",
	"cv", "cv.", "firma", "fa.", "koperasi", "kop.", "yayasan", "perkumpulan", "bumdes", "bumd", "bumn", "tbk", "tbk."}

// LegalEntityName reports whether name reads as a legal entity's name ("PT Bank …
// Tbk", "CV Maju", "Koperasi …") and not as a part of one: a name that begins with
// "Divisi", "Bagian", "Departemen", "Unit" or "Cabang" names a division, which cannot
// sign for itself.
func LegalEntityName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	switch strings.TrimRight(words[0], ".,") {
	case "divisi", "bagian", "departemen", "unit", "cabang", "biro", "seksi":
		return false
	}
	for _, w := range []string{words[0], words[len(words)-1]} {
		if containsString(legalForms, strings.TrimRight(w, ",")) {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// digitsOnly drops the spaces, dots and dashes people type in identity numbers.
func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '.', '-':
			return -1
		}
		return r
	}, s)
}

// oneLine joins the words of s with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
