package store

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Importing many events on one partnership was quadratic (#13.13): 50k/100k/200k
// events took 3.7/11.8/34 s. The benchmark shows the time per event staying flat:
//
//	go test ./store -run '^$' -bench ImportEvents -benchtime 1x
func BenchmarkImportEvents(b *testing.B) {
	for _, n := range []int{50_000, 100_000, 200_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			bundle := eventsBundle(n, 1, 40, true)
			for range b.N {
				db := MustOpenTemp(b)
				start := time.Now()
				plan, err := db.PlanImport(bundle)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := db.ApplyImport(plan, nil); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(n), "ns/event")
			}
		})
	}
}

// eventsBundle is a bundle of n events over parts partnerships, each with a text of
// textLen bytes; sameTime gives every event of a partnership the same moment (the
// worst case of the old duplicate search).
func eventsBundle(n, parts, textLen int, sameTime bool) *Bundle {
	b := &Bundle{Format: ExportFormat, SchemaVersion: SchemaVersion}
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	for i := range parts {
		ps := model.NewPartnership()
		ps.ID = model.NewID(t0.Add(time.Duration(i) * time.Second))
		ps.Title = fmt.Sprintf("Kemitraan %d", i)
		ps.Need = model.Need{Category: model.NeedAkademik, Description: "Pelatihan"}
		ps.CreatedAt, ps.UpdatedAt, ps.StageSince = t0, t0, t0
		b.Partnerships = append(b.Partnerships, ps)
	}
	text := strings.Repeat("x", textLen)
	b.Events = make([]model.Event, n)
	for i := range n {
		ps := b.Partnerships[i%parts]
		at := t0.Add(time.Duration(i) * time.Minute)
		if sameTime {
			at = t0
		}
		b.Events[i] = model.Event{PartnershipID: ps.ID, Time: at, Kind: model.EventNote, Stage: model.StageKebutuhan,
			Text: fmt.Sprintf("%d %s", i, text)}
	}
	return b
}

// The largest bundle an import takes (DefaultImportLimit, maxBundleEvents) imports
// in at most a minute and 500 MB (#13.13). The test writes such bundles, of events
// and of attachments, and imports each in a child process that reports its time and
// its peak memory (VmHWM). It takes minutes and a gigabyte of disk:
//
//	go test ./store -run TestImportLargestBundles -import.largest -v -timeout 30m
var importLargest = flag.Bool("import.largest", false, "run TestImportLargestBundles")

const importHelperEnv = "KEMITRAAN_IMPORT_BUNDLE"

func TestImportLargestBundles(t *testing.T) {
	if os.Getenv(importHelperEnv) != "" {
		t.Skip("in the helper process")
	}
	if !*importLargest {
		t.Skip("run with -import.largest")
	}
	dir := t.TempDir()
	limit := DefaultImportLimit
	cases := []struct {
		name  string
		write func(path string) error
	}{
		{"1,000,000 events on one partnership, at one moment, texts filling the limit", func(path string) error {
			return writeEventsBundle(path, maxBundleEvents, 1, limit)
		}},
		{"1,000,000 events over 17 partnerships, texts filling the limit", func(path string) error {
			return writeEventsBundle(path, maxBundleEvents, 17, limit)
		}},
		{"attachments of 25 MB filling the limit", func(path string) error {
			return writeAttachmentsBundle(path, limit)
		}},
	}
	for i, c := range cases {
		path := filepath.Join(dir, fmt.Sprintf("bundel-%d.json", i))
		if err := c.write(path); err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(path)
		cmd := exec.Command(os.Args[0], "-test.run=^TestImportLargestHelper$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), importHelperEnv+"="+path)
		out, err := cmd.CombinedOutput()
		t.Logf("%s (%s):\n%s", c.name, model.ByteSize(st.Size(), ","), lastLines(out, 4))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		_ = os.Remove(path)
	}
}

func lastLines(out []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestImportLargestHelper imports the bundle named in importHelperEnv into a new file
// and reports its time and the process's peak memory.
func TestImportLargestHelper(t *testing.T) {
	path := os.Getenv(importHelperEnv)
	if path == "" {
		t.Skip("helper of TestImportLargestBundles")
	}
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadBundle(bufio.NewReaderSize(f, 1<<20), 0)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	db := MustOpen(t, filepath.Join(t.TempDir(), "kemitraan.db"))
	plan, err := db.PlanImport(b)
	if err != nil {
		t.Fatal(err)
	}
	planned := time.Since(start)
	res, err := db.ApplyImport(plan, nil)
	if err != nil {
		t.Fatal(err)
	}
	total := time.Since(start)
	hwm := peakRSS()
	t.Logf("read %s, planned %s, imported %s in all (%d added); peak memory %s",
		read.Round(time.Millisecond), planned.Round(time.Millisecond), total.Round(time.Millisecond), res.Added, model.ByteSize(hwm, ","))
	if total > time.Minute || hwm > 500<<20 {
		t.Errorf("over the target: %s, %s", total, model.ByteSize(hwm, ","))
	}
}

// peakRSS is the process's peak resident memory (VmHWM, Linux).
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// writeEventsBundle writes a bundle of n events over parts partnerships whose texts
// make it about size bytes.
func writeEventsBundle(path string, n, parts int, size int64) error {
	small := eventsBundle(0, parts, 0, false)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	head, _ := json.Marshal(small.Partnerships)
	fmt.Fprintf(w, `{"format":%q,"schema_version":%d,"partnerships":%s,"events":[`, ExportFormat, SchemaVersion, head)
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	bare, _ := json.Marshal(model.Event{PartnershipID: small.Partnerships[0].ID, Time: t0, Kind: model.EventNote, Stage: model.StageKebutuhan, Text: "999999"})
	per := int(size/int64(n)) - len(bare) - 1 - 2 // what the rest of an event takes, a comma, room
	text := strings.Repeat("x", max(per, 1))
	for i := range n {
		if i > 0 {
			w.WriteByte(',')
		}
		at := t0
		if parts > 1 {
			at = t0.Add(time.Duration(i) * time.Second)
		}
		e := model.Event{PartnershipID: small.Partnerships[i%parts].ID, Time: at, Kind: model.EventNote, Stage: model.StageKebutuhan,
			Text: strconv.Itoa(i) + text}
		data, _ := json.Marshal(e)
		w.Write(data)
	}
	w.WriteString("]}\n")
	return w.Flush()
}

// writeAttachmentsBundle writes a bundle of 25 MB PDF attachments about size bytes.
func writeAttachmentsBundle(path string, size int64) error {
	small := eventsBundle(0, 1, 0, false)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	head, _ := json.Marshal(small.Partnerships)
	fmt.Fprintf(w, `{"format":%q,"schema_version":%d,"partnerships":%s,"attachments":[`, ExportFormat, SchemaVersion, head)
	pdf := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("0123456789abcdef"), (model.MaxAttachmentBytes-64)/16)...)
	enc := base64.StdEncoding.EncodeToString(pdf)
	per := int64(len(enc) + 300)
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	for i := int64(0); (i+1)*per < size-4096; i++ {
		if i > 0 {
			w.WriteByte(',')
		}
		a := model.Attachment{ID: model.NewID(t0.Add(time.Duration(i) * time.Second)), PartnershipID: small.Partnerships[0].ID,
			Name: fmt.Sprintf("pindaian-%d.pdf", i), Added: t0}
		meta, _ := json.Marshal(a)
		w.Write(meta[:len(meta)-1])
		fmt.Fprintf(w, `,"data":"%s"}`, enc)
	}
	w.WriteString("]}\n")
	return w.Flush()
}
