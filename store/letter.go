package store

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// IssueLetterNumber gives a letter of the partnership the next nomor surat of date's
// year, formatted with the school's pattern, and records it in the partnership's
// Letters, all in one transaction: a number is never given twice, and the sequence
// restarts at 1 each year. A number stays used even when the letter is never printed.
func (db *DB) IssueLetterNumber(partnershipID model.ID, kind string, date time.Time) (model.Letter, error) {
	if strings.TrimSpace(kind) == "" {
		return model.Letter{}, invalid("jenis surat kosong")
	}
	if date.IsZero() {
		return model.Letter{}, invalid("tanggal surat kosong")
	}
	var letter model.Letter
	err := db.update(func(tx *bolt.Tx) error {
		school, err := getSchool(tx)
		if err != nil {
			return err
		}
		ps, err := getPartnership(tx, partnershipID)
		if err != nil {
			return err
		}
		seq, err := nextLetterSeq(tx, date.Year())
		if err != nil {
			return err
		}
		letter = model.Letter{
			Kind:   kind,
			Number: model.FormatLetterNumber(school, int(seq), date),
			Date:   date.Round(0),
		}
		ps.Letters = append(ps.Letters, letter)
		ps.UpdatedAt = db.stamp()
		return putPartnership(tx, ps)
	})
	if err != nil {
		return model.Letter{}, err
	}
	return letter, nil
}

// SetLetterCode records the document code printed on the partnership's letter with the
// given number, once its PDF is made.
func (db *DB) SetLetterCode(partnershipID model.ID, number, code string) error {
	return db.update(func(tx *bolt.Tx) error {
		ps, err := getPartnership(tx, partnershipID)
		if err != nil {
			return err
		}
		for i := range ps.Letters {
			if ps.Letters[i].Number == number {
				ps.Letters[i].Code = code
				return putPartnership(tx, ps)
			}
		}
		return fmt.Errorf("kemitraan %s: surat nomor %s: %w", partnershipID, number, model.ErrNotFound)
	})
}

// letterCounterKey is the counters key of a year's letter sequence: "letter/2026".
func letterCounterKey(year int) []byte { return []byte("letter/" + strconv.Itoa(year)) }

// readCounter reads a counter's value: 0 when there is none.
func readCounter(b *bolt.Bucket, key []byte) (uint64, error) {
	p, err := get(b, bucketCounters, key)
	if err != nil || p == nil {
		return 0, err
	}
	if len(p) != 8 {
		return 0, badRecord(bucketCounters, key, fmt.Errorf("panjang %d, bukan 8", len(p)))
	}
	n := binary.BigEndian.Uint64(p)
	if n > model.MaxLetterNumber {
		return 0, badRecord(bucketCounters, key, fmt.Errorf("nilai %d melewati batas %d", n, model.MaxLetterNumber))
	}
	return n, nil
}

func putCounter(b *bolt.Bucket, key []byte, n uint64) error {
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], n)
	return put(b, key, buf[:])
}

// nextLetterSeq counts up the year's letter sequence and returns the new value; a
// year whose numbers are used up (model.MaxLetterNumber) gets ErrLetterFull.
func nextLetterSeq(tx *bolt.Tx, year int) (uint64, error) {
	b := tx.Bucket(bucketCounters)
	key := letterCounterKey(year)
	seq, err := readCounter(b, key)
	if err != nil {
		return 0, err
	}
	if seq >= model.MaxLetterNumber {
		return 0, fmt.Errorf("tahun %d: %w", year, ErrLetterFull)
	}
	seq++
	return seq, putCounter(b, key, seq)
}

// raiseLetterCounter makes the year's letter sequence at least n: numbers already
// given outside the counter (sample data, another computer's) are never given again.
// n beyond model.MaxLetterNumber is refused (a bundle's counter is checked before).
func raiseLetterCounter(tx *bolt.Tx, year int, n uint64) error {
	if n > model.MaxLetterNumber {
		return fmt.Errorf("tahun %d: penghitung %d: %w", year, n, ErrBundleOutOfRange)
	}
	b := tx.Bucket(bucketCounters)
	key := letterCounterKey(year)
	cur, err := readCounter(b, key)
	if err != nil || cur >= n {
		return err
	}
	return putCounter(b, key, n)
}

// NextLetterSequence is the sequence number the next letter of year will get, without
// taking it: what Pengaturan shows as the example of the next nomor surat.
func (db *DB) NextLetterSequence(year int) (int, error) {
	var seq uint64
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		seq, err = readCounter(tx.Bucket(bucketCounters), letterCounterKey(year))
		return err
	})
	return int(seq) + 1, err
}
