package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/model/safefile"
	"github.com/kemitraan/kemitraan/store"
)

func runDemo(e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	n := fs.Int("partnerships", 0, "jumlah kemitraan untuk data besar (0: contoh data biasa)")
	events := fs.Int("events", 20, "jumlah peristiwa per kemitraan pada data besar")
	seed := fs.Int64("seed", 1, "benih acak data besar (benih yang sama, data yang sama)")
	smk := fs.Bool("smk", false, "contoh SMK: kompetensi keahlian, DUDI, link and match, dan peserta didik PKL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *n < 0 || *n > 1_000_000:
		return usageError{"--partnerships harus 0 sampai 1000000"}
	case *events < 0 || *events > 10_000:
		return usageError{"--events harus 0 sampai 10000"}
	case *smk && *n > 0:
		return usageError{"--smk tidak dapat digabung dengan --partnerships"}
	}
	db, err := e.open(true)
	if err != nil {
		return err
	}
	defer db.Close()
	var (
		d        demo.Data
		timeline []model.Event
		students []model.StudentActivity
	)
	switch {
	case *n > 0:
		d, timeline = demo.Large(time.Now(), *n, *events, *seed)
	case *smk:
		s := demo.SMK(time.Now())
		d, timeline, students = s.Data, demo.SMKTimeline(s), s.StudentActivities
	default:
		d = demo.Dataset(time.Now())
		timeline = demo.Timeline(d)
	}
	err = db.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships, Events: timeline,
		LetterCounters: d.LetterCounters, StudentActivities: students})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "contoh data dibuat di %s: profil sekolah, %d mitra, %d kemitraan, %d peristiwa",
		e.dbPath, len(d.Partners), len(d.Partnerships), len(timeline))
	if *smk {
		placements := 0
		for _, a := range students {
			placements += len(a.Placements)
		}
		fmt.Fprintf(e.stdout, ", %d aktivitas peserta didik dengan %d penempatan PKL", len(students), placements)
	}
	fmt.Fprintln(e.stdout)
	return nil
}

func runList(e *env, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	pkl := fs.Bool("pkl", false, "aktivitas peserta didik (PKL, teaching factory) dan penempatannya, dengan ID untuk pdf --activity/--placement")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	if *pkl {
		return listPKL(e, db)
	}
	// summaries carry the partner's name and need no full record: quick at 10,000
	ps, err := db.Summaries()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, p := range ps {
		partner := p.PartnerName
		if partner == "" {
			partner = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.ID, p.Stage, p.Title, partner)
	}
	return tw.Flush()
}

// listPKL lists the students' activities, each with its partnership and period, and
// under it its placements: ID, NISN, name, class. The students' data stay on this
// computer's screen: they are what the operator picks a monitoring sheet by.
func listPKL(e *env, db *store.DB) error {
	acts, err := db.AllStudentActivities()
	if err != nil {
		return err
	}
	sums, err := db.Summaries()
	if err != nil {
		return err
	}
	titles := map[model.ID]string{}
	for _, s := range sums {
		titles[s.ID] = s.Title
		if s.PartnerName != "" {
			titles[s.ID] += " (" + s.PartnerName + ")"
		}
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, a := range acts {
		start, end := a.Period()
		period := "-"
		if !start.IsZero() {
			period = model.NumericDate(start) + " s.d. " + model.NumericDate(end)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.ID, a.Kind.Label(), a.Title, period, titles[a.PartnershipID])
		for _, pl := range a.Placements {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t\n", pl.ID, pl.Student.NISN, pl.Student.Name, pl.Student.Class)
		}
	}
	if len(acts) == 0 {
		fmt.Fprintln(e.stdout, "belum ada aktivitas peserta didik")
	}
	return tw.Flush()
}

// documents the pdf command can print.
var documents = []string{"permohonan", "proposal", "mou", "pks", "monev", "tahunan", "pengantar-pkl", "monitoring-pkl"}

func runPDF(e *env, args []string) error {
	fs := flag.NewFlagSet("pdf", flag.ContinueOnError)
	id := fs.String("partnership", "", "ID kemitraan (lihat: list); tidak untuk tahunan")
	doc := fs.String("doc", "", "jenis dokumen: "+strings.Join(documents, ", "))
	out := fs.String("out", "", "berkas PDF yang ditulis")
	dateText := fs.String("date", "", "tanggal surat permohonan atau proposal yang diterbitkan (26/11/2026); bawaan: hari ini")
	year := fs.Int("year", 0, "tahun laporan tahunan (--doc tahunan)")
	evaluation := fs.String("evaluation", "", "ID evaluasi untuk --doc monev; bawaan: yang terakhir")
	activity := fs.String("activity", "", "ID aktivitas PKL untuk --doc pengantar-pkl (satu surat per aktivitas) atau monitoring-pkl (lihat: list --pkl)")
	placement := fs.String("placement", "", "ID penempatan peserta didik untuk --doc monitoring-pkl (lihat: list --pkl)")
	sifat := fs.String("sifat", "", "sifat surat: "+strings.Join(model.Sifat, ", ")+"; bawaan: tanpa baris Sifat")
	var tembusan []string
	tembusanSet := false
	fs.Func("tembusan", "penerima tembusan surat, satu per --tembusan; --tembusan \"\" untuk tanpa tembusan; bawaan: dari profil sekolah", func(v string) error {
		tembusanSet = true
		if v = strings.TrimSpace(v); v != "" {
			tembusan = append(tembusan, v)
		}
		return nil
	})
	withProposal := fs.Bool("lampirkan-proposal", false, "surat permohonan melampirkan proposal (Lampiran: 1 (satu) berkas proposal)")
	cover := fs.Bool("surat-pengantar", false, "proposal dengan surat pengantar bernomor")
	var attachments []string
	fs.Func("lampiran", "nama lampiran proposal yang benar-benar dikirim, satu per --lampiran; bawaan: tanpa daftar lampiran", func(v string) error {
		if v = strings.TrimSpace(v); v != "" {
			attachments = append(attachments, v)
		}
		return nil
	})
	reissue := fs.Bool("baru", false, "terbitkan surat permohonan atau proposal baru dengan nomor baru, bukan cetak ulang yang sudah diterbitkan")
	eMeterai := fs.Bool("e-meterai", false, "siapkan MoU/PKS untuk e-Meterai: kertas A4 dan ruang kosong di samping tanda tangan")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	opts := model.DocumentOptions{Sifat: *sifat, EMeterai: *eMeterai, WithProposal: *withProposal, CoverLetter: *cover,
		Attachments: attachments, Reissue: *reissue}
	if tembusanSet {
		opts.Tembusan = append([]string{}, tembusan...) // set, maybe empty: no tembusan
	}
	kind := model.DocumentKind(*doc)
	letter := kind == model.DocRequest || kind == model.DocPKLLetter || kind == model.DocProposal && *cover
	pkl := kind == model.DocPKLLetter || kind == model.DocPKLMonitoring
	switch {
	case !slices.Contains(documents, *doc):
		return usageError{fmt.Sprintf("--doc %q tidak dikenal; pilihan: %s", *doc, strings.Join(documents, ", "))}
	case kind == model.DocAnnual && (*year < 2000 || *year > 2200):
		return usageError{"--year wajib diisi untuk --doc tahunan (misalnya --year 2026)"}
	case kind == model.DocPKLLetter && *activity == "":
		return usageError{"--activity wajib diisi untuk --doc pengantar-pkl (lihat: list --pkl)"}
	case kind == model.DocPKLMonitoring && *activity == "" && *placement == "":
		return usageError{"--placement wajib diisi untuk --doc monitoring-pkl (lihat: list --pkl)"}
	case (*activity != "" || *placement != "") && !pkl:
		return usageError{"--activity dan --placement hanya untuk --doc pengantar-pkl atau monitoring-pkl"}
	case *placement != "" && kind != model.DocPKLMonitoring:
		return usageError{"--placement hanya untuk --doc monitoring-pkl"}
	case kind != model.DocAnnual && !pkl && *id == "":
		return usageError{"--partnership wajib diisi"}
	case *out == "":
		return usageError{"--out wajib diisi"}
	case *sifat != "" && !slices.Contains(model.Sifat, *sifat):
		return usageError{fmt.Sprintf("--sifat %q tidak dikenal; pilihan: %s", *sifat, strings.Join(model.Sifat, ", "))}
	case (*sifat != "" || tembusanSet) && !letter:
		return usageError{"--sifat dan --tembusan hanya untuk --doc permohonan, pengantar-pkl, atau proposal dengan --surat-pengantar"}
	case *withProposal && kind != model.DocRequest:
		return usageError{"--lampirkan-proposal hanya untuk --doc permohonan"}
	case (*cover || len(attachments) > 0) && kind != model.DocProposal:
		return usageError{"--surat-pengantar dan --lampiran hanya untuk --doc proposal"}
	case *reissue && kind != model.DocRequest && kind != model.DocProposal && kind != model.DocPKLLetter:
		return usageError{"--baru hanya untuk --doc permohonan, proposal, atau pengantar-pkl"}
	case *dateText != "" && kind != model.DocRequest && kind != model.DocProposal && kind != model.DocAnnual && kind != model.DocPKLLetter:
		return usageError{"--date hanya untuk --doc permohonan, proposal, pengantar-pkl, atau tahunan; perjanjian memakai tanggalnya sendiri"}
	case *eMeterai && kind != model.DocPKS && kind != model.DocMoU:
		return usageError{"--e-meterai hanya untuk --doc mou atau pks"}
	case len(tembusan) > model.MaxTembusan:
		return usageError{fmt.Sprintf("--tembusan paling banyak %d", model.MaxTembusan)}
	}
	today := time.Now()
	date := time.Time{}
	if *dateText != "" {
		d, err := model.ParseDate(*dateText)
		if err != nil {
			return usageError{"--date: " + err.Error()}
		}
		date = d
	}
	db, err := e.open(false)
	if err != nil {
		return err
	}
	defer db.Close()

	school, err := db.School()
	if err != nil {
		return err
	}
	if school.IsZero() {
		return errors.New("profil sekolah belum diisi (Pengaturan → Profil Sekolah)")
	}
	stage := func(pdf []byte, _ string) (document.Staged, error) { return safefile.Stage(*out, pdf) }
	if kind == model.DocAnnual {
		if date.IsZero() {
			date = today
		}
		made, err := document.Annual(db, *year, date, stage)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s\tkode %s\n", *out, made.Code)
		return nil
	}
	if pkl {
		// the activity names its partnership; a placement its activity
		act, err := pklActivity(db, model.ID(*activity), model.ID(*placement))
		if err != nil {
			return err
		}
		if *id != "" && model.ID(*id) != act.PartnershipID {
			return usageError{fmt.Sprintf("aktivitas %q bukan milik kemitraan %s", act.Title, *id)}
		}
		*activity, *id = string(act.ID), string(act.PartnershipID)
	}
	p, err := db.Partnership(model.ID(*id))
	if err != nil {
		return err
	}
	if p.PartnerID == "" {
		return fmt.Errorf("kemitraan %q belum punya mitra", p.Title)
	}
	if kind == model.DocPKS || kind == model.DocMoU || kind == model.DocRequest || kind == model.DocProposal {
		// what the principal must read before the document is printed
		pt, err := db.Partner(p.PartnerID)
		if err == nil {
			for _, w := range model.FundingWarnings(school, p, &pt) {
				if kind == model.DocPKS || w.Key == "warning.pungutan" {
					fmt.Fprintln(e.stderr, "PERINGATAN: "+w.Message)
				}
			}
		}
	}
	if letter && !*reissue {
		_, _, issued := document.Issued(db, p, kind)
		if kind == model.DocPKLLetter {
			_, _, issued = document.IssuedPKLLetter(db, p, model.ID(*activity))
		}
		if !issued && !date.IsZero() {
			if later := model.OutOfOrder(registerLetters(db, date.Year()), date); len(later) > 0 {
				fmt.Fprintf(e.stderr, "PERINGATAN: surat bertanggal lebih akhir sudah bernomor (%s, %s); nomor baru tidak urut tanggal dalam agenda surat keluar.\n",
					later[len(later)-1].Number, model.LongDate(later[len(later)-1].Date))
			}
		}
	}
	// the PDF is written aside, complete, before its number, the document and its
	// event are recorded: a full disk records nothing (document.MakeWritten)
	made, err := document.MakeWritten(db, document.Request{Partnership: p.ID, Kind: kind, Date: date, Today: today,
		Evaluation: model.ID(*evaluation), Activity: model.ID(*activity), Placement: model.ID(*placement), Options: opts}, stage)
	if err != nil {
		return fmt.Errorf("kemitraan %q: %w", p.Title, err)
	}
	line := *out
	if made.Number != "" {
		line += "\tnomor " + made.Number
	}
	if !made.Date.IsZero() {
		line += "\ttanggal " + model.LongDate(made.Date)
	}
	line += "\tkode " + made.Code
	if made.Reprint {
		line += "\tcetak ulang"
	}
	fmt.Fprintln(e.stdout, line)
	return nil
}

// pklActivity is the students' activity with the ID, or the one holding the placement
// with the ID when no activity is given.
func pklActivity(db *store.DB, activity, placement model.ID) (model.StudentActivity, error) {
	if activity != "" {
		return db.StudentActivity(activity)
	}
	acts, err := db.AllStudentActivities()
	if err != nil {
		return model.StudentActivity{}, err
	}
	for _, a := range acts {
		for _, pl := range a.Placements {
			if pl.ID == placement {
				return a, nil
			}
		}
	}
	return model.StudentActivity{}, fmt.Errorf("penempatan %s: %w", placement, model.ErrNotFound)
}

// registerLetters are the letters of the register in year, for the date-order warning.
func registerLetters(db *store.DB, year int) []model.Letter {
	entries, err := db.Register(year)
	if err != nil {
		return nil
	}
	out := make([]model.Letter, len(entries))
	for i, e := range entries {
		out[i] = e.Letter
	}
	return out
}

func runRegister(e *env, args []string) error {
	fs := flag.NewFlagSet("register", flag.ContinueOnError)
	year := fs.Int("year", 0, "tahun agenda (bawaan: semua tahun)")
	out := fs.String("out", "", "tulis agenda ke berkas Excel (.xlsx) ini; tanpa --out: tampilkan di layar")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *year != 0 && (*year < 2000 || *year > 2200) {
		return usageError{"--year harus tahun seperti 2026"}
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	if *out != "" {
		warnNetwork(e, *out)
		if _, err := safefile.Write(*out, func(w io.Writer) error { return db.ExportRegisterXLSX(w, *year) }); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, *out)
		return nil
	}
	entries, err := db.Register(*year)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Nomor\tTanggal\tHal\tTujuan\tKemitraan")
	for _, r := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Number, model.LongDate(r.Date), r.Subject, r.Addressee, r.Title)
	}
	return tw.Flush()
}

// exportFormats are the formats the export command writes.
var exportFormats = []string{"json", "csv", "xlsx", "dapodik"}

// studentsWarning is said whenever an export holds students' data.
const studentsWarning = "perhatian: berkas ini berisi data pribadi peserta didik (nama, NISN, kelas), data anak yang dilindungi " +
	"UU 27/2022 tentang Pelindungan Data Pribadi; simpan di tempat aman, jangan dibagikan, dan hapus setelah dipakai"

func runExport(e *env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "json", "format: json, csv, xlsx atau dapodik (Excel untuk Dapodik SMK: Relasi DUDI, PKS, Aktivitas Peserta Didik)")
	out := fs.String("out", "", "berkas tujuan (json: - untuk layar; csv: folder)")
	withStudents := fs.Bool("with-students", false, "sertakan data peserta didik PKL (nama, NISN, kelas): data pribadi anak, tanpa pilihan ini tidak diekspor")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !slices.Contains(exportFormats, *format) {
		return usageError{fmt.Sprintf("--format %q tidak dikenal; pilihan: %s", *format, strings.Join(exportFormats, ", "))}
	}
	if *out == "" {
		return usageError{"--out wajib diisi"}
	}
	if *out == "-" && *format != "json" {
		return usageError{"--out - (layar) hanya untuk --format json"}
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	warnNetwork(e, *out)
	opts := store.ExportOptions{WithStudents: *withStudents}
	if *withStudents || *format == "dapodik" {
		school, err := db.School()
		if err != nil {
			return err
		}
		if !school.IsSMK() {
			return fmt.Errorf("%s: %w", e.dbPath, model.ErrNotSMK)
		}
	}
	if *withStudents {
		fmt.Fprintln(e.stderr, studentsWarning)
	}

	var export func(w io.Writer) error
	switch *format {
	case "csv":
		paths, err := db.ExportCSVWith(e.ctx, *out, opts)
		if err != nil {
			return err
		}
		for _, p := range paths {
			fmt.Fprintln(e.stdout, p)
		}
		return nil
	case "xlsx":
		export = func(w io.Writer) error { return db.ExportXLSXWith(e.ctx, w, opts) }
	case "dapodik":
		export = func(w io.Writer) error { return db.ExportDapodik(e.ctx, w, opts) }
	default:
		export = func(w io.Writer) error { return db.ExportWith(e.ctx, w, opts) }
		if *out == "-" {
			return export(e.stdout)
		}
	}
	if _, err := safefile.Write(*out, export); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, *out)
	return nil
}

func runCheck(e *env, args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.CheckContext(e.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: baik (skema %d)\nmitra: %d\nkemitraan: %d\nsurat: %d\nperistiwa: %d\nlampiran: %d\n",
		e.dbPath, c.SchemaVersion, c.Partners, c.Partnerships, c.Letters, c.Events, c.Attachments)
	if c.StudentActivities > 0 {
		fmt.Fprintf(e.stdout, "aktivitas peserta didik: %d (penempatan PKL: %d)\n", c.StudentActivities, c.Placements)
	}
	return nil
}
