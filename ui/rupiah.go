package ui

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// rupiahEntry is an entry for an amount of rupiah: it accepts what model.ParseRupiah
// reads ("Rp1.250.000", "1250000") and shows the amount as "Rp1.250.000" once the
// person leaves it.
type rupiahEntry struct {
	widget.Entry
}

func newRupiahEntry(changed func()) *rupiahEntry {
	e := &rupiahEntry{}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = "Rp0"
	e.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := model.ParseRupiah(s)
		if err != nil {
			return userError{errText(err)}
		}
		return nil
	}
	e.OnChanged = func(string) {
		if changed != nil {
			changed()
		}
	}
	return e
}

// FocusLost formats a valid amount as "Rp1.250.000".
func (e *rupiahEntry) FocusLost() {
	e.Entry.FocusLost()
	if r, err := model.ParseRupiah(e.Text); err == nil && strings.TrimSpace(e.Text) != "" && r.String() != e.Text {
		e.SetText(r.String())
	}
}

// setAmount shows r; zero shows an empty field when empty is true.
func (e *rupiahEntry) setAmount(r model.Rupiah, empty bool) {
	if r == 0 && empty {
		e.SetText("")
		return
	}
	e.SetText(r.String())
}

// amount reads the field: 0 when empty, a model.FieldError when it is not an amount.
func (e *rupiahEntry) amount() (model.Rupiah, error) {
	if strings.TrimSpace(e.Text) == "" {
		return 0, nil
	}
	return model.ParseRupiah(e.Text)
}
