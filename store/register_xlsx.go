package store

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// registerColumns are the columns of the buku agenda surat keluar.
var registerColumns = []column{
	{"No.", cellInt, 6},
	{"Nomor Surat", cellText, 32},
	{"Tanggal", cellDate, 14},
	{"Hal", cellText, 48},
	{"Tujuan", cellText, 44},
	{"Kemitraan", cellText, 40},
	{"Kode Dokumen", cellText, 16},
	{"Keterangan", cellText, 28},
}

// ExportRegisterXLSX writes the register of outgoing letters of year (every year when
// 0) as an Excel workbook, the buku agenda surat keluar a school keeps: one row per
// letter in the register's order — number, date, hal, tujuan, the partnership — with
// the document code of what was printed, and a note for a number typed by hand or
// taken without a document printed.
func (db *DB) ExportRegisterXLSX(w io.Writer, year int) error {
	entries, err := db.Register(year)
	if err != nil {
		return err
	}
	sheet := "Agenda Surat Keluar"
	if year != 0 {
		sheet += " " + strconv.Itoa(year)
	}
	t := &table{sheet: sheet, cols: registerColumns}
	for i, e := range entries {
		note := ""
		switch {
		case e.Manual:
			note = "nomor diketik"
		}
		if e.Code == "" {
			if note != "" {
				note += "; "
			}
			note += "dokumen belum dicetak"
		}
		t.rows = append(t.rows, []any{i + 1, e.Number, cellDateValue(e.Date), e.Subject, e.Addressee, e.Title, e.Code, note})
	}
	f := excelize.NewFile()
	defer f.Close()
	styles, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), t.sheet); err != nil {
		return fmt.Errorf("lembar %s: %w", t.sheet, err)
	}
	if err := writeSheet(f, t, styles); err != nil {
		return fmt.Errorf("lembar %s: %w", t.sheet, err)
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: "Agenda Surat Keluar", Creator: "Kemitraan"}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
