package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Counts says how much a data file holds (model.Counts).
type Counts = model.Counts

// Counts counts the records without checking the file deeply.
func (db *DB) Counts() (Counts, error) {
	var c Counts
	err := db.view(func(tx *bolt.Tx) error {
		c.SchemaVersion, _ = strconv.Atoi(string(tx.Bucket(bucketMeta).Get(keySchemaVersion)))
		c.Partners = tx.Bucket(bucketPartners).Stats().KeyN
		c.Events = tx.Bucket(bucketEvents).Stats().KeyN
		c.Attachments = tx.Bucket(bucketAttachments).Stats().KeyN
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

// Check verifies the file: bbolt's consistency check of every page, then every record
// decoded, with its summary; every event and attachment decoded and belonging to a
// partnership in the file, under the key its content says; every attachment with its
// data and no data without its attachment. A problem comes back wrapping ErrDamaged
// and naming the bucket and key.
func (db *DB) Check() (Counts, error) { return db.check(func(time.Time) {}) }

// check is Check telling changed the UpdatedAt of every record it reads.
func (db *DB) check(changed func(time.Time)) (Counts, error) {
	var c Counts
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		if c, err = db.checkCommon(tx, changed); err != nil {
			return err
		}
		summaries := tx.Bucket(bucketSummaries)
		err = tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
			var ps model.Partnership
			if err := decode(bucketPartnerships, k, v, &ps); err != nil {
				return err
			}
			if string(ps.ID) != string(k) {
				return &recordError{bucket: string(bucketPartnerships), key: string(k), err: fmt.Errorf("berisi ID %q", ps.ID)}
			}
			want, err := json.Marshal(summarize(ps))
			if err != nil {
				return err
			}
			if !bytes.Equal(summaries.Get(k), want) {
				return &recordError{bucket: string(bucketSummaries), key: string(k), err: errors.New("ringkasan tidak sesuai dengan kemitraan")}
			}
			changed(ps.UpdatedAt)
			c.Partnerships++
			c.Letters += len(ps.Letters)
			return nil
		})
		if err != nil {
			return err
		}
		if n := summaries.Stats().KeyN; n != c.Partnerships {
			return &recordError{bucket: string(bucketSummaries), key: "*", err: fmt.Errorf("%d ringkasan untuk %d kemitraan", n, c.Partnerships)}
		}
		if c.Events, err = checkEvents(tx); err != nil {
			return err
		}
		if c.Attachments, err = checkAttachments(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketCounters).ForEach(func(k, v []byte) error {
			if len(v) != 8 {
				return &recordError{bucket: string(bucketCounters), key: string(k), err: fmt.Errorf("panjang %d, bukan 8", len(v))}
			}
			return nil
		})
	})
	if err != nil {
		return Counts{}, err
	}
	return c, nil
}

// checkCommon is what every version's check starts with: bbolt's consistency check
// of every page, the schema version, the school profile and every partner decoded.
func (db *DB) checkCommon(tx *bolt.Tx, changed func(time.Time)) (Counts, error) {
	var c Counts
	var problems []string
	for err := range tx.Check() {
		problems = append(problems, err.Error())
	}
	if len(problems) > 0 {
		if len(problems) > 5 {
			problems = append(problems[:5], fmt.Sprintf("dan %d lagi", len(problems)-5))
		}
		return c, db.damaged(errors.New(strings.Join(problems, "; ")))
	}
	n, err := strconv.Atoi(string(tx.Bucket(bucketMeta).Get(keySchemaVersion)))
	if err != nil {
		return c, &recordError{bucket: string(bucketMeta), key: string(keySchemaVersion), err: err}
	}
	c.SchemaVersion = n
	school, err := getSchool(tx)
	if err != nil {
		return c, err
	}
	changed(school.UpdatedAt)
	err = tx.Bucket(bucketPartners).ForEach(func(k, v []byte) error {
		var p model.Partner
		if err := decode(bucketPartners, k, v, &p); err != nil {
			return err
		}
		if string(p.ID) != string(k) {
			return &recordError{bucket: string(bucketPartners), key: string(k), err: fmt.Errorf("berisi ID %q", p.ID)}
		}
		changed(p.UpdatedAt)
		c.Partners++
		return nil
	})
	return c, err
}

// bucketsV1 are the buckets a version 1 file has.
var bucketsV1 = [][]byte{bucketMeta, bucketSchool, bucketPartners, bucketPartnerships, bucketCounters}

// checkOlder checks a file of an older schema version, as Inspect does before a restore
// or an upgrade: bbolt's consistency check, then the records whose shape has not
// changed (school, partners) decoded, and every partnership a JSON object with an ID
// and a time of change. The upgrade itself decodes the old partnerships fully.
func (db *DB) checkOlder(changed func(time.Time)) (Counts, error) {
	var c Counts
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		if c, err = db.checkCommon(tx, changed); err != nil {
			return err
		}
		return tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
			var ps struct {
				ID        model.ID   `json:"id"`
				UpdatedAt time.Time  `json:"updated_at"`
				Letters   []struct{} `json:"letters"`
			}
			if err := decode(bucketPartnerships, k, v, &ps); err != nil {
				return err
			}
			if string(ps.ID) != string(k) {
				return &recordError{bucket: string(bucketPartnerships), key: string(k), err: fmt.Errorf("berisi ID %q", ps.ID)}
			}
			changed(ps.UpdatedAt)
			c.Partnerships++
			c.Letters += len(ps.Letters)
			return nil
		})
	})
	if err != nil {
		return Counts{}, err
	}
	return c, nil
}

// checkEvents decodes every event and checks its key: its partnership's ID, in the file,
// and its time.
func checkEvents(tx *bolt.Tx) (int, error) {
	partnerships := tx.Bucket(bucketPartnerships)
	n := 0
	err := tx.Bucket(bucketEvents).ForEach(func(k, v []byte) error {
		bad := func(err error) error {
			return &recordError{bucket: string(bucketEvents), key: fmt.Sprintf("%x", k), err: err}
		}
		if len(k) != eventKeyLen {
			return bad(fmt.Errorf("panjang kunci %d, bukan %d", len(k), eventKeyLen))
		}
		var e model.Event
		if err := json.Unmarshal(v, &e); err != nil {
			return bad(err)
		}
		if string(e.PartnershipID) != string(k[:idLen]) || uint64(e.Time.UnixNano()) != binary.BigEndian.Uint64(k[idLen:]) {
			return bad(fmt.Errorf("berisi kemitraan %q dan waktu %v", e.PartnershipID, e.Time))
		}
		if partnerships.Get(k[:idLen]) == nil {
			return bad(fmt.Errorf("kemitraan %s: %w", k[:idLen], model.ErrNotFound))
		}
		n++
		return nil
	})
	return n, err
}

// checkAttachments decodes every attachment and checks its key, its partnership and its
// data, and that no data is left without its attachment.
func checkAttachments(tx *bolt.Tx) (int, error) {
	partnerships, data := tx.Bucket(bucketPartnerships), tx.Bucket(bucketAttachmentData)
	n := 0
	err := tx.Bucket(bucketAttachments).ForEach(func(k, v []byte) error {
		var a model.Attachment
		if err := decode(bucketAttachments, k, v, &a); err != nil {
			return err
		}
		bad := func(err error) error {
			return &recordError{bucket: string(bucketAttachments), key: string(k), err: err}
		}
		if string(k) != string(attachmentKey(a.PartnershipID, a.ID)) {
			return bad(fmt.Errorf("berisi kemitraan %q dan ID %q", a.PartnershipID, a.ID))
		}
		if partnerships.Get([]byte(a.PartnershipID)) == nil {
			return bad(fmt.Errorf("kemitraan %s: %w", a.PartnershipID, model.ErrNotFound))
		}
		d := data.Get([]byte(a.ID))
		if d == nil {
			return bad(fmt.Errorf("isi berkas: %w", model.ErrNotFound))
		}
		if int64(len(d)) != a.Size {
			return bad(fmt.Errorf("isi berkas %d bita, bukan %d", len(d), a.Size))
		}
		n++
		return nil
	})
	if err != nil {
		return 0, err
	}
	if m := data.Stats().KeyN; m != n {
		return 0, &recordError{bucket: string(bucketAttachmentData), key: "*", err: fmt.Errorf("%d isi berkas untuk %d lampiran", m, n)}
	}
	return n, nil
}

// bbolt's meta page, as the file holds it (native byte order, which is little-endian
// on every platform Kemitraan runs on).
const (
	boltMagic   = 0xED0CDAED
	boltVersion = 2
	pageHeader  = 16 // id, flags, count, overflow
	metaSize    = 64 // magic … txid, checksum
	metaSummed  = 56 // the bytes the checksum covers
)

type boltMeta struct {
	pageSize uint32
	pgid     uint64 // high water mark: pages 0 … pgid-1 are in use
	txid     uint64
}

// readMeta reads the meta page at off; ok is false when it is not a valid one.
func readMeta(f *os.File, off int64) (m boltMeta, ok bool) {
	var buf [pageHeader + metaSize]byte
	if _, err := f.ReadAt(buf[:], off); err != nil {
		return m, false
	}
	b := buf[pageHeader:]
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return m, false
	}
	h := fnv.New64a()
	_, _ = h.Write(b[:metaSummed])
	if h.Sum64() != le.Uint64(b[metaSummed:]) {
		return m, false
	}
	return boltMeta{pageSize: le.Uint32(b[8:]), pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}, true
}

// checkLength refuses a file cut short (a copy that stopped half way): bbolt would map
// pages past its end, and reading them ends the program instead of returning an error.
// A file that is missing, empty or not a bbolt file is left to bbolt.Open to judge.
func checkLength(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() == 0 {
		return nil
	}
	m, ok := readMeta(f, 0)
	if !ok {
		// bbolt falls back to the second meta page; look where it looks
		for i := 0; i <= 14; i++ {
			if m, ok = readMeta(f, 1024<<i); ok {
				break
			}
		}
	} else if m1, ok1 := readMeta(f, int64(m.pageSize)); ok1 && m1.txid > m.txid {
		m = m1
	}
	if !ok || m.pageSize == 0 {
		return nil
	}
	if need := int64(m.pgid) * int64(m.pageSize); need > info.Size() || need < 0 {
		return damaged(path, fmt.Errorf("berkas terpotong: %d dari %d bita", info.Size(), need))
	}
	return nil
}
