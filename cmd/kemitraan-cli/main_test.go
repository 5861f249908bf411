package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/store"
)

// cli runs the command line in process and returns its exit code and output.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDemoListPDF(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kemitraan.db")

	code, out, errs := cli(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "kemitraan") {
		t.Errorf("demo said %q", out)
	}

	code, out, errs = cli(t, "--db", db, "list")
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 10 {
		t.Fatalf("list shows %d partnerships, want 10 or more:\n%s", len(lines), out)
	}
	for _, want := range []string{"1/7 Identifikasi Kebutuhan", "7/7 Peninjauan dan Perpanjangan"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks a partnership at %q:\n%s", want, out)
		}
	}

	// a partnership with a partner: the first line whose last column is not "-"
	var id string
	for _, l := range lines {
		f := strings.Fields(l)
		if f[len(f)-1] != "-" {
			id = f[0]
			break
		}
	}
	if id == "" {
		t.Fatal("no partnership with a partner in the demo data")
	}
	pdfPath := filepath.Join(dir, "surat.pdf")
	code, out, errs = cli(t, "--db", db, "pdf", "--partnership", id, "--doc", "permohonan", "--out", pdfPath, "--date", "26/11/2026")
	if code != 0 {
		t.Fatalf("pdf: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "/XI/2026") {
		t.Errorf("pdf did not report the letter number with its Roman month: %q", out)
	}
	// the demo's agreements used numbers of this year: the letter comes after them
	seq := regexp.MustCompile(`nomor (\d{3})/`).FindStringSubmatch(out)
	if seq == nil {
		t.Fatalf("no letter number in %q", out)
	}
	first, _ := strconv.Atoi(seq[1])
	data, err := os.ReadFile(pdfPath)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("no PDF written: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		txt, err := exec.Command("pdftotext", "-layout", pdfPath, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Permohonan Kerja Sama", seq[1] + "/421.3/", "/XI/2026", "26 November 2026"} {
			if !strings.Contains(string(txt), want) {
				t.Errorf("letter text lacks %q", want)
			}
		}
	}

	// printed again, it is the same letter: same number, same date, same bytes
	firstPDF, _ := os.ReadFile(pdfPath)
	againPath := filepath.Join(dir, "surat-lagi.pdf")
	code, out, _ = cli(t, "--db", db, "pdf", "--partnership", id, "--doc", "permohonan", "--out", againPath)
	again, _ := os.ReadFile(againPath)
	if want := fmt.Sprintf("nomor %03d/", first); code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "cetak ulang") || !bytes.Equal(again, firstPDF) {
		t.Errorf("letter printed again: exit %d, %q; want %s… and the same bytes", code, out, want)
	}
	// a new letter gets the next number: never the same twice
	code, out, _ = cli(t, "--db", db, "pdf", "--partnership", id, "--doc", "permohonan", "--out", pdfPath, "--date", "27/11/2026", "--baru")
	if want := fmt.Sprintf("nomor %03d/", first+1); code != 0 || !strings.Contains(out, want) {
		t.Errorf("second letter: exit %d, %q; want %s…", code, out, want)
	}

	// the agreements' numbers are in the register too
	code, out, errs = cli(t, "--db", db, "check")
	if code != 0 || !strings.Contains(out, "surat: 13") {
		t.Errorf("check: exit %d, %q %s", code, out, errs)
	}
	code, out, errs = cli(t, "--db", db, "register", "--year", "2026")
	if code != 0 || !strings.Contains(out, fmt.Sprintf("%03d/421.3/", first+1)) || !strings.Contains(out, "Permohonan Kerja Sama") {
		t.Errorf("register: exit %d, %q %s", code, out, errs)
	}

	exportPath := filepath.Join(dir, "ekspor.json")
	if code, _, errs = cli(t, "--db", db, "export", "--format", "json", "--out", exportPath); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	exported, _ := os.ReadFile(exportPath)
	if !bytes.Contains(exported, []byte(`"kemitraan-export"`)) {
		t.Errorf("export is not a bundle: %.200s", exported)
	}

	// demo refuses to fill a file that has data
	if code, _, errs = cli(t, "--db", db, "demo"); code == 0 || !strings.Contains(errs, "sudah berisi") {
		t.Errorf("demo on a full file: exit %d, %q", code, errs)
	}
}

func TestBadArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	if code, _, _ := cli(t, "--db", db, "demo"); code != 0 {
		t.Fatal("demo failed")
	}
	cases := []struct {
		args []string
		code int
		says string
	}{
		{nil, 2, "pemakaian"},
		{[]string{"terbang"}, 2, "tidak dikenal"},
		{[]string{"--db", db, "pdf"}, 2, "--partnership"},
		{[]string{"--db", db, "pdf", "--partnership", "X", "--doc", "surat-cinta", "--out", "x.pdf"}, 2, "tidak dikenal"},
		{[]string{"--db", db, "pdf", "--partnership", "TIDAKADA", "--doc", "permohonan", "--out", filepath.Join(t.TempDir(), "x.pdf")}, 1, "tidak ditemukan"},
		{[]string{"--db", db, "pdf", "--partnership", "X", "--doc", "permohonan", "--out", "x.pdf", "--date", "31/02/2026"}, 2, "Februari 2026 hanya sampai tanggal 28."},
		{[]string{"--db", db, "export", "--format", "xml", "--out", "x"}, 2, "xml"},
		{[]string{"--db", db, "list", "extra"}, 2, "argumen"},
		{[]string{"--db", filepath.Join(t.TempDir(), "tidak-ada.db"), "list"}, 1, "tidak ditemukan"},
	}
	for _, c := range cases {
		code, _, errs := cli(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.says) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d saying %q", c.args, code, errs, c.code, c.says)
		}
	}
}

// The lock message names the holder only when its note says who it is (#13.16).
func TestLockedFile(t *testing.T) {
	for _, c := range []struct {
		holder, says, not string
	}{
		{store.HolderWindow, "jendela Kemitraan lain", "dipakai kemitraan-cli"},
		{store.HolderCLI, "dipakai kemitraan-cli", "jendela"},
		{"", "program lain", "jendela"},
	} {
		path := filepath.Join(t.TempDir(), "k.db")
		db, err := store.OpenWith(path, store.Options{Holder: c.holder})
		if err != nil {
			t.Fatal(err)
		}
		code, _, errs := cli(t, "--db", path, "list")
		if code != 1 || !strings.Contains(errs, c.says) || strings.Contains(errs, c.not) {
			t.Errorf("list on a file %q holds: exit %d, %q; want a message saying %q", c.holder, code, errs, c.says)
		}
		if c.holder == store.HolderWindow {
			code, _, errs = cli(t, "--lang", "en", "--db", path, "list")
			if code != 1 || !strings.Contains(errs, "open in another Kemitraan window") {
				t.Errorf("in English: exit %d, %q", code, errs)
			}
		}
		_ = db.Close()
	}
}

func TestCheckDamagedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rusak.db")
	if err := os.WriteFile(path, bytes.Repeat([]byte("bukan berkas data "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := cli(t, "--db", path, "check"); code == 0 {
		t.Errorf("check on a damaged file exited 0: %s", errs)
	}
}
