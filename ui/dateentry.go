package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// dateWidth fits a date, its validity mark and the calendar button.
const dateWidth = 190

// dateEntry is Fyne's DateEntry (typed, or picked from its calendar) made to read
// what a person types as model.ParseDate does ("1/3/2026", "2026-03-01", "1 Maret
// 2026"), where Fyne's reads only its own layout ("01/03/2026"): Fyne calls OnChanged
// only for text in that layout, so a date typed otherwise, or a wrong one, would not
// mark the form changed and could be lost unasked. It calls edited on every edit,
// checks the text with model.ParseDate (and check), and writes a good date in the
// layout once the person leaves it.
type dateEntry struct {
	widget.DateEntry
	edited func()
	check  func(time.Time) error // what else the date must meet (a letter's: not after today)
	last   string
}

// newDateEntry is a dateEntry that calls changed when the person edits it.
func newDateEntry(changed func()) *dateEntry {
	e := &dateEntry{edited: changed}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	// an empty date must look empty: the placeholder is the format ("hh/bb/tttt"),
	// never a date that reads as one
	e.PlaceHolder = datePlaceholder()
	e.OnChanged = func(*time.Time) { e.noteEdit() }
	return e
}

// CreateRenderer puts this entry's check in place of the one Fyne's sets there.
func (e *dateEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.DateEntry.CreateRenderer()
	e.Validator = e.validate
	return r
}

func (e *dateEntry) TypedRune(r rune) {
	e.DateEntry.TypedRune(r)
	e.noteEdit()
}

func (e *dateEntry) TypedKey(k *fyne.KeyEvent) {
	e.DateEntry.TypedKey(k)
	e.noteEdit()
}

func (e *dateEntry) TypedShortcut(s fyne.Shortcut) {
	e.DateEntry.TypedShortcut(s)
	e.noteEdit()
}

// FocusLost writes a date typed in another way in the entry's layout.
func (e *dateEntry) FocusLost() {
	e.DateEntry.FocusLost()
	if d, err := readDate(e, time.Time{}); err == nil && !d.IsZero() && (e.Date == nil || !sameDay(*e.Date, d)) {
		e.SetDate(&d)
	}
}

// noteEdit calls edited once for each change of the text.
func (e *dateEntry) noteEdit() {
	if e.Text == e.last {
		return
	}
	e.last = e.Text
	if e.edited != nil {
		e.edited()
	}
}

// validate is the entry's check: empty, or a date model.ParseDate reads that meets check.
func (e *dateEntry) validate(string) error {
	d, err := readDate(e, time.Time{})
	if err != nil {
		return userError{errText(err)}
	}
	if !d.IsZero() && e.check != nil {
		return e.check(d)
	}
	return nil
}

// setDateValue shows t in e; the zero time empties it.
func setDateValue(e *dateEntry, t time.Time) {
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
func readDate(e *dateEntry, old time.Time) (time.Time, error) {
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
