package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// demo --smk, check, the Dapodik export with and without the students, and the
// students' data in a bundle only when asked, through an import.
func TestSMKCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "smk.db")
	out := mustCLI(t, "--db", db, "demo", "--smk")
	if !strings.Contains(out, "aktivitas peserta didik") || !strings.Contains(out, "penempatan PKL") {
		t.Errorf("demo --smk said %q", out)
	}
	out = mustCLI(t, "--db", db, "list")
	if !strings.Contains(out, "Kelas Industri Teknik Kendaraan Ringan") || !strings.Contains(out, "PT Sakura Auto Parts Indonesia") {
		t.Errorf("list:\n%s", out)
	}
	out = mustCLI(t, "--db", db, "check")
	if !strings.Contains(out, "aktivitas peserta didik: 5 (penempatan PKL: 22)") {
		t.Errorf("check:\n%s", out)
	}

	xlsx := filepath.Join(dir, "dapodik.xlsx")
	code, stdout, stderr := cli(t, "--db", db, "export", "--format", "dapodik", "--out", xlsx)
	if code != 0 || strings.TrimSpace(stdout) != xlsx || stderr != "" {
		t.Fatalf("export dapodik: exit %d, %q, %q", code, stdout, stderr)
	}
	sheets, text := workbookText(t, xlsx)
	if !slices.Equal(sheets, []string{"Relasi DUDI", "Perjanjian Kerja Sama (MoU)", "Aktivitas Peserta Didik", "Keterangan"}) {
		t.Errorf("sheets %q", sheets)
	}
	if strings.Contains(text, "0091452367") || !strings.Contains(text, "018765432055000") {
		t.Error("the Dapodik export without students: a NISN in it, or no NPWP")
	}
	code, _, stderr = cli(t, "--db", db, "export", "--format", "dapodik", "--with-students", "--out", xlsx)
	if _, text = workbookText(t, xlsx); code != 0 || !strings.Contains(text, "0091452367") || !strings.Contains(stderr, "data pribadi peserta didik") {
		t.Errorf("export dapodik --with-students: exit %d, warning %q, NISN there %v", code, stderr, strings.Contains(text, "0091452367"))
	}

	// a bundle holds the students only when asked; an import brings them
	plain, full := filepath.Join(dir, "tanpa.json"), filepath.Join(dir, "dengan.json")
	mustCLI(t, "--db", db, "export", "--format", "json", "--out", plain)
	mustCLI(t, "--db", db, "export", "--format", "json", "--with-students", "--out", full)
	if data, _ := os.ReadFile(plain); bytes.Contains(data, []byte("Rizki Maulana")) {
		t.Error("the bundle without --with-students holds a student's name")
	}
	if data, _ := os.ReadFile(full); !bytes.Contains(data, []byte("Rizki Maulana")) {
		t.Error("the bundle with --with-students lacks the students")
	}
	other := filepath.Join(dir, "lain.db")
	out = mustCLI(t, "--db", other, "import", full)
	if !strings.Contains(out, "aktivitas peserta didik: 5 baru") {
		t.Errorf("import:\n%s", out)
	}
	if out = mustCLI(t, "--db", other, "check"); !strings.Contains(out, "penempatan PKL: 22") {
		t.Errorf("check after the import:\n%s", out)
	}
	// csv with the students' files
	paths := strings.Fields(mustCLI(t, "--db", db, "export", "--format", "csv", "--with-students", "--out", filepath.Join(dir, "csv")))
	if len(paths) != 7 {
		t.Errorf("csv --with-students wrote %q", paths)
	}
}

// An SD (or the SMP sample) sees none of it: no Dapodik export, no students' option,
// nothing of an SMK in what check says.
func TestNotSMKRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "smp.db")
	mustCLI(t, "--db", db, "demo")
	for _, args := range [][]string{
		{"export", "--format", "dapodik", "--out", filepath.Join(dir, "d.xlsx")},
		{"export", "--format", "xlsx", "--with-students", "--out", filepath.Join(dir, "x.xlsx")},
		{"export", "--format", "json", "--with-students", "--out", filepath.Join(dir, "b.json")},
	} {
		code, _, stderr := cli(t, append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(stderr, "hanya untuk sekolah berjenjang SMK") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
		if _, err := os.Stat(args[len(args)-1]); err == nil {
			t.Errorf("%v wrote its file", args)
		}
	}
	code, _, stderr := cli(t, "--lang", "en", "--db", db, "export", "--format", "dapodik", "--out", filepath.Join(dir, "d.xlsx"))
	if code != 1 || !strings.Contains(stderr, "for schools of level SMK only") {
		t.Errorf("in English: exit %d, %q", code, stderr)
	}
	out := mustCLI(t, "--db", db, "check")
	if strings.Contains(out, "peserta didik") || strings.Contains(out, "PKL") {
		t.Errorf("check of an SMP:\n%s", out)
	}
	code, _, stderr = cli(t, "--db", db, "demo", "--smk", "--partnerships", "10")
	if code != 2 || !strings.Contains(stderr, "--smk") {
		t.Errorf("demo --smk --partnerships: exit %d, %q", code, stderr)
	}
}

// workbookText is an .xlsx's sheets and the text of all its cells.
func workbookText(t *testing.T, path string) ([]string, string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, s := range f.GetSheetList() {
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return f.GetSheetList(), b.String()
}

// list --pkl gives the IDs; pdf prints the surat pengantar PKL by activity (a reprint
// the same file and number) and the monitoring sheet by placement; verify knows both;
// the options of other documents are refused with them.
func TestSMKPKLDocuments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "smk.db")
	mustCLI(t, "--db", db, "demo", "--smk")
	out := mustCLI(t, "--db", db, "list", "--pkl")
	var activity, placement string
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) > 0 && strings.Contains(line, "PKL Kelas Industri XII TKR di PT Sakura"):
			activity = f[0]
		case activity != "" && placement == "" && strings.Contains(line, "0091452367"):
			placement = f[0]
		}
	}
	if activity == "" || placement == "" || !strings.Contains(out, "Rizki Maulana") {
		t.Fatalf("list --pkl:\n%s", out)
	}

	letter, again := filepath.Join(dir, "pengantar.pdf"), filepath.Join(dir, "lagi.pdf")
	first := mustCLI(t, "--db", db, "pdf", "--doc", "pengantar-pkl", "--activity", activity, "--out", letter)
	second := mustCLI(t, "--db", db, "pdf", "--doc", "pengantar-pkl", "--activity", activity, "--out", again)
	number := func(s string) string {
		for _, f := range strings.Split(strings.TrimSpace(s), "\t") {
			if n, ok := strings.CutPrefix(f, "nomor "); ok {
				return n
			}
		}
		return ""
	}
	if n := number(first); n == "" || n != number(second) || !strings.Contains(second, "cetak ulang") || !strings.Contains(n, "/421.5/") {
		t.Errorf("pengantar-pkl printed twice:\n%s%s", first, second)
	}
	a, _ := os.ReadFile(letter)
	b, _ := os.ReadFile(again)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("the reprinted surat pengantar PKL is not the same file")
	}
	if reg := mustCLI(t, "--db", db, "register"); !strings.Contains(reg, number(first)) || !strings.Contains(reg, "Pengantar Peserta Didik Praktik Kerja Lapangan (PKL)") {
		t.Errorf("the register lacks the letter:\n%s", reg)
	}

	sheet := filepath.Join(dir, "monitoring.pdf")
	out = mustCLI(t, "--db", db, "pdf", "--doc", "monitoring-pkl", "--placement", placement, "--out", sheet)
	if strings.Contains(out, "nomor") {
		t.Errorf("a monitoring sheet took a number: %s", out)
	}
	for _, f := range []string{letter, sheet} {
		if out := mustCLI(t, "--db", db, "verify", f); !strings.Contains(out, "sama") {
			t.Errorf("verify %s: %s", f, out)
		}
	}

	for _, args := range [][]string{
		{"pdf", "--doc", "pengantar-pkl", "--out", letter},                           // no activity
		{"pdf", "--doc", "monitoring-pkl", "--out", sheet},                           // no placement
		{"pdf", "--doc", "pks", "--activity", activity, "--out", letter},             // not a PKL document
		{"pdf", "--doc", "pengantar-pkl", "--placement", placement, "--out", letter}, // a letter is per activity
		{"pdf", "--doc", "pengantar-pkl", "--activity", activity, "--e-meterai", "--out", letter},
	} {
		if code, _, stderr := cli(t, append([]string{"--db", db}, args...)...); code == 0 || stderr == "" {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
}
