package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// dateWidth fits a date, its validity mark and the calendar button.
const dateWidth = 190

// newDateEntry is a widget.DateEntry (typed or picked from its calendar) that calls
// changed when the person edits it.
func newDateEntry(changed func()) *widget.DateEntry {
	e := widget.NewDateEntry()
	// an empty date must look empty: the placeholder is the format ("hh/bb/tttt"),
	// never a date that reads as one
	e.PlaceHolder = datePlaceholder()
	e.OnChanged = func(*time.Time) {
		if changed != nil {
			changed()
		}
	}
	return e
}

// setDateValue shows t in e; the zero time empties it.
func setDateValue(e *widget.DateEntry, t time.Time) {
	if t.IsZero() {
		e.SetDate(nil)
		return
	}
	d := civilDate(t)
	e.SetDate(&d)
}

// The layouts a DateEntry may show its date in, depending on the system's region.
var dateEntryLayouts = []string{"02/01/2006", "01/02/2006", "2006-01-02", "02.01.2006"}

// readDate is the date in e: zero when empty, an error (model.FieldError) when the
// text is not a date. When the date is old's day, old itself comes back, so that an
// untouched field changes nothing.
func readDate(e *widget.DateEntry, old time.Time) (time.Time, error) {
	text := strings.TrimSpace(e.Text)
	if text == "" {
		return time.Time{}, nil
	}
	var d time.Time
	found := false
	if e.Date != nil {
		// the date picked or typed, when the text still says it
		for _, l := range dateEntryLayouts {
			if e.Date.Format(l) == text {
				d, found = civilDate(*e.Date), true
				break
			}
		}
	}
	if !found {
		t, err := model.ParseDate(text)
		if err != nil {
			return time.Time{}, err
		}
		d = civilDate(t)
	}
	if !old.IsZero() && sameDay(old, d) {
		return old, nil
	}
	return d, nil
}

// civilDate is t's calendar day at midnight, local time.
func civilDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// datePlaceholder says the layout a DateEntry shows dates in on this system, in the
// user's words: "hh/bb/tttt" (hari, bulan, tahun), or "dd/mm/yyyy" in English; the
// order follows the system's region, as the DateEntry does.
func datePlaceholder() string {
	e := widget.NewDateEntry()
	ref := time.Date(2006, time.January, 2, 0, 0, 0, 0, time.Local)
	e.SetDate(&ref) // the entry writes it in its layout: "02/01/2006", "01/02/2006" …
	return strings.NewReplacer("2006", lang.L("date.placeholder.year"), "01", lang.L("date.placeholder.month"),
		"02", lang.L("date.placeholder.day")).Replace(e.Text)
}
