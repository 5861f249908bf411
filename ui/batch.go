package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// batchDialog is Cetak dokumen, reached from the Kemitraan list: the laporan tahunan
// of a chosen year over every partnership, and the request letters of several
// partnerships at once into one folder, with progress and a cancel button. Each letter
// is numbered and kept with its partnership as a single one is.
type batchDialog struct {
	g *gui

	year       *widget.Select
	annual     *widget.Button
	candidates []model.Summary  // with a partner, from stage 2
	periods    map[model.ID]int // the periods of renewed partnerships
	chosen     map[model.ID]bool
	list       *widget.List
	all        *widget.Check
	start      *widget.Button
	cancel     *widget.Button
	progress   *widget.ProgressBar
	status     *widget.Label
	running    bool
	// ctx ends when the dialog closes (or the window): the batch stops after the
	// letter it is making; stop ends it sooner, from Batal.
	ctx  context.Context
	stop context.CancelFunc

	dlg *dialog.CustomDialog
}

// LetterKindRequest is the kind of the request letter (surat permohonan kerja sama).
const LetterKindRequest = string(model.DocRequest)

// showBatch opens the dialog and returns it. Closing it cancels a batch that runs:
// the letter being made is finished (or not recorded at all), no other is begun.
func (g *gui) showBatch() *batchDialog {
	b := newBatchDialog(g)
	b.dlg = dialog.NewCustom(lang.L("batch.title"), lang.L("action.close"), b.object(), g.win)
	b.dlg.SetOnClosed(b.close)
	b.dlg.Resize(fyne.NewSize(720, 560))
	b.dlg.Show()
	return b
}

// close ends what the dialog started.
func (b *batchDialog) close() { b.stop() }

func newBatchDialog(g *gui) *batchDialog {
	b := &batchDialog{g: g, chosen: map[model.ID]bool{}}
	b.ctx, b.stop = context.WithCancel(g.ctx)
	now := g.opts.Now()
	years := []string{}
	for y := now.Year(); y >= now.Year()-5; y-- {
		years = append(years, strconv.Itoa(y))
	}
	b.year = widget.NewSelect(years, nil)
	b.year.SetSelectedIndex(0)
	b.annual = widget.NewButtonWithIcon(lang.L("batch.annual.make"), theme.DocumentPrintIcon(), b.makeAnnual)

	b.status = widget.NewLabel("")
	b.status.Wrapping = fyne.TextWrapBreak
	all, err := g.db.Summaries()
	if err != nil {
		b.status.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		b.status.Importance = widget.DangerImportance
	}
	b.periods = model.Periods(all)
	for _, s := range all {
		if s.PartnerID != "" && s.Stage >= model.StagePenjajakan {
			b.candidates = append(b.candidates, s)
		}
	}
	b.list = widget.NewList(
		func() int { return len(b.candidates) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			s := b.candidates[i]
			c := o.(*widget.Check)
			c.OnChanged = nil
			c.SetText(s.PeriodTitle(b.periods[s.ID]) + " — " + s.PartnerName)
			c.SetChecked(b.chosen[s.ID])
			c.OnChanged = func(on bool) { b.chosen[s.ID] = on; b.updateStart() }
		})
	b.all = widget.NewCheck(lang.L("batch.all"), func(on bool) {
		for _, s := range b.candidates {
			b.chosen[s.ID] = on
		}
		b.list.Refresh()
		b.updateStart()
	})
	b.start = widget.NewButtonWithIcon(lang.L("batch.letters.make"), theme.FolderOpenIcon(), b.chooseFolder)
	b.start.Importance = widget.HighImportance
	b.cancel = widget.NewButtonWithIcon(lang.L("action.cancel"), theme.CancelIcon(), nil)
	b.cancel.Disable()
	b.progress = newProgressBar()
	b.updateStart()
	return b
}

func (b *batchDialog) object() fyne.CanvasObject {
	annual := widget.NewCard("", lang.L("batch.annual"), container.NewVBox(
		widget.NewLabel(lang.L("batch.annual.hint")),
		container.NewHBox(widget.NewLabel(lang.L("batch.year")), b.year, b.annual)))
	hint := widget.NewLabel(lang.L("batch.letters.hint"))
	hint.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = b.list
	if len(b.candidates) == 0 {
		none := widget.NewLabel(lang.L("batch.letters.none"))
		none.Wrapping = fyne.TextWrapWord
		body = none
	}
	letters := container.NewBorder(
		container.NewVBox(widget.NewLabelWithStyle(lang.L("batch.letters"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), hint, b.all),
		container.NewVBox(b.progress, container.NewHBox(b.start, b.cancel), b.status), nil, nil, body)
	return container.NewBorder(annual, nil, nil, nil, letters)
}

// selected are the partnerships ticked, in the list's order.
func (b *batchDialog) selected() []model.ID {
	var ids []model.ID
	for _, s := range b.candidates {
		if b.chosen[s.ID] {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

func (b *batchDialog) updateStart() {
	setEnabled(b.start, !b.running && len(b.selected()) > 0)
}

// chooseFolder asks for the folder the letters go into, then prints them.
func (b *batchDialog) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			b.status.SetText(errText(err))
			return
		}
		if u == nil {
			return
		}
		b.run(u.Path())
	}, b.g.win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// run prints the chosen partnerships' request letters into dir off the UI goroutine,
// one after the other, until done or cancelled.
func (b *batchDialog) run(dir string) {
	ids := b.selected()
	if len(ids) == 0 || b.running {
		return
	}
	b.running = true
	ctx, cancel := context.WithCancel(b.ctx)
	b.cancel.OnTapped = cancel
	b.start.Disable()
	b.cancel.Enable()
	b.progress.Max = float64(len(ids))
	b.progress.SetValue(0)
	b.status.SetText(lang.L("batch.running", map[string]any{"Done": 0, "Total": len(ids)}))
	g := b.g
	now := g.opts.Now()
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		defer cancel()
		done, failed := 0, []string{}
		for i, id := range ids {
			if ctx.Err() != nil {
				break
			}
			err := printLetterInto(g, id, dir, now)
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s: %s", b.title(id), docErrorText(err)))
			} else {
				done++
			}
			n := i + 1
			fyne.Do(func() {
				b.progress.SetValue(float64(n))
				b.status.SetText(lang.L("batch.running", map[string]any{"Done": n, "Total": len(ids)}))
			})
		}
		stopped := ctx.Err() != nil
		fyne.Do(func() { b.finished(dir, done, len(ids), failed, stopped) })
	}()
}

func (b *batchDialog) title(id model.ID) string {
	for _, s := range b.candidates {
		if s.ID == id {
			return s.PeriodTitle(b.periods[s.ID])
		}
	}
	return string(id)
}

// printLetterInto makes one request letter and writes it into dir: the file is
// written aside first, and the letter numbered, kept and put on the timeline only
// when it fits (document.MakeWritten), so a full stick records nothing. It touches
// no widget.
func printLetterInto(g *gui, id model.ID, dir string, now time.Time) error {
	_, err := document.MakeWritten(g.db, document.Request{Partnership: id, Kind: model.DocRequest, Date: now, Today: now},
		func(pdf []byte, name string) (document.Staged, error) {
			return safefile.Stage(freePath(dir, name), pdf)
		})
	return err
}

func (b *batchDialog) finished(dir string, done, total int, failed []string, stopped bool) {
	b.running = false
	b.cancel.Disable()
	b.updateStart()
	msg := lang.L("batch.done", map[string]any{"Done": done, "Total": total, "Dir": dir})
	if stopped {
		msg = lang.L("batch.cancelled", map[string]any{"Done": done, "Total": total, "Dir": dir})
	}
	for _, f := range failed {
		msg += "\n" + f
	}
	b.status.SetText(msg)
	b.g.partnerships.refresh()
	if v := b.g.partnerships.detail; v != nil && v.stored.ID != "" {
		v.documentMade()
	}
}

// makeAnnual makes the laporan tahunan of the chosen year into the documents folder
// and opens it.
func (b *batchDialog) makeAnnual() {
	year, err := strconv.Atoi(b.year.Selected)
	if err != nil {
		return
	}
	b.annual.Disable()
	b.status.SetText(lang.L("batch.annual.making", map[string]any{"Year": year}))
	g := b.g
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		path, code, err := makeAnnualReport(g, year)
		fyne.Do(func() {
			b.annual.Enable()
			if err != nil {
				b.status.SetText(lang.L("batch.annual.failed", map[string]string{"Err": docErrorText(err)}))
				return
			}
			b.status.SetText(lang.L("batch.annual.done", map[string]any{"Path": path, "Code": code}))
			g.showSaved(lang.L("batch.annual.saved"), []string{lang.L("doc.done.code", map[string]string{"Code": code})}, path)
		})
	}()
}

// makeAnnualReport makes the laporan tahunan of year, keeps it in the data file (so
// that its QR code verifies) and writes it into the documents folder.
func makeAnnualReport(g *gui, year int) (path, code string, err error) {
	dir := g.opts.DocumentsDir
	if err := safefile.MkdirAll(dir); err != nil {
		return "", "", err
	}
	made, err := document.Annual(g.db, year, g.opts.Now(), func(pdf []byte, name string) (document.Staged, error) {
		path = filepath.Join(dir, name)
		return safefile.Stage(path, pdf)
	})
	if err != nil {
		return "", "", err
	}
	return path, made.Code, nil
}
