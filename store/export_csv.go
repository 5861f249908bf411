package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// utf8BOM opens every CSV file, so that Excel on Windows reads the file as UTF-8
// (names with é or curly quotes stay right) instead of the computer's code page.
const utf8BOM = "\uFEFF"

// ExportCSV writes the tables of ExportXLSX as four CSV files in dir: kemitraan.csv,
// mitra.csv, kegiatan.csv and evaluasi.csv, with the same columns. They are UTF-8
// with a byte order mark, separated by commas, every cell quoted (RFC 4180; text that a
// spreadsheet would run as a formula is escaped, see writeCSV); dates are ISO (2026-11-26),
// times 2026-11-26 08:30 in the computer's time zone, amounts whole rupiah without
// grouping (5000000), decimals with a point. dir is made when missing. Each file is
// written to a temporary file, synced and renamed, so a full disk never leaves half
// a file; it returns the paths written. The records are read in one read transaction.
func (db *DB) ExportCSV(dir string) ([]string, error) {
	return db.ExportCSVContext(context.Background(), dir)
}

// ExportCSVContext is ExportCSV stopping, with ErrCancelled, when ctx ends; the
// files written before are left.
func (db *DB) ExportCSVContext(ctx context.Context, dir string) ([]string, error) {
	return db.ExportCSVWith(ctx, dir, ExportOptions{})
}

// ExportCSVWith is ExportCSVContext with options: with WithStudents, the files of
// the students' activities too (aktivitas-peserta-didik.csv, peserta-didik.csv,
// kunjungan-monitoring.csv).
func (db *DB) ExportCSVWith(ctx context.Context, dir string, opts ExportOptions) ([]string, error) {
	tables, err := db.exportTables(ctx, opts)
	if err != nil {
		return nil, err
	}
	if err := safefile.MkdirAll(dir); err != nil {
		return nil, err
	}
	var paths []string
	for _, t := range tables {
		path := filepath.Join(dir, t.file)
		_, err := safefile.Write(path, func(w io.Writer) error {
			cw := &ctxWriter{ctx: ctx, w: w}
			if err := writeCSV(cw, t); err != nil {
				return cw.result(err)
			}
			return nil
		})
		if err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// writeCSV writes a table as CSV. Every cell is quoted, its quotes doubled, and a
// text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab
// or a carriage return: "=HYPERLINK(…)", "+1+cmd|…") gets a leading apostrophe, as
// OWASP's advice on CSV injection says, so that Excel shows it as text and runs
// nothing. Numbers and dates are the program's own and left as they are.
func writeCSV(w io.Writer, t *table) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	record := make([]string, len(t.cols))
	for i, c := range t.cols {
		record[i] = csvText(c.header)
	}
	if err := writeCSVRecord(bw, record); err != nil {
		return err
	}
	for _, row := range t.rows {
		for i, c := range t.cols {
			v := csvValue(c.kind, row[i])
			if c.kind == cellText {
				v = csvText(v)
			}
			record[i] = v
		}
		if err := writeCSVRecord(bw, record); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// csvText escapes a text cell that a spreadsheet would run as a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeCSVRecord writes one line of cells, each quoted (RFC 4180), ending in CRLF.
func writeCSVRecord(w *bufio.Writer, record []string) error {
	for i, f := range record {
		if i > 0 {
			if err := w.WriteByte(','); err != nil {
				return err
			}
		}
		if _, err := w.WriteString(`"` + strings.ReplaceAll(f, `"`, `""`) + `"`); err != nil {
			return err
		}
	}
	_, err := w.WriteString("\r\n")
	return err
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
