package store

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// #13.10: CSV cells a spreadsheet would run as formulas get a leading apostrophe
// (OWASP); the program's own numbers stay numbers.
func TestCSVEscapesFormulas(t *testing.T) {
	db := MustOpenTemp(t)
	names := []string{`=HYPERLINK("http://x","klik")`, `+1+cmd|' /C calc'!A0`, `-2+3`, `@SUM(A1)`, "\tTab", "\rCR", `PT "Kutip", Tbk`}
	for _, n := range names {
		MustSavePartner(t, db, n)
	}
	ps := MustSavePartnership(t, db, "=1+1", "")
	ps.Proposal.Budget = []model.BudgetItem{{Item: "Bibit", Amount: 1500000, PaidBy: model.PartySchool}}
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := db.ExportCSV(dir); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "mitra.csv"))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range records[1:] {
		got[r[1]] = true
	}
	for _, n := range names {
		want := n
		if strings.ContainsRune("=+-@\t\r", rune(n[0])) {
			want = "'" + n
		}
		if !got[want] {
			t.Errorf("name %q: not written as %q (got %v)", n, want, got)
		}
	}
	data, _ = os.ReadFile(filepath.Join(dir, "kemitraan.csv"))
	records, err = csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := records[0]
	for _, r := range records[1:] {
		for i, h := range header {
			switch h {
			case "Judul":
				if r[i] != "'=1+1" {
					t.Errorf("title %q", r[i])
				}
			case "Total Anggaran":
				if r[i] != "1500000" {
					t.Errorf("an amount became %q", r[i])
				}
			}
		}
	}
}

// #13.11: counters and amounts no school reaches are refused with a message; the
// largest counter allowed is taken, and the next letter follows it.
func TestImportBoundsCountersAndAmounts(t *testing.T) {
	src, _ := importFixture(t)
	for _, n := range []uint64{math.MaxUint64, math.MaxInt64, model.MaxLetterNumber + 1} {
		var buf bytes.Buffer
		if err := src.Export(&buf); err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(buf.String(), `"letter_counters": {`, `"letter_counters": {"2030": `+uitoa(n)+`, `, 1)
		_, err := ReadBundle(strings.NewReader(text), 0)
		if !errors.Is(err, ErrBundleOutOfRange) || !errors.Is(err, ErrBundleDamaged) {
			t.Errorf("counter %d: %v, want ErrBundleOutOfRange", n, err)
		}
	}
	b := bundleOf(t, src)
	b.LetterCounters["2030"] = model.MaxLetterNumber
	dst := MustOpenTemp(t)
	mustApply(t, dst, mustPlan(t, dst, b), nil)
	if next, err := dst.NextLetterSequence(2030); err != nil || next != model.MaxLetterNumber+1 {
		t.Errorf("next of 2030: %d, %v", next, err)
	}
	ps := b.Partnerships[0]
	if _, err := dst.IssueLetterNumber(ps.ID, "permohonan", day(2030, 1, 2)); !errors.Is(err, ErrLetterFull) {
		t.Errorf("a letter past the limit: %v, want ErrLetterFull (never 000 again)", err)
	}

	for name, budget := range map[string][]model.BudgetItem{
		"two lines at int64's max": {{Item: "a", Amount: math.MaxInt64}, {Item: "b", Amount: math.MaxInt64}},
		"one line over the limit":  {{Item: "a", Amount: model.MaxRupiah + 1}},
		"a sum over the limit":     {{Item: "a", Amount: model.MaxRupiah}, {Item: "b", Amount: 1}},
	} {
		b := bundleOf(t, src)
		b.Partnerships[0].Proposal.Budget = budget
		if _, err := MustOpenTemp(t).PlanImport(b); !errors.Is(err, ErrBundleOutOfRange) {
			t.Errorf("%s: %v, want ErrBundleOutOfRange", name, err)
		}
	}
}

func uitoa(n uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// #13.12: attachment names from a bundle are cleaned as AddAttachment cleans them.
func TestImportCleansAttachmentNames(t *testing.T) {
	src, ps := importFixture(t)
	b := bundleOf(t, src)
	pdf := fakeFile("x.pdf", 500)
	png := fakeFile("x.png", 500)
	for i, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"../../etc/passwd.png", png, "passwd.png"},
		{`C:\Windows\System32\x.png`, png, "x.png"},
		{"surat\x00.pdf", pdf, "surat.pdf"},
		{"../..", pdf, "lampiran"},
	} {
		_ = i
		a := model.AttachmentFile{Attachment: model.Attachment{ID: model.NewID(day(2026, 3, 1+i)), PartnershipID: ps.ID, Name: c.name, Added: day(2026, 3, 1)}, Data: c.data}
		b.Attachments = append(b.Attachments, a)
	}
	// ".." keeps no extension: the type check refuses it before it is stored
	b.Attachments = b.Attachments[:len(b.Attachments)-1]
	dst := MustOpenTemp(t)
	mustApply(t, dst, mustPlan(t, dst, b), nil)
	list, err := dst.Attachments(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range list {
		names[a.Name] = true
		if strings.ContainsAny(a.Name, "/\\\x00") {
			t.Errorf("stored name %q", a.Name)
		}
	}
	for _, want := range []string{"passwd.png", "x.png", "surat.pdf"} {
		if !names[want] {
			t.Errorf("no attachment named %q among %v", want, names)
		}
	}
	if _, err := dst.Check(); err != nil {
		t.Fatal(err)
	}
}

// #14: restore's rollback: when the restored file does not open, the old file is put
// back in place and opened again, with its data.
func TestRestoreRollsBack(t *testing.T) {
	db := MustOpenTemp(t)
	fillSample(t, db)
	good, err := db.BackupTo(t.TempDir(), at(2026, 11, 26, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	MustSavePartner(t, db, "Mitra yang tetap ada")
	want := exportJSON(t, db)
	boom := errors.New("berkas hasil pemulihan tidak terbuka")
	testHookSwapped = func() error { return boom }
	defer func() { testHookSwapped = nil }()
	if _, err := db.Restore(good.Path, at(2026, 11, 26, 10, 0)); !errors.Is(err, boom) {
		t.Fatalf("Restore: %v, want the open's error", err)
	}
	testHookSwapped = nil
	if got := exportJSON(t, db); got != want {
		t.Error("after the rollback the data are not the old file's")
	}
	MustSavePartner(t, db, "Masih bisa menyimpan")
	if _, err := db.Check(); err != nil {
		t.Error(err)
	}
	for _, n := range dirNames(t, filepath.Dir(db.Path())) {
		if strings.HasPrefix(n, ".") {
			t.Errorf("left beside the data file: %s", n)
		}
	}
}

// A large bundle is imported in batches after its records; the file ends as a small
// bundle's import leaves it, and importing again changes nothing.
func TestImportLargeInBatches(t *testing.T) {
	defer func(e, b int) { importBatchEvents, importBatchBytes = e, b }(importBatchEvents, importBatchBytes)
	importBatchEvents, importBatchBytes = 2, 1
	src, _ := importFixture(t)
	MustAddAttachment(t, src, bundleOf(t, src).Partnerships[0].ID, "dua.pdf", fakeFile("dua.pdf", 2000))
	b := bundleOf(t, src)
	if !large(b) || len(b.Events) < 5 || len(b.Attachments) < 2 {
		t.Fatalf("the fixture is not large: %d events, %d attachments", len(b.Events), len(b.Attachments))
	}
	dst := MustOpenTemp(t)
	res := mustApply(t, dst, mustPlan(t, dst, b), nil)
	if res.Added == 0 {
		t.Fatalf("result %+v", res)
	}
	if got, want := exportBytes(t, dst), exportBytes(t, src); !bytes.Equal(got, want) {
		t.Error("the file imported in batches differs from its source")
	}
	if _, err := dst.Check(); err != nil {
		t.Fatal(err)
	}
	again := bundleOf(t, src)
	if c := mustPlan(t, dst, again).Counts(); c.New+c.Changed+c.Conflict != 0 {
		t.Errorf("the second plan: %+v", c)
	}
}
