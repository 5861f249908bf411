package model_test

import (
	"errors"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.Local) }

func TestDatesEveryMonth(t *testing.T) {
	tests := []struct {
		date    time.Time
		long    string
		numeric string
		words   string
	}{
		{day(2026, 1, 1), "1 Januari 2026", "01-01-2026", "Kamis, tanggal satu bulan Januari tahun dua ribu dua puluh enam"},
		{day(2026, 2, 14), "14 Februari 2026", "14-02-2026", "Sabtu, tanggal empat belas bulan Februari tahun dua ribu dua puluh enam"},
		{day(2026, 3, 31), "31 Maret 2026", "31-03-2026", "Selasa, tanggal tiga puluh satu bulan Maret tahun dua ribu dua puluh enam"},
		{day(2026, 4, 5), "5 April 2026", "05-04-2026", "Minggu, tanggal lima bulan April tahun dua ribu dua puluh enam"},
		{day(2026, 5, 20), "20 Mei 2026", "20-05-2026", "Rabu, tanggal dua puluh bulan Mei tahun dua ribu dua puluh enam"},
		{day(2026, 6, 1), "1 Juni 2026", "01-06-2026", "Senin, tanggal satu bulan Juni tahun dua ribu dua puluh enam"},
		{day(2026, 7, 17), "17 Juli 2026", "17-07-2026", "Jumat, tanggal tujuh belas bulan Juli tahun dua ribu dua puluh enam"},
		{day(2026, 8, 17), "17 Agustus 2026", "17-08-2026", "Senin, tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh enam"},
		{day(2026, 9, 9), "9 September 2026", "09-09-2026", "Rabu, tanggal sembilan bulan September tahun dua ribu dua puluh enam"},
		{day(2026, 10, 28), "28 Oktober 2026", "28-10-2026", "Rabu, tanggal dua puluh delapan bulan Oktober tahun dua ribu dua puluh enam"},
		{day(2026, 11, 26), "26 November 2026", "26-11-2026", "Kamis, tanggal dua puluh enam bulan November tahun dua ribu dua puluh enam"},
		{day(2026, 12, 31), "31 Desember 2026", "31-12-2026", "Kamis, tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam"},
		{day(2030, 10, 11), "11 Oktober 2030", "11-10-2030", "Jumat, tanggal sebelas bulan Oktober tahun dua ribu tiga puluh"},
	}
	for _, tt := range tests {
		if got := model.LongDate(tt.date); got != tt.long {
			t.Errorf("LongDate = %q, want %q", got, tt.long)
		}
		if got := model.PlaceDate("Bandung", tt.date); got != "Bandung, "+tt.long {
			t.Errorf("PlaceDate = %q, want %q", got, "Bandung, "+tt.long)
		}
		if got := model.NumericDate(tt.date); got != tt.numeric {
			t.Errorf("NumericDate = %q, want %q", got, tt.numeric)
		}
		if got := model.DateInWords(tt.date); got != tt.words {
			t.Errorf("DateInWords = %q, want %q", got, tt.words)
		}
	}
}

func TestPlaceDateWithoutPlace(t *testing.T) {
	for _, place := range []string{"", "   "} {
		if got := model.PlaceDate(place, day(2026, 11, 26)); got != "26 November 2026" {
			t.Errorf("PlaceDate(%q) = %q, want %q", place, got, "26 November 2026")
		}
	}
	if got := model.PlaceDate("  Kabupaten Bandung ", day(2026, 11, 26)); got != "Kabupaten Bandung, 26 November 2026" {
		t.Errorf("PlaceDate = %q", got)
	}
}

func TestDayNames(t *testing.T) {
	// 22 … 28 November 2026 is Sunday … Saturday
	want := []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	for i, w := range want {
		d := day(2026, 11, 22+i)
		if got := model.DayName(d.Weekday()); got != w {
			t.Errorf("DayName(%s) = %q, want %q", d.Weekday(), got, w)
		}
		if got := model.DateInWords(d); got[:len(w)+1] != w+"," {
			t.Errorf("DateInWords(%s) = %q, want it to open with %q", d.Format("2006-01-02"), got, w)
		}
	}
}

func TestMonthNames(t *testing.T) {
	want := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	for i, w := range want {
		if got := model.MonthName(time.Month(i + 1)); got != w {
			t.Errorf("MonthName(%d) = %q, want %q", i+1, got, w)
		}
	}
}

func TestParseDate(t *testing.T) {
	good := []struct {
		in   string
		want time.Time
	}{
		{"26/11/2026", day(2026, 11, 26)},
		{"26-11-2026", day(2026, 11, 26)},
		{"2026-11-26", day(2026, 11, 26)},
		{"26.11.2026", day(2026, 11, 26)},
		{"26 November 2026", day(2026, 11, 26)},
		{"26 november 2026", day(2026, 11, 26)},
		{"  26  NOVEMBER  2026 ", day(2026, 11, 26)},
		{"26 Nov 2026", day(2026, 11, 26)},
		{"1 Januari 2027", day(2027, 1, 1)},
		{"17 Agustus 2026", day(2026, 8, 17)},
		{"1/2/2026", day(2026, 2, 1)},
		{"01/02/2026", day(2026, 2, 1)},
		{"29/02/2028", day(2028, 2, 29)},
		{"29 Februari 2028", day(2028, 2, 29)},
	}
	for _, tt := range good {
		got, err := model.ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	bad := []string{
		"26/13/2026", "0/11/2026",
		"31 Februari 2026", "26 Novembre 2026", "26 November", "26 November 2026 pukul 10",
		"-5 November 2026", "+26 November 2026", "26 November 26", "26/11/26",
		"besok", "", "   ", "November 26, 2026",
	}
	for _, in := range bad {
		_, err := model.ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
			continue
		}
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Message != "Tanggal tidak valid, contoh: 26/11/2026." {
			t.Errorf("ParseDate(%q) error = %v, want the Indonesian message", in, err)
		}
		if err.Error() != "Tanggal tidak valid, contoh: 26/11/2026." {
			t.Errorf("ParseDate(%q) error prints %q", in, err.Error())
		}
	}
	// a day the month does not have is named as such
	pastEnd := map[string]string{
		"31/02/2026": "Februari 2026 hanya sampai tanggal 28.",
		"29/02/2026": "Februari 2026 hanya sampai tanggal 28.",
		"30-2-2028":  "Februari 2028 hanya sampai tanggal 29.",
		"31.04.2026": "April 2026 hanya sampai tanggal 30.",
		"32/01/2026": "Januari 2026 hanya sampai tanggal 31.",
	}
	for in, want := range pastEnd {
		_, err := model.ParseDate(in)
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Key != "validation.date.pastend" || fe.Message != want {
			t.Errorf("ParseDate(%q) error = %v, want %q", in, err, want)
		}
	}
}
