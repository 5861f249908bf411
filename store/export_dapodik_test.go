package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kemitraan/kemitraan/model"
)

// readWorkbook reads every sheet's rows (as Excel shows the cells) of an .xlsx.
func readWorkbook(t *testing.T, data []byte) ([]string, map[string][][]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := map[string][][]string{}
	for _, name := range f.GetSheetList() {
		r, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		rows[name] = r
	}
	return f.GetSheetList(), rows
}

func exportDapodik(t *testing.T, db *DB, opts ExportOptions) ([]string, map[string][][]string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := db.ExportDapodik(t.Context(), &buf, opts); err != nil {
		t.Fatal(err)
	}
	sheets, rows := readWorkbook(t, buf.Bytes())
	return sheets, rows, buf.Bytes()
}

// cell is row r's cell under the header h, "" when the row is shorter.
func cell(rows [][]string, r int, h string) string {
	c := slices.Index(rows[0], h)
	if c < 0 || c >= len(rows[r]) {
		return ""
	}
	return rows[r][c]
}

// The workbook's sheets, their header rows against the column lists written in the
// code (with their source), and their rows against the SMK sample.
func TestExportDapodik(t *testing.T) {
	db := MustOpenTemp(t)
	d := loadSMKSample(t, db)
	sheets, rows, data := exportDapodik(t, db, ExportOptions{})
	if !slices.Equal(sheets, []string{"Relasi DUDI", "Perjanjian Kerja Sama (MoU)", "Aktivitas Peserta Didik", "Keterangan"}) {
		t.Fatalf("sheets %q", sheets)
	}
	for name, want := range map[string][]string{
		"Relasi DUDI":                 dapodikDUDIColumns,
		"Perjanjian Kerja Sama (MoU)": dapodikMoUColumns,
		"Aktivitas Peserta Didik":     dapodikActivityHeader(false),
	} {
		if got := rows[name][0]; !slices.Equal(got, want) {
			t.Errorf("%s header %q, want %q", name, got, want)
		}
	}
	// the activity's form, as Dapodik orders it, in one run
	h := rows["Aktivitas Peserta Didik"][0]
	if i := slices.Index(h, dapodikActivityColumns[0]); i < 0 || !slices.Equal(h[i:i+len(dapodikActivityColumns)], dapodikActivityColumns) {
		t.Errorf("the activity's form is not in Dapodik's order: %q", h)
	}

	// Relasi DUDI: the six DUDIs by name, not the labour office
	dudi := rows["Relasi DUDI"]
	var names []string
	for _, r := range dudi[1:] {
		names = append(names, r[0])
	}
	want := []string{"Bengkel Jaya Motor", "CV Data Net Solusi", "Kantor Jasa Akuntansi Wijaya dan Rekan",
		"PT BPR Karawang Makmur (Perseroda)", "PT Sakura Auto Parts Indonesia", "PT Telemedia Jaringan Prima"}
	if !slices.Equal(names, want) {
		t.Errorf("DUDIs %q, want %q", names, want)
	}
	bengkel := slices.IndexFunc(dudi, func(r []string) bool { return r[0] == "Bengkel Jaya Motor" })
	for h, v := range map[string]string{"Bidang Usaha": "Perawatan dan perbaikan kendaraan ringan", "Alamat Jalan": "Jl. Raya Klari No. 88",
		"RT": "002", "RW": "004", "Dusun": "Krajan", "Desa/Kelurahan": "Duren", "Kecamatan/Kabupaten": "Kec. Klari, Kab. Karawang",
		"Kode Pos": "41371", "Lintang": "-6.3712", "Bujur": "107.3321", "Telepon": "0812-2145-7761", "Email": "jayamotor.klari@gmail.com",
		"NPWP": "3215061405780002"} {
		if got := cell(dudi, bengkel, h); got != v {
			t.Errorf("Bengkel Jaya Motor: %s = %q, want %q", h, got, v)
		}
	}

	// Perjanjian Kerja Sama: the signed agreements with DUDIs, in the order they were made
	mou := rows["Perjanjian Kerja Sama (MoU)"]
	var signed []model.Partnership
	for _, ps := range d.Partnerships {
		if ps.Agreement.Signed() {
			signed = append(signed, ps)
		}
	}
	if len(mou)-1 != len(signed) || len(signed) != 4 {
		t.Fatalf("%d MoU rows for %d signed agreements", len(mou)-1, len(signed))
	}
	slices.SortStableFunc(signed, func(a, b model.Partnership) int { return strings.Compare(string(a.ID), string(b.ID)) })
	for i, ps := range signed {
		r := i + 1
		start, end := ps.Agreement.Term()
		if cell(mou, r, "Nomor MoU") != ps.Agreement.Number() || cell(mou, r, "Judul MoU") != ps.Title ||
			cell(mou, r, "Tgl Mulai") != start.Format("2006-01-02") || cell(mou, r, "Tgl Selesai") != end.Format("2006-01-02") {
			t.Errorf("MoU row %d: %q; want %q", r, mou[r], ps.Title)
		}
	}
	sakura := slices.IndexFunc(mou, func(r []string) bool { return len(r) > 1 && r[1] == "PT Sakura Auto Parts Indonesia" })
	for h, v := range map[string]string{"Jenis Kerjasama": "Kurikulum disusun bersama; Guru tamu/praktisi mengajar; PKL terstruktur; Sertifikasi kompetensi; Magang guru; Komitmen menyerap lulusan; Dukungan lain (+i), mis. peralatan",
		"Nama DUDI": "PT Sakura Auto Parts Indonesia", "NPWP DUDI": "018765432055000", "Nama Bidang Usaha": "Manufaktur komponen otomotif",
		"Telp Kantor": "(0267) 863 0221", "Fax": "(0267) 863 0222", "Contact Person": "Yudi Hermawan, S.T.", "Telp CP": "0812-8833-4410",
		"Jabatan CP": "Supervisor Pengembangan SDM"} {
		if got := cell(mou, sakura, h); got != v {
			t.Errorf("Sakura's MoU: %s = %q, want %q", h, got, v)
		}
	}

	// Aktivitas Peserta Didik without students: a block per activity under a signed
	// agreement (the bank's planned PKL is left out and said so), the teachers, no names
	act := rows["Aktivitas Peserta Didik"]
	blocks := 0
	for r := 1; r < len(act); r++ {
		if cell(act, r, "Judul") != "" {
			blocks++
		}
	}
	if blocks != 4 {
		t.Errorf("%d activity blocks, want 4", blocks)
	}
	industry := slices.IndexFunc(act, func(r []string) bool {
		return slices.Contains(r, "PKL Kelas Industri XII TKR di PT Sakura Auto Parts Indonesia")
	})
	for h, v := range map[string]string{"Jenis Aktivitas PD": "Praktik Kerja Lapangan (PKL)", "Nama DUDI": "PT Sakura Auto Parts Indonesia",
		"Jurusan": "Teknik Kendaraan Ringan", "Jumlah Anggota": "6", "Pembimbing: Nama": "Hendra Saputra, S.T.", "Pembimbing: NIP": "198507222010011012"} {
		if got := cell(act, industry, h); got != v {
			t.Errorf("the industry class: %s = %q, want %q", h, got, v)
		}
	}
	if got := cell(act, industry+1, "Pembimbing: Nama"); got != "Dedi Kurniawan, S.Pd." || cell(act, industry+1, "Judul") != "" {
		t.Errorf("the industry class's second row: %q", act[industry+1])
	}
	for _, w := range studentWords(d) {
		if bytes.Contains(data, []byte(w)) {
			t.Errorf("the workbook without students holds %q", w)
		}
	}
	notes := strings.Join(slices.Concat(rows["Keterangan"]...), "\n")
	for _, w := range []string{"SMK Negeri 2 Karawang", "tidak disertakan", "--with-students", "1 aktivitas peserta didik"} {
		if !strings.Contains(notes, w) {
			t.Errorf("Keterangan lacks %q:\n%s", w, notes)
		}
	}
}

func TestExportDapodikWithStudents(t *testing.T) {
	db := MustOpenTemp(t)
	d := loadSMKSample(t, db)
	_, rows, _ := exportDapodik(t, db, ExportOptions{WithStudents: true})
	act := rows["Aktivitas Peserta Didik"]
	if !slices.Equal(act[0], dapodikActivityHeader(true)) {
		t.Fatalf("header %q", act[0])
	}
	members := map[string]string{} // NISN → class, as the rows give them
	for r := 1; r < len(act); r++ {
		if n := cell(act, r, "Anggota: NISN"); n != "" {
			members[n+" "+cell(act, r, "Anggota: Nama")] = cell(act, r, "Anggota: Kelas")
		}
	}
	n := 0
	for _, a := range d.StudentActivities {
		if a.Title == "PKL Kelas XI AKL di PT BPR Karawang Makmur (Perseroda)" {
			continue // under the agreement not yet signed
		}
		for _, pl := range a.Placements {
			n++
			if got, ok := members[pl.Student.NISN+" "+pl.Student.Name]; !ok || got != pl.Student.Class {
				t.Errorf("member %s %q: class %q, listed %v", pl.Student.NISN, pl.Student.Name, got, ok)
			}
		}
	}
	// Rizki is a member of two activities: one row in each
	if rows := len(act) - 1; rows != n || len(members) != n-1 {
		t.Errorf("%d rows, %d distinct members, %d placements", rows, len(members), n)
	}
	// the industry class's block: six rows, its members by class and name
	first := slices.IndexFunc(act, func(r []string) bool {
		return slices.Contains(r, "PKL Kelas Industri XII TKR di PT Sakura Auto Parts Indonesia")
	})
	var block []string
	for r := first; r < first+6; r++ {
		block = append(block, cell(act, r, "Anggota: Kelas")+" "+cell(act, r, "Anggota: Nama"))
	}
	if !slices.IsSorted(block) || cell(act, first+6, "Judul") == "" && first+6 < len(act) {
		t.Errorf("the industry class's block: %q", block)
	}
	notes := strings.Join(slices.Concat(rows["Keterangan"]...), "\n")
	if !strings.Contains(notes, "UU Nomor 27 Tahun 2022") {
		t.Errorf("no warning of personal data:\n%s", notes)
	}
}

func TestExportDapodikOnlyForSMK(t *testing.T) {
	db := MustOpenTemp(t)
	if err := loadSample(db, smkNow); err != nil { // the SMP sample
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := db.ExportDapodik(t.Context(), &buf, ExportOptions{}); !errors.Is(err, model.ErrNotSMK) || buf.Len() != 0 {
		t.Errorf("an SMP's Dapodik export: %v, %d bytes", err, buf.Len())
	}
}

// The Excel and CSV exports hold the students' sheets and files only when asked, and
// an SMP's exports are as they were.
func TestSpreadsheetStudentsOnlyWhenAsked(t *testing.T) {
	db := MustOpenTemp(t)
	d := loadSMKSample(t, db)
	words := studentWords(d)
	var without, with bytes.Buffer
	if err := db.ExportXLSX(&without); err != nil {
		t.Fatal(err)
	}
	if err := db.ExportXLSXWith(t.Context(), &with, ExportOptions{WithStudents: true}); err != nil {
		t.Fatal(err)
	}
	sheets, rows := readWorkbook(t, without.Bytes())
	if !slices.Equal(sheets, []string{"Kemitraan", "Mitra", "Kegiatan", "Evaluasi"}) {
		t.Errorf("sheets without students %q", sheets)
	}
	for _, r := range rows {
		for _, w := range words {
			if strings.Contains(strings.Join(slices.Concat(r...), "\t"), w) {
				t.Errorf("the workbook without students holds %q", w)
			}
		}
	}
	sheets, rows = readWorkbook(t, with.Bytes())
	if !slices.Equal(sheets, []string{"Kemitraan", "Mitra", "Kegiatan", "Evaluasi", "Aktivitas Peserta Didik", "Peserta Didik", "Kunjungan Monitoring"}) {
		t.Fatalf("sheets with students %q", sheets)
	}
	placements, visits := 0, 0
	for _, a := range d.StudentActivities {
		placements += len(a.Placements)
		for _, pl := range a.Placements {
			visits += len(pl.Visits)
		}
	}
	if len(rows["Aktivitas Peserta Didik"])-1 != len(d.StudentActivities) || len(rows["Peserta Didik"])-1 != placements || len(rows["Kunjungan Monitoring"])-1 != visits {
		t.Errorf("rows: %d activities, %d placements, %d visits", len(rows["Aktivitas Peserta Didik"])-1, len(rows["Peserta Didik"])-1, len(rows["Kunjungan Monitoring"])-1)
	}
	p := rows["Peserta Didik"]
	if r := slices.IndexFunc(p, func(r []string) bool { return slices.Contains(r, "0091452367") }); r < 0 || cell(p, r, "Nama Peserta Didik") != "Rizki Maulana" {
		t.Errorf("Rizki's NISN as text with its zeros: row %d", r)
	}

	dir := t.TempDir()
	files, err := db.ExportCSV(filepath.Join(dir, "tanpa"))
	if err != nil || len(files) != 4 {
		t.Fatalf("CSV without students: %q, %v", files, err)
	}
	files, err = db.ExportCSVWith(t.Context(), filepath.Join(dir, "dengan"), ExportOptions{WithStudents: true})
	if err != nil || len(files) != 7 || filepath.Base(files[5]) != "peserta-didik.csv" {
		t.Fatalf("CSV with students: %q, %v", files, err)
	}
	data, _ := os.ReadFile(files[5])
	if !bytes.Contains(data, []byte(`"0091452367"`)) {
		t.Error("peserta-didik.csv lacks Rizki's NISN")
	}

	// an SMP: the same four sheets, whatever the option (it has no students)
	smp := MustOpenTemp(t)
	if err := loadSample(smp, smkNow); err != nil {
		t.Fatal(err)
	}
	var plain, asked bytes.Buffer
	_ = smp.ExportXLSX(&plain)
	if err := smp.ExportXLSXWith(t.Context(), &asked, ExportOptions{WithStudents: true}); err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{plain.Bytes(), asked.Bytes()} {
		if s, _ := readWorkbook(t, data); len(s) != 4 {
			t.Errorf("an SMP's sheets %q", s)
		}
	}
	if files, err := smp.ExportCSVWith(t.Context(), filepath.Join(dir, "smp"), ExportOptions{WithStudents: true}); err != nil || len(files) != 4 {
		t.Errorf("an SMP's CSV files %q, %v", files, err)
	}
}
