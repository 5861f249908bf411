package model

import (
	"fmt"
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
