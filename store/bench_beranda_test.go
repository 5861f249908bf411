package store

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Beranda's work on the 10,000 × 20 file (benchFile), as the ui package does it:
//
//	go test -run='^$' -bench='Beranda|Reminders|Search' -benchmem ./store/

var benchToday = time.Date(2026, time.November, 26, 9, 0, 0, 0, time.UTC)

// berandaIndex is the search index Beranda builds at start: partnerships from their
// summaries, and partners.
func berandaIndex(b *testing.B, sums []Summary, partners []model.Partner) *model.Index {
	b.Helper()
	ix := model.NewIndex()
	for i := range sums {
		ix.Add(model.PartnershipDoc(sums[i]))
	}
	for _, p := range partners {
		ix.Add(model.PartnerDoc(p))
	}
	return ix
}

// BenchmarkBerandaOpen opens the file and computes everything Beranda shows: the
// summaries with partner names, the pipeline, the reminders, the two charts and the
// search index of partnerships and partners. It reports the process's RSS after.
func BenchmarkBerandaOpen(b *testing.B) {
	path := benchFile(b)
	b.ReportAllocs()
	for b.Loop() {
		db, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		sums, err := db.Summaries()
		if err != nil || len(sums) != benchPartnerships {
			b.Fatalf("Summaries: %d, %v", len(sums), err)
		}
		partners, err := db.Partners()
		if err != nil {
			b.Fatal(err)
		}
		_ = model.Pipeline(sums)
		_ = model.Reminders(sums, benchToday, model.DefaultReminderSettings())
		_ = model.BenefitAverages(sums)
		_ = model.CountsByCategory(sums)
		_ = berandaIndex(b, sums, partners)
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	b.ReportMetric(rssMB(), "RSS-MB")
}

// BenchmarkReminderAfterSave is what Beranda does after one partnership is saved: read
// its summary alone and replace its reminders in the sorted list of all reminders.
func BenchmarkReminderAfterSave(b *testing.B) {
	db := benchOpen(b)
	sums, err := db.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	set := model.DefaultReminderSettings()
	list := model.Reminders(sums, benchToday, set)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		s, err := db.Summary(sums[i%len(sums)].ID)
		if err != nil {
			b.Fatal(err)
		}
		list = model.ReplaceReminders(list, s.ID, model.RemindersOf(s, benchToday, set))
		i += 7919
	}
	b.ReportMetric(float64(len(list)), "reminders")
}

// BenchmarkReminders recomputes the reminders from all the summaries, as at start.
func BenchmarkReminders(b *testing.B) {
	db := benchOpen(b)
	sums, err := db.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n = len(model.Reminders(sums, benchToday, model.DefaultReminderSettings()))
	}
	b.ReportMetric(float64(n), "reminders")
}

// BenchmarkSearchKeystroke is one search of the full index (partnerships, partners,
// every activity and every note and meeting of every timeline), for queries a person
// types.
func BenchmarkSearchKeystroke(b *testing.B) {
	db := benchOpen(b)
	sums, err := db.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	partners, err := db.Partners()
	if err != nil {
		b.Fatal(err)
	}
	ix := berandaIndex(b, sums, partners)
	start := time.Now()
	for _, s := range sums {
		ps, err := db.Partnership(s.ID)
		if err != nil {
			b.Fatal(err)
		}
		events, err := db.Events(s.ID)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range model.ActivityDocs(ps) {
			ix.Add(d)
		}
		for _, d := range model.NoteDocs(events, ps.Title) {
			ix.Add(d)
		}
	}
	b.Logf("%d documents; reading and indexing activities and notes took %v", ix.Len(), time.Since(start).Round(time.Millisecond))
	runtime.GC()
	b.Logf("RSS with the full index: %.0f MB", rssMB())
	for _, q := range []string{"l", "li", "lit", "literasi", "pelatihan guru", "sékolah hijau digital", "mitra 123", "zzz"} {
		b.Run(strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Search(q, 50)
			}
		})
	}
}

// rssMB is the process's resident memory, from /proc (0 elsewhere).
func rssMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
