package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/pdf"
	"github.com/kemitraan/kemitraan/store"
)

func runDemo(e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.open(true)
	if err != nil {
		return err
	}
	defer db.Close()
	existing, err := db.Partnerships()
	if err != nil {
		return err
	}
	if len(existing) > 0 {
		return fmt.Errorf("berkas %s sudah berisi %d kemitraan; contoh data hanya diisikan ke berkas kosong", e.dbPath, len(existing))
	}
	d := demo.Dataset(time.Now())
	if err := db.Load(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "contoh data dibuat di %s: profil sekolah, %d mitra, %d kemitraan\n",
		e.dbPath, len(d.Partners), len(d.Partnerships))
	return nil
}

func runList(e *env, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.open(false)
	if err != nil {
		return err
	}
	defer db.Close()
	ps, err := db.Partnerships()
	if err != nil {
		return err
	}
	partners, err := db.Partners()
	if err != nil {
		return err
	}
	names := make(map[model.ID]string, len(partners))
	for _, p := range partners {
		names[p.ID] = p.Name
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, p := range ps {
		partner := names[p.PartnerID]
		if partner == "" {
			partner = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.ID, p.Stage, p.Title, partner)
	}
	return tw.Flush()
}

// documents the pdf command can print.
var documents = []string{"permohonan"}

func runPDF(e *env, args []string) error {
	fs := flag.NewFlagSet("pdf", flag.ContinueOnError)
	id := fs.String("partnership", "", "ID kemitraan (lihat: list)")
	doc := fs.String("doc", "", "jenis dokumen: permohonan")
	out := fs.String("out", "", "berkas PDF yang ditulis")
	dateText := fs.String("date", "", "tanggal surat (26/11/2026); bawaan: hari ini")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *id == "":
		return usageError{"--partnership wajib diisi"}
	case *out == "":
		return usageError{"--out wajib diisi"}
	case *doc != "permohonan":
		return usageError{fmt.Sprintf("--doc %q tidak dikenal; pilihan: %v", *doc, documents)}
	}
	date := time.Now()
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
	p, err := db.Partnership(model.ID(*id))
	if err != nil {
		return err
	}
	if p.PartnerID == "" {
		return fmt.Errorf("kemitraan %q belum punya mitra", p.Title)
	}
	partner, err := db.Partner(p.PartnerID)
	if err != nil {
		return err
	}
	letter, err := db.IssueLetterNumber(p.ID, "permohonan", date)
	if err != nil {
		return err
	}
	p, err = db.Partnership(p.ID) // with the letter just recorded
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	code, err := pdf.WriteRequestLetter(&buf, pdf.RequestLetter{School: school, Partner: partner, Partnership: p, Letter: letter})
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	if err := db.SetLetterCode(p.ID, letter.Number, code); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s\tnomor %s\tkode %s\n", *out, letter.Number, code)
	return nil
}

func runExport(e *env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "json", "format: json")
	out := fs.String("out", "", "berkas tujuan (- untuk layar)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "json" {
		return usageError{fmt.Sprintf("--format %q tidak dikenal; pilihan: json", *format)}
	}
	if *out == "" {
		return usageError{"--out wajib diisi"}
	}
	db, err := e.open(false)
	if err != nil {
		return err
	}
	defer db.Close()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		return err
	}
	if *out == "-" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(*out, buf.Bytes())
}

func runCheck(e *env, args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.open(false)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Check()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: baik (skema %d)\nmitra: %d\nkemitraan: %d\nsurat: %d\n",
		e.dbPath, c.SchemaVersion, c.Partners, c.Partnerships, c.Letters)
	return nil
}

// writeFileAtomic writes data to path through a temporary file in the same folder, so a
// full disk or a removed stick never leaves half a file under the real name.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".kemitraan-*")
	if err != nil {
		return fmt.Errorf("tidak dapat menulis ke %s: %w", dir, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("gagal menulis %s: %w", path, err)
	}
	return nil
}
