package model

import (
	"strings"
	"time"
)

// AgreementKind is what stage 4 makes: a perjanjian kerja sama (PKS), a nota
// kesepahaman (MoU), or an MoU and then the PKS that carries it out.
//
// An MoU states the scope and the term of a cooperation and binds no amounts; a PKS
// binds the parties, with obligations and money, and names the MoU it carries out by
// number and date. One partnership holds its MoU and its PKS together (AgreementMoUPKS);
// a PKS may also carry out an MoU signed for another partnership with the same partner
// (AgreementPKS with MoU.From), as a university's umbrella MoU has several PKS.
type AgreementKind string

// The kinds of agreement.
const (
	AgreementPKS    AgreementKind = "pks"     // a PKS, under an MoU held elsewhere or none
	AgreementMoU    AgreementKind = "mou"     // an MoU alone; the PKS may follow later
	AgreementMoUPKS AgreementKind = "mou_pks" // an MoU, then the PKS that carries it out
)

// AgreementKinds lists the kinds in the order a form offers them.
var AgreementKinds = []AgreementKind{AgreementPKS, AgreementMoU, AgreementMoUPKS}

// Label is the kind's name in Bahasa Indonesia.
func (k AgreementKind) Label() string {
	switch k {
	case AgreementMoU:
		return "Nota Kesepahaman (MoU)"
	case AgreementMoUPKS:
		return "Nota Kesepahaman (MoU) dan Perjanjian Kerja Sama (PKS)"
	}
	return "Perjanjian Kerja Sama (PKS)"
}

// Valid reports whether k is one of AgreementKinds.
func (k AgreementKind) Valid() bool {
	return k == AgreementPKS || k == AgreementMoU || k == AgreementMoUPKS
}

// HasMoU reports whether the partnership's own stage 4 makes an MoU.
func (k AgreementKind) HasMoU() bool { return k == AgreementMoU || k == AgreementMoUPKS }

// HasPKS reports whether the partnership's stage 4 makes a PKS.
func (k AgreementKind) HasPKS() bool { return k == AgreementPKS || k == AgreementMoUPKS }

// Signatory is a person who signs for one side (or witnesses).
type Signatory struct {
	Name     string `json:"name"`
	Position string `json:"position,omitempty"`
	IDNumber string `json:"id_number,omitempty"` // NIP or another identity number
	// Authority is what a party's signatory signs under (dasar kewenangan): the decree
	// appointing them, the company's articles, or a power of attorney. Agreements
	// print it with the party.
	Authority string `json:"authority,omitempty"`
	// ByProxy says that Authority is a power of attorney (surat kuasa): the signatory
	// acts for the body as its proxy, not in an office of his own.
	ByProxy bool `json:"by_proxy,omitempty"`
}

// MoU is a nota kesepahaman: its numbers, date and place, its term, and when it was
// signed.
type MoU struct {
	SchoolNumber  string    `json:"school_number,omitempty"`
	PartnerNumber string    `json:"partner_number,omitempty"`
	Date          time.Time `json:"date,omitzero"`
	Place         string    `json:"place,omitempty"`
	Start         time.Time `json:"start,omitzero"`
	End           time.Time `json:"end,omitzero"`
	SignedDate    time.Time `json:"signed_date,omitzero"`
	// From is the partnership whose stage 4 holds this MoU when a PKS carries out an MoU
	// signed for another partnership: the fields above are then a copy of it.
	From ID `json:"from,omitempty"`
}

// IsZero reports whether nothing of the MoU is known.
func (m MoU) IsZero() bool { return m == MoU{} }

// Monitoring says who monitors and evaluates the partnership: both parties together,
// who then both sign the monitoring report, or the school, which reports to the partner.
type Monitoring string

// The ways of monitoring.
const (
	MonitoringJoint  Monitoring = "bersama" // PARA PIHAK secara bersama-sama: the default
	MonitoringSchool Monitoring = "sekolah" // PIHAK PERTAMA, reported to PIHAK KEDUA
)

// Joint reports whether both parties monitor together (the default).
func (m Monitoring) Joint() bool { return m != MonitoringSchool }

// Answer is a yes or no a form asks for explicitly: "" until it is given.
type Answer string

// The answers.
const (
	AnswerYes Answer = "ya"
	AnswerNo  Answer = "tidak"
)

// Agreement is what stage 4 records: the MoU and/or PKS, their clauses, and the days
// they were signed. The fields at the top level are the PKS's (and the parties'); the
// MoU's own numbers, dates and term are in MoU.
type Agreement struct {
	Kind          AgreementKind `json:"kind,omitempty"`
	SchoolNumber  string        `json:"school_number,omitempty"`
	PartnerNumber string        `json:"partner_number,omitempty"`
	Date          time.Time     `json:"date"`
	Place         string        `json:"place,omitempty"`
	Start         time.Time     `json:"start"`
	End           time.Time     `json:"end"`
	NoticeDays    int           `json:"notice_days,omitempty"` // notice before renewal or ending
	// MoU is the nota kesepahaman this stage makes (HasMoU), or the one held by
	// another partnership that the PKS carries out (MoU.From).
	MoU MoU `json:"mou,omitzero"`
	// Hak dan kewajiban of each party.
	SchoolObligations  []string `json:"school_obligations,omitempty"`
	PartnerObligations []string `json:"partner_obligations,omitempty"`
	// Contributions are the money and goods of the agreement, line by line: the one
	// source of every amount the documents print (Pasal Pembiayaan, the proposal's
	// share, the reports).
	Contributions []Contribution `json:"contributions,omitempty"`
	// Funding is what the parties add to Pasal Pembiayaan in words: conditions, the way
	// money is handed over. It never restates an amount (MentionsAmount).
	Funding string `json:"funding,omitempty"`
	// CommitteeNote records how the Komite Sekolah knows of the sumbangan the
	// agreement collects ("Rapat Komite Sekolah tanggal 12 Agustus 2026"): sumbangan
	// are collected with the committee's knowledge (Permendikbud 75/2016).
	CommitteeNote    string `json:"committee_note,omitempty"`
	Dispute          string `json:"dispute,omitempty"`            // penyelesaian perselisihan
	ForceMajeure     string `json:"force_majeure,omitempty"`      // keadaan kahar
	ForceMajeureDays int    `json:"force_majeure_days,omitempty"` // written notice within these days
	// PersonalData says whether the partnership processes personal data of students
	// or parents (scholarships, bank accounts, health checks): then the PKS carries an
	// article on their protection (UU 27/2022).
	PersonalData Answer `json:"personal_data,omitempty"`
	// Monitoring says who monitors; "" is MonitoringJoint.
	Monitoring Monitoring `json:"monitoring,omitempty"`
	Originals  int        `json:"originals,omitempty"` // number of originals, 2 by default
	// What the agreement says of PIHAK KEDUA beyond its signatory (the komparisi);
	// empty fields take the partner's record (PartnerTerms).
	PartnerLegalName  string `json:"partner_legal_name,omitempty"`
	PartnerAddress    string `json:"partner_address,omitempty"`
	PartnerNIK        string `json:"partner_nik,omitempty"`
	PartnerOccupation string `json:"partner_occupation,omitempty"`
	// Where each party receives notices (korespondensi); empty takes the address and
	// contacts of the school's profile and of the partner.
	SchoolNotice     string      `json:"school_notice,omitempty"`
	PartnerNotice    string      `json:"partner_notice,omitempty"`
	SchoolSignatory  Signatory   `json:"school_signatory"`
	PartnerSignatory Signatory   `json:"partner_signatory"`
	Witnesses        []Signatory `json:"witnesses,omitempty"`
	Meterai          bool        `json:"meterai"` // a Rp10.000 meterai at each signature
	// Clauses overrides the wording of articles for this agreement, by article name:
	// plain text with named fields (model/clause).
	Clauses map[string]string `json:"clauses,omitempty"`
	// Articles are wordings kept from before clauses had named fields: Go templates
	// that could not be turned into plain text. They still print as they did.
	Articles   map[string]string `json:"articles,omitempty"`
	SignedDate time.Time         `json:"signed_date"`

	// LegacyFundingAmount is the partner's contribution as one amount, as agreements
	// recorded it before contribution lines (schema 3); UpgradeLegacy makes it a line.
	LegacyFundingAmount Rupiah `json:"funding_amount,omitempty"`
}

// Signed reports whether the agreement's signing has been recorded: the PKS's, or
// the MoU's when stage 4 makes an MoU alone.
func (a Agreement) Signed() bool {
	if a.Kind == AgreementMoU {
		return !a.MoU.SignedDate.IsZero()
	}
	return !a.SignedDate.IsZero()
}

// SignedOn is the day the agreement in force was signed: the PKS's, else the MoU's.
func (a Agreement) SignedOn() time.Time {
	if a.Kind == AgreementMoU {
		return a.MoU.SignedDate
	}
	return a.SignedDate
}

// Term is the period of the agreement in force: the PKS's, or the MoU's when stage 4
// makes an MoU alone. Zero times when not set.
func (a Agreement) Term() (start, end time.Time) {
	if a.Kind == AgreementMoU {
		return a.MoU.Start, a.MoU.End
	}
	return a.Start, a.End
}

// InForce reports whether the agreement was signed and its term covers some of
// [from, to].
func (a Agreement) InForce(from, to time.Time) bool {
	start, end := a.Term()
	if !a.Signed() || start.IsZero() {
		return false
	}
	return !start.After(to) && (end.IsZero() || !end.Before(from))
}

// ParentMoU is the MoU a PKS carries out: this stage's own (AgreementMoUPKS) or
// another partnership's (MoU.From); false when the PKS stands alone.
func (a Agreement) ParentMoU() (MoU, bool) {
	switch {
	case a.Kind == AgreementMoUPKS:
		return a.MoU, true
	case a.Kind == AgreementPKS && a.MoU.From != "":
		return a.MoU, true
	}
	return MoU{}, false
}

// Number is the school's number of the agreement in force (the PKS's, else the MoU's).
func (a Agreement) Number() string {
	if a.Kind == AgreementMoU {
		return a.MoU.SchoolNumber
	}
	return a.SchoolNumber
}

// PartyTerms are what an agreement says of one party (the komparisi): its name as a
// legal subject, address, the person who signs and on what authority; for a person
// acting for himself, NIK and occupation.
type PartyTerms struct {
	Kind    PartnerKind
	Name    string // the legal subject: "PT Bank Parahyangan Sejahtera Tbk"
	Address string
	// NPWP is a business partner's taxpayer number as documents print it, "" when
	// the partner has none recorded: a drafter names a company's NPWP in its komparisi.
	NPWP           string
	Notice         string // where notices go (korespondensi)
	ActsForHimself bool   // an individual, the owner of a sole proprietorship
	NIK            string
	Occupation     string
	Signatory      Signatory
}

// PartnerTerms is PIHAK KEDUA as the agreement names it: the agreement's own fields,
// else the partner's record.
func PartnerTerms(a Agreement, pt Partner) PartyTerms {
	or := func(v, def string) string {
		if v = oneLine(v); v != "" {
			return v
		}
		return oneLine(def)
	}
	t := PartyTerms{
		Kind:           pt.Kind,
		Name:           or(a.PartnerLegalName, pt.Party()),
		Address:        or(a.PartnerAddress, pt.LetterAddress()),
		ActsForHimself: pt.ActsForHimself(),
		NIK:            or(a.PartnerNIK, pt.NIK),
		Occupation:     or(a.PartnerOccupation, pt.Occupation),
		Signatory:      a.PartnerSignatory,
	}
	if strings.TrimSpace(t.Signatory.Name) == "" {
		t.Signatory = Signatory{Name: pt.SignatoryFullName(), Position: pt.SignatoryPosition, IDNumber: pt.NIP,
			Authority: pt.Authority, ByProxy: pt.ByProxy}
	}
	if n := pt.DUDIData().NPWP; n.Valid() && pt.IsDUDI() {
		t.NPWP = n.String()
	}
	t.Notice = strings.TrimSpace(a.PartnerNotice)
	if t.Notice == "" {
		t.Notice = noticeLines(t.Address, pt.Phone, pt.Email)
	}
	return t
}

// SchoolTerms is PIHAK PERTAMA as the agreement names it.
func SchoolTerms(a Agreement, s School) PartyTerms {
	t := PartyTerms{Name: oneLine(s.Name), Address: oneLine(s.Address), Signatory: a.SchoolSignatory}
	if strings.TrimSpace(t.Signatory.Name) == "" {
		t.Signatory = Signatory{Name: s.PrincipalName, IDNumber: s.PrincipalNIP}
	}
	if strings.TrimSpace(t.Signatory.Position) == "" {
		t.Signatory.Position = "Kepala " + oneLine(s.Name)
	}
	t.Notice = strings.TrimSpace(a.SchoolNotice)
	if t.Notice == "" {
		t.Notice = noticeLines(t.Address, s.Phone, s.Email)
	}
	return t
}

// noticeLines is an address for notices: the address, then "telepon …, pos-el …".
func noticeLines(address, phone, email string) string {
	var contacts []string
	if v := oneLine(phone); v != "" {
		contacts = append(contacts, "telepon "+v)
	}
	if v := oneLine(email); v != "" {
		contacts = append(contacts, "pos-el "+v)
	}
	address = oneLine(address)
	switch {
	case address == "":
		return strings.Join(contacts, ", ")
	case len(contacts) == 0:
		return address
	}
	return address + ", " + strings.Join(contacts, ", ")
}

// NIPLine is a civil servant's identity line as official papers print it: "NIP
// 19680512 199403 2 007". Eighteen digits, typed together or grouped, are grouped
// (date of birth, month of appointment, sex, number); anything else prints as typed
// after "NIP".
func NIPLine(nip string) string {
	nip = oneLine(nip)
	if nip == "" {
		return ""
	}
	nip = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(nip, "NIP."), "NIP"))
	if d := digitsOnly(nip); len(d) == 18 && allDigits(d) {
		nip = d[:8] + " " + d[8:14] + " " + d[14:15] + " " + d[15:]
	}
	return "NIP " + nip
}

// IsNIP reports whether id is an 18-digit NIP, typed together or grouped.
func IsNIP(id string) bool {
	d := digitsOnly(strings.TrimPrefix(strings.TrimPrefix(oneLine(id), "NIP."), "NIP"))
	return len(d) == 18 && allDigits(d)
}
