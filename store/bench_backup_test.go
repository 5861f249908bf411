package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// fillLarge grows the file to about size bytes with partnerships carrying long text.
func fillLarge(b *testing.B, db *DB, size int64) {
	b.Helper()
	p := MustSavePartner(b, db, "CV Besar")
	text := strings.Repeat("Kegiatan pelatihan guru dan pendampingan siswa. ", 1000) // ~49 KB
	const batch = 200
	for written := int64(0); written < size; {
		var r Records
		for range batch {
			ps := model.NewPartnership()
			now := time.Now().Round(0)
			ps.ID, ps.CreatedAt, ps.UpdatedAt = model.NewID(now), now, now
			ps.Title = "Kemitraan " + string(ps.ID)
			ps.Need.Category = model.NeedAkademik
			ps.Need.Description = text
			ps.PartnerID = p.ID
			r.Partnerships = append(r.Partnerships, ps)
			written += int64(len(text))
		}
		if err := db.Load(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBackup100MB times BackupTo of a file of about 100 MB: snapshot, sync,
// rename, and the verification (open read-only, full Check).
func BenchmarkBackup100MB(b *testing.B) {
	db := MustOpen(b, filepath.Join(b.TempDir(), "kemitraan.db"))
	fillLarge(b, db, 100<<20)
	info, err := os.Stat(db.Path())
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	now := at(2026, 11, 26, 9, 30)
	b.SetBytes(info.Size())
	b.ResetTimer()
	for i := range b.N {
		backup, err := db.BackupTo(dir, now.Add(time.Duration(i)*time.Minute))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		_ = os.Remove(backup.Path)
		b.StartTimer()
	}
	b.ReportMetric(float64(info.Size())/(1<<20), "MB-file")
}

// BenchmarkSave times one SavePartner (an edit in its own fsynced transaction) and
// reports the median and 99th percentile of the single saves.
func BenchmarkSave(b *testing.B) {
	db := MustOpenTemp(b)
	p := MustSavePartner(b, db, "CV Maju")
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		p.Phone = fmt.Sprintf("0812%07d", i)
		start := time.Now()
		if err := db.SavePartner(&p); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns")
}
