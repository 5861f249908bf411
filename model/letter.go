package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

var romanMonths = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// RomanMonth is the month in Roman numerals, as letter numbers write it: XI for November.
func RomanMonth(m time.Month) string { return romanMonths[m] }

// letterParts are the placeholders a letter-number pattern may use.
var letterParts = []string{"{no}", "{kode}", "{sekolah}", "{bulan}", "{tahun}"}

// CheckLetterPattern reports what is wrong with a nomor surat pattern, or nil.
func CheckLetterPattern(pattern string) *FieldError {
	if !strings.Contains(pattern, "{no}") {
		return &FieldError{Field: "letter_pattern", Key: "validation.pattern", Message: msgPattern}
	}
	rest := pattern
	for _, part := range letterParts {
		rest = strings.ReplaceAll(rest, part, "")
	}
	if i := strings.IndexAny(rest, "{}"); i >= 0 {
		j := strings.IndexByte(rest[i:], '}')
		bad := rest[i:]
		if j >= 0 {
			bad = rest[i : i+j+1]
		}
		return &FieldError{Field: "letter_pattern", Key: "validation.patternpart", Message: msgPatternPart + bad}
	}
	return nil
}

// FormatLetterNumber fills the school's pattern with the letter's sequence number in
// its year and the letter's date: seq 15 on 26 November 2026 with the default pattern
// gives "015/421.3/SMPN1-BDG/XI/2026".
func FormatLetterNumber(s School, seq int, date time.Time) string {
	pattern := s.LetterPattern
	if pattern == "" {
		pattern = DefaultLetterPattern
	}
	r := strings.NewReplacer(
		"{no}", fmt.Sprintf("%03d", seq),
		"{kode}", s.LetterCode,
		"{sekolah}", s.ShortName,
		"{bulan}", RomanMonth(date.Month()),
		"{tahun}", strconv.Itoa(date.Year()),
	)
	out := r.Replace(pattern)
	// an empty part leaves "//"; a letter number never shows an empty segment
	for strings.Contains(out, "//") {
		out = strings.ReplaceAll(out, "//", "/")
	}
	return strings.Trim(out, "/")
}

// Sifat are the letter head's classifications a letter may carry (Permendagri 1/2023);
// a letter without one prints no Sifat line.
var Sifat = []string{"Biasa", "Segera", "Sangat Segera", "Terbatas", "Rahasia"}

// DocumentOptions are what the person chooses each time a document is made.
type DocumentOptions struct {
	// Sifat is printed under the letter's number when it is one of Sifat.
	Sifat string `json:"sifat,omitempty"`
	// Tembusan lists who receives a copy, printed at the end of a letter; nil means
	// the school's defaults, an empty non-nil list none.
	Tembusan []string `json:"tembusan"`
	// EMeterai prepares the document for an electronic stamp (e-Meterai): A4 paper,
	// whatever the school's, and a clear space beside each signature for the stamp
	// the e-Meterai portal places, instead of the box for a paper meterai.
	EMeterai bool `json:"e_meterai,omitempty"`
	// WithProposal says that a request letter encloses the proposal: its Lampiran
	// reads "1 (satu) berkas proposal", else "-".
	WithProposal bool `json:"with_proposal,omitempty"`
	// CoverLetter puts a numbered cover letter (surat pengantar) before a proposal
	// sent on its own.
	CoverLetter bool `json:"cover_letter,omitempty"`
	// Attachments are the proposal's Lampiran: the names of the files actually sent
	// with it (from the partnership's Lampiran tab); none prints no list.
	Attachments []string `json:"attachments,omitempty"`
	// Reissue gives a letter a new number (and date) instead of printing again the
	// one issued before.
	Reissue bool `json:"-"`
}

// Copies is the tembusan a document prints: the options' own list, or the school's
// defaults when the options have none; blank lines dropped.
func (o DocumentOptions) Copies(s School) []string {
	list := o.Tembusan
	if list == nil {
		list = s.Tembusan
	}
	var out []string
	for _, l := range list {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Validate lists what is wrong with the options.
func (o DocumentOptions) Validate() Problems {
	var p Problems
	if o.Sifat != "" && !slices.Contains(Sifat, o.Sifat) {
		p.add("sifat", "validation.choice", msgChoice)
	}
	if len(o.Tembusan) > MaxTembusan {
		p.add("tembusan", "validation.tembusan", msgTembusan)
	}
	return p
}

// Subject is the hal of a document in the register: "Permohonan Kerja Sama",
// "Perjanjian Kerja Sama tentang Bank Sampah Sekolah".
func Subject(kind DocumentKind, title string) string {
	about := ""
	if t := oneLine(title); t != "" {
		about = " tentang " + t
	}
	switch kind {
	case DocRequest:
		return "Permohonan Kerja Sama"
	case DocProposal:
		return "Penyampaian Proposal Kerja Sama"
	case DocMoU:
		return "Nota Kesepahaman" + about
	case DocPKS:
		return "Perjanjian Kerja Sama" + about
	case DocPKLLetter:
		return PKLLetterSubject
	}
	return kind.Label()
}

// PKLLetterSubject is the hal of a surat pengantar PKL.
const PKLLetterSubject = "Pengantar Peserta Didik Praktik Kerja Lapangan (PKL)"

// Numbered reports whether documents of the kind take a school number from the
// register: request letters, proposals (their cover letter), MoU, PKS and an SMK's
// surat pengantar PKL.
func (k DocumentKind) Numbered() bool {
	return k == DocRequest || k == DocProposal || k == DocMoU || k == DocPKS || k == DocPKLLetter
}

// OutOfOrder are the letters of date's year dated after date: issuing a letter on
// date with the next number would break the register's date order.
func OutOfOrder(letters []Letter, date time.Time) []Letter {
	var out []Letter
	day := civilDate(date)
	for _, l := range letters {
		if l.Date.Year() == date.Year() && civilDate(l.Date).After(day) {
			out = append(out, l)
		}
	}
	return out
}

// SameNumber reports whether two letter numbers are the same, ignoring spaces and case.
func SameNumber(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), ""), strings.Join(strings.Fields(b), ""))
}

// RegisterEntry is one line of the register of outgoing letters: a letter, with the
// partnership it belongs to.
type RegisterEntry struct {
	Letter
	Partnership ID
	Title       string // the partnership's title
}
