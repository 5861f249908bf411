package store

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// utf8BOM opens every CSV file, so that Excel on Windows reads the file as UTF-8
// (names with é or curly quotes stay right) instead of the computer's code page.
const utf8BOM = "\uFEFF"

// ExportCSV writes the tables of ExportXLSX as four CSV files in dir: kemitraan.csv,
// mitra.csv, kegiatan.csv and evaluasi.csv, with the same columns. They are UTF-8
// with a byte order mark, separated by commas (RFC 4180); dates are ISO (2026-11-26),
// times 2026-11-26 08:30 in the computer's time zone, amounts whole rupiah without
// grouping (5000000), decimals with a point. dir is made when missing. Each file is
// written to a temporary file, synced and renamed, so a full disk never leaves half
// a file; it returns the paths written. The records are read in one read transaction.
func (db *DB) ExportCSV(dir string) ([]string, error) {
	tables, err := db.exportTables()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, writeFailed(dir, err)
	}
	var paths []string
	for _, t := range tables {
		path := filepath.Join(dir, t.file)
		if err := writeAtomic(path, func(f *os.File) error { return writeCSV(f, t) }); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func writeCSV(f *os.File, t *table) error {
	bw := bufio.NewWriter(f)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	w := csv.NewWriter(bw)
	record := make([]string, len(t.cols))
	for i, c := range t.cols {
		record[i] = c.header
	}
	if err := w.Write(record); err != nil {
		return err
	}
	for _, row := range t.rows {
		for i, c := range t.cols {
			record[i] = csvValue(c.kind, row[i])
		}
		if err := w.Write(record); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvValue is a cell as text: ISO dates, plain integers.
func csvValue(kind cellKind, v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case model.Rupiah:
		return strconv.FormatInt(int64(v), 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case time.Time:
		if kind == cellDate {
			return v.Format(time.DateOnly)
		}
		return v.Format("2006-01-02 15:04")
	default:
		return fmt.Sprint(v)
	}
}
