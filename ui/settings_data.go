package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Pengaturan → Data: where the data file is, backups to a chosen folder and the
// automatic ones, restore from a file after a preview, export to Excel, CSV and a JSON
// bundle, and import of a bundle after a preview of what it changes.
//
// Everything that reads or writes files runs off the UI goroutine (counted in g.jobs,
// so tests can wait) and comes back with fyne.Do. The file dialogs' callbacks call the
// methods backupTo, inspectRestore, restore, exportTo…, planImport and applyImport,
// which tests call directly.

// dataPanel is the Data tab of Pengaturan; it is left out when the store cannot back up.
func dataPanel(g *gui) (settingsPanel, bool) {
	ds, ok := g.db.(DataStore)
	if !ok {
		return settingsPanel{}, false
	}
	d := newDataView(g, ds)
	return settingsPanel{title: lang.L("data.tab"), object: d}, true
}

// dataView is the Data tab. It reloads what it shows each time it is shown.
type dataView struct {
	widget.BaseWidget
	g  *gui
	ds DataStore

	path       *widget.Label
	size       *widget.Label
	lastBackup *widget.Label
	network    *widget.Label
	status     *widget.Label
	backups    []model.BackupInfo
	list       *widget.List

	backupButton, restoreButton, importButton *widget.Button
	exportButtons                             []*widget.Button

	content fyne.CanvasObject
	dialog  dialog.Dialog // the dialog of the job running, or of its result (tests look at it)
}

func newDataView(g *gui, ds DataStore) *dataView {
	d := &dataView{g: g, ds: ds}
	d.path = widget.NewLabel("")
	d.path.Wrapping = fyne.TextWrapBreak
	d.size = widget.NewLabel("")
	d.lastBackup = widget.NewLabel("")
	d.network = widget.NewLabel(lang.L("data.network.file"))
	d.network.Wrapping = fyne.TextWrapWord
	d.network.Importance = widget.WarningImportance
	d.network.Hide()
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord

	d.backupButton = widget.NewButtonWithIcon(lang.L("data.backup"), theme.DocumentSaveIcon(), d.chooseBackupFolder)
	d.backupButton.Importance = widget.HighImportance
	d.restoreButton = widget.NewButtonWithIcon(lang.L("data.restore"), theme.HistoryIcon(), d.chooseRestoreFile)
	d.exportButtons = []*widget.Button{
		widget.NewButtonWithIcon(lang.L("data.export.xlsx"), theme.DownloadIcon(), d.chooseXLSX),
		widget.NewButtonWithIcon(lang.L("data.export.csv"), theme.DownloadIcon(), d.chooseCSV),
		widget.NewButtonWithIcon(lang.L("data.export.json"), theme.DownloadIcon(), d.chooseJSON),
	}
	d.importButton = widget.NewButtonWithIcon(lang.L("data.import"), theme.UploadIcon(), d.chooseImportFile)

	d.list = widget.NewList(func() int { return len(d.backups) },
		func() fyne.CanvasObject {
			when := widget.NewLabel("")
			kind := widget.NewLabel("")
			size := widget.NewLabel("")
			size.Alignment = fyne.TextAlignTrailing
			return container.NewBorder(nil, nil, nil, size, container.NewGridWithColumns(2, when, kind))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(d.backups) {
				return
			}
			b := d.backups[i]
			c := o.(*fyne.Container)
			cols := c.Objects[0].(*fyne.Container)
			cols.Objects[0].(*widget.Label).SetText(dateTime(b.Time))
			cols.Objects[1].(*widget.Label).SetText(backupKindText(b.Kind))
			c.Objects[1].(*widget.Label).SetText(byteSize(b.Size))
		})

	heading := func(key string) *widget.Label {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	note := func(key string) *widget.Label {
		l := widget.NewLabel(lang.L(key))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.LowImportance
		return l
	}
	top := container.NewVBox(
		heading("data.file"), d.path, container.NewHBox(d.size, d.lastBackup), d.network,
		widget.NewSeparator(),
		heading("data.backups"), note("data.backups.note"),
		container.NewHBox(d.backupButton, d.restoreButton),
		widget.NewSeparator(),
		heading("data.exchange"), note("data.exchange.note"),
		container.NewHBox(d.exportButtons[0], d.exportButtons[1], d.exportButtons[2]),
		container.NewHBox(d.importButton),
		d.status,
		widget.NewSeparator(),
		heading("data.auto"),
	)
	d.content = container.NewPadded(container.NewBorder(top, nil, nil, nil, d.list))
	d.ExtendBaseWidget(d)
	d.reload()
	return d
}

func (d *dataView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(d.content) }

// Show reloads what the tab shows when it comes into view: an automatic backup may
// have been written since.
func (d *dataView) Show() {
	if !d.Visible() {
		d.reload()
	}
	d.BaseWidget.Show()
}

// reload shows the data file's place and size and the list of automatic backups.
// It reads a folder listing and a file's size only.
func (d *dataView) reload() {
	path := d.ds.Path()
	d.path.SetText(path)
	if st, err := os.Stat(path); err == nil {
		d.size.SetText(lang.L("data.size", map[string]string{"Size": byteSize(st.Size())}))
	} else {
		d.size.SetText("")
	}
	if f := d.g.opts.LooksLikeNetworkPath; f != nil && f(path) {
		d.network.Show()
	} else {
		d.network.Hide()
	}
	list, err := d.ds.Backups()
	if err != nil {
		d.setStatus(lang.L("data.backups.unreadable", map[string]string{"Err": errText(err)}), widget.DangerImportance)
	}
	d.backups = list
	d.list.Refresh()
	last := slices.IndexFunc(list, func(b model.BackupInfo) bool { return b.Kind == model.BackupDaily })
	if last < 0 {
		d.lastBackup.SetText(lang.L("data.lastbackup.none"))
	} else {
		d.lastBackup.SetText(lang.L("data.lastbackup", map[string]string{"Date": dateTime(list[last].Time)}))
	}
}

func (d *dataView) setStatus(text string, imp widget.Importance) {
	d.status.Importance = imp
	d.status.SetText(text)
}

// busy turns the buttons off while a job runs, and on again after.
func (d *dataView) busy(on bool) {
	for _, b := range append([]*widget.Button{d.backupButton, d.restoreButton, d.importButton}, d.exportButtons...) {
		setEnabled(b, !on)
	}
}

// run does work off the UI goroutine, then done on it.
func (d *dataView) run(work func(), done func()) {
	d.busy(true)
	d.g.jobs.Add(1)
	go func() {
		defer d.g.jobs.Done()
		work()
		fyne.Do(func() {
			d.busy(false)
			done()
		})
	}()
}

// show replaces the dialog shown by the panel.
func (d *dataView) show(dlg dialog.Dialog) {
	if d.dialog != nil {
		d.dialog.Hide()
	}
	d.dialog = dlg
	dlg.Show()
}

// info tells the outcome of a job in a dialog, and under the buttons.
func (d *dataView) info(title, msg string) {
	d.setStatus(msg, widget.SuccessImportance)
	d.show(dialog.NewInformation(title, msg, d.g.win))
}

// fail tells why a job did not happen, in a dialog and under the buttons.
func (d *dataView) fail(msg string) {
	d.setStatus(msg, widget.DangerImportance)
	d.show(dialog.NewError(userError{msg: msg}, d.g.win))
}

// ---- Backup ke… ----

func (d *dataView) chooseBackupFolder() {
	dlg := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		d.backupTo(u.Path())
	}, d.g.win)
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// backupTo writes a backup into dir, after a warning when dir is on a network share.
func (d *dataView) backupTo(dir string) {
	if f := d.g.opts.LooksLikeNetworkPath; f != nil && f(dir) {
		msg := widget.NewLabel(lang.L("data.network.target", map[string]string{"Path": dir}))
		msg.Wrapping = fyne.TextWrapWord
		c := dialog.NewCustomConfirm(lang.L("data.network.title"), lang.L("data.backup.anyway"), lang.L("action.cancel"),
			msg, func(ok bool) {
				if ok {
					d.startBackup(dir)
				}
			}, d.g.win)
		c.Resize(fyne.NewSize(520, 220))
		d.show(c)
		return
	}
	d.startBackup(dir)
}

func (d *dataView) startBackup(dir string) {
	bar := widget.NewProgressBar()
	what := widget.NewLabel(lang.L("data.backup.writing", map[string]string{"Dir": dir}))
	what.Wrapping = fyne.TextWrapBreak
	progress := dialog.NewCustomWithoutButtons(lang.L("data.backup.title"), container.NewVBox(what, bar), d.g.win)
	progress.Resize(fyne.NewSize(480, 160))
	d.show(progress)
	var (
		info model.BackupInfo
		err  error
	)
	d.run(func() {
		info, err = d.ds.BackupToProgress(dir, d.g.opts.Now(), func(written, total int64) {
			if total > 0 {
				v := float64(written) / float64(total)
				fyne.Do(func() { bar.SetValue(v) })
			}
		})
	}, func() {
		progress.Hide()
		if err != nil {
			d.fail(lang.L("data.backup.failed", map[string]string{"Err": errText(err)}))
			return
		}
		d.info(lang.L("data.backup.title"), lang.L("data.backup.done", map[string]string{
			"Name": filepath.Base(info.Path), "Size": byteSize(info.Size), "Dir": filepath.Dir(info.Path)}))
	})
}

// ---- Pulihkan dari… ----

func (d *dataView) chooseRestoreFile() {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		d.inspectRestore(path)
	}, d.g.win)
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".DB"}))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Join(filepath.Dir(d.ds.Path()), "backups"))); err == nil {
		dlg.SetLocation(l)
	}
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// inspectRestore checks the file at path and shows what it holds, asking whether to
// restore it; a file that fails the check is refused and nothing changes.
func (d *dataView) inspectRestore(path string) {
	if d.g.opts.Inspect == nil {
		return
	}
	wait := dialog.NewCustomWithoutButtons(lang.L("data.restore.title"),
		container.NewVBox(widget.NewLabel(lang.L("data.restore.checking")), widget.NewProgressBarInfinite()), d.g.win)
	d.show(wait)
	var (
		p   model.Preview
		err error
	)
	d.run(func() { p, err = d.g.opts.Inspect(path) }, func() {
		wait.Hide()
		if err != nil {
			d.fail(restoreRefusal(path, err))
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
		widget.NewFormItem(lang.L("data.preview.newest"), widget.NewLabel(newest)),
		widget.NewFormItem(lang.L("data.preview.version"), widget.NewLabel(lang.L("data.preview.version.value",
			map[string]string{"Version": fmt.Sprint(p.SchemaVersion), "Size": byteSize(p.Size)}))),
	}
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

// restore replaces the data with the file at path (the store backs up the current
// data first and checks the file again), then refreshes every screen.
func (d *dataView) restore(path string) {
	wait := dialog.NewCustomWithoutButtons(lang.L("data.restore.title"),
		container.NewVBox(widget.NewLabel(lang.L("data.restore.running")), widget.NewProgressBarInfinite()), d.g.win)
	d.show(wait)
	var (
		before model.BackupInfo
		err    error
	)
	d.run(func() { before, err = d.ds.Restore(path, d.g.opts.Now()) }, func() {
		wait.Hide()
		if err != nil {
			d.fail(restoreRefusal(path, err))
			return
		}
		d.g.refreshAll()
		d.reload()
		d.info(lang.L("data.restore.title"), lang.L("data.restore.done", map[string]string{
			"Name": filepath.Base(path), "Before": filepath.Base(before.Path)}))
	})
}

// ---- Ekspor ----

// exportName is kemitraan-2026-11-26.xlsx.
func (d *dataView) exportName(ext string) string {
	return "kemitraan-" + d.g.opts.Now().Format("2006-01-02") + ext
}

func (d *dataView) chooseSave(ext string, then func(path string)) {
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // the file is written again beside it and renamed over it
		if !strings.HasSuffix(strings.ToLower(path), ext) {
			_ = os.Remove(path)
			path += ext
		}
		then(path)
	}, d.g.win)
	dlg.SetFileName(d.exportName(ext))
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

func (d *dataView) chooseXLSX() { d.chooseSave(".xlsx", d.exportXLSX) }
func (d *dataView) chooseJSON() { d.chooseSave(".json", d.exportJSON) }

func (d *dataView) chooseCSV() {
	dlg := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		d.exportCSV(u.Path())
	}, d.g.win)
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// exportXLSX writes the Excel workbook to path.
func (d *dataView) exportXLSX(path string) {
	d.exportFile(path, d.ds.ExportXLSX)
}

// exportJSON writes the JSON bundle to path.
func (d *dataView) exportJSON(path string) {
	d.exportFile(path, d.ds.Export)
}

func (d *dataView) exportFile(path string, export func(io.Writer) error) {
	d.setStatus(lang.L("data.export.running"), widget.MediumImportance)
	var (
		size int64
		err  error
	)
	d.run(func() { size, err = writeExport(path, export) }, func() {
		if err != nil {
			d.fail(lang.L("data.export.failed", map[string]string{"Err": errText(err)}))
			return
		}
		d.info(lang.L("data.export.title"), lang.L("data.export.done", map[string]string{
			"Name": filepath.Base(path), "Size": byteSize(size), "Dir": filepath.Dir(path)}))
	})
}

// exportCSV writes the four CSV files into dir.
func (d *dataView) exportCSV(dir string) {
	d.setStatus(lang.L("data.export.running"), widget.MediumImportance)
	var (
		files []string
		err   error
	)
	d.run(func() { files, err = d.ds.ExportCSV(dir) }, func() {
		if err != nil {
			d.fail(lang.L("data.export.failed", map[string]string{"Err": errText(err)}))
			return
		}
		names := make([]string, len(files))
		for i, f := range files {
			names[i] = filepath.Base(f)
		}
		d.info(lang.L("data.export.title"), lang.L("data.export.csvdone", map[string]string{
			"Names": strings.Join(names, ", "), "Dir": dir}))
	})
}

// writeExport writes what write writes into a temporary file beside path, syncs
// it and renames it to path, so a full disk never leaves half a file under the name
// asked for. It returns the size written.
func writeExport(path string, write func(io.Writer) error) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, writeFailure(err))
	}
	tmp := f.Name()
	fail := func(err error) (int64, error) {
		f.Close()
		_ = os.Remove(tmp)
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	if err := write(f); err != nil {
		return fail(writeFailure(err))
	}
	if err := f.Sync(); err != nil {
		return fail(writeFailure(err))
	}
	st, err := f.Stat()
	if err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(tmp)
		return 0, fmt.Errorf("%s: %w", path, writeFailure(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return 0, fmt.Errorf("%s: %w", path, writeFailure(err))
	}
	return st.Size(), nil
}

// writeFailure marks an error of the disk as model.ErrWriteFailed, keeping the cause.
func writeFailure(err error) error {
	var pe *fs.PathError
	if errors.Is(err, model.ErrWriteFailed) || !errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("%w (%w)", model.ErrWriteFailed, err)
}

// ---- Impor bundel… ----

func (d *dataView) chooseImportFile() {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		d.planImport(path)
	}, d.g.win)
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".JSON"}))
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// importDecision is a Changed or Conflict record of a plan, as the preview shows it,
// with the person's choice.
type importDecision struct {
	item   model.ImportItem
	diff   []string // labels of the fields that differ
	choice model.Choice
}

// planImport reads the bundle at path and shows what importing it would do.
func (d *dataView) planImport(path string) {
	if d.g.opts.ReadBundle == nil {
		return
	}
	d.setStatus(lang.L("data.import.reading"), widget.MediumImportance)
	var (
		plan      model.ImportPlan
		decisions []*importDecision
		err       error
	)
	d.run(func() {
		plan, err = d.readPlan(path)
		if err == nil {
			decisions = d.decisions(plan)
		}
	}, func() {
		if err != nil {
			d.fail(lang.L("data.import.refused", map[string]string{"Name": filepath.Base(path), "Err": errText(err)}))
			return
		}
		d.showImportPreview(path, plan, decisions)
	})
}

func (d *dataView) readPlan(path string) (model.ImportPlan, error) {
	f, err := os.Open(path)
	if err != nil {
		return model.ImportPlan{}, err
	}
	defer f.Close()
	b, err := d.g.opts.ReadBundle(f, 0)
	if err != nil {
		return model.ImportPlan{}, err
	}
	return d.ds.PlanImport(b)
}

// nothingToImport reports whether the plan would change nothing whatever is chosen.
func nothingToImport(plan model.ImportPlan) bool {
	c := plan.Counts()
	return c.New == 0 && c.Changed == 0 && c.Conflict == 0 && len(plan.LetterCounters) == 0
}

// decisions lists the plan's records that can go either way (changed here and there),
// with the fields that differ; the choice starts as the plan's default, the newer.
func (d *dataView) decisions(plan model.ImportPlan) []*importDecision {
	var list []*importDecision
	for _, it := range plan.Items {
		if it.Status != model.ImportConflict && it.Status != model.ImportChanged {
			continue
		}
		if it.Kind == model.RecordEvent {
			continue // events never change; a different one is new
		}
		list = append(list, &importDecision{item: it, diff: d.differences(plan, it), choice: it.Default})
	}
	// conflicts first: they are the ones to look at
	slices.SortStableFunc(list, func(a, b *importDecision) int {
		ac, bc := a.item.Status == model.ImportConflict, b.item.Status == model.ImportConflict
		switch {
		case ac && !bc:
			return -1
		case bc && !ac:
			return 1
		}
		return 0
	})
	return list
}

// differences names the fields in which the file's record and the bundle's differ.
func (d *dataView) differences(plan model.ImportPlan, it model.ImportItem) []string {
	b := plan.Bundle
	var local, incoming any
	switch it.Kind {
	case model.RecordSchool:
		s, err := d.g.db.School()
		if err != nil || b.School == nil {
			return nil
		}
		local, incoming = s, *b.School
	case model.RecordPartner:
		p, err := d.g.db.Partner(it.ID)
		if err != nil || it.Index >= len(b.Partners) {
			return nil
		}
		local, incoming = p, b.Partners[it.Index]
	case model.RecordPartnership:
		p, err := d.g.db.Partnership(it.ID)
		if err != nil || it.Index >= len(b.Partnerships) {
			return nil
		}
		local, incoming = p, b.Partnerships[it.Index]
	default:
		return nil
	}
	return differentFields(local, incoming)
}

// differentFields lists, by label, the top-level JSON fields of a and b that differ,
// leaving out the timestamps.
func differentFields(a, b any) []string {
	fields := func(v any) map[string]json.RawMessage {
		data, err := json.Marshal(v)
		if err != nil {
			return nil
		}
		var m map[string]json.RawMessage
		_ = json.Unmarshal(data, &m)
		return m
	}
	fa, fb := fields(a), fields(b)
	keys := map[string]bool{}
	for k := range fa {
		keys[k] = true
	}
	for k := range fb {
		keys[k] = true
	}
	var diff []string
	for k := range keys {
		if k == "updated_at" || k == "created_at" || k == "id" {
			continue
		}
		if string(fa[k]) != string(fb[k]) {
			diff = append(diff, k)
		}
	}
	slices.Sort(diff)
	labels := make([]string, len(diff))
	for i, k := range diff {
		labels[i] = lang.X("data.field."+k, strings.ReplaceAll(k, "_", " "))
	}
	return labels
}

// importPreview is the dialog that shows a plan and collects the choices.
type importPreview struct {
	plan      model.ImportPlan
	decisions []*importDecision
	dialog    dialog.Dialog
}

// showImportPreview shows what importing would do: counts of new, changed, same and
// conflicting records, and each record changed on both sides with both versions and a
// choice. A plan that changes nothing says "Tidak ada perubahan" and stops there.
func (d *dataView) showImportPreview(path string, plan model.ImportPlan, decisions []*importDecision) {
	if nothingToImport(plan) {
		d.info(lang.L("data.import.title"), lang.L("data.import.nothing", map[string]string{"Name": filepath.Base(path)}))
		return
	}
	d.setStatus("", widget.MediumImportance)
	file := widget.NewLabel(path)
	file.Wrapping = fyne.TextWrapBreak
	file.Importance = widget.LowImportance
	top := container.NewVBox(file, importCountsTable(plan))
	if plan.OtherSchool {
		other := widget.NewLabel(lang.L("data.import.otherschool"))
		other.Wrapping = fyne.TextWrapWord
		other.Importance = widget.WarningImportance
		top.Add(other)
	}
	var body fyne.CanvasObject = layoutSpacer()
	if len(decisions) > 0 {
		top.Add(widget.NewLabelWithStyle(lang.L("data.import.decide"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body = decisionList(decisions)
	}
	p := &importPreview{plan: plan, decisions: decisions}
	p.dialog = dialog.NewCustomConfirm(lang.L("data.import.title"), lang.L("data.import.do"), lang.L("action.cancel"),
		container.NewBorder(top, nil, nil, nil, body), func(ok bool) {
			if ok {
				d.applyImport(plan, p.choices())
			}
		}, d.g.win)
	p.dialog.Resize(fyne.NewSize(860, 680))
	d.show(p.dialog)
}

func (p *importPreview) choices() map[model.ID]model.Choice {
	return choicesOf(p.decisions)
}

func choicesOf(decisions []*importDecision) map[model.ID]model.Choice {
	m := make(map[model.ID]model.Choice, len(decisions))
	for _, dc := range decisions {
		m[dc.item.ID] = dc.choice
	}
	return m
}

// importCountsTable is a table of counts: one row per kind of record, one column per status.
func importCountsTable(plan model.ImportPlan) fyne.CanvasObject {
	cells := []fyne.CanvasObject{widget.NewLabel("")}
	for _, s := range []string{"data.import.new", "data.import.changed", "data.import.same", "data.import.conflict"} {
		cells = append(cells, widget.NewLabelWithStyle(lang.L(s), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	}
	for _, k := range []model.RecordKind{model.RecordSchool, model.RecordPartner, model.RecordPartnership, model.RecordEvent, model.RecordAttachment} {
		c := plan.CountsOf(k)
		if c == (model.ImportCounts{}) {
			continue
		}
		cells = append(cells, widget.NewLabel(recordKindText(k)))
		for _, n := range []int{c.New, c.Changed, c.Same, c.Conflict} {
			cells = append(cells, widget.NewLabelWithStyle(fmt.Sprint(n), fyne.TextAlignTrailing, fyne.TextStyle{}))
		}
	}
	return container.NewGridWithColumns(5, cells...)
}

// decisionList shows each record changed on both sides: its two versions, the fields
// that differ, and a choice between them.
func decisionList(decisions []*importDecision) *widget.List {
	mine, theirs := lang.L("data.import.keep"), lang.L("data.import.take")
	return widget.NewList(func() int { return len(decisions) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			local := widget.NewLabel("")
			local.Truncation = fyne.TextTruncateEllipsis
			incoming := widget.NewLabel("")
			incoming.Truncation = fyne.TextTruncateEllipsis
			diff := widget.NewLabel("")
			diff.Truncation = fyne.TextTruncateEllipsis
			diff.Importance = widget.LowImportance
			choice := widget.NewRadioGroup([]string{mine, theirs}, nil)
			choice.Horizontal = true
			choice.Required = true
			return container.NewVBox(title, local, incoming, diff, choice, widget.NewSeparator())
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(decisions) {
				return
			}
			dc := decisions[i]
			c := o.(*fyne.Container)
			status := lang.L("data.import.conflict")
			if dc.item.Status == model.ImportChanged {
				status = lang.L("data.import.changed")
			}
			c.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · %s", recordKindText(dc.item.Kind), status))
			c.Objects[1].(*widget.Label).SetText(lang.L("data.import.local", map[string]string{
				"Title": dc.item.Local.Title, "Date": dateTime(dc.item.Local.UpdatedAt)}))
			c.Objects[2].(*widget.Label).SetText(lang.L("data.import.incoming", map[string]string{
				"Title": dc.item.Incoming.Title, "Date": dateTime(dc.item.Incoming.UpdatedAt)}))
			diff := ""
			if len(dc.diff) > 0 {
				shown := dc.diff[:min(len(dc.diff), 5)]
				diff = lang.L("data.import.diff", map[string]string{"Fields": strings.Join(shown, ", ")})
				if len(dc.diff) > len(shown) {
					diff += " …"
				}
			}
			c.Objects[3].(*widget.Label).SetText(diff)
			radio := c.Objects[4].(*widget.RadioGroup)
			radio.OnChanged = nil
			if dc.choice == model.ChoiceIncoming {
				radio.SetSelected(theirs)
			} else {
				radio.SetSelected(mine)
			}
			radio.OnChanged = func(s string) {
				if s == theirs {
					dc.choice = model.ChoiceIncoming
				} else {
					dc.choice = model.ChoiceLocal
				}
			}
		})
}

// applyImport merges the plan with the choices and says what it wrote.
func (d *dataView) applyImport(plan model.ImportPlan, choices map[model.ID]model.Choice) {
	d.setStatus(lang.L("data.import.running"), widget.MediumImportance)
	var (
		res model.ImportResult
		err error
	)
	d.run(func() { res, err = d.ds.ApplyImport(plan, choices) }, func() {
		if err != nil {
			d.fail(lang.L("data.import.failed", map[string]string{"Err": errText(err)}))
			return
		}
		d.g.refreshAll()
		if !res.Changes() {
			d.info(lang.L("data.import.title"), lang.L("data.import.nochange"))
			return
		}
		d.info(lang.L("data.import.title"), lang.L("data.import.done", map[string]int{
			"Added": res.Added, "Updated": res.Updated, "Kept": res.Kept, "Unchanged": res.Unchanged}))
	})
}

// ---- words ----

// byteSize is a size as a person reads it: "12,4 MB", "900 KB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return strings.Replace(fmt.Sprintf("%.1f GB", float64(n)/(1<<30)), ".", ",", 1)
	case n >= 1<<20:
		return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/(1<<20)), ".", ",", 1)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d byte", n)
}

// dateTime is "26 Nov 2026 10.00".
func dateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return shortDate(t) + " " + t.Format("15.04")
}

func backupKindText(k model.BackupKind) string {
	return lang.X("data.kind."+string(k), string(k))
}

func recordKindText(k model.RecordKind) string {
	return lang.X("data.record."+string(k), string(k))
}

// layoutSpacer fills the space of an absent list.
func layoutSpacer() fyne.CanvasObject { return widget.NewLabel("") }
