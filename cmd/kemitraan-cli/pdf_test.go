package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/store"
)

// demoFor makes the demo data file and returns, per document kind, a partnership
// whose data allow it.
func demoFor(t *testing.T) (db string, ids map[model.DocumentKind]model.ID) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "kemitraan.db")
	if code, _, errs := cli(t, "--db", db, "demo"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	school, _ := st.School()
	all, _ := st.Partnerships()
	ids = map[model.DocumentKind]model.ID{}
	for _, ps := range all {
		var pt *model.Partner
		if ps.PartnerID != "" {
			p, _ := st.Partner(ps.PartnerID)
			pt = &p
		}
		for _, k := range []model.DocumentKind{model.DocRequest, model.DocProposal, model.DocMoU, model.DocPKS, model.DocMonev} {
			if _, ok := ids[k]; !ok && len(document.Missing(school, ps, pt, k)) == 0 {
				ids[k] = ps.ID
			}
		}
	}
	return db, ids
}

func TestPDFEveryDocumentAndVerify(t *testing.T) {
	db, ids := demoFor(t)
	dir := t.TempDir()
	for _, k := range []model.DocumentKind{model.DocRequest, model.DocProposal, model.DocMoU, model.DocPKS, model.DocMonev} {
		id, ok := ids[k]
		if !ok {
			t.Errorf("the demo data have no partnership ready for %s", k)
			continue
		}
		out := filepath.Join(dir, string(k)+".pdf")
		args := []string{"--db", db, "pdf", "--partnership", string(id), "--doc", string(k), "--out", out}
		if k == model.DocRequest || k == model.DocProposal {
			args = append(args, "--date", "26/11/2026") // a letter issued earlier; agreements carry their own date
		}
		code, stdout, errs := cli(t, args...)
		if code != 0 {
			t.Errorf("pdf --doc %s: exit %d: %s", k, code, errs)
			continue
		}
		if !strings.Contains(stdout, "kode ") {
			t.Errorf("pdf --doc %s said %q", k, stdout)
		}
		code, stdout, errs = cli(t, "--db", db, "verify", out)
		if code != 0 || !strings.Contains(stdout, "COCOK") || !strings.Contains(stdout, k.Label()) {
			t.Errorf("verify %s: exit %d: %s%s", k, code, stdout, errs)
		}
	}
	// each is kept with its partnership
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := st.Documents()
	st.Close()
	if len(docs) != 5 {
		t.Errorf("%d documents kept, want 5", len(docs))
	}

	// tahunan: for all partnerships, kept like every other document: its code verifies
	out := filepath.Join(dir, "tahunan.pdf")
	if code, _, errs := cli(t, "--db", db, "pdf", "--doc", "tahunan", "--year", "2026", "--out", out); code != 0 {
		t.Fatalf("pdf --doc tahunan: exit %d: %s", code, errs)
	}
	if code, stdout, _ := cli(t, "--db", db, "verify", out); code != 0 || !strings.Contains(stdout, "COCOK") || !strings.Contains(stdout, "Laporan tahunan") {
		t.Errorf("verify tahunan: exit %d: %s", code, stdout)
	}
	// a year that has not begun is refused
	if code, _, errs := cli(t, "--db", db, "pdf", "--doc", "tahunan", "--year", "2199", "--out", out); code != 1 || !strings.Contains(errs, "belum tiba") {
		t.Errorf("tahunan of 2199: exit %d: %s", code, errs)
	}
	if code, _, errs := cli(t, "--db", db, "pdf", "--doc", "tahunan", "--out", out); code != 2 || !strings.Contains(errs, "--year") {
		t.Errorf("tahunan without --year: exit %d: %s", code, errs)
	}

	// a modified copy: the code is found but the content differs
	data, _ := os.ReadFile(filepath.Join(dir, "pks.pdf"))
	changed := filepath.Join(dir, "pks-diubah.pdf")
	os.WriteFile(changed, append(data, "%diubah\n"...), 0o644)
	code, stdout, _ := cli(t, "--db", db, "verify", changed)
	if code == 0 || !strings.Contains(stdout, "kode ditemukan tetapi isi berbeda") {
		t.Errorf("verify of a changed copy: exit %d: %s", code, stdout)
	}
	// not a Kemitraan document at all
	other := filepath.Join(dir, "lain.pdf")
	os.WriteFile(other, []byte("%PDF-1.4\nbukan dokumen kami\n"), 0o644)
	if code, stdout, _ := cli(t, "--db", db, "verify", other); code == 0 || !strings.Contains(stdout, "TIDAK DIKENAL") {
		t.Errorf("verify of another PDF: exit %d: %s", code, stdout)
	}
}

func TestPDFIncompleteData(t *testing.T) {
	db, ids := demoFor(t)
	// the request letter's partnership is not at stage 4: the PKS says what is missing
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := st.Partnerships()
	st.Close()
	var early model.ID
	for _, ps := range all {
		if ps.Stage == model.StagePenjajakan && ps.PartnerID != "" {
			early = ps.ID
		}
	}
	_ = ids
	out := filepath.Join(t.TempDir(), "x.pdf")
	code, _, errs := cli(t, "--db", db, "pdf", "--partnership", string(early), "--doc", "pks", "--out", out)
	if code != 1 || !strings.Contains(errs, "belum dapat dibuat") || !strings.Contains(errs, "tahap 4") {
		t.Errorf("pks at stage 2: exit %d: %s", code, errs)
	}
	// what is missing reads as missing (#11), never as done ("tujuan diisi")
	if !strings.Contains(errs, " belum ") || strings.Contains(errs, "; tujuan diisi") {
		t.Errorf("pks at stage 2: the refusal does not say what is missing as missing: %s", errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written")
	}
}
