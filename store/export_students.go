package store

import (
	"context"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The tables of an SMK's students' activities, which the spreadsheet exports add only
// when ExportOptions.WithStudents asks for them: the students' names and NISNs are
// personal data of minors. One row per activity, per placement and per monitoring
// visit; each carries the IDs that join it to the others and to the Kemitraan sheet.

var (
	studentActivityColumns = []column{
		{"ID Kemitraan", cellText, 24},
		{"Judul Kemitraan", cellText, 36},
		{"Mitra", cellText, 32},
		{"ID Aktivitas", cellText, 24},
		{"Jenis Aktivitas", cellText, 26},
		{"Judul Aktivitas", cellText, 40},
		{"Nomor SK Tugas", cellText, 28},
		{"Tanggal SK Tugas", cellDate, 12},
		{"Mulai", cellDate, 12},
		{"Berakhir", cellDate, 12},
		{"Jumlah Peserta Didik", cellInt, 10},
		{"Keterangan", cellText, 40},
	}
	placementColumns = []column{
		{"ID Kemitraan", cellText, 24},
		{"Mitra", cellText, 32},
		{"ID Aktivitas", cellText, 24},
		{"Judul Aktivitas", cellText, 36},
		{"ID Penempatan", cellText, 24},
		{"Nama Peserta Didik", cellText, 30},
		{"NISN", cellText, 12},
		{"Kelas", cellText, 12},
		{"Kompetensi Keahlian", cellText, 30},
		{"Mulai", cellDate, 12},
		{"Berakhir", cellDate, 12},
		{"Unit/Tempat", cellText, 24},
		{"Guru Pembimbing", cellText, 28},
		{"NIP Guru Pembimbing", cellText, 20},
		{"Instruktur", cellText, 24},
		{"Jabatan Instruktur", cellText, 24},
		{"Telepon Instruktur", cellText, 16},
		{"Jumlah Kunjungan", cellInt, 10},
	}
	visitColumns = []column{
		{"ID Aktivitas", cellText, 24},
		{"ID Penempatan", cellText, 24},
		{"Nama Peserta Didik", cellText, 30},
		{"NISN", cellText, 12},
		{"Tanggal Kunjungan", cellDate, 12},
		{"Catatan", cellText, 60},
	}
)

// studentTables reads every students' activity inside tx and makes the three tables;
// titles and partners name each partnership's title and partner.
func studentTables(ctx context.Context, tx *bolt.Tx, titles, partners map[model.ID]string) ([]*table, error) {
	acts := &table{sheet: "Aktivitas Peserta Didik", file: "aktivitas-peserta-didik.csv", cols: studentActivityColumns}
	places := &table{sheet: "Peserta Didik", file: "peserta-didik.csv", cols: placementColumns}
	visits := &table{sheet: "Kunjungan Monitoring", file: "kunjungan-monitoring.csv", cols: visitColumns}
	err := eachStudentActivity(tx, nil, func(a model.StudentActivity) error {
		if err := ctx.Err(); err != nil {
			return cancelled(err)
		}
		start, end := a.Period()
		acts.rows = append(acts.rows, []any{
			string(a.PartnershipID), titles[a.PartnershipID], partners[a.PartnershipID], string(a.ID),
			choiceLabel(a.Kind.Label(), string(a.Kind)), a.Title, a.SKNumber, cellDateValue(a.SKDate),
			cellDateValue(start), cellDateValue(end), len(a.Placements), a.Notes,
		})
		for _, pl := range a.Placements {
			s := pl.Student
			places.rows = append(places.rows, []any{
				string(a.PartnershipID), partners[a.PartnershipID], string(a.ID), a.Title, string(pl.ID),
				s.Name, s.NISN, s.Class, s.Kompetensi, cellDateValue(pl.Start), cellDateValue(pl.End), pl.Unit,
				pl.Teacher.Name, strings.ReplaceAll(pl.Teacher.NIP, " ", ""), pl.Instructor.Name, pl.Instructor.Position, pl.Instructor.Phone,
				len(pl.Visits),
			})
			for _, v := range pl.Visits {
				visits.rows = append(visits.rows, []any{string(a.ID), string(pl.ID), s.Name, s.NISN, cellDateValue(v.Date), v.Notes})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return []*table{acts, places, visits}, nil
}
