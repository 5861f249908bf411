package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The migration mechanism, with a made-up version after this one that adds a bucket.
func TestUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	p := MustSavePartner(t, db, "CV Maju")

	next := SchemaVersion + 1
	table := map[int]migration{SchemaVersion: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("made_up"))
		return err
	}}
	if err := upgrade(db, SchemaVersion, next, table, false); err != nil {
		t.Fatal(err)
	}
	err := db.view(func(tx *bolt.Tx) error {
		if got := string(tx.Bucket(bucketMeta).Get(keySchemaVersion)); got != strconv.Itoa(next) {
			t.Errorf("schema_version = %q, want %d", got, next)
		}
		if tx.Bucket([]byte("made_up")) == nil {
			t.Error("migration did not run")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Partner(p.ID); err != nil {
		t.Errorf("partner lost in the upgrade: %v", err)
	}

	// the backup is the file of this version, complete, in the backups folder
	backups, err := db.Backups()
	if err != nil || len(backups) != 1 || backups[0].Kind != BackupBeforeUpgrade ||
		!strings.Contains(filepath.Base(backups[0].Path), fmt.Sprintf("kemitraan-sebelum-pembaruan-v%d-", SchemaVersion)) {
		t.Fatalf("Backups() = %+v, %v; want one backup before the upgrade", backups, err)
	}
	if p, err := Inspect(backups[0].Path); err != nil || p.SchemaVersion != SchemaVersion || p.Counts.Partners != 1 {
		t.Errorf("backup: %+v, %v; want version %d with 1 partner", p, err, SchemaVersion)
	}
}

// A failing step leaves the file as it was.
func TestUpgradeFailureChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	db := MustOpen(t, path)
	table := map[int]migration{SchemaVersion: func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket([]byte("made_up")); err != nil {
			return err
		}
		return errors.New("langkah gagal")
	}}
	err := upgrade(db, SchemaVersion, SchemaVersion+1, table, false)
	if err == nil || !strings.Contains(err.Error(), "langkah gagal") || !strings.Contains(err.Error(), fmt.Sprintf("sebelum-pembaruan-v%d-", SchemaVersion)) {
		t.Fatalf("upgrade: %v, want the step's error and the backup's name", err)
	}
	c, err := db.Check()
	if err != nil || c.SchemaVersion != SchemaVersion {
		t.Errorf("after a failed upgrade: %+v, %v", c, err)
	}
	_ = db.view(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("made_up")) != nil {
			t.Error("half an upgrade was kept")
		}
		return nil
	})
	if backups, err := db.Backups(); err != nil || len(backups) != 1 {
		t.Errorf("backups %v, %v; want the one before the upgrade", backups, err)
	}
}

func TestUpgradeMissingStep(t *testing.T) {
	db := MustOpenTemp(t)
	v := SchemaVersion
	if err := upgrade(db, v, v+2, map[int]migration{v: func(*bolt.Tx) error { return nil }}, false); err == nil {
		t.Fatalf("upgrade without a step from %d to %d succeeded", v+1, v+2)
	}
}

// copyFile copies src to a new file dst.
// readV1 reads the records of a version 1 file as version 1 wrote them.
func readV1(t *testing.T, path string) (school model.School, partners []model.Partner, partnerships []partnershipV1) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchemaVersion)); v != "1" {
			t.Fatalf("%s: schema_version %q, want 1", path, v)
		}
		if err := json.Unmarshal(tx.Bucket(bucketSchool).Get(keyProfile), &school); err != nil {
			return err
		}
		err := tx.Bucket(bucketPartners).ForEach(func(_, v []byte) error {
			var p model.Partner
			partners = append(partners, p)
			return json.Unmarshal(v, &partners[len(partners)-1])
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketPartnerships).ForEach(func(_, v []byte) error {
			var ps partnershipV1
			partnerships = append(partnerships, ps)
			return json.Unmarshal(v, &partnerships[len(partnerships)-1])
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return school, partners, partnerships
}

// A file written by the previous version (kemitraan-cli demo, then one printed letter)
// opens, is upgraded, and keeps all its data.
func TestMigrateSchema1File(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	mustCopy(t, filepath.Join("testdata", "schema1.db"), path)
	school, partners, old := readV1(t, path)
	if len(partners) == 0 || len(old) == 0 {
		t.Fatal("testdata/schema1.db holds no records")
	}

	db := MustOpen(t, path)
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	letters := 0
	for _, ps := range old {
		letters += len(ps.Letters)
	}
	want := Counts{SchemaVersion: SchemaVersion, Partners: len(partners), Partnerships: len(old), Letters: letters,
		Events: len(old) + letters}
	if c != want || letters == 0 {
		t.Errorf("after the upgrade: %+v, want %+v (with a letter)", c, want)
	}

	gotSchool, err := db.School()
	if err != nil || !reflect.DeepEqual(gotSchool, school) {
		t.Errorf("school: %+v, %v; want %+v", gotSchool, err, school)
	}
	for _, want := range partners {
		if got, err := db.Partner(want.ID); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("partner %s: %+v, %v; want %+v", want.ID, got, err, want)
		}
	}
	var lettered model.Partnership
	for _, v1 := range old {
		got, err := db.Partnership(v1.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != v1.Title || got.Need.Category != v1.NeedCategory || got.Need.Description != v1.Need ||
			got.PartnerID != v1.PartnerID || got.Stage != v1.Stage || got.Status != v1.Status ||
			!got.CreatedAt.Equal(v1.CreatedAt) || !got.UpdatedAt.Equal(v1.UpdatedAt) ||
			!got.StageSince.Equal(v1.UpdatedAt) || got.EvaluationMonths != 3 {
			t.Errorf("partnership %s came back as %+v\nfrom %+v", v1.ID, got, v1)
		}
		if problems := got.Validate(); problems != nil {
			t.Errorf("partnership %s: %v", v1.ID, problems)
		}
		if len(got.Letters) != len(v1.Letters) {
			t.Fatalf("partnership %s: letters %+v, want %+v", v1.ID, got.Letters, v1.Letters)
		}
		for i, l := range v1.Letters {
			if g := got.Letters[i]; g.Kind != l.Kind || g.Number != l.Number || !g.Date.Equal(l.Date) || g.Code != l.Code {
				t.Errorf("partnership %s: letter %+v, want %+v", v1.ID, g, l)
			}
			lettered = got
		}

		events, err := db.Events(v1.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 1+len(v1.Letters) || events[0].Kind != model.EventCreated || !events[0].Time.Equal(v1.CreatedAt) {
			t.Errorf("partnership %s: timeline %+v", v1.ID, events)
		}
		for i, l := range v1.Letters {
			e := events[1+i]
			if e.Kind != model.EventDocument || !strings.Contains(e.Text, l.Number) || !e.Time.Equal(l.Date) {
				t.Errorf("partnership %s: letter event %+v", v1.ID, e)
			}
		}
	}

	list, err := db.Summaries()
	if err != nil || len(list) != len(old) {
		t.Fatalf("Summaries: %d, %v; want %d", len(list), err, len(old))
	}
	for _, s := range list {
		if s.PartnerID != "" && s.PartnerName == "" {
			t.Errorf("summary %s has no partner name", s.ID)
		}
	}

	// the letter counter carries on
	n := MustIssue(t, db, lettered.ID, "permohonan", day(2026, 11, 27)).Number
	if !strings.HasPrefix(n, "002/") {
		t.Errorf("next letter number %q, want 002/…", n)
	}

	// the backup is the version 1 file
	backups, err := db.Backups()
	if err != nil || len(backups) != 1 {
		t.Fatalf("Backups() = %v, %v; want the one before the upgrade", backups, err)
	}
	readV1(t, backups[0].Path)
}

// The logo in a version 1 school profile survives the upgrade, and a partnership
// without a partner or a letter is upgraded too.
func TestMigrateKeepsLogo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	school := validSchool()
	writeBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters} {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		if err := putSchemaVersion(tx, 1); err != nil {
			return err
		}
		raw, err := json.Marshal(school)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketSchool).Put(keyProfile, raw); err != nil {
			return err
		}
		return tx.Bucket(bucketPartnerships).Put([]byte("01KP0B8T00G4G4N1ERT5"), []byte(`{"id":"01KP0B8T00G4G4N1ERT5",`+
			`"title":"Kantin Sehat","need_category":"dukungan_siswa","need":"Menu bergizi","stage":1,"status":"draft",`+
			`"created_at":"2026-04-12T08:00:00Z","updated_at":"2026-04-13T08:00:00Z"}`))
	})
	db := MustOpen(t, path)
	got, err := db.School()
	if err != nil || !bytes.Equal(got.Logo, school.Logo) {
		t.Errorf("logo after the upgrade: %q, %v", got.Logo, err)
	}
	ps, err := db.Partnership("01KP0B8T00G4G4N1ERT5")
	if err != nil || ps.Need.Description != "Menu bergizi" || ps.Need.Category != model.NeedDukunganSiswa {
		t.Errorf("partnership: %+v, %v", ps, err)
	}
	if _, err := db.Check(); err != nil {
		t.Error(err)
	}
}

// A file of the next schema version is refused, and left as it was.
func TestOpenNextVersionRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	MustClose(t, MustOpen(t, path))
	writeBolt(t, path, func(tx *bolt.Tx) error { return putSchemaVersion(tx, SchemaVersion+1) })
	if db, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		if err == nil {
			_ = db.Close()
		}
		t.Fatalf("Open of a version %d file: %v, want ErrNewerSchema", SchemaVersion+1, err)
	}
	if _, err := os.Stat(path + ".v3.bak"); err == nil {
		t.Error("a newer file was backed up as if it were upgraded")
	}
}

// mustCopy copies a test file into place.
func mustCopy(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A version 1 file (an old backup, say) can be previewed before it is restored.
func TestInspectVersion1File(t *testing.T) {
	p, err := Inspect(filepath.Join("testdata", "schema1.db"))
	if err != nil {
		t.Fatal(err)
	}
	if p.SchemaVersion != 1 || p.Counts.Partners == 0 || p.Counts.Partnerships == 0 || p.SchoolName == "" || p.Newest.IsZero() {
		t.Errorf("preview of a version 1 file: %+v", p)
	}
}
