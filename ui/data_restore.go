package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Pengaturan → Data → Pulihkan dari…: a file is checked and what it holds shown; after
// a confirmation it replaces the data. The store backs up the current data first
// (or keeps a damaged file aside) and checks the file again; the window keeps
// working meanwhile, only the swap itself holds the data file for a moment.

func (d *dataView) chooseRestoreFile() {
	d.chooseFile([]string{".db", ".DB"}, filepath.Join(filepath.Dir(d.ds.Path()), "backups"), d.inspectRestore)
}

// inspectRestore checks the file at path and shows what it holds, asking whether to
// restore it; a file that fails the check is refused and nothing changes.
func (d *dataView) inspectRestore(path string) {
	if d.g.opts.Inspect == nil {
		return
	}
	var (
		p   model.Preview
		err error
	)
	d.run(lang.L("data.restore.title"), lang.L("data.restore.checking"), false,
		func(ctx context.Context, _ *progress) { p, err = d.g.opts.Inspect(ctx, path) },
		func() {
			if err != nil {
				d.fail(restoreRefusal(path, err), err)
				return
			}
			d.showRestorePreview(path, p)
		})
}

// restoreRefusal says why a file cannot be restored from.
func restoreRefusal(path string, err error) string {
	name := map[string]string{"Name": filepath.Base(path)}
	switch {
	case errors.Is(err, model.ErrDamaged):
		return lang.L("data.restore.damaged", name)
	case errors.Is(err, model.ErrNewerSchema):
		return lang.L("data.restore.newer", name)
	case errors.Is(err, model.ErrLocked):
		return lang.L("data.restore.locked", name)
	case errors.Is(err, fs.ErrNotExist):
		return lang.L("data.restore.missing", name)
	}
	return lang.L("data.restore.failed", map[string]string{"Name": filepath.Base(path), "Err": errText(err)})
}

// previewForm shows what a data file holds: school, NPSN, counts, newest change.
func previewForm(p model.Preview) *widget.Form {
	count := func(n int) string { return fmt.Sprint(n) }
	newest := lang.L("data.preview.nochange")
	if !p.Newest.IsZero() {
		newest = dateTime(p.Newest)
	}
	school := p.SchoolName
	if school == "" {
		school = "—"
	}
	npsn := p.NPSN
	if npsn == "" {
		npsn = "—"
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("data.preview.school"), widget.NewLabel(school)),
		widget.NewFormItem(lang.L("data.preview.npsn"), widget.NewLabel(npsn)),
		widget.NewFormItem(lang.L("data.preview.partnerships"), widget.NewLabel(count(p.Counts.Partnerships))),
		widget.NewFormItem(lang.L("data.preview.partners"), widget.NewLabel(count(p.Counts.Partners))),
		widget.NewFormItem(lang.L("data.preview.documents"), widget.NewLabel(lang.L("data.preview.documents.value",
			map[string]int{"Letters": p.Counts.Letters, "Attachments": p.Counts.Attachments}))),
		widget.NewFormItem(lang.L("data.preview.events"), widget.NewLabel(count(p.Counts.Events))),
	}
	if c := p.Counts; c.StudentActivities > 0 {
		items = append(items, widget.NewFormItem(lang.L("smk.data.preview.students"), widget.NewLabel(lang.L("smk.data.preview.students.value",
			map[string]int{"Activities": c.StudentActivities, "Placements": c.Placements}))))
	}
	items = append(items,
		widget.NewFormItem(lang.L("data.preview.newest"), widget.NewLabel(newest)),
		widget.NewFormItem(lang.L("data.preview.version"), widget.NewLabel(lang.L("data.preview.version.value",
			map[string]string{"Version": fmt.Sprint(p.SchemaVersion), "Size": byteSize(p.Size)}))),
	)
	return widget.NewForm(items...)
}

// showRestorePreview asks whether to replace the data with the file's, showing what
// it holds and saying that the current data are backed up first.
func (d *dataView) showRestorePreview(path string, p model.Preview) {
	file := widget.NewLabel(path)
	file.Wrapping = fyne.TextWrapBreak
	file.Importance = widget.LowImportance
	warn := widget.NewLabel(lang.L("data.restore.confirm"))
	warn.Wrapping = fyne.TextWrapWord
	warn.Importance = widget.WarningImportance
	content := container.NewVBox(file, previewForm(p), widget.NewSeparator(), warn)
	c := dialog.NewCustomConfirm(lang.L("data.restore.title"), lang.L("data.restore.do"), lang.L("action.cancel"),
		content, func(ok bool) {
			if ok {
				d.restore(path)
			}
		}, d.g.win)
	c.Resize(fyne.NewSize(620, 520))
	d.show(c)
}

// restore replaces the data with the file at path, then refreshes every screen.
func (d *dataView) restore(path string) {
	var (
		before model.BackupInfo
		err    error
	)
	d.run(lang.L("data.restore.title"), lang.L("data.restore.running"), false,
		func(ctx context.Context, _ *progress) { before, err = d.ds.RestoreContext(ctx, path, d.g.opts.Now()) },
		func() {
			if err != nil {
				d.fail(restoreRefusal(path, err), err)
				if before.Kind == model.BackupDamagedKept {
					d.g.refreshAll()
				}
				return
			}
			d.g.refreshAll()
			d.reload()
			msg := lang.L("data.restore.done", map[string]string{"Name": filepath.Base(path), "Before": filepath.Base(before.Path)})
			if before.Kind == model.BackupDamagedKept {
				msg = lang.L("data.restore.donedamaged", map[string]string{"Name": filepath.Base(path), "Kept": filepath.Base(before.Path)})
			}
			d.info(lang.L("data.restore.title"), msg)
		})
}
