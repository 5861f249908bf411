package store

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The export "Dapodik — PKS dan DUDI": an Excel workbook from which an SMK's operator
// copies, row by row, what Dapodik's screens ask for, instead of keeping the data
// twice. One sheet per screen, its columns in the screen's order and spelling:
//
//   - Relasi DUDI: one row per DUDI partner (model.Partner.IsDUDI);
//   - Perjanjian Kerja Sama (MoU): one row per signed agreement with a DUDI;
//   - Aktivitas Peserta Didik: one block per students' activity under those
//     agreements — its first row holds the activity's form and its Jurusan, the rows
//     below it (and the first) its members (Anggota) and its supervising teachers
//     (Pembimbing), one a row, as the operator adds them one by one under the
//     activity in Dapodik. A border opens each block.
//
// A last sheet, Keterangan, says where the columns come from and what was left out.
// The students' names, NISNs and classes are in the workbook only when
// ExportOptions.WithStudents asks for them.

// The column lists, written down once. Source: the project's reference notes on
// Dapodik's SMK screens (shared/reference/dapodik-smk.md: "Field names as Dapodik
// shows them; the order is the order of its forms"), gathered from the Dapodik
// application's help pages and the e-Rapor SMK maintainers' answers. Dapodik changes
// every year: check them against the year's version.
var (
	// Sekolah → Relasi Dunia Usaha & Industri (DUDI).
	dapodikDUDIColumns = []string{"Nama", "Bidang Usaha", "Alamat Jalan", "RT", "RW", "Dusun", "Desa/Kelurahan",
		"Kecamatan/Kabupaten", "Kode Pos", "Lintang", "Bujur", "Telepon", "Fax", "Email", "Website", "NPWP"}
	// Sekolah → Perjanjian Kerja Sama (PKS), "Pedoman Tabel MoU".
	dapodikMoUColumns = []string{"Jenis Kerjasama", "DUDI", "Nomor MoU", "Judul MoU", "Tgl Mulai", "Tgl Selesai",
		"Nama DUDI", "NPWP DUDI", "Nama Bidang Usaha", "Telp Kantor", "Fax", "Contact Person", "Telp CP", "Jabatan CP"}
	// Under an MoU: Aktivitas Peserta Didik, the activity's form.
	dapodikActivityColumns = []string{"Jenis Aktivitas PD", "Judul", "SK Tugas", "Tanggal SK Tugas", "Keterangan"}
	// The same screen's parts beside the form: the cooperation's Jurusan, its Anggota
	// (students) and its Pembimbing (teachers). The reference names the parts, not
	// their columns: these headings are ours, the students' NISN being how Dapodik
	// knows them.
	dapodikActivityParts   = []string{"Jurusan"}
	dapodikAnggotaColumns  = []string{"Anggota: Nama", "Anggota: NISN", "Anggota: Kelas"}
	dapodikPembimbingCols  = []string{"Pembimbing: Nama", "Pembimbing: NIP"}
	dapodikActivityLeading = []string{"Nomor MoU", "Nama DUDI"} // which MoU the activity goes under (the MoU screen's words)
	// Ours: how many students the activity has, also when their names are left out.
	dapodikMemberCount = "Jumlah Anggota"
)

// The sheets' names (Excel allows 31 characters, no / \ ? * [ ] :).
const (
	sheetDUDI     = "Relasi DUDI"
	sheetMoU      = "Perjanjian Kerja Sama (MoU)"
	sheetActivity = "Aktivitas Peserta Didik"
	sheetNotes    = "Keterangan"
)

// dapodikActivityHeader is the Aktivitas Peserta Didik sheet's header: the MoU, the
// form, the Jurusan, the count, the members (with students) and the teachers.
func dapodikActivityHeader(withStudents bool) []string {
	h := slices.Concat(dapodikActivityLeading, dapodikActivityColumns, dapodikActivityParts, []string{dapodikMemberCount})
	if withStudents {
		h = append(h, dapodikAnggotaColumns...)
	}
	return append(h, dapodikPembimbingCols...)
}

// dapodikDateFormat: dates as Dapodik's own tables show them, year first, so that a
// copied cell reads the same on every computer.
const dapodikDateFormat = "yyyy-mm-dd"

// dapodikSheet is one sheet: its header, its rows (strings, dates as time.Time, ints,
// nil for empty) and which rows open a block.
type dapodikSheet struct {
	name   string
	header []string
	widths []float64
	rows   [][]any
	starts map[int]bool // rows (0-based) that open a block: a border above them
}

// ExportDapodik writes the workbook "Dapodik — PKS dan DUDI" (see above) to w, from
// one read transaction. It fails with model.ErrNotSMK for a school that is not an SMK.
func (db *DB) ExportDapodik(ctx context.Context, w io.Writer, opts ExportOptions) error {
	var sheets []*dapodikSheet
	now := db.stamp()
	err := db.view(func(tx *bolt.Tx) error {
		school, err := getSchool(tx)
		if err != nil {
			return err
		}
		if !school.IsSMK() {
			return fmt.Errorf("%s: %w", db.path, model.ErrNotSMK)
		}
		partners, err := allPartners(tx)
		if err != nil {
			return err
		}
		var agreements []model.Partnership
		err = eachPartnership(tx, func(ps model.Partnership) error {
			if err := ctx.Err(); err != nil {
				return cancelled(err)
			}
			if ps.Agreement.Signed() {
				agreements = append(agreements, ps)
			}
			return nil
		})
		if err != nil {
			return err
		}
		var acts []model.StudentActivity
		err = eachStudentActivity(tx, nil, func(a model.StudentActivity) error {
			acts = append(acts, a)
			return nil
		})
		if err != nil {
			return err
		}
		sheets = dapodikSheets(school, partners, agreements, acts, opts, now)
		return nil
	})
	if err != nil {
		return err
	}
	return writeDapodik(ctx, w, sheets)
}

// dapodikSheets makes the four sheets from the records.
func dapodikSheets(school model.School, partners []model.Partner, agreements []model.Partnership, acts []model.StudentActivity,
	opts ExportOptions, now time.Time) []*dapodikSheet {
	byID := make(map[model.ID]model.Partner, len(partners))
	var dudis []model.Partner
	for _, p := range partners {
		byID[p.ID] = p
		if p.IsDUDI() {
			dudis = append(dudis, p)
		}
	}
	slices.SortStableFunc(dudis, func(a, b model.Partner) int { return strings.Compare(model.Fold(a.Name), model.Fold(b.Name)) })

	dudiSheet := &dapodikSheet{name: sheetDUDI, header: dapodikDUDIColumns,
		widths: []float64{36, 28, 36, 6, 6, 14, 18, 30, 9, 11, 11, 16, 16, 28, 26, 18}}
	for _, p := range dudis {
		d := p.DUDIData()
		a := d.Address
		street := a.AlamatJalan
		if a.IsZero() {
			street = p.Address // an older record: its address in one line
		}
		dudiSheet.rows = append(dudiSheet.rows, []any{
			p.Name, d.BidangUsaha, street, a.RT, a.RW, a.Dusun, a.DesaKelurahan, kecamatanKabupaten(a), a.KodePos,
			model.CoordinateText(d.Lintang, 90), model.CoordinateText(d.Bujur, 180), p.Phone, d.Fax, p.Email, d.Website, string(d.NPWP),
		})
	}

	mouSheet := &dapodikSheet{name: sheetMoU, header: dapodikMoUColumns,
		widths: []float64{34, 32, 30, 40, 11, 11, 32, 18, 28, 16, 16, 28, 16, 26}}
	inMoU := map[model.ID]model.Partnership{}
	for _, ps := range agreements {
		p, ok := byID[ps.PartnerID]
		if !ok || !p.IsDUDI() {
			continue
		}
		inMoU[ps.ID] = ps
		d := p.DUDIData()
		start, end := ps.Agreement.Term()
		mouSheet.rows = append(mouSheet.rows, []any{
			jenisKerjasama(ps.LinkMatch), p.Name, mouNumber(ps.Agreement), ps.Title, cellDateValue(start), cellDateValue(end),
			p.Name, string(d.NPWP), d.BidangUsaha, p.Phone, d.Fax, p.ContactPerson, d.ContactPhone, d.ContactPosition,
		})
	}

	actSheet := &dapodikSheet{name: sheetActivity, header: dapodikActivityHeader(opts.WithStudents), starts: map[int]bool{}}
	actSheet.widths = []float64{30, 30, 26, 40, 28, 14, 30, 30, 10}
	if opts.WithStudents {
		actSheet.widths = append(actSheet.widths, 30, 12, 12)
	}
	actSheet.widths = append(actSheet.widths, 30, 20)
	// the activities in the order of their agreements on the MoU sheet
	order := map[model.ID]int{}
	for i, ps := range agreements {
		order[ps.ID] = i
	}
	var listed []model.StudentActivity
	left := 0
	for _, a := range acts {
		if _, ok := inMoU[a.PartnershipID]; ok {
			listed = append(listed, a)
		} else {
			left++
		}
	}
	slices.SortStableFunc(listed, func(a, b model.StudentActivity) int { return order[a.PartnershipID] - order[b.PartnershipID] })
	for _, a := range listed {
		ps := inMoU[a.PartnershipID]
		members := slices.Clone(a.Placements)
		slices.SortStableFunc(members, func(x, y model.Placement) int {
			if c := strings.Compare(model.Fold(x.Student.Class), model.Fold(y.Student.Class)); c != 0 {
				return c
			}
			return strings.Compare(model.Fold(x.Student.Name), model.Fold(y.Student.Name))
		})
		teachers := a.Teachers()
		n := max(len(teachers), 1)
		if opts.WithStudents {
			n = max(n, len(members))
		}
		actSheet.starts[len(actSheet.rows)] = true
		for i := range n {
			row := make([]any, 0, len(actSheet.header))
			if i == 0 {
				row = append(row, mouNumber(ps.Agreement), byID[ps.PartnerID].Name,
					choiceLabel(a.Kind.Label(), string(a.Kind)), a.Title, a.SKNumber, cellDateValue(a.SKDate), a.Notes,
					strings.Join(a.KompetensiList(), "; "), len(a.Placements))
			} else {
				row = append(row, make([]any, len(dapodikActivityLeading)+len(dapodikActivityColumns)+len(dapodikActivityParts)+1)...)
			}
			if opts.WithStudents {
				if i < len(members) {
					s := members[i].Student
					row = append(row, s.Name, s.NISN, s.Class)
				} else {
					row = append(row, nil, nil, nil)
				}
			}
			if i < len(teachers) {
				row = append(row, teachers[i].Name, strings.ReplaceAll(teachers[i].NIP, " ", ""))
			} else {
				row = append(row, nil, nil)
			}
			actSheet.rows = append(actSheet.rows, row)
		}
	}

	notes := &dapodikSheet{name: sheetNotes, header: []string{"Keterangan"}, widths: []float64{120}}
	note := func(format string, args ...any) { notes.rows = append(notes.rows, []any{fmt.Sprintf(format, args...)}) }
	note("Ekspor Dapodik — PKS dan DUDI dari aplikasi Kemitraan Sekolah: %s (NPSN %s), dibuat %s.", school.Name, school.NPSN, model.LongDate(now))
	note("Setiap lembar mengikuti satu layar Dapodik SMK, dengan kolom dalam urutan dan ejaan formulirnya: Sekolah → Relasi DUDI; " +
		"Sekolah → Perjanjian Kerja Sama (MoU); Aktivitas Peserta Didik di bawah MoU. Dapodik berubah setiap tahun: periksa lagi urutannya.")
	note("Relasi DUDI: semua mitra dunia usaha dan dunia industri. Perjanjian Kerja Sama (MoU): perjanjian dengan DUDI yang sudah ditandatangani.")
	note("Aktivitas Peserta Didik: satu blok per aktivitas. Baris pertama blok berisi isian formulir aktivitas dan MoU tempatnya; " +
		"baris-baris blok itu berisi anggota dan pembimbingnya, satu per baris, untuk ditambahkan satu per satu.")
	if opts.WithStudents {
		note("PERHATIAN: berkas ini berisi data pribadi peserta didik (nama, NISN, kelas), yaitu data anak yang dilindungi " +
			"UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Simpan di tempat yang aman, jangan dibagikan, dan hapus setelah dipakai.")
	} else {
		note("Data peserta didik (nama, NISN, kelas) tidak disertakan karena merupakan data pribadi anak. " +
			"Untuk menyertakannya, ekspor dengan pilihan menyertakan data peserta didik (kemitraan-cli: --with-students).")
	}
	if left > 0 {
		note("%d aktivitas peserta didik di bawah perjanjian yang belum ditandatangani atau bukan dengan DUDI tidak dimasukkan: Dapodik mencatat aktivitas di bawah MoU yang sudah ada.", left)
	}
	note("Jenis Kerjasama diisi dari komponen link and match kemitraan; pilih padanannya pada daftar Dapodik.")
	note("Tanggal ditulis tahun-bulan-tanggal (2026-07-13); NPWP ditulis angkanya saja; lintang dan bujur dengan titik desimal.")
	return []*dapodikSheet{dudiSheet, mouSheet, actSheet, notes}
}

// kecamatanKabupaten is Dapodik's Kecamatan/Kabupaten as its list of places writes
// them: "Kec. Ciampel, Kab. Karawang".
func kecamatanKabupaten(a model.AddressParts) string {
	var parts []string
	if k := strings.TrimSpace(a.Kecamatan); k != "" {
		if l := strings.ToLower(k); strings.HasPrefix(l, "kecamatan ") {
			k = "Kec. " + strings.TrimSpace(k[len("kecamatan "):])
		} else if !strings.HasPrefix(l, "kec.") {
			k = "Kec. " + k
		}
		parts = append(parts, k)
	}
	if k := strings.TrimSpace(a.KabupatenKota); k != "" {
		if strings.HasPrefix(strings.ToLower(k), "kabupaten ") {
			k = "Kab. " + strings.TrimSpace(k[len("kabupaten "):])
		}
		parts = append(parts, k)
	}
	return strings.Join(parts, ", ")
}

// jenisKerjasama names the kinds of cooperation of an agreement: its link-and-match
// components, for every kompetensi keahlian, in the package's order.
func jenisKerjasama(list []model.LinkMatch) string {
	var labels []string
	for _, c := range model.LinkMatchComponents {
		if slices.ContainsFunc(list, func(l model.LinkMatch) bool { return l.Covers(c) }) {
			labels = append(labels, c.Label())
		}
	}
	return strings.Join(labels, "; ")
}

// mouNumber is the number of the agreement in force (the PKS, or the MoU made
// alone) as the school registers it: its own, else the partner's.
func mouNumber(a model.Agreement) string {
	if n := a.Number(); n != "" {
		return n
	}
	if a.Kind == model.AgreementMoU {
		return a.MoU.PartnerNumber
	}
	return a.PartnerNumber
}

// writeDapodik writes the sheets as a workbook: text cells as text (NISN, NPWP, RT
// keep their leading zeros), dates as dates shown yyyy-mm-dd, the header row bold and
// frozen, a border above each block's first row.
func writeDapodik(ctx context.Context, w io.Writer, sheets []*dapodikSheet) error {
	f := excelize.NewFile()
	defer f.Close()
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return err
	}
	format := dapodikDateFormat
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": text
	date, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	top := []excelize.Border{{Type: "top", Color: "808080", Style: 1}}
	textTop, _ := f.NewStyle(&excelize.Style{NumFmt: 49, Border: top})
	numberTop, _ := f.NewStyle(&excelize.Style{Border: top})
	dateTop, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format, Border: top})
	if err != nil {
		return err
	}
	for i, s := range sheets {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			return fmt.Errorf("lembar %s: %w", s.name, err)
		}
		sw, err := f.NewStreamWriter(s.name)
		if err != nil {
			return err
		}
		for c, width := range s.widths {
			if err := sw.SetColWidth(c+1, c+1, width); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		cells := make([]any, len(s.header))
		for c, h := range s.header {
			cells[c] = excelize.Cell{StyleID: header, Value: h}
		}
		if err := sw.SetRow("A1", cells, excelize.RowOpts{Height: 30}); err != nil {
			return err
		}
		for r, row := range s.rows {
			if r%1000 == 0 && ctx.Err() != nil {
				return cancelled(ctx.Err())
			}
			tStyle, dStyle, nStyle := text, date, 0
			if s.starts[r] {
				tStyle, dStyle, nStyle = textTop, dateTop, numberTop
			}
			for c, v := range row {
				switch v := v.(type) {
				case time.Time:
					cells[c] = excelize.Cell{StyleID: dStyle, Value: v}
				case int:
					cells[c] = excelize.Cell{StyleID: nStyle, Value: v}
				case string:
					cells[c] = excelize.Cell{StyleID: tStyle, Value: v}
				default:
					cells[c] = excelize.Cell{StyleID: tStyle}
				}
			}
			ref, err := excelize.CoordinatesToCellName(1, r+2)
			if err != nil {
				return err
			}
			if err := sw.SetRow(ref, cells[:len(row)]); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return fmt.Errorf("lembar %s: %w", s.name, err)
		}
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Title: "Dapodik — PKS dan DUDI", Creator: "Kemitraan"}); err != nil {
		return err
	}
	cw := &ctxWriter{ctx: ctx, w: w}
	if _, err := f.WriteTo(cw); err != nil {
		return cw.result(err)
	}
	return nil
}
