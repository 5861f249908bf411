package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestRomanMonth(t *testing.T) {
	want := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
	for i, w := range want {
		m := time.Month(i + 1)
		if got := model.RomanMonth(m); got != w {
			t.Errorf("RomanMonth(%s) = %q, want %q", m, got, w)
		}
	}
}

func bandung() model.School {
	s := model.NewSchool()
	s.LetterCode = "421.3"
	s.ShortName = "SMPN1-BDG"
	return s
}

func TestFormatLetterNumber(t *testing.T) {
	nov26 := time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)
	jan2 := time.Date(2027, time.January, 2, 8, 0, 0, 0, time.Local)
	tests := []struct {
		name    string
		pattern string
		code    string
		short   string
		seq     int
		date    time.Time
		want    string
	}{
		{"default pattern", model.DefaultLetterPattern, "421.3", "SMPN1-BDG", 15, nov26, "015/421.3/SMPN1-BDG/XI/2026"},
		{"empty pattern means default", "", "421.3", "SMPN1-BDG", 15, nov26, "015/421.3/SMPN1-BDG/XI/2026"},
		{"first letter of a year", model.DefaultLetterPattern, "421.3", "SMPN1-BDG", 1, jan2, "001/421.3/SMPN1-BDG/I/2027"},
		{"four-digit sequence", model.DefaultLetterPattern, "421.3", "SMPN1-BDG", 1234, nov26, "1234/421.3/SMPN1-BDG/XI/2026"},
		{"code first", "{kode}/{no}/{sekolah}/{bulan}/{tahun}", "421.3", "SMPN1-BDG", 7, nov26, "421.3/007/SMPN1-BDG/XI/2026"},
		{"literal text", "{no}/HUMAS/{sekolah}/{tahun}", "421.3", "SMPN1-BDG", 3, nov26, "003/HUMAS/SMPN1-BDG/2026"},
		{"dashes", "{no}-{kode}-{tahun}", "421.3", "", 42, nov26, "042-421.3-2026"},
		{"empty code", model.DefaultLetterPattern, "", "SMPN1-BDG", 15, nov26, "015/SMPN1-BDG/XI/2026"},
		{"empty short name", model.DefaultLetterPattern, "421.3", "", 15, nov26, "015/421.3/XI/2026"},
		{"empty code and short name", model.DefaultLetterPattern, "", "", 15, nov26, "015/XI/2026"},
		{"empty first part", "{kode}/{no}/{tahun}", "", "", 9, nov26, "009/2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := bandung()
			s.LetterPattern, s.LetterCode, s.ShortName = tt.pattern, tt.code, tt.short
			got := model.FormatLetterNumber(s, tt.seq, tt.date)
			if got != tt.want {
				t.Errorf("FormatLetterNumber = %q, want %q", got, tt.want)
			}
			if strings.Contains(got, "//") || strings.HasPrefix(got, "/") || strings.HasSuffix(got, "/") {
				t.Errorf("FormatLetterNumber = %q shows an empty segment", got)
			}
		})
	}
}

func TestCheckLetterPattern(t *testing.T) {
	tests := []struct {
		pattern string
		ok      bool
		msg     string // part of the message
	}{
		{model.DefaultLetterPattern, true, ""},
		{"{kode}/{no}/{sekolah}/{bulan}/{tahun}", true, ""},
		{"{no}/HUMAS/{tahun}", true, ""},
		{"{no}", true, ""},
		{"", false, "harus memuat {no}"},
		{"{kode}/{sekolah}/{bulan}/{tahun}", false, "harus memuat {no}"},
		{"{nomor}/{kode}", false, "harus memuat {no}"},
		{"{no}/{kode}/{bln}/{tahun}", false, "tidak dikenal: {bln}"},
		{"{no}/{Tahun}", false, "tidak dikenal: {Tahun}"},
		{"{no}/{kode", false, "tidak dikenal: {kode"},
		{"{no}/kode}", false, "tidak dikenal: }"},
	}
	for _, tt := range tests {
		err := model.CheckLetterPattern(tt.pattern)
		if tt.ok {
			if err != nil {
				t.Errorf("CheckLetterPattern(%q) = %v, want nil", tt.pattern, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("CheckLetterPattern(%q) = nil, want a problem", tt.pattern)
			continue
		}
		if err.Field != "letter_pattern" || !strings.Contains(err.Message, tt.msg) || !strings.HasPrefix(err.Message, "Pola nomor surat") {
			t.Errorf("CheckLetterPattern(%q) = %+v, want field letter_pattern and a message with %q", tt.pattern, *err, tt.msg)
		}
	}
}
