package ui

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// StudentExports are the exports that may carry an SMK's students (store.ExportOptions
// WithStudents), and the Dapodik workbook, given by cmd/kemitraan over the data file
// (ui does not import the store, whose options type they take). A nil field turns
// off what needs it: without Dapodik there is no Dapodik button; without the others
// the exports never hold students.
type StudentExports struct {
	// Dapodik writes the workbook of Dapodik's SMK screens (store.ExportDapodik).
	Dapodik func(ctx context.Context, w io.Writer, withStudents bool) error
	XLSX    func(ctx context.Context, w io.Writer, withStudents bool) error
	CSV     func(ctx context.Context, dir string, withStudents bool) ([]string, error)
	Bundle  func(ctx context.Context, w io.Writer, withStudents bool) error
}

// addSMKExports makes the Data tab's SMK row: the Dapodik button and the choice to
// include the students, with its warning. It shows only for an SMK (showSMK).
func (d *dataView) addSMKExports() fyne.CanvasObject {
	ex := d.g.opts.StudentExports
	d.dapodikButton = widget.NewButtonWithIcon(lang.L("smk.data.dapodik"), theme.DownloadIcon(), d.chooseDapodik)
	d.withStudents = widget.NewCheck(lang.L("smk.data.withstudents"), func(on bool) { setVisible(d.studentsWarning, on) })
	d.studentsWarning = widget.NewLabel(lang.L("smk.data.withstudents.warning"))
	d.studentsWarning.Wrapping = fyne.TextWrapWord
	d.studentsWarning.Importance = widget.WarningImportance
	d.studentsWarning.Hide()
	if ex.Dapodik == nil {
		d.dapodikButton.Hide()
	}
	if ex.XLSX == nil && ex.CSV == nil && ex.Bundle == nil && ex.Dapodik == nil {
		d.withStudents.Hide()
	}
	d.smkRow = container.NewVBox(container.NewHBox(d.dapodikButton), d.withStudents, d.studentsWarning)
	return d.smkRow
}

// showSMK shows the SMK row to an SMK only; a school that is none never exports
// students.
func (d *dataView) showSMK() {
	if d.smkRow == nil {
		return
	}
	on := d.g.isSMK()
	setVisible(d.smkRow, on)
	if !on {
		d.withStudents.SetChecked(false)
	}
}

// students reports whether the exports are to carry the students.
func (d *dataView) students() bool {
	return d.withStudents != nil && d.withStudents.Checked && d.smkRow.Visible()
}

func (d *dataView) chooseDapodik() {
	d.chooseSaveAs("kemitraan-dapodik-"+d.g.opts.Now().Format("2006-01-02")+".xlsx", ".xlsx", d.exportDapodik)
}

// exportDapodik writes the Dapodik workbook to path.
func (d *dataView) exportDapodik(path string) {
	f := d.g.opts.StudentExports.Dapodik
	if f == nil {
		return
	}
	with := d.students()
	d.exportFile(path, func(ctx context.Context, w io.Writer) error { return f(ctx, w, with) })
}

// xlsxExport, bundleExport and csvExport are the exports as the choice asks them.
func (d *dataView) xlsxExport() func(context.Context, io.Writer) error {
	if f := d.g.opts.StudentExports.XLSX; f != nil && d.students() {
		return func(ctx context.Context, w io.Writer) error { return f(ctx, w, true) }
	}
	return d.ds.ExportXLSXContext
}

func (d *dataView) bundleExport() func(context.Context, io.Writer) error {
	if f := d.g.opts.StudentExports.Bundle; f != nil && d.students() {
		return func(ctx context.Context, w io.Writer) error { return f(ctx, w, true) }
	}
	return d.ds.ExportContext
}

func (d *dataView) csvExport() func(context.Context, string) ([]string, error) {
	if f := d.g.opts.StudentExports.CSV; f != nil && d.students() {
		return func(ctx context.Context, dir string) ([]string, error) { return f(ctx, dir, true) }
	}
	return d.ds.ExportCSVContext
}
