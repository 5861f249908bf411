package model

import (
	"net/mail"
	"strings"
	"unicode"
)

// FieldError says what is wrong with one field. Key names the message for
// translation (lang.X(Key, Message) in the UI); Message is the Bahasa Indonesia text,
// which is also what the command line prints.
type FieldError struct {
	Field   string
	Key     string
	Message string
	// Args are the values the message names ({{.Period}} in a translation), when any.
	Args map[string]string
}

func (e FieldError) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

// Problems is the list of what is wrong with a record; nil when it is valid.
type Problems []FieldError

func (p Problems) Error() string {
	msgs := make([]string, len(p))
	for i, e := range p {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

// Field returns the problem with the named field, if any.
func (p Problems) Field(name string) (FieldError, bool) {
	for _, e := range p {
		if e.Field == name {
			return e, true
		}
	}
	return FieldError{}, false
}

// Err returns p as an error, or nil when there is no problem.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

func (p *Problems) add(field, key, msg string) {
	*p = append(*p, FieldError{Field: field, Key: key, Message: msg})
}

// The messages shown at a field, in Bahasa Indonesia. The keys are the translation
// keys the UI looks up.
const (
	msgRequired    = "Wajib diisi."
	msgEmail       = "Alamat e-mail tidak valid, contoh: nama@sekolah.sch.id."
	msgNPSN        = "NPSN harus 8 digit angka."
	msgNIP         = "NIP harus 18 digit angka (boleh dikosongkan)."
	msgPaper       = "Ukuran kertas harus A4 atau F4."
	msgPattern     = "Pola nomor surat harus memuat {no}."
	msgPatternPart = "Pola nomor surat memuat bagian yang tidak dikenal: "
	msgChoice      = "Pilih salah satu."
	msgTooLong     = "Terlalu panjang."
	msgTembusan    = "Tembusan paling banyak 10 baris."
	msgSumTooLarge = "Jumlah seluruhnya terlalu besar (paling banyak Rp999.999.999.999.999)."
	msgNIK         = "NIK harus 16 digit angka (boleh dikosongkan)."
	msgLegalName   = "Tulis nama badan hukumnya (PT …, CV …, Koperasi …), bukan nama divisi atau bagiannya."
)

// validateEmail checks an e-mail address; empty is allowed (use required for that).
// The domain must be a host name with at least two labels ("sekolah.sch.id"): labels
// of letters, digits and inner hyphens, so typing slips such as "nama@sekolah_id.com"
// or "nama@sekolah.id-" are caught.
func validateEmail(p *Problems, field, v string) {
	if v == "" {
		return
	}
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v || !validDomain(v[strings.LastIndex(v, "@")+1:]) {
		p.add(field, "validation.email", msgEmail)
	}
}

func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !(r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return false
			}
		}
	}
	return true
}

func required(p *Problems, field, v string) bool {
	if strings.TrimSpace(v) == "" {
		p.add(field, "validation.required", msgRequired)
		return false
	}
	return true
}

func maxLen(p *Problems, field, v string, n int) {
	if len(v) > n {
		p.add(field, "validation.toolong", msgTooLong)
	}
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
