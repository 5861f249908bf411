package ui

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// registerView is Pengaturan → Agenda Surat: the register of outgoing letters
// (agenda surat keluar) of a year — every request letter, proposal cover letter, MoU
// and PKS given a school number, with its date, hal, tujuan and partnership — and
// Ekspor ke Excel, the buku agenda the school keeps. Tapping a letter opens its
// partnership.
type registerView struct {
	g       *gui
	year    *widget.Select
	years   []int
	entries []model.RegisterEntry
	table   *widget.Table
	status  *widget.Label
	export  *widget.Button
	content fyne.CanvasObject
}

// registerPanel is the Agenda Surat tab of Pengaturan.
func registerPanel(g *gui) (settingsPanel, bool) {
	v := newRegisterView(g)
	return settingsPanel{title: lang.L("register.tab"), object: v.content}, true
}

var registerWidths = []float32{36, 250, 165, 260, 260, 240} // Tanggal holds "28 September 2026"

func newRegisterView(g *gui) *registerView {
	v := &registerView{g: g}
	v.year = widget.NewSelect(nil, func(string) { v.load() })
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.export = widget.NewButtonWithIcon(lang.L("register.export"), theme.DocumentSaveIcon(), v.chooseExport)
	refresh := widget.NewButtonWithIcon(lang.L("register.refresh"), theme.ViewRefreshIcon(), v.reload)
	headers := []string{lang.L("register.col.no"), lang.L("register.col.number"), lang.L("register.col.date"),
		lang.L("register.col.subject"), lang.L("register.col.to"), lang.L("register.col.partnership")}
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.entries), len(headers) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < 0 || id.Row >= len(v.entries) {
				return
			}
			e := v.entries[id.Row]
			cells := []string{strconv.Itoa(id.Row + 1), e.Number, model.LongDate(e.Date), e.Subject, e.Addressee, e.Title}
			o.(*widget.Label).SetText(cells[id.Col])
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(headers) {
			o.(*widget.Label).SetText(headers[id.Col])
		}
	}
	for i, w := range registerWidths {
		v.table.SetColumnWidth(i, w)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.entries) {
			g.openPartnership(v.entries[id.Row].Partnership)
		}
	}
	intro := widget.NewLabel(lang.L("register.intro"))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(intro, container.NewHBox(widget.NewLabel(lang.L("register.year")), fixedWidth(140, v.year), refresh, v.export), v.status)
	v.content = container.NewBorder(top, nil, nil, nil, v.table)
	v.reload()
	return v
}

// reload reads the register's years again and shows the chosen (else this) year.
func (v *registerView) reload() {
	years, err := v.g.db.LetterYears()
	if err != nil {
		v.g.showError("error.read", err)
		return
	}
	this := v.g.opts.Now().Year()
	if len(years) == 0 || years[0] != this {
		years = append([]int{this}, years...)
	}
	keep := v.year.Selected
	v.years = years
	options := make([]string, 0, len(years)+1)
	for _, y := range years {
		options = append(options, strconv.Itoa(y))
	}
	options = append(options, lang.L("register.allyears"))
	on := v.year.OnChanged
	v.year.OnChanged = nil
	v.year.SetOptions(options)
	if keep != "" && indexOf(options, keep) >= 0 {
		v.year.SetSelected(keep)
	} else {
		v.year.SetSelectedIndex(0)
	}
	v.year.OnChanged = on
	v.load()
}

// chosenYear is the year shown, 0 for every year.
func (v *registerView) chosenYear() int {
	if i := v.year.SelectedIndex(); i >= 0 && i < len(v.years) {
		return v.years[i]
	}
	return 0
}

func (v *registerView) load() {
	entries, err := v.g.db.Register(v.chosenYear())
	if err != nil {
		v.g.showError("error.read", err)
		return
	}
	v.entries = entries
	v.table.Refresh()
	v.status.SetText(lang.L("register.count", map[string]any{"N": len(entries)}))
	setEnabled(v.export, len(entries) > 0)
}

// chooseExport asks where to write the buku agenda, then writes it.
func (v *registerView) chooseExport() {
	year := v.chosenYear()
	name := "agenda-surat-keluar"
	if year != 0 {
		name += "-" + strconv.Itoa(year)
	}
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // the file is written again beside it and renamed over it
		if !strings.HasSuffix(strings.ToLower(path), ".xlsx") {
			_ = os.Remove(path)
			path += ".xlsx"
		}
		v.write(path, year)
	}, v.g.win)
	dlg.SetFileName(name + ".xlsx")
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

func (v *registerView) write(path string, year int) {
	g := v.g
	v.export.Disable()
	v.status.SetText(lang.L("register.exporting"))
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		_, err := safefile.Write(path, func(w io.Writer) error { return g.db.ExportRegisterXLSX(w, year) })
		fyne.Do(func() {
			v.export.Enable()
			if err != nil {
				v.status.Importance = widget.DangerImportance
				v.status.SetText(lang.L("register.export.failed", map[string]string{"Err": errText(err)}))
				return
			}
			v.status.Importance = widget.SuccessImportance
			v.status.SetText(lang.L("register.export.done", map[string]string{"Name": filepath.Base(path), "Dir": filepath.Dir(path)}))
		})
	}()
}
