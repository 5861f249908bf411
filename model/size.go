package model

import (
	"strconv"
	"strings"
)

// ByteSize is a size as a person reads it: "900 byte", "12 KB" (rounded up, so a
// small file is never "0 KB"), "1,5 MB", "32 MB", "2,3 GB", with decimal as the decimal
// separator ("," in Bahasa Indonesia, "." in English).
func ByteSize(n int64, decimal string) string {
	one := func(v float64, unit string) string {
		s := strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0")
		return strings.Replace(s, ".", decimal, 1) + " " + unit
	}
	switch {
	case n < 0:
		return "0 byte"
	case n < 1<<10:
		return strconv.FormatInt(n, 10) + " byte"
	case n < 1<<20:
		return strconv.FormatInt((n+1023)>>10, 10) + " KB"
	case n < 1<<30:
		return one(float64(n)/(1<<20), "MB")
	}
	return one(float64(n)/(1<<30), "GB")
}
