package model

import (
	"strings"
	"time"
)

// Paper is the paper size a school prints on.
type Paper string

// The two paper sizes Indonesian schools use.
const (
	PaperA4 Paper = "A4" // 210 × 297 mm
	PaperF4 Paper = "F4" // folio, 215 × 330 mm
)

// Size returns the paper's width and height in millimetres.
func (p Paper) Size() (w, h float64) {
	if p == PaperF4 {
		return 215, 330
	}
	return 210, 297
}

// DefaultLetterPattern is the nomor surat pattern a new school starts with.
const DefaultLetterPattern = "{no}/{kode}/{sekolah}/{bulan}/{tahun}"

// MaxLogoBytes bounds the logo kept in the data file.
const MaxLogoBytes = 2 << 20

// School is the school's profile: what its letterhead and signature blocks print.
type School struct {
	Name    string `json:"name"`
	NPSN    string `json:"npsn"`
	Address string `json:"address"`
	City    string `json:"city"` // the place in "Bandung, 26 November 2026"
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Website string `json:"website,omitempty"`
	// LetterheadLines are the lines above the school's name on the kop surat:
	// "PEMERINTAH KABUPATEN BANDUNG" / "DINAS PENDIDIKAN", or the foundation.
	LetterheadLines []string `json:"letterhead_lines,omitempty"`
	PrincipalName   string   `json:"principal_name"`
	PrincipalNIP    string   `json:"principal_nip,omitempty"`
	Logo            []byte   `json:"logo,omitempty"` // PNG or JPEG
	Paper           Paper    `json:"paper"`
	// LetterPattern is the nomor surat pattern; see FormatLetterNumber.
	LetterPattern string `json:"letter_pattern"`
	// LetterCode is the classification code ({kode}), e.g. "421.3" for kerja sama.
	LetterCode string `json:"letter_code,omitempty"`
	// ShortName is the school's short code in letter numbers ({sekolah}), e.g. "SMPN1-BDG".
	ShortName string    `json:"short_name,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// NewSchool returns an empty profile with the defaults a school starts with.
func NewSchool() School {
	return School{Paper: PaperA4, LetterPattern: DefaultLetterPattern, LetterCode: "421.3"}
}

// IsZero reports whether no profile has been saved yet.
func (s School) IsZero() bool { return s.Name == "" && s.NPSN == "" && s.UpdatedAt.IsZero() }

// Validate lists what is wrong with the profile.
func (s School) Validate() Problems {
	var p Problems
	required(&p, "name", s.Name)
	maxLen(&p, "name", s.Name, 200)
	if required(&p, "npsn", s.NPSN) && !(len(s.NPSN) == 8 && allDigits(s.NPSN)) {
		p.add("npsn", "validation.npsn", msgNPSN)
	}
	required(&p, "address", s.Address)
	required(&p, "city", s.City)
	validateEmail(&p, "email", s.Email)
	required(&p, "principal_name", s.PrincipalName)
	if nip := strings.ReplaceAll(s.PrincipalNIP, " ", ""); nip != "" && !(len(nip) == 18 && allDigits(nip)) {
		p.add("principal_nip", "validation.nip", msgNIP)
	}
	if s.Paper != PaperA4 && s.Paper != PaperF4 {
		p.add("paper", "validation.paper", msgPaper)
	}
	if err := CheckLetterPattern(s.LetterPattern); err != nil {
		p = append(p, *err)
	}
	if len(s.Logo) > MaxLogoBytes {
		p.add("logo", "validation.logo", "Logo terlalu besar (maksimal 2 MB).")
	}
	return p
}
