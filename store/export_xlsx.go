package store

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kemitraan/kemitraan/model"
)

// Number formats of the Excel export. Excel shows the grouping with the computer's
// own separator, so Rp#,##0 reads "Rp5.000.000" on an Indonesian Windows.
const (
	xlsxDateFormat   = "dd/mm/yyyy"
	xlsxTimeFormat   = "dd/mm/yyyy hh:mm"
	xlsxRupiahFormat = `"Rp"#,##0`
	xlsxFloatFormat  = "0.0"
)

// ExportXLSX writes an Excel workbook (.xlsx) of the partnerships, partners,
// activities and evaluations: the sheets Kemitraan, Mitra, Kegiatan and Evaluasi, one
// row per record, headers in Bahasa Indonesia in a frozen first row. Activities and
// evaluations carry their partnership's ID and title. Dates are date cells shown as
// 26/11/2026, amounts are numbers shown as Rp5.000.000, ratings are numbers (an empty
// cell when not rated), stages, statuses and kinds are their Indonesian labels. The
// records are read in one read transaction.
func (db *DB) ExportXLSX(w io.Writer) error { return db.ExportXLSXContext(context.Background(), w) }

// ExportXLSXContext is ExportXLSX stopping, with ErrCancelled, when ctx ends.
func (db *DB) ExportXLSXContext(ctx context.Context, w io.Writer) error {
	return db.ExportXLSXWith(ctx, w, ExportOptions{})
}

// ExportXLSXWith is ExportXLSXContext with options: with WithStudents, the sheets of
// the students' activities too (Aktivitas Peserta Didik, Peserta Didik, Kunjungan
// Monitoring).
func (db *DB) ExportXLSXWith(ctx context.Context, w io.Writer, opts ExportOptions) error {
	tables, err := db.exportTables(ctx, opts)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	styles, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	for i, t := range tables {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t.sheet)
		} else {
			_, err = f.NewSheet(t.sheet)
		}
		if err != nil {
			return fmt.Errorf("lembar %s: %w", t.sheet, err)
		}
		if err := writeSheet(f, t, styles); err != nil {
			return fmt.Errorf("lembar %s: %w", t.sheet, err)
		}
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:   "Data Kemitraan Sekolah",
		Creator: "Kemitraan",
	}); err != nil {
		return err
	}
	cw := &ctxWriter{ctx: ctx, w: w}
	if _, err := f.WriteTo(cw); err != nil {
		return cw.result(err)
	}
	return nil
}

// xlsxStyles are the style IDs of the header row and of each kind of cell.
type xlsxStyles struct {
	header int
	kind   map[cellKind]int
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	s := xlsxStyles{kind: map[cellKind]int{}}
	var err error
	s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return s, err
	}
	formats := map[cellKind]string{
		cellDate:   xlsxDateFormat,
		cellTime:   xlsxTimeFormat,
		cellRupiah: xlsxRupiahFormat,
		cellFloat:  xlsxFloatFormat,
	}
	for kind, format := range formats {
		if s.kind[kind], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return s, err
		}
	}
	return s, nil
}

// writeSheet streams one table into its sheet: column widths, the header row frozen,
// then the rows with a typed value and the style of its column in every cell.
func writeSheet(f *excelize.File, t *table, styles xlsxStyles) error {
	sw, err := f.NewStreamWriter(t.sheet)
	if err != nil {
		return err
	}
	for i, c := range t.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(t.cols))
	for i, c := range t.cols {
		header[i] = excelize.Cell{StyleID: styles.header, Value: c.header}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	cells := make([]any, len(t.cols))
	for r, row := range t.rows {
		for i, c := range t.cols {
			cells[i] = xlsxCell(c.kind, row[i], styles)
		}
		ref, err := excelize.CoordinatesToCellName(1, r+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(ref, cells); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// xlsxCell is a value as the stream writer takes it: numbers as numbers, dates as
// times (which it writes as Excel date numbers), with the column's number format.
func xlsxCell(kind cellKind, v any, styles xlsxStyles) any {
	if v == nil {
		return nil
	}
	switch v := v.(type) {
	case model.Rupiah:
		return excelize.Cell{StyleID: styles.kind[cellRupiah], Value: int64(v)}
	case time.Time:
		return excelize.Cell{StyleID: styles.kind[kind], Value: v}
	case float64:
		return excelize.Cell{StyleID: styles.kind[cellFloat], Value: v}
	default:
		return v
	}
}
