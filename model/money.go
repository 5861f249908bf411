package model

import (
	"strconv"
	"strings"
)

// Rupiah is an amount of money in whole rupiah. Money is never a float.
type Rupiah int64

// MaxRupiah is the largest amount Terbilang can spell (just under a thousand trillion).
const MaxRupiah Rupiah = 999_999_999_999_999

// String is the amount as forms show it: "Rp5.000.000"; a negative amount is
// "-Rp5.000.000".
func (r Rupiah) String() string {
	if r < 0 {
		return "-Rp" + groupThousands(uint64(-(r+1))+1)
	}
	return "Rp" + groupThousands(uint64(r))
}

// Formal is the amount as letters and agreements print it: "Rp5.000.000,00".
func (r Rupiah) Formal() string { return r.String() + ",00" }

// Figure is the amount without the currency, as a table under "Jumlah (Rp)" prints
// it: "5.000.000,00".
func (r Rupiah) Figure() string { return strings.Replace(r.Formal(), "Rp", "", 1) }

// Words is the amount in words, as agreements print it after the figure: "lima juta rupiah".
func (r Rupiah) Words() string { return Terbilang(int64(r)) + " rupiah" }

func groupThousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ParseRupiah reads an amount typed by a person: "Rp1.250.000", "1.250.000", "1250000",
// "Rp 1.250.000,00", "Rp. 1.250.000", "Rp1.250.000,-". Negative amounts, fractions of a
// rupiah and text are refused with a message in Bahasa Indonesia.
func ParseRupiah(s string) (Rupiah, error) {
	bad := FieldError{Key: "validation.rupiah", Message: "Jumlah rupiah tidak valid, contoh: Rp1.250.000."}
	t := strings.TrimSpace(s)
	if strings.HasPrefix(strings.ToLower(t), "rp") {
		t = strings.TrimSpace(strings.TrimPrefix(t[2:], ".")) // "Rp. 1.250.000"
	}
	if strings.HasPrefix(t, "-") {
		return 0, FieldError{Key: "validation.rupiahnegative", Message: "Jumlah rupiah tidak boleh negatif."}
	}
	if i := strings.IndexByte(t, ','); i >= 0 {
		// ",00" and ",-" close a whole amount; sen are not used
		if sen := t[i+1:]; sen != "-" && (sen == "" || strings.Trim(sen, "0") != "") {
			return 0, bad
		}
		t = t[:i]
	}
	if t == "" {
		return 0, bad
	}
	// dots must group thousands: "1.250.000", not "1.25"
	if strings.Contains(t, ".") {
		groups := strings.Split(t, ".")
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3 || g[0] == '0')) || (i > 0 && len(g) != 3) {
				return 0, bad
			}
		}
		t = strings.Join(groups, "")
	}
	if !allDigits(t) {
		return 0, bad
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || Rupiah(n) > MaxRupiah {
		return 0, FieldError{Key: "validation.rupiahtoolarge", Message: "Jumlah rupiah terlalu besar."}
	}
	return Rupiah(n), nil
}
