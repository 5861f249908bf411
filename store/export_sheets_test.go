package store

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kemitraan/kemitraan/model"
)

// sheetFixture fills a file with two partners and two partnerships: one far along
// (agreement, budget, two activities, one evaluation), one just begun.
func sheetFixture(t *testing.T) (*DB, model.Partnership, model.Partner) {
	t.Helper()
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	p := MustSavePartner(t, db, "PT Telkom Indonesia")
	MustSavePartner(t, db, "Puskesmas Sukajadi")
	ps := MustSavePartnership(t, db, "Kelas Coding \"Merdeka\", angkatan 1", p.ID)
	ps.Stage = model.StageMonev
	ps.Status = model.StatusBerjalan
	ps.Need.Priority = model.PriorityTinggi
	ps.Proposal.Budget = []model.BudgetItem{
		{Item: "Laptop", Amount: 45_000_000, PaidBy: model.PartyPartner},
		{Item: "Konsumsi", Amount: 2_500_000, PaidBy: model.PartySchool},
	}
	ps.Agreement.Kind = model.AgreementPKS
	ps.Agreement.SchoolNumber = "001/421.3/SMPN1-BDG/I/2026"
	ps.Agreement.Start = time.Date(2026, 1, 5, 0, 0, 0, 0, time.Local)
	ps.Agreement.End = time.Date(2026, 12, 31, 0, 0, 0, 0, time.Local)
	ps.Agreement.SignedDate = time.Date(2026, 1, 3, 0, 0, 0, 0, time.Local)
	ps.Agreement.Contributions = []model.Contribution{{From: model.GiverPartner, Kind: model.ContribBantuan, What: "Laptop", Amount: 45_000_000}}
	ps.Activities = []model.Activity{
		{ID: model.NewID(day(2026, 2, 1)), Date: time.Date(2026, 2, 10, 0, 0, 0, 0, time.Local), Title: "Pelatihan guru", People: "12 guru", Status: model.ActivityDone},
		{ID: model.NewID(day(2026, 3, 1)), Date: time.Date(2026, 11, 26, 0, 0, 0, 0, time.Local), Title: "Lomba coding", Status: model.ActivityPlanned},
	}
	ps.Evaluations = []model.Evaluation{{
		ID: model.NewID(day(2026, 6, 1)), Date: time.Date(2026, 6, 30, 0, 0, 0, 0, time.Local),
		Ratings:  [model.NumBenefits]int{4, 5, 0, 3, 4},
		Values:   []model.IndicatorValue{{Indicator: "Siswa ikut kelas", Target: 120, Achieved: 97.5, Unit: "orang"}},
		Findings: "Antusias", FollowUp: "Tambah jadwal",
	}}
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	MustSavePartnership(t, db, "Pojok Baca", "")
	return db, ps, p
}

var regexpTime = regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d$`)

var wantSheets = map[string]struct {
	rows   int // data rows, without the header
	header []string
}{
	"Kemitraan": {2, []string{"ID Kemitraan", "Judul", "Tahap", "Status"}},
	"Mitra":     {2, []string{"ID Mitra", "Nama", "Jenis"}},
	"Kegiatan":  {2, []string{"ID Kemitraan", "Judul Kemitraan", "ID Kegiatan", "Tanggal", "Kegiatan"}},
	"Evaluasi":  {1, []string{"ID Kemitraan", "Judul Kemitraan", "ID Evaluasi", "Tanggal", "Nilai Sumber Daya Tambahan"}},
}

func TestExportXLSX(t *testing.T) {
	db, ps, p := sheetFixture(t)
	var buf bytes.Buffer
	if err := db.ExportXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	if got, want := f.GetSheetList(), []string{"Kemitraan", "Mitra", "Kegiatan", "Evaluasi"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for name, want := range wantSheets {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows)-1 != want.rows {
			t.Errorf("%s: %d rows, want %d", name, len(rows)-1, want.rows)
		}
		for i, h := range want.header {
			if rows[0][i] != h {
				t.Errorf("%s: header %d = %q, want %q", name, i, rows[0][i], h)
			}
		}
		panes, err := f.GetPanes(name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v, %v", name, panes, err)
		}
		if w, _ := f.GetColWidth(name, "B"); w < 20 {
			t.Errorf("%s: column B is %v wide", name, w)
		}
	}

	// the far-along partnership: find its row by ID
	cell := func(sheet, header, id string) string {
		t.Helper()
		rows, _ := f.GetRows(sheet)
		col := -1
		for i, h := range rows[0] {
			if h == header {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s has no column %q", sheet, header)
		}
		for r, row := range rows {
			if len(row) > 0 && row[0] == id {
				name, _ := excelize.CoordinatesToCellName(col+1, r+1)
				return name
			}
		}
		t.Fatalf("%s has no row for %s", sheet, id)
		return ""
	}
	value := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	raw := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numFmt := func(sheet, ref string) string {
		id, err := f.GetCellStyle(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil {
			return ""
		}
		return *st.CustomNumFmt
	}
	numeric := func(sheet, ref string) {
		t.Helper()
		typ, err := f.GetCellType(sheet, ref)
		if err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
			t.Errorf("%s!%s: type %v, want a number", sheet, ref, typ)
		}
	}

	id := string(ps.ID)
	for header, want := range map[string]string{
		"Judul":              ps.Title,
		"Tahap":              "6/7 Monitoring dan Evaluasi",
		"Status":             "Berjalan",
		"Kategori Kebutuhan": "Akademik",
		"Prioritas":          "Tinggi",
		"Mitra":              p.Name,
		"Jenis Perjanjian":   "Perjanjian Kerja Sama (PKS)",
		"Mulai":              "05/01/2026",
		"Berakhir":           "31/12/2026",
		"Total Anggaran":     "Rp47,500,000", // excelize formats with the en-US separator
		"Jumlah Kegiatan":    "2",
	} {
		if got := value("Kemitraan", cell("Kemitraan", header, id)); got != want {
			t.Errorf("Kemitraan %s = %q, want %q", header, got, want)
		}
	}
	// dates are date numbers with a dd/mm/yyyy format, not text
	start := cell("Kemitraan", "Mulai", id)
	numeric("Kemitraan", start)
	if got := raw("Kemitraan", start); got != "46027" {
		t.Errorf("Mulai is %q, want the Excel date number 46027 (5 January 2026)", got)
	}
	if got := numFmt("Kemitraan", start); got != "dd/mm/yyyy" {
		t.Errorf("Mulai has format %q", got)
	}
	// amounts are whole numbers with a rupiah format
	for _, h := range []string{"Total Anggaran", "Ditanggung Sekolah", "Ditanggung Mitra", "Kontribusi Mitra"} {
		ref := cell("Kemitraan", h, id)
		numeric("Kemitraan", ref)
		if got := numFmt("Kemitraan", ref); got != `"Rp"#,##0` {
			t.Errorf("%s has format %q", h, got)
		}
	}
	if got := raw("Kemitraan", cell("Kemitraan", "Ditanggung Sekolah", id)); got != "2500000" {
		t.Errorf("Ditanggung Sekolah = %q", got)
	}
	if got := numFmt("Kemitraan", cell("Kemitraan", "Diubah", id)); got != "dd/mm/yyyy hh:mm" {
		t.Errorf("Diubah has format %q", got)
	}
	// a date not set is an empty cell
	rows, _ := f.GetRows("Kemitraan")
	for _, row := range rows {
		if row[1] == "Pojok Baca" && (row[12] != "" || row[2] != "1/7 Identifikasi Kebutuhan" || row[3] != "Draft") {
			t.Errorf("a new partnership's row: %q", row)
		}
	}

	// activities and evaluations carry their partnership's title
	rows, _ = f.GetRows("Kegiatan")
	if rows[1][0] != id || rows[1][1] != ps.Title || rows[1][4] != "Pelatihan guru" || rows[1][7] != "Terlaksana" || rows[1][3] != "10/02/2026" {
		t.Errorf("Kegiatan row 2: %q", rows[1])
	}
	numeric("Kegiatan", "D2")
	rows, _ = f.GetRows("Evaluasi")
	if rows[1][4] != "4" || rows[1][6] != "" || rows[1][9] != "4.0" || !strings.Contains(rows[1][10], "97,5 dari 120 orang") {
		t.Errorf("Evaluasi row 2: %q", rows[1])
	}
	numeric("Evaluasi", "E2")
	if got := raw("Evaluasi", "J2"); got != "4" {
		t.Errorf("average rating = %q, want 4", got)
	}
	rows, _ = f.GetRows("Mitra")
	if rows[1][1] != "PT Telkom Indonesia" || rows[1][2] != "Bisnis/DUDI" || rows[1][9] != "1" {
		t.Errorf("Mitra row 2: %q", rows[1])
	}
}

func TestExportXLSXEmpty(t *testing.T) {
	db := MustOpenTemp(t)
	var buf bytes.Buffer
	if err := db.ExportXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for name := range wantSheets {
		rows, err := f.GetRows(name)
		if err != nil || len(rows) != 1 {
			t.Errorf("%s: %d rows, %v; want the header alone", name, len(rows), err)
		}
	}
}

func TestExportCSV(t *testing.T) {
	db, ps, _ := sheetFixture(t)
	dir := filepath.Join(t.TempDir(), "ekspor")
	paths, err := db.ExportCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"kemitraan.csv": "Kemitraan", "mitra.csv": "Mitra", "kegiatan.csv": "Kegiatan", "evaluasi.csv": "Evaluasi"}
	if len(paths) != len(files) {
		t.Fatalf("wrote %v", paths)
	}
	read := map[string][][]string{}
	for _, p := range paths {
		sheet, ok := files[filepath.Base(p)]
		if !ok {
			t.Fatalf("unexpected file %s", p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			t.Errorf("%s: no UTF-8 byte order mark", p)
		}
		records, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		want := wantSheets[sheet]
		if len(records)-1 != want.rows {
			t.Errorf("%s: %d rows, want %d", p, len(records)-1, want.rows)
		}
		for i, h := range want.header {
			if records[0][i] != h {
				t.Errorf("%s: header %d = %q, want %q", p, i, records[0][i], h)
			}
		}
		read[sheet] = records
	}
	// the same columns as the Excel sheets
	if len(read["Kemitraan"][0]) != len(partnershipColumns) || len(read["Evaluasi"][0]) != len(evaluationColumns) {
		t.Errorf("CSV columns differ from the sheets")
	}
	var row []string
	for _, r := range read["Kemitraan"] {
		if r[0] == string(ps.ID) {
			row = r
		}
	}
	get := func(header string) string {
		for i, h := range read["Kemitraan"][0] {
			if h == header {
				return row[i]
			}
		}
		t.Fatalf("no column %q", header)
		return ""
	}
	for header, want := range map[string]string{
		"Judul": ps.Title, "Tahap": "6/7 Monitoring dan Evaluasi", "Mulai": "2026-01-05", "Berakhir": "2026-12-31",
		"Total Anggaran": "47500000", "Kontribusi Mitra": "45000000", "Tanggal Perjanjian": "",
	} {
		if got := get(header); got != want {
			t.Errorf("kemitraan.csv %s = %q, want %q", header, got, want)
		}
	}
	if got := get("Diubah"); !regexpTime.MatchString(got) {
		t.Errorf("Diubah = %q, want 2026-11-26 08:30", got)
	}
	if ev := read["Evaluasi"][1]; ev[3] != "2026-06-30" || ev[4] != "4" || ev[6] != "" || ev[9] != "4" {
		t.Errorf("evaluasi.csv row: %q", ev)
	}

	// a second export replaces the files; nothing temporary is left
	if _, err := db.ExportCSV(dir); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("folder holds %d entries after two exports", len(entries))
	}
}

func TestExportCSVReadOnlyFolder(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes anywhere")
	}
	db, _, _ := sheetFixture(t)
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if _, err := db.ExportCSV(dir); err == nil || !strings.Contains(err.Error(), "gagal menyimpan") {
		t.Errorf("export into a read-only folder: %v", err)
	}
}
