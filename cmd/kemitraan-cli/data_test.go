package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kemitraan/kemitraan"
	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// cliIn is cli with what a person types on stdin.
func cliIn(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// mustCLI runs the command line and fails the test unless it exits 0.
func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := cli(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	return out
}

var exportedAt = regexp.MustCompile(`(?m)^  "exported_at": .*\n`)

// snapshot is the data file's JSON export without the time of export: two files
// with the same records give the same snapshot.
func snapshot(t *testing.T, db string) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "snapshot.json")
	mustCLI(t, "--db", db, "export", "--format", "json", "--out", path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return exportedAt.ReplaceAll(data, nil)
}

// addPartner changes the data file: one more partner.
func addPartner(t *testing.T, path, name string) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := model.Partner{Name: name, Kind: model.KindKomunitas}
	if err := db.SavePartner(&p); err != nil {
		t.Fatal(err)
	}
}

func TestBackupRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kemitraan.db")
	mustCLI(t, "--db", db, "demo")
	want := snapshot(t, db)

	stick := filepath.Join(dir, "flashdisk")
	code, out, errs := cli(t, "--db", db, "backup", "--to", stick)
	if code != 0 {
		t.Fatalf("backup: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "cadangan ditulis dan diperiksa") || !strings.Contains(errs, "100%") {
		t.Errorf("backup said %q, progress %q", out, errs)
	}
	backups, _ := filepath.Glob(filepath.Join(stick, "kemitraan-cadangan-*.db"))
	if len(backups) != 1 {
		t.Fatalf("backups on the stick: %v", backups)
	}
	backup := backups[0]

	addPartner(t, db, "Karang Taruna RW 05")
	if bytes.Equal(snapshot(t, db), want) {
		t.Fatal("the change did not change the file")
	}

	// without --yes it asks; anything but yes declines and changes nothing
	changed := snapshot(t, db)
	code, out, errs = cliIn(t, "n\n", "--db", db, "restore", backup)
	if code != 1 || !strings.Contains(out, "Pulihkan? [y/N]") || !strings.Contains(strings.ToLower(errs), "dibatalkan") {
		t.Errorf("declined restore: exit %d, %q, %q", code, out, errs)
	}
	for _, says := range []string{"SMP", "NPSN: ", "kemitraan: ", "perubahan terakhir: "} {
		if !strings.Contains(out, says) {
			t.Errorf("the preview lacks %q:\n%s", says, out)
		}
	}
	if !bytes.Equal(snapshot(t, db), changed) {
		t.Error("a declined restore changed the file")
	}

	// --yes restores; the file is the backup's again
	code, out, errs = cli(t, "--db", db, "restore", backup, "--yes")
	if code != 0 || !strings.Contains(out, "dipulihkan") || !strings.Contains(out, "sebelum-pulih") {
		t.Fatalf("restore: exit %d, %q, %q", code, out, errs)
	}
	if !bytes.Equal(snapshot(t, db), want) {
		t.Error("after the restore the data differ from the backup's")
	}

	// typing yes works as well, and --yes may come first
	if code, _, errs = cliIn(t, "ya\n", "--db", db, "restore", backup); code != 0 {
		t.Errorf("restore answered ya: exit %d: %s", code, errs)
	}
	if code, _, errs = cli(t, "--db", db, "restore", "--yes", backup); code != 0 {
		t.Errorf("restore --yes FILE: exit %d: %s", code, errs)
	}

	// into a folder with no data file yet
	fresh := filepath.Join(dir, "baru", "kemitraan.db")
	if code, _, errs = cli(t, "--db", fresh, "restore", "--yes", backup); code != 0 {
		t.Fatalf("restore into a new place: exit %d: %s", code, errs)
	}
	if !bytes.Equal(snapshot(t, fresh), want) {
		t.Error("restore into a new place gave other data")
	}
	mustCLI(t, "--db", db, "check")
}

func TestRestoreRefusesBadFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kemitraan.db")
	mustCLI(t, "--db", db, "demo")
	mustCLI(t, "--db", db, "backup", "--to", dir)
	backups, _ := filepath.Glob(filepath.Join(dir, "kemitraan-cadangan-*.db"))
	data, err := os.ReadFile(backups[0])
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "terpotong.db")
	if err := os.WriteFile(truncated, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, db)
	for _, bad := range []string{truncated, filepath.Join(dir, "tidak-ada.db"), db} {
		code, out, errs := cli(t, "--db", db, "restore", "--yes", bad)
		if code != 1 || strings.Contains(out, "dipulihkan") {
			t.Errorf("restore of %s: exit %d, %q, %q; want exit 1", filepath.Base(bad), code, out, errs)
		}
		if !bytes.Equal(snapshot(t, db), want) {
			t.Errorf("a refused restore of %s changed the data", filepath.Base(bad))
		}
	}
	if _, _, errs := cli(t, "--db", db, "restore", "--yes", truncated); !strings.Contains(errs, "rusak") {
		t.Errorf("the refusal does not say the file is damaged: %q", errs)
	}
	if code, _, errs := cli(t, "--db", db, "restore"); code != 2 || !strings.Contains(errs, "pemakaian") {
		t.Errorf("restore without a file: exit %d, %q", code, errs)
	}
}

func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kemitraan.db")
	mustCLI(t, "--db", db, "demo")
	n := len(strings.Split(strings.TrimSpace(mustCLI(t, "--db", db, "list")), "\n"))

	xlsx := filepath.Join(dir, "kemitraan.xlsx")
	if out := mustCLI(t, "--db", db, "export", "--format", "xlsx", "--out", xlsx); !strings.Contains(out, xlsx) {
		t.Errorf("export xlsx said %q", out)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Kemitraan,Mitra,Kegiatan,Evaluasi" {
		t.Errorf("sheets %s", got)
	}
	if rows, _ := f.GetRows("Kemitraan"); len(rows) != n+1 {
		t.Errorf("Kemitraan has %d rows for %d partnerships", len(rows), n)
	}

	folder := filepath.Join(dir, "csv")
	out := mustCLI(t, "--db", db, "export", "--format", "csv", "--out", folder)
	if lines := strings.Fields(out); len(lines) != 4 {
		t.Errorf("export csv said %q", out)
	}
	data, err := os.ReadFile(filepath.Join(folder, "kemitraan.csv"))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil || len(records) != n+1 || records[0][0] != "ID Kemitraan" {
		t.Errorf("kemitraan.csv: %d records, %v", len(records), err)
	}

	if code, _, errs := cli(t, "--db", db, "export", "--format", "xlsx", "--out", "-"); code != 2 || !strings.Contains(errs, "json") {
		t.Errorf("xlsx to the screen: exit %d, %q", code, errs)
	}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a", "kemitraan.db")
	b := filepath.Join(dir, "b", "kemitraan.db")
	mustCLI(t, "--db", a, "demo")
	bundle := filepath.Join(dir, "ekspor.json")
	mustCLI(t, "--db", a, "export", "--format", "json", "--out", bundle)

	// a preview into a place with no data file makes none
	out := mustCLI(t, "--db", b, "import", bundle, "--dry-run")
	if !regexp.MustCompile(`rencana impor: \d+ baru, 0 berubah, 0 sama, 0 konflik`).MatchString(out) || !strings.Contains(out, "tidak ada yang diubah") {
		t.Errorf("dry run said:\n%s", out)
	}
	if _, err := os.Stat(b); err == nil {
		t.Error("a dry run made a data file")
	}

	out = mustCLI(t, "--db", b, "import", bundle)
	if !strings.Contains(out, "diimpor: ") {
		t.Errorf("import said:\n%s", out)
	}
	want := snapshot(t, a)
	if !bytes.Equal(snapshot(t, b), want) {
		t.Error("the imported file differs from its source")
	}

	// twice is once
	out = mustCLI(t, "--db", b, "import", bundle)
	if !regexp.MustCompile(`rencana impor: 0 baru, 0 berubah, \d+ sama, 0 konflik`).MatchString(out) || !strings.Contains(out, "semua data sudah sama") {
		t.Errorf("second import said:\n%s", out)
	}
	if !bytes.Equal(snapshot(t, b), want) {
		t.Error("the second import changed the file")
	}

	// a change on a: the preview shows it and changes nothing; the import takes it
	addPartner(t, a, "Bank Sampah Melati")
	mustCLI(t, "--db", a, "export", "--format", "json", "--out", bundle)
	out = mustCLI(t, "--db", b, "import", "--dry-run", bundle)
	if !strings.Contains(out, "1 baru") || !strings.Contains(out, "mitra:") {
		t.Errorf("preview of a change:\n%s", out)
	}
	if !bytes.Equal(snapshot(t, b), want) {
		t.Error("a dry run changed the file")
	}
	mustCLI(t, "--db", b, "import", bundle)
	if !bytes.Equal(snapshot(t, b), snapshot(t, a)) {
		t.Error("after importing the change the files differ")
	}

	// the same partnership retitled on a, then later on b: a conflict, b's kept
	retitle(t, a, "Versi A")
	mustCLI(t, "--db", a, "export", "--format", "json", "--out", bundle)
	retitle(t, b, "Versi B")
	out = mustCLI(t, "--db", b, "import", bundle)
	if !strings.Contains(out, "1 konflik") || !strings.Contains(out, `di sini "Versi B"`) || !strings.Contains(out, `berkas ekspor "Versi A"`) ||
		!strings.Contains(out, "versi di sini dipertahankan") || !strings.Contains(out, "1 dipertahankan") {
		t.Errorf("import with a conflict said:\n%s", out)
	}

	// a broken bundle is refused with its reason
	data, _ := os.ReadFile(bundle)
	broken := filepath.Join(dir, "terpotong.json")
	os.WriteFile(broken, data[:len(data)/3], 0o600)
	if code, _, errs := cli(t, "--db", b, "import", broken); code != 1 || !strings.Contains(errs, "terpotong") {
		t.Errorf("truncated bundle: exit %d, %q", code, errs)
	}
	if code, _, errs := cli(t, "--db", b, "import"); code != 2 || !strings.Contains(errs, "berkas ekspor wajib diisi") {
		t.Errorf("import without a file: exit %d, %q", code, errs)
	}
}

func TestVersion(t *testing.T) {
	// "Kemitraan Sekolah 0.1.0 (build 1)": the version written in FyneApp.toml
	want := kemitraan.App().Name + " " + kemitraan.App().Version + " (build "
	if code, out, _ := cli(t, "--version"); code != 0 || out != kemitraan.Version()+"\n" || !strings.HasPrefix(out, want) {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestLargeDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "besar.db")
	out := mustCLI(t, "--db", db, "demo", "--partnerships", "60", "--events", "5")
	if !strings.Contains(out, "60 kemitraan") || !strings.Contains(out, "300 peristiwa") {
		t.Errorf("large demo said %q", out)
	}
	out = mustCLI(t, "--db", db, "check")
	if !strings.Contains(out, "kemitraan: 60") || !strings.Contains(out, "peristiwa: 300") {
		t.Errorf("check of the large demo:\n%s", out)
	}
	if code, _, errs := cli(t, "--db", db, "demo", "--partnerships", "-1"); code != 2 {
		t.Errorf("negative count: exit %d, %q", code, errs)
	}
}

// retitle renames the oldest partnership of the data file.
func retitle(t *testing.T, path, title string) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	list, err := db.Summaries()
	if err != nil || len(list) == 0 {
		t.Fatal(err)
	}
	oldest := list[0]
	for _, s := range list {
		if s.ID < oldest.ID {
			oldest = s
		}
	}
	ps, err := db.Partnership(oldest.ID)
	if err != nil {
		t.Fatal(err)
	}
	ps.Title = title
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
}
