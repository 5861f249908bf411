package model

import "strings"

var digitWords = [...]string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}

// scales of thousands; Indonesian says "seribu" but "satu juta".
var scaleWords = [...]string{"", "ribu", "juta", "miliar", "triliun"}

// Terbilang spells n out in Bahasa Indonesia: 1001011 → "satu juta seribu sebelas".
// It covers 0 … 999.999.999.999.999; a negative n is prefixed "minus".
func Terbilang(n int64) string {
	if n == 0 {
		return "nol"
	}
	if n < 0 {
		// -(n+1)+1 in uint64, so that the smallest int64 does not overflow
		return "minus " + spell(uint64(-(n+1))+1)
	}
	return spell(uint64(n))
}

// spell spells n > 0.
func spell(n uint64) string {
	var groups []int // least significant first
	for n > 0 {
		groups = append(groups, int(n%1000))
		n /= 1000
	}
	var words []string
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			continue
		}
		if i >= len(scaleWords) {
			// beyond triliun: spell the high part in triliun units ("seribu triliun")
			return Terbilang(int64(high(groups, 4))) + " triliun" + tail(groups)
		}
		if i == 1 && g == 1 {
			words = append(words, "seribu")
			continue
		}
		words = append(words, hundreds(g))
		if scaleWords[i] != "" {
			words = append(words, scaleWords[i])
		}
	}
	return strings.Join(words, " ")
}

func high(groups []int, from int) int64 {
	var v int64
	for i := len(groups) - 1; i >= from; i-- {
		v = v*1000 + int64(groups[i])
	}
	return v
}

func tail(groups []int) string {
	var v int64
	for i := 3; i >= 0; i-- {
		v = v*1000 + int64(groups[i])
	}
	if v == 0 {
		return ""
	}
	return " " + Terbilang(v)
}

// hundreds spells 1 … 999.
func hundreds(n int) string {
	var w []string
	h, rest := n/100, n%100
	switch {
	case h == 1:
		w = append(w, "seratus")
	case h > 1:
		w = append(w, digitWords[h], "ratus")
	}
	switch {
	case rest == 0:
	case rest < 10:
		w = append(w, digitWords[rest])
	case rest == 10:
		w = append(w, "sepuluh")
	case rest == 11:
		w = append(w, "sebelas")
	case rest < 20:
		w = append(w, digitWords[rest-10], "belas")
	default:
		w = append(w, digitWords[rest/10], "puluh")
		if rest%10 != 0 {
			w = append(w, digitWords[rest%10])
		}
	}
	return strings.Join(w, " ")
}
