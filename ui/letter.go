package ui

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// LetterKindRequest is the kind of the request letter (surat permohonan kerja sama).
const LetterKindRequest = "permohonan"

// printedLetter is a letter written to disk.
type printedLetter struct {
	Path   string
	Number string
	Code   string
}

// printRequestLetter numbers, renders and saves the request letter of the partnership
// shown, off the UI goroutine, then opens it and says where it is.
func (v *partnershipView) printRequestLetter() {
	id := v.stored.ID
	if id == "" {
		return
	}
	v.printButton.Disable()
	v.printNote.SetText(lang.L("letter.printing"))
	g := v.g
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		letter, err := g.writeRequestLetter(id)
		fyne.Do(func() { v.printed(id, letter, err) })
	}()
}

// printed shows the outcome of printRequestLetter; it runs on the UI goroutine.
func (v *partnershipView) printed(id model.ID, letter printedLetter, err error) {
	g := v.g
	if stored, rerr := g.db.Partnership(id); rerr == nil && v.stored.ID == id {
		// keep what the person typed; only the letters changed
		v.stored.Letters = stored.Letters
		v.stored.UpdatedAt = stored.UpdatedAt
		v.base.Letters = stored.Letters
		v.base.UpdatedAt = stored.UpdatedAt
		v.showLetters()
	}
	v.s.refresh()
	if err != nil {
		g.showError("letter.failed", err)
		return
	}
	opened := ""
	if u, perr := url.Parse(storage.NewFileURI(letter.Path).String()); perr == nil {
		if oerr := g.app.OpenURL(u); oerr != nil {
			opened = lang.L("letter.notopened")
		}
	}
	msg := widget.NewLabel(strings.TrimSpace(lang.L("letter.done", map[string]string{
		"Number": letter.Number, "Code": letter.Code, "Path": letter.Path,
	}) + "\n" + opened))
	msg.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustom(lang.L("letter.done.title"), lang.L("action.ok"), container.NewPadded(msg), g.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// writeRequestLetter gives the partnership's request letter its number, renders it
// into the documents folder and records its document code. It does not touch widgets.
func (g *gui) writeRequestLetter(id model.ID) (printedLetter, error) {
	school, err := g.db.School()
	if err != nil {
		return printedLetter{}, err
	}
	if school.IsZero() {
		return printedLetter{}, userError{lang.L("letter.missing.school")}
	}
	ps, err := g.db.Partnership(id)
	if err != nil {
		return printedLetter{}, err
	}
	if ps.PartnerID == "" {
		return printedLetter{}, userError{lang.L("letter.missing.partner")}
	}
	partner, err := g.db.Partner(ps.PartnerID)
	if err != nil {
		return printedLetter{}, err
	}
	dir := g.opts.DocumentsDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return printedLetter{}, fmt.Errorf("folder %s: %w", dir, err)
	}

	letter, err := g.db.IssueLetterNumber(id, LetterKindRequest, g.opts.Now())
	if err != nil {
		return printedLetter{}, err
	}
	if stored, err := g.db.Partnership(id); err == nil {
		ps = stored
	}
	path := filepath.Join(dir, "surat-permohonan-"+fileNamePart(letter.Number)+".pdf")
	code, err := writeFileAtomic(path, func(w *bufio.Writer) (string, error) {
		return pdf.WriteRequestLetter(w, pdf.RequestLetter{School: school, Partner: partner, Partnership: ps, Letter: letter})
	})
	if err != nil {
		return printedLetter{Number: letter.Number}, err
	}
	if err := g.db.SetLetterCode(id, letter.Number, code); err != nil {
		return printedLetter{Path: path, Number: letter.Number, Code: code}, err
	}
	return printedLetter{Path: path, Number: letter.Number, Code: code}, nil
}

// writeFileAtomic writes a file through a temporary file in the same folder, synced
// and renamed, so a half-written document never carries the final name.
func writeFileAtomic(path string, write func(w *bufio.Writer) (string, error)) (code string, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if code, err = write(bw); err != nil {
		return "", err
	}
	if err = bw.Flush(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil { // CreateTemp makes it private
		return "", err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return code, nil
}

// fileNamePart makes a letter number usable in a file name on every system:
// "015/421.3/SMPN1-BDG/XI/2026" → "015-421.3-SMPN1-BDG-XI-2026".
func fileNamePart(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|':
			return '-'
		}
		if r < ' ' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		return "tanpa-nomor"
	}
	return s
}
