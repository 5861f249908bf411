package store

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// clockFrom makes db's clock start at start, a minute more at every reading.
func clockFrom(db *DB, start time.Time) {
	c := &clock{t: start}
	db.setClock(c.now)
}

// importFixture is a school's file with every kind of record: profile, partners,
// partnerships with activities, an evaluation and a letter, notes and an attachment.
func importFixture(t *testing.T) (*DB, model.Partnership) {
	t.Helper()
	db, ps, _ := sheetFixture(t)
	MustAddEvent(t, db, model.NewNote(ps, "Rapat pertama dengan mitra", day(2026, 2, 1)))
	MustAddAttachment(t, db, ps.ID, "pks.pdf", fakeFile("pks.pdf", 3000))
	MustIssue(t, db, ps.ID, "permohonan", day(2026, 11, 26))
	ps, err := db.Partnership(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	return db, ps
}

// bundleOf exports db and reads the export back as an import would.
func bundleOf(t *testing.T, db *DB) *Bundle {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBundle(&buf, 0)
	if err != nil {
		t.Fatalf("ReadBundle of an export: %v", err)
	}
	return b
}

var exportedAtLine = regexp.MustCompile(`(?m)^  "exported_at": .*\n`)

// exportBytes is db's export without the time of export.
func exportBytes(t *testing.T, db *DB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	return exportedAtLine.ReplaceAll(buf.Bytes(), nil)
}

func mustPlan(t *testing.T, db *DB, b *Bundle) ImportPlan {
	t.Helper()
	plan, err := db.PlanImport(b)
	if err != nil {
		t.Fatalf("PlanImport: %v", err)
	}
	return plan
}

func mustApply(t *testing.T, db *DB, plan ImportPlan, choices map[model.ID]Choice) ImportResult {
	t.Helper()
	res, err := db.ApplyImport(plan, choices)
	if err != nil {
		t.Fatalf("ApplyImport: %v", err)
	}
	return res
}

func itemOf(t *testing.T, plan ImportPlan, kind RecordKind, id model.ID) ImportItem {
	t.Helper()
	for _, it := range plan.Items {
		if it.Kind == kind && it.ID == id {
			return it
		}
	}
	t.Fatalf("plan has no %s %s", kind, id)
	return ImportItem{}
}

// Importing into an empty file gives the same file; importing again changes nothing.
func TestImportTwiceIsOnce(t *testing.T) {
	src, _ := importFixture(t)
	b := bundleOf(t, src)

	dst := MustOpenTemp(t)
	plan := mustPlan(t, dst, b)
	c := plan.Counts()
	all := len(plan.Items) + len(b.Events)
	if c.New != all || c.New == 0 || plan.Events.New != len(b.Events) || len(b.Events) == 0 {
		t.Fatalf("into an empty file: %+v of %d records, want all new", c, all)
	}
	res := mustApply(t, dst, plan, nil)
	if res.Added != all || res.Updated+res.Kept+res.Unchanged != 0 {
		t.Errorf("first import: %+v", res)
	}
	want := exportBytes(t, src)
	if got := exportBytes(t, dst); !bytes.Equal(got, want) {
		t.Errorf("the imported file differs from its source")
	}
	if _, err := dst.Check(); err != nil {
		t.Fatal(err)
	}

	again := mustPlan(t, dst, b)
	if c := again.Counts(); c.Same != all {
		t.Errorf("second plan: %+v, want all %d the same", c, all)
	}
	if len(again.LetterCounters) != 0 {
		t.Errorf("second plan raises counters %v", again.LetterCounters)
	}
	res = mustApply(t, dst, again, nil)
	if res.Unchanged != all || res.Added+res.Updated+res.Kept+res.CountersRaised+res.LettersAdded != 0 {
		t.Errorf("second import: %+v", res)
	}
	if got := exportBytes(t, dst); !bytes.Equal(got, want) {
		t.Errorf("the second import changed the file")
	}

	// and a file's own export is the same as the file
	self := mustPlan(t, src, b)
	if c := self.Counts(); c.Same != all {
		t.Errorf("a file's own bundle: %+v", c)
	}
}

// A record changed on the other PC since the last exchange is Changed and taken.
func TestImportChanged(t *testing.T) {
	a, ps := importFixture(t)
	b := MustOpenTemp(t)
	mustApply(t, b, mustPlan(t, b, bundleOf(t, a)), nil)

	// the other PC (a) edits the partnership and a partner, writes a note and a letter
	ps.Title = "Kelas Coding angkatan 2"
	if err := a.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	partner, _ := a.Partner(ps.PartnerID)
	partner.Phone = "022-123456"
	if err := a.SavePartner(&partner); err != nil {
		t.Fatal(err)
	}
	MustAddEvent(t, a, model.NewNote(ps, "Angkatan 2 dimulai", day(2026, 11, 27)))
	MustIssue(t, a, ps.ID, "undangan", day(2026, 11, 28))

	plan := mustPlan(t, b, bundleOf(t, a))
	it := itemOf(t, plan, RecordPartnership, ps.ID)
	if it.Status != ImportChanged || it.Default != ChoiceIncoming || it.Local.Title != "Kelas Coding \"Merdeka\", angkatan 1" || it.Incoming.Title != ps.Title {
		t.Errorf("partnership item %+v", it)
	}
	if it := itemOf(t, plan, RecordPartner, partner.ID); it.Status != ImportChanged {
		t.Errorf("partner item %+v", it)
	}
	if c := plan.CountsOf(RecordEvent); c.New < 1 || c.Changed+c.Conflict != 0 {
		t.Errorf("events: %+v, want the new note", c)
	}
	if plan.LetterCounters["2026"] != 2 {
		t.Errorf("letter counters raised: %v", plan.LetterCounters)
	}
	res := mustApply(t, b, plan, nil)
	if res.Updated != 2 || res.CountersRaised != 1 {
		t.Errorf("result %+v", res)
	}
	got, _ := b.Partnership(ps.ID)
	want, _ := a.Partnership(ps.ID)
	if !sameJSON(got, want) {
		t.Errorf("after the import:\n%+v\nwant\n%+v", got, want)
	}
	if !bytes.Equal(exportBytes(t, a), exportBytes(t, b)) {
		t.Errorf("the two files differ after the exchange")
	}
	// the next letter on b continues after a's
	if l := MustIssue(t, b, ps.ID, "laporan", day(2026, 12, 1)); !strings.HasPrefix(l.Number, "003/") {
		t.Errorf("next letter %s, want 003", l.Number)
	}
}

// A record changed here after the other PC's change is a conflict: by default the
// newer (local) version stays; choosing the bundle's applies it.
func TestImportConflict(t *testing.T) {
	a, ps := importFixture(t)
	bundle1 := bundleOf(t, a)

	setup := func() *DB {
		b := MustOpenTemp(t)
		mustApply(t, b, mustPlan(t, b, bundle1), nil)
		clockFrom(b, time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)) // b edits later than a
		mine, _ := b.Partnership(ps.ID)
		mine.Title = "Kelas Coding (versi sekolah B)"
		if err := b.SavePartnership(&mine); err != nil {
			t.Fatal(err)
		}
		return b
	}
	theirs := ps
	theirs.Title = "Kelas Coding (versi sekolah A)"
	if err := a.SavePartnership(&theirs); err != nil {
		t.Fatal(err)
	}
	MustIssue(t, a, ps.ID, "undangan", day(2026, 11, 28)) // a letter only a has
	bundle2 := bundleOf(t, a)

	b := setup()
	plan := mustPlan(t, b, bundle2)
	it := itemOf(t, plan, RecordPartnership, ps.ID)
	if it.Status != ImportConflict || it.Default != ChoiceLocal || it.Local.Title != "Kelas Coding (versi sekolah B)" ||
		it.Incoming.Title != "Kelas Coding (versi sekolah A)" || !it.Local.UpdatedAt.After(it.Incoming.UpdatedAt) {
		t.Fatalf("conflict item %+v", it)
	}
	if len(plan.Conflicts()) != 1 || plan.Counts().Conflict != 1 {
		t.Errorf("conflicts %+v", plan.Conflicts())
	}
	res := mustApply(t, b, plan, nil)
	if res.Kept != 1 || res.LettersAdded != 1 {
		t.Errorf("default result %+v", res)
	}
	got, _ := b.Partnership(ps.ID)
	// the PKS's number (in the register since it was saved), the request letter, and a's letter
	if got.Title != "Kelas Coding (versi sekolah B)" || len(got.Letters) != 3 {
		t.Errorf("after keeping the local version: %q with %d letters; want B's title and a's letter added", got.Title, len(got.Letters))
	}
	// the difference remains: a second import still shows it and changes nothing
	before := exportBytes(t, b)
	again := mustPlan(t, b, bundle2)
	if it := itemOf(t, again, RecordPartnership, ps.ID); it.Status != ImportConflict {
		t.Errorf("second plan: %+v", it)
	}
	mustApply(t, b, again, nil)
	if !bytes.Equal(before, exportBytes(t, b)) {
		t.Error("importing again changed the file")
	}

	// choosing the other version applies it
	b = setup()
	plan = mustPlan(t, b, bundle2)
	res = mustApply(t, b, plan, map[model.ID]Choice{ps.ID: ChoiceIncoming})
	if res.Updated != 1 {
		t.Errorf("chosen result %+v", res)
	}
	got, _ = b.Partnership(ps.ID)
	want, _ := a.Partnership(ps.ID)
	if !sameJSON(got, want) {
		t.Errorf("after choosing the bundle's version:\n%+v\nwant\n%+v", got, want)
	}
	if c := mustPlan(t, b, bundle2).Counts(); c.Same != len(plan.Items)+len(bundle2.Events) {
		t.Errorf("after taking it, the bundle is not all the same: %+v", c)
	}
}

// The school profile is taken into an empty file, kept otherwise unless chosen.
func TestImportSchool(t *testing.T) {
	a, _ := importFixture(t)
	b := MustOpenTemp(t)
	other := validSchool()
	other.Name = "SMP Negeri 2 Bandung"
	other.NPSN = "20219124"
	MustSaveSchool(t, b, other)

	bundle := bundleOf(t, a)
	plan := mustPlan(t, b, bundle)
	it := itemOf(t, plan, RecordSchool, SchoolID)
	if it.Status != ImportConflict || it.Default != ChoiceLocal || !plan.OtherSchool {
		t.Errorf("school item %+v, other school %v", it, plan.OtherSchool)
	}
	mustApply(t, b, plan, nil)
	if s, _ := b.School(); s.Name != other.Name {
		t.Errorf("school replaced by default: %q", s.Name)
	}
	plan = mustPlan(t, b, bundle)
	mustApply(t, b, plan, map[model.ID]Choice{SchoolID: ChoiceIncoming})
	if s, _ := b.School(); s.Name != "SMP Negeri 1 Bandung" {
		t.Errorf("school after choosing the bundle's: %q", s.Name)
	}
}

// A plan made before the file changed is not applied.
func TestImportStale(t *testing.T) {
	a, ps := importFixture(t)
	b := MustOpenTemp(t)
	plan := mustPlan(t, b, bundleOf(t, a))
	if err := b.Load(Records{Partners: []model.Partner{mustPartner(t, a, ps.PartnerID)}}); err != nil {
		t.Fatal(err)
	}
	before := exportBytes(t, b)
	if _, err := b.ApplyImport(plan, nil); !errors.Is(err, ErrImportStale) {
		t.Fatalf("stale plan applied: %v", err)
	}
	if !bytes.Equal(before, exportBytes(t, b)) {
		t.Error("a refused import changed the file")
	}
}

func mustPartner(t *testing.T, db *DB, id model.ID) model.Partner {
	t.Helper()
	p, err := db.Partner(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Records that are not valid, or that point at nothing, are refused by the plan.
func TestImportRefusesBadRecords(t *testing.T) {
	a, _ := importFixture(t)
	dst := MustOpenTemp(t)
	cases := map[string]func(b *Bundle){
		"partner missing":   func(b *Bundle) { b.Partners = nil },
		"partnership twice": func(b *Bundle) { b.Partnerships = append(b.Partnerships, b.Partnerships[0]) },
		"bad id":            func(b *Bundle) { b.Partners[0].ID = "../../etc" },
		"invalid record":    func(b *Bundle) { b.Partnerships[0].Title = "" },
		"event orphan":      func(b *Bundle) { b.Events[0].PartnershipID = model.NewID(time.Now()) },
		"attachment type":   func(b *Bundle) { b.Attachments[0].Data = []byte("MZ executable") },
		"bad school":        func(b *Bundle) { b.School.NPSN = "x" },
	}
	for name, spoil := range cases {
		b := bundleOf(t, a)
		spoil(b)
		if _, err := dst.PlanImport(b); !errors.Is(err, ErrBundleDamaged) {
			t.Errorf("%s: plan error %v, want ErrBundleDamaged", name, err)
		}
	}
	if c, _ := dst.Counts(); c.Partnerships != 0 {
		t.Error("a refused bundle wrote records")
	}
}

// peakHeap runs f and returns how far the heap's live and not yet collected objects
// grew above where they were, sampled every half millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	peak := base
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			if v := read(); v > peak {
				peak = v
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	<-finished
	if v := read(); v > peak {
		peak = v
	}
	return peak - base
}

// repeatReader yields prefix, then part over and over, up to n bytes in all (or
// without end when n < 0).
type repeatReader struct {
	prefix []byte
	part   []byte
	n      int64
	pos    int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n >= 0 && r.pos >= r.n {
		return 0, io.EOF
	}
	if r.n >= 0 && int64(len(p)) > r.n-r.pos {
		p = p[:r.n-r.pos]
	}
	i := 0
	for i < len(p) {
		var src []byte
		if r.pos < int64(len(r.prefix)) {
			src = r.prefix[r.pos:]
		} else {
			src = r.part[(r.pos-int64(len(r.prefix)))%int64(len(r.part)):]
		}
		n := copy(p[i:], src)
		i += n
		r.pos += int64(n)
	}
	return i, nil
}

const validPartner = `{"id":"01KB0000000000000000","name":"A","kind":"bisnis"}`

const bundleHead = `{"format":"kemitraan-export","schema_version":2,"exported_at":"2026-11-26T08:00:00Z",`

// Bundles that are not right are refused with a message, and their size, depth and
// strings cost bounded memory.
func TestReadBundleRefuses(t *testing.T) {
	src, _ := importFixture(t)
	var export bytes.Buffer
	if err := src.Export(&export); err != nil {
		t.Fatal(err)
	}
	good := export.Bytes()
	// the decoder reads some 100 MB a second: the default limit of 512 MB takes seconds
	gbLimit, gbSays := int64(0), "lebih dari 256 MB"
	if testing.Short() {
		gbLimit, gbSays = 32<<20, "lebih dari 32 MB"
	}

	cases := []struct {
		name  string
		input io.Reader
		limit int64
		want  error
		says  string
	}{
		{"empty", strings.NewReader(""), 0, ErrNotBundle, "kosong"},
		{"a PDF", strings.NewReader("%PDF-1.4\n%âãÏÓ\n1 0 obj"), 0, ErrNotBundle, "bukan berkas ekspor"},
		{"another JSON", strings.NewReader(`{"format":"lain","schema_version":1}`), 0, ErrNotBundle, `"lain"`},
		{"an array", strings.NewReader(`[1,2,3]`), 0, ErrNotBundle, "objek"},
		{"no format", strings.NewReader(`{"schema_version":2,"partners":[]}`), 0, ErrNotBundle, "format"},
		{"newer schema", strings.NewReader(`{"format":"kemitraan-export","schema_version":` + strconv.Itoa(SchemaVersion+1) + `,"partners":[]}`), 0, ErrBundleNewer, "lebih baru"},
		{"newer schema first", strings.NewReader(`{"schema_version":99,"format":"kemitraan-export"}`), 0, ErrBundleNewer, "versi berkas 99"},
		{"truncated", bytes.NewReader(good[:len(good)/2]), 0, ErrBundleDamaged, "terpotong"},
		{"truncated header", bytes.NewReader(good[:40]), 0, ErrBundleDamaged, "terpotong"},
		{"malformed", bytes.NewReader(bytes.Replace(good, []byte(`"partners": [`), []byte(`"partners": [,`), 1)), 0, ErrBundleDamaged, "JSON tidak valid di sekitar byte"},
		{"wrong type", strings.NewReader(bundleHead + `"partners":[{"name":12}]}`), 0, ErrBundleDamaged, "partners, data ke-1"},
		{"bad time", strings.NewReader(bundleHead + `"partners":[{"created_at":"kemarin"}]}`), 0, ErrBundleDamaged, "partners, data ke-1"},
		{"trailing data", strings.NewReader(bundleHead + `"partners":[]} {"x":1}`), 0, ErrBundleDamaged, "setelah akhir"},
		{"deep nesting", &repeatReader{prefix: []byte(bundleHead + `"x":`), part: []byte("["), n: 10 << 20}, 0, ErrBundleDamaged, "bersarang"},
		{"deep record", strings.NewReader(bundleHead + `"partners":[` + strings.Repeat(`{"a":`, 70)), 0, ErrBundleDamaged, "bersarang"},
		{"huge string", &repeatReader{prefix: []byte(bundleHead + `"partners":[{"name":"`), part: []byte("Aa"), n: -1}, 0, ErrBundleDamaged, "teks lebih panjang"},
		{"huge escaped string", &repeatReader{prefix: []byte(bundleHead + `"x":"`), part: []byte(`\"`), n: -1}, 0, ErrBundleDamaged, "teks lebih panjang"},
		{"huge data", &repeatReader{prefix: []byte(bundleHead + `"attachments":[{"data":"`), part: []byte("QUFB"), n: -1}, 0, ErrBundleDamaged, "teks lebih panjang"},
		{"1 GB of spaces", &repeatReader{prefix: []byte(`{`), part: []byte("      \n"), n: 1 << 30}, 0, ErrBundleDamaged, "spasi"},
		{"a long number", &repeatReader{prefix: []byte(bundleHead + `"schema_version":`), part: []byte("9"), n: 1 << 30}, 0, ErrBundleDamaged, "angka"},
		{"1 GB of strings", &repeatReader{prefix: []byte(bundleHead + `"x":[`), part: []byte(`"` + strings.Repeat("abcd", 1000) + `",` + "\n"), n: 1 << 30}, gbLimit, ErrBundleTooLarge, gbSays},
		{"over the limit", bytes.NewReader(good), int64(len(good) - 10), ErrBundleTooLarge, "terlalu besar"},
		{"empty records", strings.NewReader(bundleHead + `"partners":[` + strings.Repeat(`{},`, 1000) + `{}]}`), 0, ErrBundleDamaged, "partners, data ke-1"},
		{"too many", strings.NewReader(bundleHead + `"partners":[` + strings.Repeat(validPartner+`,`, maxBundleRecords) + validPartner + `]}`), 0, ErrBundleDamaged, "lebih dari 100000 data"},
		{"a BOM and a PDF", strings.NewReader("\uFEFF%PDF-1.7"), 0, ErrNotBundle, "objek"},
		{"bad year", strings.NewReader(bundleHead + `"letter_counters":{"20x6":3}}`), 0, ErrBundleDamaged, "tahun"},
	}
	for _, c := range cases {
		var err error
		start := time.Now()
		n := peakHeap(func() { _, err = ReadBundle(c.input, c.limit) })
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v; want %v saying %q", c.name, err, c.want, c.says)
		}
		// the decoder holds a string whole, in a buffer it doubles: the longest allowed,
		// an attachment's base64, costs a little over three times its length
		max := uint64(100 << 20)
		switch c.name {
		case "huge data":
			max = 4 * maxBase64String
		case "too many":
			// 100,000 partners, each with the fields of an agreement's komparisi
			max = 128 << 20
		}
		if n > max {
			t.Errorf("%s: the heap grew by %d MB", c.name, n>>20)
		}
		if testing.Verbose() {
			t.Logf("%s: %v, heap +%d KB: %v", c.name, time.Since(start).Round(time.Millisecond), n>>10, err)
		}
	}
}

// A bundle's long base64 strings (attachments, logo) are allowed where they belong.
func TestReadBundleLongData(t *testing.T) {
	db := MustOpenTemp(t)
	MustSaveSchool(t, db, validSchool())
	ps := MustSavePartnership(t, db, "Foto kegiatan", "")
	MustAddAttachment(t, db, ps.ID, "foto.jpg", fakeFile("foto.jpg", 3<<20))
	b := bundleOf(t, db)
	if len(b.Attachments) != 1 || len(b.Attachments[0].Data) != 3<<20 {
		t.Fatalf("attachments %d", len(b.Attachments))
	}
}

// Unknown fields are skipped, null lists are empty, and an older schema is taken.
func TestReadBundleTolerates(t *testing.T) {
	in := `{"format":"kemitraan-export","schema_version":1,"exported_at":"2026-11-26T08:00:00+07:00",
		"school":null,"partners":null,"partnerships":[],"letter_counters":{"2025":7},
		"signature":{"by":["someone",{"x":[1,2,{"y":null}]}]},"events":[]}`
	b, err := ReadBundle(strings.NewReader(in), 0)
	if err != nil {
		t.Fatal(err)
	}
	if b.SchemaVersion != 1 || b.LetterCounters["2025"] != 7 || b.School != nil || len(b.Partners) != 0 {
		t.Errorf("bundle %+v", b)
	}
	db := MustOpenTemp(t)
	plan := mustPlan(t, db, b)
	res := mustApply(t, db, plan, nil)
	if res.CountersRaised != 1 {
		t.Errorf("result %+v", res)
	}
}
