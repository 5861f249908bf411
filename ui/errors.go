package ui

import (
	"errors"
	"io/fs"
	"syscall"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// errText says err in the user's language. Errors of the store and the domain carry
// a kind (model.Kind) whose message is "error.<key>" in the translations; a field
// that is wrong says which (model.FieldError, model.Problems). An error without a
// kind (one the operating system gave a file dialog) is said as well as can be: a
// full disk, a missing permission, else its own text, shortened.
func errText(err error) string {
	if err == nil {
		return ""
	}
	var fe model.FieldError
	if errors.As(err, &fe) {
		return problemText(fe)
	}
	var p model.Problems
	if errors.As(err, &p) && len(p) > 0 {
		return problemText(p[0])
	}
	if k := model.KindOf(err); k != nil {
		return lang.X(k.MessageID(), k.Error())
	}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return lang.L(model.ErrDiskFull.MessageID())
	case errors.Is(err, fs.ErrPermission):
		return lang.L(model.ErrNoPermission.MessageID())
	}
	return clipText(err.Error(), maxErrDetail)
}

// maxErrDetail bounds the technical details a message shows.
const maxErrDetail = 400

// errDetail is what err concerns, for a line of small print under its message: the
// file, the record, the cause, in the program's own (Indonesian) words; bounded.
func errDetail(err error) string {
	if err == nil {
		return ""
	}
	return clipText(err.Error(), maxErrDetail)
}

// clipText shortens s to at most n bytes, on a letter's boundary.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
