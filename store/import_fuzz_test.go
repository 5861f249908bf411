package store

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// FuzzReadBundle feeds ReadBundle anything: it must never panic, must refuse what it
// cannot read with one of its errors, and must keep memory bounded. What it accepts
// goes on to PlanImport against a file with records, which must not panic either.
// The seeds in testdata/fuzz/FuzzReadBundle are a real bundle, a truncated one,
// deep nesting and a bundle with an attachment; a string over the 1 MB limit is
// added here (a file that size does not belong in the repository).
func FuzzReadBundle(f *testing.F) {
	f.Add([]byte(bundleHead + `"partners":[{"id":"01KB0000000000000000","name":"` + strings.Repeat("A", maxBundleString+10) + `"}]}`))
	f.Add([]byte(bundleHead + `"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`))
	f.Add([]byte(`{"format":"kemitraan-export","schema_version":2,"partners":[` + validPartner + `],"letter_counters":{"2026":3}}`))

	db, err := Open(filepath.Join(f.TempDir(), "kemitraan.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if err := db.SaveSchool(validSchool()); err != nil {
		f.Fatal(err)
	}
	// the partner the seeds name, so that plans meet a record on both sides
	partner := model.Partner{ID: "01KB0000000000000000", Name: "B", Kind: model.KindBisnis}
	if err := db.Load(Records{Partners: []model.Partner{partner}}); err != nil {
		f.Fatal(err)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b, err := ReadBundle(bytes.NewReader(data), 0)
		runtime.ReadMemStats(&after)
		// allocated in all, garbage included: an upper bound of the growth
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 100<<20 && grew > 40*uint64(len(data)) {
			t.Fatalf("%d bytes of input allocated %d MB", len(data), grew>>20)
		}
		if err != nil {
			if b != nil {
				t.Fatal("a bundle and an error")
			}
			if msg := err.Error(); !strings.Contains(msg, "berkas") {
				t.Fatalf("an error a person cannot read: %v", err)
			}
			return
		}
		if b.SchemaVersion < 1 || b.SchemaVersion > SchemaVersion {
			t.Fatalf("accepted schema version %d", b.SchemaVersion)
		}
		if _, err := db.PlanImport(b); err != nil && !strings.Contains(err.Error(), "berkas") {
			t.Fatalf("PlanImport: an error a person cannot read: %v", err)
		}
	})
}
