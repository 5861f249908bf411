package ui

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/kemitraan/kemitraan/model/safefile"
)

// Pengaturan → Data → Ekspor: an Excel workbook, four CSV files in a folder, or the
// JSON bundle another PC imports. Every file is written with safefile: a full stick
// leaves no half file under the name asked for.

// exportName is kemitraan-2026-11-26.xlsx.
func (d *dataView) exportName(ext string) string {
	return "kemitraan-" + d.g.opts.Now().Format("2006-01-02") + ext
}

func (d *dataView) chooseSave(ext string, then func(path string)) {
	d.chooseSaveAs(d.exportName(ext), ext, then)
}

// chooseSaveAs asks where to save a file of the extension ext, offering name.
func (d *dataView) chooseSaveAs(name, ext string, then func(path string)) {
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
	dlg.SetFileName(name)
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
	d.exportFile(path, d.xlsxExport())
}

// exportJSON writes the JSON bundle to path.
func (d *dataView) exportJSON(path string) {
	d.exportFile(path, d.bundleExport())
}

func (d *dataView) exportFile(path string, export func(context.Context, io.Writer) error) {
	var (
		size int64
		err  error
	)
	d.run(lang.L("data.export.title"), lang.L("data.export.running"), false,
		func(ctx context.Context, _ *progress) {
			size, err = safefile.Write(path, func(w io.Writer) error { return export(ctx, w) })
		},
		func() {
			if err != nil {
				d.fail(lang.L("data.export.failed", map[string]string{"Err": errText(err)}), err)
				return
			}
			d.info(lang.L("data.export.title"), lang.L("data.export.done", map[string]string{
				"Name": filepath.Base(path), "Size": byteSize(size), "Dir": filepath.Dir(path)}))
		})
}

// exportCSV writes the four CSV files into dir.
func (d *dataView) exportCSV(dir string) {
	var (
		files []string
		err   error
	)
	export := d.csvExport()
	d.run(lang.L("data.export.title"), lang.L("data.export.running"), false,
		func(ctx context.Context, _ *progress) { files, err = export(ctx, dir) },
		func() {
			if err != nil {
				d.fail(lang.L("data.export.failed", map[string]string{"Err": errText(err)}), err)
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
