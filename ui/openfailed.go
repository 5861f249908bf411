package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// OpenFailed is the window content shown instead of the screens when the data file
// could not be opened: what happened (message, already in the user's language), the
// file, the technical detail, and a Close button.
func OpenFailed(message string, err error, path string, onClose func()) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("open.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	file := widget.NewLabel(lang.L("open.file", map[string]string{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	detail := widget.NewLabel("")
	detail.Wrapping = fyne.TextWrapBreak
	detail.Importance = widget.LowImportance
	if err != nil {
		detail.SetText(err.Error())
	}
	closeButton := widget.NewButtonWithIcon(lang.L("action.close"), theme.CancelIcon(), onClose)
	closeButton.Importance = widget.HighImportance
	return container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title), container.NewHBox(closeButton), nil, nil,
		container.NewVScroll(container.NewVBox(msg, file, detail)))
}
