package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var monthNames = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

var dayNames = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// MonthName is the Indonesian name of m: "November".
func MonthName(m time.Month) string { return monthNames[m] }

// DayName is the Indonesian name of the weekday: "Kamis".
func DayName(d time.Weekday) string { return dayNames[d] }

// LongDate is the date as letters print it: "26 November 2026".
func LongDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), monthNames[t.Month()], t.Year())
}

// PlaceDate is the place-and-date line above a signature: "Bandung, 26 November 2026".
func PlaceDate(place string, t time.Time) string {
	place = strings.TrimSpace(place)
	if place == "" {
		return LongDate(t)
	}
	return place + ", " + LongDate(t)
}

// NumericDate is "26-11-2026", as agreements repeat the date in figures.
func NumericDate(t time.Time) string {
	return fmt.Sprintf("%02d-%02d-%d", t.Day(), int(t.Month()), t.Year())
}

// DateInWords spells a date out as agreements open: "Kamis, tanggal dua puluh enam
// bulan November tahun dua ribu dua puluh enam".
func DateInWords(t time.Time) string {
	return fmt.Sprintf("%s, tanggal %s bulan %s tahun %s",
		DayName(t.Weekday()), Terbilang(int64(t.Day())), MonthName(t.Month()), Terbilang(int64(t.Year())))
}

// Date formats accepted when a person types a date: 26/11/2026, 26-11-2026, 2026-11-26
// and "26 November 2026".
var dateLayouts = []string{"2/1/2006", "2-1-2006", "2006-01-02", "2.1.2006"}

// ParseDate reads a date typed by a person. The message of the error is Bahasa Indonesia.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, s, time.Local); err == nil {
			return t, nil
		}
	}
	// "26 November 2026", also with the month shortened to three letters ("26 Nov 2026")
	if f := strings.Fields(s); len(f) == 3 && allDigits(f[0]) && len(f[2]) == 4 && allDigits(f[2]) {
		d, errD := strconv.Atoi(f[0])
		y, errY := strconv.Atoi(f[2])
		if m := monthByName(f[1]); errD == nil && errY == nil && m != 0 {
			t := time.Date(y, m, d, 0, 0, 0, 0, time.Local)
			if t.Day() == d && t.Month() == m {
				return t, nil
			}
		}
	}
	if err := pastMonthEnd(s); err != nil {
		return time.Time{}, err
	}
	return time.Time{}, FieldError{Key: "validation.date", Message: "Tanggal tidak valid, contoh: 26/11/2026."}
}

// pastMonthEnd names the mistake in a day/month/year whose day the month does not
// have ("31/02/2026": Februari 2026 has 28 days); nil for any other text.
func pastMonthEnd(s string) error {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 || len(parts[2]) != 4 {
		return nil
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || !allDigits(p) {
			return nil
		}
		n[i] = v
	}
	d, m, y := n[0], n[1], n[2]
	if m < 1 || m > 12 || d < 1 {
		return nil
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d <= last {
		return nil
	}
	return FieldError{Key: "validation.date.pastend",
		Message: fmt.Sprintf("%s %d hanya sampai tanggal %d.", monthNames[m], y, last),
		Args: map[string]string{"Month": monthNames[m], "MonthEN": time.Month(m).String(),
			"Year": strconv.Itoa(y), "Last": strconv.Itoa(last)}}
}

// monthByName finds a month by its Indonesian name or the name's first three letters,
// in any case: "November", "november", "Nov". It returns 0 when none matches.
func monthByName(name string) time.Month {
	for m := 1; m <= 12; m++ {
		full := monthNames[m]
		if strings.EqualFold(full, name) || (len(name) == 3 && strings.EqualFold(full[:3], name)) {
			return time.Month(m)
		}
	}
	return 0
}
