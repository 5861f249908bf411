package ui

import (
	"errors"
	"io/fs"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// errText says err in the user's language when it is one we know, else its own text.
func errText(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, model.ErrPartnerInUse):
		return lang.L("error.partnerinuse")
	case errors.Is(err, model.ErrNotFound):
		return lang.L("error.notfound")
	case errors.Is(err, model.ErrWriteFailed):
		// before ENOSPC: a full disk is one of the reasons this message names
		return lang.L("error.writefailed")
	case errors.Is(err, syscall.ENOSPC):
		return lang.L("error.diskfull")
	case errors.Is(err, fs.ErrPermission):
		return lang.L("error.permission")
	}
	var p model.Problems
	if errors.As(err, &p) && len(p) > 0 {
		return problemText(p[0])
	}
	return err.Error()
}
