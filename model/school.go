package model

import (
	"slices"
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

// Face is the type face of the documents.
type Face string

// The two faces a school chooses from. Permendagri 1/2023 and the ministry's rule name
// Arial for letters and agreements: FaceSans (metric-compatible with Arial) is the
// default; FaceSerif is metric-compatible with Times New Roman, common practice.
const (
	FaceSans  Face = "sans"
	FaceSerif Face = "serif"
)

// OrDefault returns f, or FaceSans when no face was chosen (profiles saved before the choice).
func (f Face) OrDefault() Face {
	if f == FaceSerif {
		return FaceSerif
	}
	return FaceSans
}

// Level is the school's level (jenjang), which sets its default letter code.
type Level string

// The levels of Indonesian schools.
const (
	LevelSD  Level = "SD"
	LevelSMP Level = "SMP"
	LevelSMA Level = "SMA"
	LevelSMK Level = "SMK"
	LevelSLB Level = "SLB"
)

// Levels lists the levels in the order a form offers them.
var Levels = []Level{LevelSD, LevelSMP, LevelSMA, LevelSMK, LevelSLB}

// levelCodes are the archive classification codes of each level's correspondence in
// the 421 group (Sekolah) of the Permendagri 78/2012 classification, still used by
// most regional governments' own classification rules: 421.2 Sekolah Dasar,
// 421.3 Sekolah Menengah (SMP and SMA), 421.5 Sekolah Kejuruan, 421.8 Sekolah
// Pendidikan Luar Biasa. (421.4 is Sekolah Tinggi, not SMA.) The code in force is the
// regional government's; the school can always type its own.
var levelCodes = map[Level]string{
	LevelSD: "421.2", LevelSMP: "421.3", LevelSMA: "421.3", LevelSMK: "421.5", LevelSLB: "421.8",
}

// LetterCode is the default classification code of the level's letters, "" for none.
func (l Level) LetterCode() string { return levelCodes[l] }

// IsLevelCode reports whether code is one of the levels' default codes (or empty), so
// that a form may replace it when the level changes without losing a typed code.
func IsLevelCode(code string) bool {
	if code == "" {
		return true
	}
	for _, c := range levelCodes {
		if c == code {
			return true
		}
	}
	return false
}

// Ownership says whether the school is public (negeri, a unit of the regional
// government) or private (swasta, run by a foundation).
type Ownership string

// The two statuses.
const (
	StatusNegeri Ownership = "negeri"
	StatusSwasta Ownership = "swasta"
)

// SubjectLabels are the words a letter head may give the subject line: "Hal" (the
// tata naskah dinas) or "Perihal" (common practice).
var SubjectLabels = []string{"Hal", "Perihal"}

// DefaultLetterPattern is the nomor surat pattern a new school starts with.
const DefaultLetterPattern = "{no}/{kode}/{sekolah}/{bulan}/{tahun}"

// MaxTembusan bounds the recipients of copies a letter lists.
const MaxTembusan = 10

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
	// Level is the school's jenjang; it sets the default LetterCode.
	Level Level `json:"level,omitempty"`
	// KompetensiKeahlian are an SMK's fields of study, as the school names them
	// ("Teknik Komputer dan Jaringan"); read them with Kompetensi (smk.go).
	KompetensiKeahlian []string `json:"kompetensi_keahlian,omitempty"`
	// Status is negeri or swasta; "" is negeri. A public school's kop names its
	// regional government and agency, a private school's its foundation.
	Status Ownership `json:"status,omitempty"`
	// Government and Agency are a public school's kop lines above its name:
	// "PEMERINTAH KOTA BANDUNG" and "DINAS PENDIDIKAN".
	Government string `json:"government,omitempty"`
	Agency     string `json:"agency,omitempty"`
	// Foundation is a private school's foundation (yayasan), its kop's line above its name.
	Foundation string `json:"foundation,omitempty"`
	// LetterheadLines are the kop's lines above the school's name as profiles saved
	// them before Government, Agency and Foundation; read only when those are empty.
	LetterheadLines []string `json:"letterhead_lines,omitempty"`
	PrincipalName   string   `json:"principal_name"`
	PrincipalNIP    string   `json:"principal_nip,omitempty"`
	Logo            []byte   `json:"logo,omitempty"` // the school's logo, PNG or JPEG
	// RegionLogo is the regional government's emblem (lambang daerah), or a private
	// school's foundation's logo: the kop's left logo, the school's then on the right.
	RegionLogo []byte `json:"region_logo,omitempty"`
	Paper      Paper  `json:"paper"`
	// Face is the documents' type face; "" is FaceSans.
	Face Face `json:"face,omitempty"`
	// SubjectLabel is "Hal" or "Perihal" in the letter head; "" is "Hal".
	SubjectLabel string `json:"subject_label,omitempty"`
	// Tembusan are the recipients of copies a letter lists by default ("Kepala Dinas
	// Pendidikan Kota Bandung"); each letter may change them.
	Tembusan []string `json:"tembusan,omitempty"`
	// CommitteeChair is the Ketua Komite Sekolah, who signs "Mengetahui," on a
	// proposal for a parent-funded program.
	CommitteeChair string `json:"committee_chair,omitempty"`
	// NoParaf leaves out the initials (paraf) boxes that agreements of more than one
	// page carry by default.
	NoParaf bool `json:"no_paraf,omitempty"`
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
	return School{Paper: PaperA4, LetterPattern: DefaultLetterPattern, LetterCode: "421.3", Face: FaceSans}
}

// KopLines are the kop surat's lines above the school's name: the foundation of a
// private school, else the regional government and the agency; a profile saved before
// those fields gives its LetterheadLines.
func (s School) KopLines() []string {
	var lines []string
	add := func(v string) {
		if v = strings.TrimSpace(v); v != "" {
			lines = append(lines, v)
		}
	}
	if s.Status == StatusSwasta {
		add(s.Foundation)
	} else {
		add(s.Government)
		add(s.Agency)
	}
	if len(lines) == 0 && strings.TrimSpace(s.Foundation+s.Government+s.Agency) == "" {
		for _, l := range s.LetterheadLines {
			add(l)
		}
	}
	return lines
}

// Subject is the subject line's label: "Hal" unless the school chose "Perihal".
func (s School) Subject() string {
	if s.SubjectLabel == "Perihal" {
		return "Perihal"
	}
	return "Hal"
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
	if s.Level != "" && !slices.Contains(Levels, s.Level) {
		p.add("level", "validation.choice", msgChoice)
	}
	s.validateKompetensi(&p)
	if s.Status != "" && s.Status != StatusNegeri && s.Status != StatusSwasta {
		p.add("status", "validation.choice", msgChoice)
	}
	if s.Status == StatusSwasta {
		required(&p, "foundation", s.Foundation)
	}
	for _, f := range []struct{ name, v string }{{"government", s.Government}, {"agency", s.Agency}, {"foundation", s.Foundation}, {"committee_chair", s.CommitteeChair}} {
		maxLen(&p, f.name, f.v, 200)
	}
	if s.Face != "" && s.Face != FaceSans && s.Face != FaceSerif {
		p.add("face", "validation.choice", msgChoice)
	}
	if s.SubjectLabel != "" && !slices.Contains(SubjectLabels, s.SubjectLabel) {
		p.add("subject_label", "validation.choice", msgChoice)
	}
	if len(s.Tembusan) > MaxTembusan {
		p.add("tembusan", "validation.tembusan", msgTembusan)
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
	if len(s.RegionLogo) > MaxLogoBytes {
		p.add("region_logo", "validation.logo", "Logo terlalu besar (maksimal 2 MB).")
	}
	return p
}
