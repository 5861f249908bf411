package model

import "strings"

// NPWP is a taxpayer's number (Nomor Pokok Wajib Pajak), kept as its digits only:
// 15 digits in the format used until mid-2024, or 16 since PMK 112/PMK.03/2022 (a
// resident's NIK, or a 0 before the 15 digits of an organisation's number). Both are
// still in use, on cards, letters and in Dapodik.
type NPWP string

const msgNPWP = "NPWP harus 15 atau 16 digit angka, contoh: 01.234.567.8-901.000."

// ParseNPWP reads an NPWP as a person types or copies it: "01.234.567.8-901.000",
// "012345678901000", "0012 3456 7890 1000". Dots, dashes and spaces are dropped;
// what is left must be 15 or 16 digits. "" is no NPWP (and no error).
func ParseNPWP(s string) (NPWP, error) {
	digits := strings.Map(func(r rune) rune {
		switch r {
		case '.', '-', ' ', '\t', '\u00a0':
			return -1
		}
		return r
	}, s)
	if digits == "" {
		return "", nil
	}
	n := NPWP(digits)
	if !n.Valid() {
		return "", FieldError{Key: "validation.npwp", Message: msgNPWP}
	}
	return n, nil
}

// Valid reports whether n is 15 or 16 digits, as ParseNPWP stores it.
func (n NPWP) Valid() bool {
	return (len(n) == 15 || len(n) == 16) && allDigits(string(n))
}

// String is the NPWP as documents print it. A 15-digit number is grouped as its card
// shows it, 01.234.567.8-901.000 (taxpayer 2, registration 6, check digit 1, tax
// office 3, status 3). A 16-digit number is printed as its digits: the tax office's
// own documents write it so, without dots or dashes (PER-06/PJ/2024).
func (n NPWP) String() string {
	if len(n) != 15 || !allDigits(string(n)) {
		return string(n)
	}
	s := string(n)
	return s[0:2] + "." + s[2:5] + "." + s[5:8] + "." + s[8:9] + "-" + s[9:12] + "." + s[12:15]
}
