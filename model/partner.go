package model

import "time"

// PartnerKind is what sort of organisation (or person) a partner is.
type PartnerKind string

// The kinds of partner a school works with.
const (
	KindNirlaba        PartnerKind = "nirlaba"
	KindBisnis         PartnerKind = "bisnis"
	KindPemerintah     PartnerKind = "pemerintah"
	KindPerguruanTingi PartnerKind = "perguruan_tinggi"
	KindKomunitas      PartnerKind = "komunitas"
	KindIndividu       PartnerKind = "individu"
)

// PartnerKinds lists the kinds in the order forms offer them.
var PartnerKinds = []PartnerKind{KindNirlaba, KindBisnis, KindPemerintah, KindPerguruanTingi, KindKomunitas, KindIndividu}

var partnerKindLabels = map[PartnerKind]string{
	KindNirlaba:        "Nirlaba",
	KindBisnis:         "Bisnis/DUDI",
	KindPemerintah:     "Pemerintah",
	KindPerguruanTingi: "Perguruan Tinggi",
	KindKomunitas:      "Komunitas/Orang Tua",
	KindIndividu:       "Individu",
}

// Label is the kind's name in Bahasa Indonesia.
func (k PartnerKind) Label() string { return partnerKindLabels[k] }

// Valid reports whether k is one of PartnerKinds.
func (k PartnerKind) Valid() bool { _, ok := partnerKindLabels[k]; return ok }

// Partner is an organisation or person the school works with.
type Partner struct {
	ID                ID          `json:"id"`
	Name              string      `json:"name"`
	Kind              PartnerKind `json:"kind"`
	Address           string      `json:"address,omitempty"`
	ContactPerson     string      `json:"contact_person,omitempty"`
	Phone             string      `json:"phone,omitempty"`
	Email             string      `json:"email,omitempty"`
	SignatoryName     string      `json:"signatory_name,omitempty"`
	SignatoryPosition string      `json:"signatory_position,omitempty"`
	CreatedAt         time.Time   `json:"created_at"`
	UpdatedAt         time.Time   `json:"updated_at"`

	// DUDI is a business partner's data as Dapodik asks for it (smk.go), nil when
	// none: read it with DUDIData, change it with SetDUDI.
	DUDI *DUDI `json:"dudi,omitempty"`
}

// Validate lists what is wrong with the partner.
func (pt Partner) Validate() Problems {
	var p Problems
	required(&p, "name", pt.Name)
	maxLen(&p, "name", pt.Name, 200)
	if !pt.Kind.Valid() {
		p.add("kind", "validation.choice", msgChoice)
	}
	validateEmail(&p, "email", pt.Email)
	if pt.DUDI != nil {
		pt.DUDI.validate(&p)
	}
	return p
}

// Addressee is who a letter to this partner is addressed to: the signatory's
// position at the partner when known, else the partner itself.
func (pt Partner) Addressee() string {
	switch {
	case pt.SignatoryPosition != "" && pt.Kind != KindIndividu:
		return pt.SignatoryPosition + " " + pt.Name
	case pt.SignatoryName != "":
		return pt.SignatoryName
	default:
		return pt.Name
	}
}
