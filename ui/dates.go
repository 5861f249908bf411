package ui

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// Dates as the window shows them, in the user's language: "5 Desember 2026 18.27"
// in Bahasa Indonesia, "5 December 2026 18:27" in English. Printed documents keep
// the model's Indonesian dates (model.LongDate).

// longDate is "5 Desember 2026"; "" for the zero time.
func longDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	m := t.Month()
	return fmt.Sprintf("%d %s %d", t.Day(), lang.X("date.month."+strconv.Itoa(int(m)), model.MonthName(m)), t.Year())
}

// clock is the time of day: "18.27" (Indonesian writes a dot), "18:27".
func clock(t time.Time) string {
	return t.Format(lang.X("date.clock", "15.04"))
}

// longDateTime is "5 Desember 2026 18.27", in local time.
func longDateTime(t time.Time) string {
	t = t.Local()
	return longDate(t) + " " + clock(t)
}
