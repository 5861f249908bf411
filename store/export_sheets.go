package store

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The spreadsheet exports (ExportXLSX, ExportCSV) share their tables: one per kind of
// record, one row per record, headers in Bahasa Indonesia. Each cell keeps its type
// (text, date, time, rupiah, whole number, decimal), so that the Excel file gets real
// dates and numbers and the CSV files plain ISO dates and integers.

// cellKind is the type of a column's cells.
type cellKind int

const (
	cellText   cellKind = iota
	cellDate            // a calendar date: time.Time, its own year, month and day
	cellTime            // a moment: time.Time, shown in the computer's time zone
	cellRupiah          // model.Rupiah
	cellInt             // int
	cellFloat           // float64
)

// column is one column of a table: its header, its type and its width in Excel
// (characters).
type column struct {
	header string
	kind   cellKind
	width  float64
}

// table is one sheet of the Excel file and one CSV file. A row holds one value per
// column, of the column's type, or nil for an empty cell (a date not yet set, a
// benefit not rated).
type table struct {
	sheet string // the Excel sheet's name
	file  string // the CSV file's name
	cols  []column
	rows  [][]any
}

var (
	partnershipColumns = []column{
		{"ID Kemitraan", cellText, 24},
		{"Judul", cellText, 40},
		{"Tahap", cellText, 32},
		{"Status", cellText, 12},
		{"Kategori Kebutuhan", cellText, 24},
		{"Prioritas", cellText, 10},
		{"Kebutuhan", cellText, 48},
		{"ID Mitra", cellText, 24},
		{"Mitra", cellText, 32},
		{"Jenis Perjanjian", cellText, 28},
		{"Nomor Perjanjian", cellText, 30},
		{"Tanggal Perjanjian", cellDate, 12},
		{"Mulai", cellDate, 12},
		{"Berakhir", cellDate, 12},
		{"Ditandatangani", cellDate, 12},
		{"Total Anggaran", cellRupiah, 16},
		{"Ditanggung Sekolah", cellRupiah, 16},
		{"Ditanggung Mitra", cellRupiah, 16},
		{"Kontribusi Mitra", cellRupiah, 16},
		{"Jumlah Kegiatan", cellInt, 10},
		{"Jumlah Evaluasi", cellInt, 10},
		{"Jumlah Surat", cellInt, 10},
		{"Keputusan Peninjauan", cellText, 16},
		{"Tahap Sejak", cellTime, 17},
		{"Dibuat", cellTime, 17},
		{"Diubah", cellTime, 17},
	}
	partnerColumns = []column{
		{"ID Mitra", cellText, 24},
		{"Nama", cellText, 36},
		{"Jenis", cellText, 20},
		{"Alamat", cellText, 40},
		{"Narahubung", cellText, 24},
		{"Telepon", cellText, 16},
		{"Email", cellText, 28},
		{"Penandatangan", cellText, 24},
		{"Jabatan Penandatangan", cellText, 24},
		{"Jumlah Kemitraan", cellInt, 10},
		{"Dibuat", cellTime, 17},
		{"Diubah", cellTime, 17},
	}
	activityColumns = []column{
		{"ID Kemitraan", cellText, 24},
		{"Judul Kemitraan", cellText, 36},
		{"ID Kegiatan", cellText, 24},
		{"Tanggal", cellDate, 12},
		{"Kegiatan", cellText, 36},
		{"Uraian", cellText, 48},
		{"Peserta", cellText, 28},
		{"Status", cellText, 14},
	}
	evaluationColumns = evaluationHeaders()
)

// evaluationHeaders are the Evaluasi sheet's columns: one rating column per benefit.
func evaluationHeaders() []column {
	cols := []column{
		{"ID Kemitraan", cellText, 24},
		{"Judul Kemitraan", cellText, 36},
		{"ID Evaluasi", cellText, 24},
		{"Tanggal", cellDate, 12},
	}
	for b := model.Benefit(0); b < model.NumBenefits; b++ {
		cols = append(cols, column{"Nilai " + b.Name(), cellInt, 14})
	}
	return append(cols,
		column{"Rata-rata Nilai", cellFloat, 10},
		column{"Capaian Indikator", cellText, 48},
		column{"Temuan", cellText, 48},
		column{"Tindak Lanjut", cellText, 48},
	)
}

// exportTables reads the partnerships and partners in one read transaction, so the
// four tables agree with each other even while the file changes, and returns the
// tables Kemitraan, Mitra, Kegiatan and Evaluasi; with opts.WithStudents, for an
// SMK, the tables of the students' activities after them (export_students.go).
func (db *DB) exportTables(ctx context.Context, opts ExportOptions) ([]*table, error) {
	kemitraan := &table{sheet: "Kemitraan", file: "kemitraan.csv", cols: partnershipColumns}
	mitra := &table{sheet: "Mitra", file: "mitra.csv", cols: partnerColumns}
	kegiatan := &table{sheet: "Kegiatan", file: "kegiatan.csv", cols: activityColumns}
	evaluasi := &table{sheet: "Evaluasi", file: "evaluasi.csv", cols: evaluationColumns}
	var partners []model.Partner
	used := make(map[model.ID]int)
	var students []*table
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		if partners, err = allPartners(tx); err != nil {
			return err
		}
		names := make(map[model.ID]string, len(partners))
		for _, p := range partners {
			names[p.ID] = p.Name
		}
		titles, partnerOf := map[model.ID]string{}, map[model.ID]string{}
		// rows are made as the records are read: the full records are not all kept
		err = eachPartnership(tx, func(ps model.Partnership) error {
			if err := ctx.Err(); err != nil {
				return cancelled(err)
			}
			if ps.PartnerID != "" {
				used[ps.PartnerID]++
			}
			kemitraan.rows = append(kemitraan.rows, partnershipRow(ps, names[ps.PartnerID]))
			for _, a := range ps.Activities {
				kegiatan.rows = append(kegiatan.rows, []any{
					string(ps.ID), ps.Title, string(a.ID), cellDateValue(a.Date), a.Title, a.Description, a.People, choiceLabel(a.Status.Label(), string(a.Status)),
				})
			}
			for _, e := range ps.Evaluations {
				evaluasi.rows = append(evaluasi.rows, evaluationRow(ps, e))
			}
			titles[ps.ID] = ps.Title
			partnerOf[ps.ID] = names[ps.PartnerID]
			return nil
		})
		if err != nil || !opts.WithStudents {
			return err
		}
		// a school that is not an SMK has no students' sheets, asked for or not
		if school, err := getSchool(tx); err != nil || !school.IsSMK() {
			return err
		}
		students, err = studentTables(ctx, tx, titles, partnerOf)
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, p := range partners {
		mitra.rows = append(mitra.rows, []any{
			string(p.ID), p.Name, choiceLabel(p.Kind.Label(), string(p.Kind)), p.Address, p.ContactPerson, p.Phone, p.Email,
			p.SignatoryName, p.SignatoryPosition, used[p.ID], cellTimeValue(p.CreatedAt), cellTimeValue(p.UpdatedAt),
		})
	}
	return append([]*table{kemitraan, mitra, kegiatan, evaluasi}, students...), nil
}

// contributed is what the agreement's lines say the partner and the persons outside
// the parties give.
func contributed(a model.Agreement) model.Rupiah {
	t, err := a.ContributionTotals()
	if err != nil {
		return 0
	}
	return t.Partner + t.Others
}

func partnershipRow(ps model.Partnership, partner string) []any {
	a := ps.Agreement
	start, end := a.Term()
	total, school, partnerPays := ps.Proposal.BudgetTotal()
	var kind, decision string
	if a.Kind != "" {
		kind = a.Kind.Label()
	}
	if ps.Review.Decision != "" {
		decision = choiceLabel(ps.Review.Decision.Label(), string(ps.Review.Decision))
	}
	return []any{
		string(ps.ID), ps.Title, ps.Stage.String(), choiceLabel(ps.Status.Label(), string(ps.Status)),
		choiceLabel(ps.Need.Category.Label(), string(ps.Need.Category)), choiceLabel(ps.Need.Priority.Label(), string(ps.Need.Priority)),
		ps.Need.Description, string(ps.PartnerID), partner,
		kind, a.Number(), cellDateValue(a.Date), cellDateValue(start), cellDateValue(end), cellDateValue(a.SignedOn()),
		total, school, partnerPays, contributed(a),
		len(ps.Activities), len(ps.Evaluations), len(ps.Letters), decision,
		cellTimeValue(ps.StageSince), cellTimeValue(ps.CreatedAt), cellTimeValue(ps.UpdatedAt),
	}
}

func evaluationRow(ps model.Partnership, e model.Evaluation) []any {
	row := []any{string(ps.ID), ps.Title, string(e.ID), cellDateValue(e.Date)}
	sum, n := 0, 0
	for _, r := range e.Ratings {
		if r == 0 {
			row = append(row, nil) // not rated
			continue
		}
		row = append(row, r)
		sum += r
		n++
	}
	var average any
	if n > 0 {
		average = math.Round(float64(sum)/float64(n)*100) / 100
	}
	var achieved []string
	for _, v := range e.Values {
		s := fmt.Sprintf("%s: %s dari %s", v.Indicator, decimal(v.Achieved), decimal(v.Target))
		if v.Unit != "" {
			s += " " + v.Unit
		}
		achieved = append(achieved, s)
	}
	return append(row, average, strings.Join(achieved, "; "), e.Findings, e.FollowUp)
}

// choiceLabel is the Indonesian label of a choice, or its stored value when the label is
// unknown (a value written by a newer version).
func choiceLabel(l, value string) string {
	if l == "" {
		return value
	}
	return l
}

// cellDateValue is a date cell: nil when the date is not set.
func cellDateValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// cellTimeValue is a time cell in the computer's time zone: nil when the time is not set.
func cellTimeValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Local()
}

// decimal writes an indicator's value as Indonesians read it: 12,5 and 120.
func decimal(f float64) string {
	return strings.Replace(fmt.Sprintf("%g", f), ".", ",", 1)
}
