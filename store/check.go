package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// Counts says how much a data file holds (model.Counts).
type Counts = model.Counts

// DamageReport is what a check found wrong with a file (model.DamageReport).
type DamageReport = model.DamageReport

// Counts counts the records without checking the file deeply.
func (db *DB) Counts() (Counts, error) {
	var c Counts
	err := db.view(func(tx *bolt.Tx) error {
		c.SchemaVersion, _ = readSchemaVersion(tx.Bucket(bucketMeta))
		c.Partners = tx.Bucket(bucketPartners).Stats().KeyN
		c.Events = tx.Bucket(bucketEvents).Stats().KeyN
		c.Attachments = tx.Bucket(bucketAttachments).Stats().KeyN
		err := tx.Bucket(bucketStudentActivities).ForEach(func(k, v []byte) error {
			var a struct {
				Placements []struct{} `json:"placements"`
			}
			if err := decode(bucketStudentActivities, k, v, &a); err != nil {
				return err
			}
			c.StudentActivities++
			c.Placements += len(a.Placements)
			return nil
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
			var ps struct {
				Letters []json.RawMessage `json:"letters"`
			}
			if err := decode(bucketPartnerships, k, v, &ps); err != nil {
				return err
			}
			c.Partnerships++
			c.Letters += len(ps.Letters)
			return nil
		})
	})
	return c, err
}

// Check verifies the whole file as CheckContext does, without a way to cancel it.
func (db *DB) Check() (Counts, error) { return db.CheckContext(context.Background()) }

// CheckContext verifies the whole file and counts what it holds:
//
//   - both meta pages, and the structure of every page (pages.go: in range, used once
//     or free, keys in order, contents where they belong), read from the file
//     without bbolt's memory map, so that no damage ends the program;
//   - every record's checksum (record.go), then its content: every record decodes,
//     under the key its content says; every summary is its partnership's; every
//     event and attachment belongs to a partnership in the file, every attachment
//     has its data and no data is without its attachment; letter counters are
//     within bounds.
//
// Damage comes back as a *model.DamageReport (wrapping ErrDamaged): the first
// problems, each naming its record or page, how many there are, and a full report
// written beside the data file ("kemitraan.db.laporan-periksa.txt"; in the system's
// temporary folder when the data file's folder cannot be written). A cancelled
// check returns ErrCancelled. A check that passes also counts as the day's check
// before writing (verify.go).
func (db *DB) CheckContext(ctx context.Context) (Counts, error) {
	c, rep, err := db.checkFile(ctx, nil)
	if err != nil {
		return Counts{}, err
	}
	if rep != nil {
		rep.Report = writeReport(db.path, db.now(), rep)
		return Counts{}, rep
	}
	db.verify.passed(db.today())
	return c, nil
}

// checkFile checks the file as CheckContext says, telling changed the UpdatedAt of
// every record it reads. A damaged file gives a report (written to its file), not an
// error; err is for a check that could not run.
func (db *DB) checkFile(ctx context.Context, changed func(time.Time)) (Counts, *DamageReport, error) {
	if changed == nil {
		changed = func(time.Time) {}
	}
	var out problems
	// the meta pages are read with no transaction of ours committing
	db.mu.Lock()
	if db.bolt == nil {
		db.mu.Unlock()
		return Counts{}, nil, fmt.Errorf("%s: %w (berkas data tertutup)", db.path, ErrInvalidRequest)
	}
	var tx *bolt.Tx
	err := guard(db.path, func() error {
		var err error
		tx, err = db.bolt.Begin(false)
		return err
	})
	if err != nil {
		db.mu.Unlock()
		return Counts{}, nil, err
	}
	defer func() { _ = tx.Rollback() }()
	f, err := os.Open(db.path)
	if err != nil {
		db.mu.Unlock()
		return Counts{}, nil, fmt.Errorf("membaca berkas data %s: %w", db.path, err)
	}
	defer f.Close()
	var s structure
	err = guard(db.path, func() error {
		ps := tx.DB().Info().PageSize
		s = structure{pageSize: ps, txid: uint64(tx.ID()), root: uint64(tx.Cursor().Bucket().RootPage()),
			hwm: uint64(tx.Size()) / uint64(ps), live: !db.readOnly}
		return nil
	})
	if err != nil {
		db.mu.Unlock()
		return Counts{}, nil, err
	}
	freelist, metasOK := checkMetas(f, s, &out)
	db.mu.Unlock()

	if metasOK {
		if err := walkPages(ctx, f, s, freelist, &out); err != nil {
			return Counts{}, nil, checkError(db.path, err)
		}
	}
	var c Counts
	if out.total == 0 {
		// the structure is sound: bbolt's cursors may walk it
		rc := &recordChecker{ctx: ctx, tx: tx, out: &out, changed: changed}
		err := db.recordErr(guard(db.path, func() error { return rc.check(&c) }))
		if err != nil {
			return Counts{}, nil, checkError(db.path, err)
		}
	}
	if out.total == 0 {
		return c, nil, nil
	}
	return Counts{}, &DamageReport{Path: db.path, Problems: out.list, Total: out.total}, nil
}

// checkError is an error that stopped a check: cancelled, unreadable, damaged.
func checkError(path string, err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("memeriksa %s: %w", path, ErrCancelled)
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrBug):
		return err
	}
	return fmt.Errorf("membaca berkas data %s: %w", path, err)
}

// reportShown is how many problems a message shows; the report file has them all.
const reportShown = 3

// ReportPath is where the full report of a check of the data file at path goes:
// "kemitraan.db.laporan-periksa.txt" beside it.
func ReportPath(dataPath string) string { return dataPath + ".laporan-periksa.txt" }

// writeReport writes every problem of rep to the report file of the file at path,
// or, when that folder cannot be written (a write-protected stick), into a private
// folder in the system's temporary folder, and cuts rep's list to the few a message
// shows. It returns the report's path, "" when it could not be written anywhere.
func writeReport(path string, now time.Time, rep *DamageReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Laporan pemeriksaan berkas data Kemitraan\nBerkas: %s\nWaktu: %s\nMasalah: %d\n\n",
		path, now.Format("2006-01-02 15.04.05"), rep.Total)
	for i, p := range rep.Problems {
		fmt.Fprintf(&b, "%d. %s\n", i+1, p)
	}
	if rep.Total > len(rep.Problems) {
		fmt.Fprintf(&b, "… dan %d masalah lain yang tidak dicatat satu per satu.\n", rep.Total-len(rep.Problems))
	}
	rep.Problems = rep.Problems[:min(reportShown, len(rep.Problems))]
	b.WriteString("\nPulihkan data dari cadangan terbaru yang utuh (Pengaturan → Data → Pulihkan dari…).\n")
	dst := ReportPath(path)
	if err := safefile.WriteFile(dst, []byte(b.String())); err == nil {
		return dst
	}
	dir, err := os.MkdirTemp("", "kemitraan-laporan-*")
	if err != nil {
		return ""
	}
	dst = dir + string(os.PathSeparator) + "laporan-periksa.txt"
	if err := safefile.WriteFile(dst, []byte(b.String())); err != nil {
		return ""
	}
	return dst
}

// recordChecker checks every record of a transaction, adding what is wrong to out.
// Files of an older schema (Inspect checks them before a restore or an upgrade) keep
// their records without envelopes; version 1 files have fewer buckets and another
// partnership record, checked only as far as its shape is known.
type recordChecker struct {
	ctx     context.Context
	tx      *bolt.Tx
	out     *problems
	changed func(time.Time)
	version int
	n       int // records read, for looking at ctx now and then
}

// bad adds a damaged record.
func (rc *recordChecker) bad(bucket, key []byte, err error) {
	re := badRecord(bucket, key, err)
	msg := re.Error()
	if title := rc.titleOf(bucket, key); title != "" {
		msg += " (" + title + ")"
	}
	rc.out.add("%s", msg)
}

// titleOf is the title of the partnership a damaged record belongs to, when its
// summary can be read: it tells a person which partnership to look at.
func (rc *recordChecker) titleOf(bucket, key []byte) string {
	var id []byte
	switch string(bucket) {
	case string(bucketPartnerships), string(bucketEvents), string(bucketAttachments), string(bucketStudentActivities):
		if len(key) >= idLen {
			id = key[:idLen]
		}
	}
	if id == nil || rc.version < 2 {
		return ""
	}
	v := rc.tx.Bucket(bucketSummaries).Get(id)
	var s struct {
		Title string `json:"title"`
	}
	if v == nil || rc.decodeQuiet(bucketSummaries, id, v, &s) != nil || s.Title == "" {
		return ""
	}
	return "“" + clipText(s.Title, 60) + "”"
}

// payload is the checked payload of a value (the value itself in older files).
func (rc *recordChecker) payload(bucket, key, v []byte) ([]byte, bool) {
	if rc.version < 3 {
		return v, true
	}
	p, err := open(bucket, key, v)
	if err != nil {
		var re *recordError
		if errors.As(err, &re) {
			err = re.err
		}
		rc.bad(bucket, key, err)
		return nil, false
	}
	return p, true
}

func (rc *recordChecker) decodeQuiet(bucket, key, v []byte, dst any) error {
	if rc.version < 3 {
		return json.Unmarshal(v, dst)
	}
	return decode(bucket, key, v, dst)
}

// decode checks and decodes a record; a damaged one is added and false returned.
func (rc *recordChecker) decode(bucket, key, v []byte, dst any) bool {
	p, ok := rc.payload(bucket, key, v)
	if !ok {
		return false
	}
	if err := json.Unmarshal(p, dst); err != nil {
		rc.bad(bucket, key, err)
		return false
	}
	return true
}

// each calls fn with every value of a bucket, looking at ctx every thousand records.
func (rc *recordChecker) each(name []byte, fn func(k, v []byte) error) error {
	return rc.tx.Bucket(name).ForEach(func(k, v []byte) error {
		if rc.n++; rc.n%1000 == 0 {
			if err := rc.ctx.Err(); err != nil {
				return err
			}
		}
		if v == nil {
			rc.out.add("%s: ember di dalam ember", recordName(string(name), k))
			return nil
		}
		return fn(k, v)
	})
}

func (rc *recordChecker) check(c *Counts) error {
	meta := rc.tx.Bucket(bucketMeta)
	if meta == nil {
		rc.out.add("ember meta tidak ada")
		return nil
	}
	v, err := readSchemaVersion(meta)
	if err != nil {
		rc.out.add("%s", err.Error())
		return nil
	}
	rc.version, c.SchemaVersion = v, v
	if v > SchemaVersion {
		return nil // a newer file: its records are not ours to judge
	}
	if meta.Get(keyUpgrading) != nil {
		rc.out.add("pembaruan berkas ke versi %d belum selesai", v)
	}
	buckets := allBuckets
	switch {
	case v == 1:
		buckets = bucketsV1
	case v == 2:
		buckets = bucketsV2
	case v == 3:
		buckets = bucketsV3
	case v == 4:
		buckets = bucketsV4
	}
	missing := false
	for _, name := range buckets {
		if rc.tx.Bucket(name) == nil {
			rc.out.add("ember %q tidak ada", name)
			missing = true
		}
	}
	if missing {
		return nil
	}
	steps := []func(*Counts) error{rc.school, rc.partners, rc.partnerships}
	if v >= 2 {
		steps = append(steps, rc.events, rc.attachments)
	}
	steps = append(steps, rc.counters)
	if v >= 3 {
		steps = append(steps, rc.drafts)
	}
	if v >= 4 {
		steps = append(steps, rc.studentActivities)
	}
	for _, step := range steps {
		if err := step(c); err != nil {
			return err
		}
	}
	return nil
}

// bucketsV1 … bucketsV4 are the buckets of version 1 … 4 files.
var (
	bucketsV1 = [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters}
	bucketsV2 = [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters,
		bucketSummaries, bucketEvents, bucketAttachments, bucketAttachmentData}
	bucketsV3 = append(append([][]byte(nil), bucketsV2...), bucketDrafts)
	bucketsV4 = append(append([][]byte(nil), bucketsV3...), bucketStudentActivities)
)

func (rc *recordChecker) school(*Counts) error {
	return rc.each(bucketSchool, func(k, v []byte) error {
		switch string(k) {
		case string(keyProfile):
			var s model.School
			if rc.decode(bucketSchool, k, v, &s) {
				rc.changed(s.UpdatedAt)
			}
		case string(keyTemplates), string(keyClauses):
			var m map[string]string
			rc.decode(bucketSchool, k, v, &m)
		default:
			rc.payload(bucketSchool, k, v)
		}
		return nil
	})
}

func (rc *recordChecker) partners(c *Counts) error {
	return rc.each(bucketPartners, func(k, v []byte) error {
		var p model.Partner
		if !rc.decode(bucketPartners, k, v, &p) {
			return nil
		}
		if string(p.ID) != string(k) {
			rc.bad(bucketPartners, k, fmt.Errorf("berisi ID %q", clipText(string(p.ID), 40)))
			return nil
		}
		rc.changed(p.UpdatedAt)
		c.Partners++
		return nil
	})
}

func (rc *recordChecker) partnerships(c *Counts) error {
	if rc.version == 1 {
		return rc.each(bucketPartnerships, func(k, v []byte) error {
			var ps struct {
				ID        model.ID   `json:"id"`
				UpdatedAt time.Time  `json:"updated_at"`
				Letters   []struct{} `json:"letters"`
			}
			if !rc.decode(bucketPartnerships, k, v, &ps) {
				return nil
			}
			if string(ps.ID) != string(k) {
				rc.bad(bucketPartnerships, k, fmt.Errorf("berisi ID %q", clipText(string(ps.ID), 40)))
				return nil
			}
			rc.changed(ps.UpdatedAt)
			c.Partnerships++
			c.Letters += len(ps.Letters)
			return nil
		})
	}
	summaries := rc.tx.Bucket(bucketSummaries)
	seen := 0                    // damaged ones too: their summaries are not orphans
	checked := map[string]bool{} // summaries checked beside their partnership
	err := rc.each(bucketPartnerships, func(k, v []byte) error {
		seen++
		var ps model.Partnership
		if !rc.decode(bucketPartnerships, k, v, &ps) {
			return nil
		}
		if string(ps.ID) != string(k) {
			rc.bad(bucketPartnerships, k, fmt.Errorf("berisi ID %q", clipText(string(ps.ID), 40)))
			return nil
		}
		rc.changed(ps.UpdatedAt)
		c.Partnerships++
		c.Letters += len(ps.Letters)
		sv := summaries.Get(k)
		if sv == nil {
			rc.bad(bucketSummaries, k, errors.New("tidak ada"))
			return nil
		}
		checked[string(k)] = true
		stored, ok := rc.payload(bucketSummaries, k, sv)
		if !ok || rc.version < SchemaVersion {
			return nil // an older program's summaries lack newer fields; Open rebuilds them
		}
		want, err := json.Marshal(summarize(ps))
		if err != nil {
			return err
		}
		if !bytes.Equal(stored, want) {
			rc.bad(bucketSummaries, k, errors.New("ringkasan tidak sesuai dengan kemitraan"))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n := summaries.Stats().KeyN; n != seen {
		rc.out.add("ringkasan: %d ringkasan untuk %d kemitraan", n, seen)
	}
	// every other summary holds, and has its partnership (a key that rotted has none)
	partnerships := rc.tx.Bucket(bucketPartnerships)
	return rc.each(bucketSummaries, func(k, v []byte) error {
		if checked[string(k)] {
			return nil
		}
		if _, ok := rc.payload(bucketSummaries, k, v); ok && partnerships.Get(k) == nil {
			rc.bad(bucketSummaries, k, fmt.Errorf("kemitraannya %w", model.ErrNotFound))
		}
		return nil
	})
}

// events decodes every event and checks its key: its partnership's ID, in the file,
// its time, and a sequence number the bucket has handed out.
func (rc *recordChecker) events(c *Counts) error {
	b := rc.tx.Bucket(bucketEvents)
	partnerships, seq := rc.tx.Bucket(bucketPartnerships), b.Sequence()
	return rc.each(bucketEvents, func(k, v []byte) error {
		if len(k) != eventKeyLen {
			rc.bad(bucketEvents, k, fmt.Errorf("panjang kunci %d, bukan %d", len(k), eventKeyLen))
			return nil
		}
		var e model.Event
		if !rc.decode(bucketEvents, k, v, &e) {
			return nil
		}
		switch {
		case string(e.PartnershipID) != string(k[:idLen]) || uint64(e.Time.UnixNano()) != binary.BigEndian.Uint64(k[idLen:]):
			rc.bad(bucketEvents, k, fmt.Errorf("berisi kemitraan %q dan waktu %v", clipText(string(e.PartnershipID), 40), e.Time))
		case partnerships.Get(k[:idLen]) == nil:
			rc.bad(bucketEvents, k, fmt.Errorf("kemitraannya %w", model.ErrNotFound))
		case binary.BigEndian.Uint64(k[idLen+8:]) > seq:
			rc.bad(bucketEvents, k, fmt.Errorf("nomor urut %d melewati urutan ember %d", binary.BigEndian.Uint64(k[idLen+8:]), seq))
		default:
			c.Events++
		}
		return nil
	})
}

// attachments decodes every attachment and checks its key, its partnership and its
// data, and that no data is left without its attachment.
func (rc *recordChecker) attachments(c *Counts) error {
	partnerships, data := rc.tx.Bucket(bucketPartnerships), rc.tx.Bucket(bucketAttachmentData)
	err := rc.each(bucketAttachments, func(k, v []byte) error {
		var a model.Attachment
		if !rc.decode(bucketAttachments, k, v, &a) {
			return nil
		}
		if string(k) != string(attachmentKey(a.PartnershipID, a.ID)) {
			rc.bad(bucketAttachments, k, fmt.Errorf("berisi kemitraan %q dan ID %q", clipText(string(a.PartnershipID), 40), clipText(string(a.ID), 40)))
			return nil
		}
		if partnerships.Get([]byte(a.PartnershipID)) == nil {
			rc.bad(bucketAttachments, k, fmt.Errorf("kemitraannya %w", model.ErrNotFound))
			return nil
		}
		dv := data.Get([]byte(a.ID))
		if dv == nil {
			rc.bad(bucketAttachments, k, fmt.Errorf("isi berkas %w", model.ErrNotFound))
			return nil
		}
		d, ok := rc.payload(bucketAttachmentData, []byte(a.ID), dv)
		if !ok {
			return nil
		}
		if int64(len(d)) != a.Size {
			rc.bad(bucketAttachments, k, fmt.Errorf("isi berkas %d bita, bukan %d", len(d), a.Size))
			return nil
		}
		c.Attachments++
		return nil
	})
	if err != nil {
		return err
	}
	if rc.version >= 5 {
		err = rc.each(bucketDocuments, func(k, v []byte) error {
			var a model.Attachment
			if !rc.decode(bucketDocuments, k, v, &a) {
				return nil
			}
			if string(k) != string(a.ID) || a.PartnershipID != "" || !a.IsDocument() {
				rc.bad(bucketDocuments, k, fmt.Errorf("bukan dokumen sekolah (ID %q)", clipText(string(a.ID), 40)))
				return nil
			}
			dv := data.Get([]byte(a.ID))
			if dv == nil {
				rc.bad(bucketDocuments, k, fmt.Errorf("isi berkas %w", model.ErrNotFound))
				return nil
			}
			if d, ok := rc.payload(bucketAttachmentData, []byte(a.ID), dv); ok && int64(len(d)) != a.Size {
				rc.bad(bucketDocuments, k, fmt.Errorf("isi berkas %d bita, bukan %d", len(d), a.Size))
				return nil
			} else if !ok {
				return nil
			}
			c.Attachments++
			return nil
		})
		if err != nil {
			return err
		}
	}
	if m := data.Stats().KeyN; m != c.Attachments {
		rc.out.add("isi lampiran: %d isi berkas untuk %d lampiran", m, c.Attachments)
	}
	return nil
}

// counters checks the letter counters: 8 bytes, within MaxLetterNumber.
func (rc *recordChecker) counters(*Counts) error {
	return rc.each(bucketCounters, func(k, v []byte) error {
		p, ok := rc.payload(bucketCounters, k, v)
		switch {
		case !ok:
		case len(p) != 8:
			rc.bad(bucketCounters, k, fmt.Errorf("panjang %d, bukan 8", len(p)))
		case binary.BigEndian.Uint64(p) > model.MaxLetterNumber:
			rc.bad(bucketCounters, k, fmt.Errorf("nilai %d melewati batas %d", binary.BigEndian.Uint64(p), model.MaxLetterNumber))
		case !strings.HasPrefix(string(k), "letter/"):
			rc.bad(bucketCounters, k, errors.New("kunci tidak dikenal"))
		default:
			if _, err := strconv.Atoi(strings.TrimPrefix(string(k), "letter/")); err != nil {
				rc.bad(bucketCounters, k, errors.New("tahun tidak valid"))
			}
		}
		return nil
	})
}

// drafts decodes every draft.
func (rc *recordChecker) drafts(*Counts) error {
	return rc.each(bucketDrafts, func(k, v []byte) error {
		var d Draft
		rc.decode(bucketDrafts, k, v, &d)
		return nil
	})
}
