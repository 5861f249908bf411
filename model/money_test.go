package model_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestRupiahFormats(t *testing.T) {
	tests := []struct {
		r              model.Rupiah
		str, formal, w string
	}{
		{0, "Rp0", "Rp0,00", "nol rupiah"},
		{500, "Rp500", "Rp500,00", "lima ratus rupiah"},
		{1_000, "Rp1.000", "Rp1.000,00", "seribu rupiah"},
		{10_000, "Rp10.000", "Rp10.000,00", "sepuluh ribu rupiah"},
		{1_250_000, "Rp1.250.000", "Rp1.250.000,00", "satu juta dua ratus lima puluh ribu rupiah"},
		{5_000_000, "Rp5.000.000", "Rp5.000.000,00", "lima juta rupiah"},
		{150_000_000, "Rp150.000.000", "Rp150.000.000,00", "seratus lima puluh juta rupiah"},
		{1_000_000_000, "Rp1.000.000.000", "Rp1.000.000.000,00", "satu miliar rupiah"},
		{model.MaxRupiah, "Rp999.999.999.999.999", "Rp999.999.999.999.999,00", model.Terbilang(999_999_999_999_999) + " rupiah"},
		{-5_000, "-Rp5.000", "-Rp5.000,00", "minus lima ribu rupiah"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.str {
			t.Errorf("Rupiah(%d).String() = %q, want %q", int64(tt.r), got, tt.str)
		}
		if got := tt.r.Formal(); got != tt.formal {
			t.Errorf("Rupiah(%d).Formal() = %q, want %q", int64(tt.r), got, tt.formal)
		}
		if got := tt.r.Words(); got != tt.w {
			t.Errorf("Rupiah(%d).Words() = %q, want %q", int64(tt.r), got, tt.w)
		}
	}
	if got := model.Rupiah(math.MinInt64).String(); got != "-Rp9.223.372.036.854.775.808" {
		t.Errorf("smallest Rupiah prints %q", got)
	}
}

func TestParseRupiah(t *testing.T) {
	good := []struct {
		in   string
		want model.Rupiah
	}{
		{"Rp1.250.000", 1_250_000},
		{"1.250.000", 1_250_000},
		{"1250000", 1_250_000},
		{"Rp 1.250.000,00", 1_250_000},
		{"Rp. 1.250.000", 1_250_000},
		{"Rp1.250.000,-", 1_250_000},
		{"rp1.250.000", 1_250_000},
		{"RP 1.250.000,0", 1_250_000},
		{"  5.000.000  ", 5_000_000},
		{"0", 0},
		{"Rp0", 0},
		{"999", 999},
		{"10.000", 10_000},
		{"999.999.999.999.999", model.MaxRupiah},
	}
	for _, tt := range good {
		got, err := model.ParseRupiah(tt.in)
		if err != nil {
			t.Errorf("ParseRupiah(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseRupiah(%q) = %d, want %d", tt.in, got, tt.want)
		}
		// what String prints reads back to the same amount
		if back, err := model.ParseRupiah(got.String()); err != nil || back != got {
			t.Errorf("ParseRupiah(%q) = %d, %v", got.String(), back, err)
		}
		if back, err := model.ParseRupiah(got.Formal()); err != nil || back != got {
			t.Errorf("ParseRupiah(%q) = %d, %v", got.Formal(), back, err)
		}
	}

	bad := []struct {
		in  string
		msg string
	}{
		{"-5000", "Jumlah rupiah tidak boleh negatif."},
		{"Rp-5.000", "Jumlah rupiah tidak boleh negatif."},
		{"Rp -5.000", "Jumlah rupiah tidak boleh negatif."},
		{"-Rp5.000", "Jumlah rupiah tidak boleh negatif."},
		{"lima juta", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"abc", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"Rp", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1.25", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1.2500", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1250.000.", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{".250.000", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"0.500", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1.250,50", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1,5", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1,", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1 250 000", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"+5000", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"5e6", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"Rp5.000.000 (lima juta)", "Jumlah rupiah tidak valid, contoh: Rp1.250.000."},
		{"1.000.000.000.000.000", "Jumlah rupiah terlalu besar."},
		{"99999999999999999999", "Jumlah rupiah terlalu besar."},
	}
	for _, tt := range bad {
		got, err := model.ParseRupiah(tt.in)
		if err == nil {
			t.Errorf("ParseRupiah(%q) = %d, want an error", tt.in, got)
			continue
		}
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Message != tt.msg {
			t.Errorf("ParseRupiah(%q) error = %v, want %q", tt.in, err, tt.msg)
		}
		if strings.HasPrefix(err.Error(), ":") {
			t.Errorf("ParseRupiah(%q) error prints %q", tt.in, err.Error())
		}
	}
}
