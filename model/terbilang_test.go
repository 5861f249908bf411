package model_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestTerbilang(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "nol"},
		{1, "satu"},
		{2, "dua"},
		{9, "sembilan"},
		{10, "sepuluh"},
		{11, "sebelas"},
		{12, "dua belas"},
		{15, "lima belas"},
		{19, "sembilan belas"},
		{20, "dua puluh"},
		{21, "dua puluh satu"},
		{45, "empat puluh lima"},
		{99, "sembilan puluh sembilan"},
		{100, "seratus"},
		{101, "seratus satu"},
		{110, "seratus sepuluh"},
		{111, "seratus sebelas"},
		{115, "seratus lima belas"},
		{200, "dua ratus"},
		{999, "sembilan ratus sembilan puluh sembilan"},
		{1_000, "seribu"},
		{1_001, "seribu satu"},
		{1_100, "seribu seratus"},
		{1_999, "seribu sembilan ratus sembilan puluh sembilan"},
		{2_000, "dua ribu"},
		{2_026, "dua ribu dua puluh enam"},
		{10_000, "sepuluh ribu"},
		{11_000, "sebelas ribu"},
		{12_500, "dua belas ribu lima ratus"},
		{100_000, "seratus ribu"},
		{101_000, "seratus satu ribu"},
		{111_111, "seratus sebelas ribu seratus sebelas"},
		{1_000_000, "satu juta"},
		{1_001_000, "satu juta seribu"},
		{1_001_011, "satu juta seribu sebelas"},
		{1_250_000, "satu juta dua ratus lima puluh ribu"},
		{2_500_000, "dua juta lima ratus ribu"},
		{10_000_000, "sepuluh juta"},
		{100_000_000, "seratus juta"},
		{1_000_000_000, "satu miliar"},
		{1_000_000_001, "satu miliar satu"},
		{2_000_001_000, "dua miliar seribu"},
		{1_000_000_000_000, "satu triliun"},
		{5_000_000_000_000, "lima triliun"},
		{999_999_999_999_999, "sembilan ratus sembilan puluh sembilan triliun " +
			"sembilan ratus sembilan puluh sembilan miliar " +
			"sembilan ratus sembilan puluh sembilan juta " +
			"sembilan ratus sembilan puluh sembilan ribu " +
			"sembilan ratus sembilan puluh sembilan"},
		// beyond the range a school needs: counted in triliun
		{1_000_000_000_000_000, "seribu triliun"},
		{2_000_000_000_000_005, "dua ribu triliun lima"},
		{-1, "minus satu"},
		{-11, "minus sebelas"},
		{-1_001_011, "minus satu juta seribu sebelas"},
	}
	for _, tt := range tests {
		if got := model.Terbilang(tt.n); got != tt.want {
			t.Errorf("Terbilang(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// Every number spells without doubled spaces and says "seratus", "sepuluh", "sebelas"
// and "seribu", never "satu ratus", "satu puluh", "satu belas" or a lone "satu ribu".
func TestTerbilangWording(t *testing.T) {
	ns := []int64{math.MaxInt64, math.MinInt64}
	for n := int64(0); n < 2_100; n++ {
		ns = append(ns, n, n*1_000+1, n*1_000_003, n*999_999_937)
	}
	scale := map[string]bool{"": true, "minus": true, "juta": true, "miliar": true, "triliun": true}
	for _, n := range ns {
		w := model.Terbilang(n)
		if w == "" || w != strings.TrimSpace(w) || strings.Contains(w, "  ") || (n != 0 && strings.Contains(w, "nol")) {
			t.Errorf("Terbilang(%d) = %q", n, w)
			continue
		}
		words := strings.Fields(w)
		for i := 0; i+1 < len(words); i++ {
			if words[i] != "satu" {
				continue
			}
			prev := ""
			if i > 0 {
				prev = words[i-1]
			}
			switch next := words[i+1]; {
			case next == "ratus" || next == "puluh" || next == "belas",
				next == "ribu" && scale[prev]:
				t.Errorf("Terbilang(%d) = %q says \"satu %s\"", n, w, next)
			}
		}
	}
	if got := model.Terbilang(math.MinInt64); !strings.HasPrefix(got, "minus sembilan juta dua ratus dua puluh tiga ribu") {
		t.Errorf("Terbilang(MinInt64) = %q", got)
	}
}
