package ui

import (
	"context"
	"errors"
	"os"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Pengaturan → Data: where the data file is, backups to a chosen folder and the
// automatic ones, restore from a file after a preview, export to Excel, CSV and a JSON
// bundle, and import of a bundle after a preview of what it changes. Each has its
// file: data_backup.go, data_restore.go, data_export.go, data_import.go; this one is
// the tab and what they share.
//
// Everything that reads or writes files runs off the UI goroutine (counted in g.jobs,
// so main and tests can wait) and comes back with fyne.Do, behind a progress dialog
// whose Batal cancels it (its context also ends when the window closes). The file
// dialogs' callbacks call the methods backupTo, inspectRestore, restore, exportTo…,
// planImport and applyImport, which tests call directly.

// dataPanel is the Data tab of Pengaturan; it is left out when the store cannot back up.
func dataPanel(g *gui) (settingsPanel, bool) {
	ds, ok := g.db.(DataStore)
	if !ok {
		return settingsPanel{}, false
	}
	d := newDataView(g, ds)
	g.data = d
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
	readOnly   *widget.Label
	status     *widget.Label
	backups    []model.BackupInfo
	list       *widget.List

	backupButton, restoreButton, importButton *widget.Button
	exportButtons                             []*widget.Button
	// an SMK's Dapodik export and the choice to export its students (smk_data.go)
	dapodikButton   *widget.Button
	withStudents    *widget.Check
	studentsWarning *widget.Label
	smkRow          fyne.CanvasObject

	content fyne.CanvasObject
	dialog  dialog.Dialog // the dialog of the job running, or of its result (tests look at it)
	cancel  context.CancelFunc
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
	d.readOnly = widget.NewLabel(lang.L("data.readonly"))
	d.readOnly.Wrapping = fyne.TextWrapWord
	d.readOnly.Importance = widget.WarningImportance
	d.readOnly.Hide()
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
		heading("data.file"), d.path, container.NewHBox(d.size, d.lastBackup), d.network, d.readOnly,
		widget.NewSeparator(),
		heading("data.backups"), note("data.backups.note"),
		container.NewHBox(d.backupButton, d.restoreButton),
		widget.NewSeparator(),
		heading("data.exchange"), note("data.exchange.note"),
		container.NewHBox(d.exportButtons[0], d.exportButtons[1], d.exportButtons[2]),
		d.addSMKExports(),
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
	if d.ds.ReadOnly() {
		d.readOnly.Show()
	} else {
		d.readOnly.Hide()
	}
	d.busy(false)
	d.showSMK()
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

// busy turns the buttons off while a job runs, and on again after; on a read-only
// file, restore and import (which change it) stay off.
func (d *dataView) busy(on bool) {
	for _, b := range append([]*widget.Button{d.backupButton, d.dapodikButton}, d.exportButtons...) {
		setEnabled(b, !on)
	}
	for _, b := range []*widget.Button{d.restoreButton, d.importButton} {
		setEnabled(b, !on && !d.ds.ReadOnly())
	}
}

// progress is the dialog of a job: what it does, a bar, and Batal.
type progress struct {
	dialog *dialog.CustomDialog
	bar    *widget.ProgressBar
	cancel *widget.Button
}

// set shows how far the job is, from any goroutine.
func (p *progress) set(written, total int64) {
	if p.bar == nil || total <= 0 {
		return
	}
	v := float64(written) / float64(total)
	fyne.Do(func() { p.bar.SetValue(v) })
}

// run does work off the UI goroutine behind a progress dialog titled title that says
// what; the dialog's Batal (and the window's closing) ends work's context. Then done
// runs on the UI goroutine. A job with a known size (backup) shows a bar that
// work's progress fills; the others an endless one.
func (d *dataView) run(title, what string, sized bool, work func(ctx context.Context, p *progress), done func()) {
	ctx, cancel := context.WithCancel(d.g.ctx)
	d.cancel = cancel
	label := widget.NewLabel(what)
	label.Wrapping = fyne.TextWrapBreak
	p := &progress{}
	var bar fyne.CanvasObject = widget.NewProgressBarInfinite()
	if sized {
		p.bar = newProgressBar()
		bar = p.bar
	}
	p.cancel = widget.NewButtonWithIcon(lang.L("action.cancel"), theme.CancelIcon(), nil)
	p.cancel.OnTapped = func() {
		cancel()
		p.cancel.Disable()
		label.SetText(lang.L("data.cancelling"))
	}
	p.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(label, bar, container.NewCenter(p.cancel)), d.g.win)
	p.dialog.Resize(fyne.NewSize(520, 180))
	d.show(p.dialog)
	d.busy(true)
	d.g.jobs.Add(1)
	go func() {
		defer d.g.jobs.Done()
		defer cancel()
		work(ctx, p)
		fyne.Do(func() {
			p.dialog.Hide()
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

// fail tells why a job did not happen, in a dialog and under the buttons, with what
// it concerns in small print; a cancelled job only says so under the buttons.
func (d *dataView) fail(msg string, err error) {
	if errors.Is(err, model.ErrCancelled) {
		d.setStatus(lang.L("data.cancelled"), widget.MediumImportance)
		return
	}
	d.setStatus(msg, widget.DangerImportance)
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(text)
	if detail := errDetail(err); detail != "" && err != nil && model.KindOf(err) != nil {
		small := widget.NewLabel(detail)
		small.Wrapping = fyne.TextWrapBreak
		small.Importance = widget.LowImportance
		small.SizeName = theme.SizeNameCaptionText
		content.Add(small)
	}
	dlg := dialog.NewCustom(lang.L("data.failed.title"), lang.L("action.ok"), content, d.g.win)
	dlg.Resize(fyne.NewSize(560, 0))
	d.show(dlg)
}

// ---- words ----

// byteSize is a size as a person reads it: "12,4 MB", "900 KB" (model.ByteSize).
func byteSize(n int64) string { return model.ByteSize(n, lang.L("number.decimal")) }

// dateTime is "26 Nov 2026 10.00".
func dateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return shortDate(t) + " " + clock(t)
}

func backupKindText(k model.BackupKind) string {
	return lang.X("data.kind."+string(k), string(k))
}

func recordKindText(k model.RecordKind) string {
	return lang.X("data.record."+string(k), string(k))
}

// layoutSpacer fills the space of an absent list.
func layoutSpacer() fyne.CanvasObject { return widget.NewLabel("") }
