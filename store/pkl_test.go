package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

var smkNow = time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)

// loadSMKSample loads model/demo's SMK sample, as `kemitraan-cli demo --smk` does.
func loadSMKSample(t testing.TB, db *DB) demo.SMKData {
	t.Helper()
	d := demo.SMK(smkNow)
	err := db.LoadIntoEmpty(Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.SMKTimeline(d), LetterCounters: d.LetterCounters, StudentActivities: d.StudentActivities})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func jsonText(t testing.TB, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestSMKSampleLoadsAndChecks(t *testing.T) {
	db := MustOpenTemp(t)
	d := loadSMKSample(t, db)
	placements := 0
	for _, a := range d.StudentActivities {
		placements += len(a.Placements)
	}
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	if c.StudentActivities != len(d.StudentActivities) || c.Placements != placements || c.Partnerships != len(d.Partnerships) {
		t.Errorf("Check counts %+v; the sample has %d activities, %d placements", c, len(d.StudentActivities), placements)
	}
	if quick, err := db.Counts(); err != nil || quick != c {
		t.Errorf("Counts %+v, %v; Check %+v", quick, err, c)
	}
	all, err := db.AllStudentActivities()
	if err != nil || len(all) != len(d.StudentActivities) {
		t.Fatalf("AllStudentActivities: %d, %v", len(all), err)
	}
	byID := map[model.ID]model.StudentActivity{}
	for _, a := range all {
		byID[a.ID] = a
	}
	for _, a := range d.StudentActivities {
		if got := jsonText(t, byID[a.ID]); got != jsonText(t, a) {
			t.Errorf("activity %q read back as\n%s\nwant\n%s", a.Title, got, jsonText(t, a))
		}
	}
	one, err := db.StudentActivity(d.StudentActivities[1].ID)
	if err != nil || one.Title != d.StudentActivities[1].Title {
		t.Errorf("StudentActivity: %q, %v", one.Title, err)
	}
	list, err := db.StudentActivities(d.StudentActivities[1].PartnershipID)
	if err != nil || len(list) != 1 || list[0].ID != d.StudentActivities[1].ID {
		t.Errorf("StudentActivities of the industry class: %d, %v", len(list), err)
	}
}

// smkFixture is an SMK with one partner and a partnership at stage 4.
func smkFixture(t *testing.T) (*DB, model.Partnership) {
	t.Helper()
	db := MustOpenTemp(t)
	s := validSchool()
	s.Level = model.LevelSMK
	s.KompetensiKeahlian = []string{"Teknik Kendaraan Ringan"}
	MustSaveSchool(t, db, s)
	p := MustSavePartner(t, db, "Bengkel Jaya Motor")
	ps := MustSavePartnership(t, db, "PKL Bengkel", p.ID)
	ps.Stage = model.StagePerjanjian
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	return db, ps
}

func testActivity(pid model.ID) model.StudentActivity {
	return model.StudentActivity{
		PartnershipID: pid, Kind: model.ActivityKindPKL, Title: "PKL XII TKR Gelombang 1",
		Placements: []model.Placement{{
			Student: model.Student{Name: "Rizki Maulana", NISN: "0091452367", Class: "XII TKR 1", Kompetensi: "Teknik Kendaraan Ringan"},
			Start:   day(2026, 7, 13), End: day(2026, 9, 11),
			Teacher: model.Teacher{Name: "Dedi Kurniawan, S.Pd."},
		}},
	}
}

func TestSaveStudentActivity(t *testing.T) {
	db, ps := smkFixture(t)
	a := testActivity(ps.ID)
	ev := model.Event{Kind: model.EventNote, Text: "Aktivitas PKL dicatat: 1 peserta didik"}
	if err := db.SaveStudentActivity(&a, ev); err != nil {
		t.Fatal(err)
	}
	if !a.ID.Valid() || !a.Placements[0].ID.Valid() || a.CreatedAt.IsZero() || !a.UpdatedAt.Equal(a.CreatedAt) {
		t.Fatalf("saved %+v", a)
	}
	events, _ := db.Events(ps.ID)
	if last := events[len(events)-1]; last.Text != ev.Text || last.Stage != model.StagePerjanjian {
		t.Errorf("event %+v", last)
	}
	created, placement := a.CreatedAt, a.Placements[0].ID
	a.Placements[0].Visits = []model.Visit{{Date: day(2026, 8, 3), Notes: "Hadir dan disiplin."}}
	a.Placements = append(a.Placements, testActivity(ps.ID).Placements[0])
	a.Placements[1].Student.NISN = "0098830251"
	a.Placements[1].Student.Name = "Rendi Kurniawan"
	if err := db.SaveStudentActivity(&a); err != nil {
		t.Fatal(err)
	}
	if !a.CreatedAt.Equal(created) || !a.UpdatedAt.After(created) || a.Placements[0].ID != placement || !a.Placements[1].ID.Valid() {
		t.Errorf("saved again: created %v → %v, placement %s → %s, new %s", created, a.CreatedAt, placement, a.Placements[0].ID, a.Placements[1].ID)
	}
	got, err := db.StudentActivity(a.ID)
	if err != nil || jsonText(t, got) != jsonText(t, a) {
		t.Errorf("read back %+v, %v", got, err)
	}

	// what is refused
	bad := a
	bad.Placements = []model.Placement{a.Placements[0]}
	bad.Placements[0].Student.NISN = "12345"
	var problems model.Problems
	if err := db.SaveStudentActivity(&bad); !errors.As(err, &problems) {
		t.Errorf("a short NISN: %v", err)
	}
	other := MustSavePartnership(t, db, "Lain", "")
	moved := a
	moved.PartnershipID = other.ID
	if err := db.SaveStudentActivity(&moved); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("moved to another partnership: %v", err)
	}
	early := testActivity(other.ID)
	if err := db.SaveStudentActivity(&early); !errors.Is(err, model.ErrNoAgreementYet) {
		t.Errorf("under a partnership at stage 1: %v", err)
	}
	lost := testActivity(model.NewID(time.Now()))
	if err := db.SaveStudentActivity(&lost); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("under no partnership: %v", err)
	}
	gone := a
	gone.ID = model.NewID(time.Now())
	if err := db.SaveStudentActivity(&gone); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("an activity deleted meanwhile: %v", err)
	}

	// a school that is not an SMK records no students
	s, _ := db.School()
	s.Level = model.LevelSMA
	MustSaveSchool(t, db, s)
	again := testActivity(ps.ID)
	if err := db.SaveStudentActivity(&again); !errors.Is(err, model.ErrNotSMK) {
		t.Errorf("an SMA: %v", err)
	}
	// what it has stays, unseen, and is deleted with its partnership
	if list, err := db.StudentActivities(ps.ID); err != nil || len(list) != 1 {
		t.Errorf("activities after the level changed: %d, %v", len(list), err)
	}
	if err := db.DeletePartnership(ps.ID); err != nil {
		t.Fatal(err)
	}
	if all, err := db.AllStudentActivities(); err != nil || len(all) != 0 {
		t.Errorf("after deleting the partnership: %d activities, %v", len(all), err)
	}
	if c, err := db.Check(); err != nil || c.StudentActivities != 0 {
		t.Errorf("Check after the delete: %+v, %v", c, err)
	}
}

func TestDeleteStudentActivity(t *testing.T) {
	db, ps := smkFixture(t)
	a := testActivity(ps.ID)
	if err := db.SaveStudentActivity(&a); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteStudentActivity(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.StudentActivity(a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
	if err := db.DeleteStudentActivity(a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("deleted twice: %v", err)
	}
}

// Check names an activity without its partnership, and one under a key its content
// does not say.
func TestCheckStudentActivities(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	d := loadSMKSample(t, db)
	MustClose(t, db)
	orphan := d.StudentActivities[0]
	orphan.ID, orphan.PartnershipID = model.NewID(time.Now()), model.NewID(time.Now())
	misfiled := d.StudentActivities[1]
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketStudentActivities)
		if err := putJSON(b, activityKey(orphan.PartnershipID, orphan.ID), orphan); err != nil {
			return err
		}
		return putJSON(b, activityKey(d.Partnerships[0].ID, misfiled.ID), misfiled)
	})
	db = MustOpen(t, path)
	_, err := db.Check()
	var rep *DamageReport
	if !errors.As(err, &rep) || rep.Total != 2 {
		t.Fatalf("Check: %v", err)
	}
	text := strings.Join(rep.Problems, "\n")
	for _, want := range []string{"aktivitas peserta didik " + string(orphan.ID), "kemitraannya data tidak ditemukan", "berisi kemitraan"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
}

// A version 3 file (before students' activities) is upgraded to version 4 at Open,
// after a backup, with everything it held; read-only it is refused as older.
func TestMigrateSchema3File(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	if err := loadSample(db, smkNow); err != nil {
		t.Fatal(err)
	}
	before, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	MustClose(t, db)
	// the file as version 3 wrote it: no bucket of students' activities
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketStudentActivities); err != nil {
			return err
		}
		return putSchemaVersion(tx, 3)
	})
	p, err := Inspect(path)
	if err != nil || p.SchemaVersion != 3 || p.Counts.Partnerships != before.Partnerships {
		t.Fatalf("Inspect of the version 3 file: %+v, %v", p, err)
	}
	if _, err := OpenWith(path, Options{ReadOnly: true}); !errors.Is(err, ErrOlderReadOnly) {
		t.Errorf("read-only Open of a version 3 file: %v", err)
	}
	db = MustOpen(t, path)
	after, err := db.Check()
	before.SchemaVersion = SchemaVersion
	if err != nil || after != before {
		t.Errorf("after the upgrade %+v, %v; before %+v", after, err, before)
	}
	backups, _ := db.Backups()
	if len(backups) != 1 || backups[0].Kind != BackupBeforeUpgrade || !strings.Contains(backups[0].Path, "sebelum-pembaruan-v3-") {
		t.Fatalf("backups %+v", backups)
	}
	if p, err := Inspect(backups[0].Path); err != nil || p.SchemaVersion != 3 {
		t.Errorf("the backup: %+v, %v", p, err)
	}
	// the upgraded file takes students' activities
	s, _ := db.School()
	s.Level = model.LevelSMK
	MustSaveSchool(t, db, s)
	ps, _ := db.Partnerships()
	for _, x := range ps {
		if x.Stage >= model.StagePerjanjian {
			a := testActivity(x.ID)
			if err := db.SaveStudentActivity(&a); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if c, err := db.Check(); err != nil || c.StudentActivities != 1 {
		t.Errorf("Check: %+v, %v", c, err)
	}
}

// studentWords are the students' names and NISNs of the SMK sample: none may be in
// an export made without them.
func studentWords(d demo.SMKData) []string {
	var w []string
	for _, a := range d.StudentActivities {
		for _, pl := range a.Placements {
			w = append(w, pl.Student.Name, pl.Student.NISN)
		}
	}
	return w
}

func TestExportBundleStudentsOnlyWhenAsked(t *testing.T) {
	db := MustOpenTemp(t)
	d := loadSMKSample(t, db)
	// a surat pengantar PKL kept with its partnership lists students: it goes with them
	pdf := []byte("%PDF-1.4\n% Rizki Maulana 0091452367\n%%EOF\n")
	doc, err := db.AddDocument(d.StudentActivities[0].PartnershipID, string(model.DocPKLLetter), "Surat pengantar PKL.pdf", pdf, "AAAA-BBBB-CCCC", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var without, with bytes.Buffer
	if err := db.Export(&without); err != nil {
		t.Fatal(err)
	}
	if err := db.ExportWith(t.Context(), &with, ExportOptions{WithStudents: true}); err != nil {
		t.Fatal(err)
	}
	for _, w := range studentWords(d) {
		if bytes.Contains(without.Bytes(), []byte(w)) {
			t.Errorf("the bundle without students holds %q", w)
		}
		if !bytes.Contains(with.Bytes(), []byte(w)) {
			t.Errorf("the bundle with students lacks %q", w)
		}
	}
	if bytes.Contains(without.Bytes(), []byte("student_activities")) {
		t.Error("the bundle without students names them")
	}
	if bytes.Contains(without.Bytes(), []byte(doc.ID)) {
		t.Error("the bundle without students holds the surat pengantar PKL")
	}
	b, err := ReadBundle(&with, 0)
	if err != nil || len(b.StudentActivities) != len(d.StudentActivities) {
		t.Fatalf("ReadBundle: %d activities, %v", len(b.StudentActivities), err)
	}
	if !slices.ContainsFunc(b.Attachments, func(a AttachmentFile) bool { return a.ID == doc.ID }) {
		t.Error("the bundle with students lacks the surat pengantar PKL")
	}
}

func TestImportStudentActivities(t *testing.T) {
	src := MustOpenTemp(t)
	d := loadSMKSample(t, src)
	bundle := func(opts ExportOptions) *Bundle {
		var buf bytes.Buffer
		if err := src.ExportWith(t.Context(), &buf, opts); err != nil {
			t.Fatal(err)
		}
		b, err := ReadBundle(&buf, 0)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	dst := MustOpenTemp(t)
	importAll := func(b *Bundle) (ImportPlan, ImportResult) {
		t.Helper()
		plan, err := dst.PlanImport(b)
		if err != nil {
			t.Fatal(err)
		}
		res, err := dst.ApplyImport(plan, nil)
		if err != nil {
			t.Fatal(err)
		}
		return plan, res
	}
	plan, _ := importAll(bundle(ExportOptions{WithStudents: true}))
	if c := plan.CountsOf(RecordStudentActivity); c.New != len(d.StudentActivities) {
		t.Errorf("first import: %+v", c)
	}
	all, err := dst.AllStudentActivities()
	if err != nil || jsonText(t, all) != jsonText(t, mustAll(t, src)) {
		t.Fatalf("imported activities differ: %v", err)
	}
	if _, err := dst.Check(); err != nil {
		t.Fatal(err)
	}
	// again: the same; then a change on the other PC comes as changed
	plan, _ = importAll(bundle(ExportOptions{WithStudents: true}))
	if c := plan.CountsOf(RecordStudentActivity); c.Same != len(d.StudentActivities) || c.New+c.Changed+c.Conflict != 0 {
		t.Errorf("second import: %+v", c)
	}
	a := all[0]
	a.Placements[0].Visits = append(a.Placements[0].Visits, model.Visit{Date: smkNow.AddDate(0, 0, -1), Notes: "Kunjungan tambahan."})
	if err := src.SaveStudentActivity(&a); err != nil {
		t.Fatal(err)
	}
	plan, _ = importAll(bundle(ExportOptions{WithStudents: true}))
	if c := plan.CountsOf(RecordStudentActivity); c.Changed != 1 {
		t.Errorf("after a change: %+v", c)
	}
	if got, _ := dst.StudentActivity(a.ID); len(got.Placements[0].Visits) != len(a.Placements[0].Visits) {
		t.Errorf("the change was not taken: %d visits", len(got.Placements[0].Visits))
	}
	// a bundle without students leaves them as they are
	plan, _ = importAll(bundle(ExportOptions{}))
	if c := plan.CountsOf(RecordStudentActivity); c != (ImportCounts{}) {
		t.Errorf("a bundle without students plans %+v", c)
	}
	if after, _ := dst.AllStudentActivities(); len(after) != len(d.StudentActivities) {
		t.Errorf("%d activities after a bundle without students", len(after))
	}
}

func mustAll(t *testing.T, db *DB) []model.StudentActivity {
	t.Helper()
	all, err := db.AllStudentActivities()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// A bundle's activity that is not valid, or whose partnership is nowhere, is refused.
func TestImportRefusesBadActivities(t *testing.T) {
	db := MustOpenTemp(t)
	a := testActivity(model.NewID(time.Now()))
	a.ID = model.NewID(time.Now())
	a.Placements[0].ID = model.NewID(time.Now())
	head := fmt.Sprintf(`{"format":%q,"schema_version":%d,"student_activities":[`, ExportFormat, SchemaVersion)

	b, err := ReadBundle(strings.NewReader(head+jsonText(t, a)+"]}"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PlanImport(b); !errors.Is(err, ErrBundleDamaged) || !strings.Contains(err.Error(), "kemitraan") {
		t.Errorf("an activity of no partnership: %v", err)
	}
	bad := a
	bad.Placements = []model.Placement{a.Placements[0]}
	bad.Placements[0].Student.NISN = "NISN"
	if _, err := ReadBundle(strings.NewReader(head+jsonText(t, bad)+"]}"), 0); !errors.Is(err, ErrBundleDamaged) || !strings.Contains(err.Error(), "NISN") {
		t.Errorf("an activity with a bad NISN: %v", err)
	}
}
