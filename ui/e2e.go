//go:build e2e

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// EntryOf is the entry an object of the screens is, also when it is one of ours
// built on widget.Entry (an amount in rupiah); nil when it is none. For the
// real-window test's build only (cmd/kemitraan/e2edump.go).
func EntryOf(o fyne.CanvasObject) *widget.Entry {
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case *rupiahEntry:
		return &x.Entry
	case *dateEntry:
		return &x.Entry
	}
	return nil
}
