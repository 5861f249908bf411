package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The register of outgoing letters (agenda surat keluar) is the partnerships' Letters:
// every document given a school number — a request letter, a proposal's cover letter,
// an MoU, a PKS — is recorded with the partnership it belongs to, and with its
// summary, so that the register and the check of a number read the summaries only.
// Numbers come from one counter per year; a number typed by hand (an agreement's) is
// recorded too, and the counter steps over it; no number is ever given twice.

// IssueLetter gives letter l of the partnership the next school number of l.Date's
// year, formatted with the school's pattern — stepping over numbers the register
// already holds — and records it with the partnership, all in one transaction. The
// number stays used even when the letter is never printed. l.Kind and l.Date are
// required; its Subject, Addressee and Options are kept.
func (db *DB) IssueLetter(pid model.ID, l model.Letter) (model.Letter, error) {
	if strings.TrimSpace(l.Kind) == "" {
		return model.Letter{}, invalid("jenis surat kosong")
	}
	if l.Date.IsZero() {
		return model.Letter{}, invalid("tanggal surat kosong")
	}
	err := db.update(func(tx *bolt.Tx) error {
		school, err := getSchool(tx)
		if err != nil {
			return err
		}
		ps, err := getPartnership(tx, pid)
		if err != nil {
			return err
		}
		for {
			seq, err := nextLetterSeq(tx, l.Date.Year())
			if err != nil {
				return err
			}
			l.Number = model.FormatLetterNumber(school, int(seq), l.Date)
			held, err := letterWithNumber(tx, l.Number, "", "")
			if err != nil {
				return err
			}
			if held == nil {
				break // a number nobody typed by hand: this letter's
			}
		}
		l.Date = l.Date.Round(0)
		l.Manual, l.Code, l.Document = false, "", ""
		ps.Letters = append(ps.Letters, l)
		ps.UpdatedAt = db.stamp()
		return putPartnership(tx, ps)
	})
	if err != nil {
		return model.Letter{}, err
	}
	return l, nil
}

// IssueLetterNumber gives a letter of the kind the next number of date's year
// (IssueLetter with only a kind and a date).
func (db *DB) IssueLetterNumber(pid model.ID, kind string, date time.Time) (model.Letter, error) {
	return db.IssueLetter(pid, model.Letter{Kind: kind, Date: date})
}

// PeekLetter is the number IssueLetter would give a letter dated date now, without
// taking it.
func (db *DB) PeekLetter(date time.Time) (string, error) {
	var number string
	err := db.view(func(tx *bolt.Tx) error {
		school, err := getSchool(tx)
		if err != nil {
			return err
		}
		seq, err := readCounter(tx.Bucket(bucketCounters), letterCounterKey(date.Year()))
		if err != nil {
			return err
		}
		for {
			seq++
			if seq > model.MaxLetterNumber {
				return fmt.Errorf("tahun %d: %w", date.Year(), ErrLetterFull)
			}
			number = model.FormatLetterNumber(school, int(seq), date)
			held, err := letterWithNumber(tx, number, "", "")
			if err != nil || held == nil {
				return err
			}
		}
	})
	return number, err
}

// RegisterLetter records letter l of the partnership with a number given by hand (an
// agreement numbered before, or typed): refused with ErrNumberTaken when another
// letter holds the number. When the partnership's letter of the same kind already
// holds it, that letter is returned, its date, subject and addressee brought up to
// date while it is not printed.
func (db *DB) RegisterLetter(pid model.ID, l model.Letter) (model.Letter, error) {
	if strings.TrimSpace(l.Kind) == "" || strings.TrimSpace(l.Number) == "" {
		return model.Letter{}, invalid("jenis atau nomor surat kosong")
	}
	err := db.update(func(tx *bolt.Tx) error {
		ps, err := getPartnership(tx, pid)
		if err != nil {
			return err
		}
		got, changed, err := registerIn(tx, &ps, l, db.stamp())
		if err != nil {
			return err
		}
		l = got
		if !changed {
			return nil
		}
		ps.UpdatedAt = db.stamp()
		return putPartnership(tx, ps)
	})
	if err != nil {
		return model.Letter{}, err
	}
	return l, nil
}

// registerIn records l in ps (not yet stored), after checking that no other letter
// holds its number; it reports whether ps changed.
func registerIn(tx *bolt.Tx, ps *model.Partnership, l model.Letter, now time.Time) (model.Letter, bool, error) {
	if l.Date.IsZero() {
		l.Date = now
	}
	l.Date = l.Date.Round(0)
	for i, have := range ps.Letters {
		if !model.SameNumber(have.Number, l.Number) {
			continue
		}
		if have.Kind != l.Kind {
			return model.Letter{}, false, takenError(l.Number, have, ps.Title)
		}
		if have.Code == "" && (!have.Date.Equal(l.Date) || have.Subject != l.Subject || have.Addressee != l.Addressee) {
			ps.Letters[i].Date, ps.Letters[i].Subject, ps.Letters[i].Addressee = l.Date, l.Subject, l.Addressee
			return ps.Letters[i], true, nil
		}
		return have, false, nil
	}
	held, err := letterWithNumber(tx, l.Number, ps.ID, "")
	if err != nil {
		return model.Letter{}, false, err
	}
	if held != nil {
		return model.Letter{}, false, takenError(l.Number, held.Letter, held.Title)
	}
	l.Manual = true
	l.Code, l.Document = "", ""
	ps.Letters = append(ps.Letters, l)
	return l, true, nil
}

// numberTaken says who holds a number; it wraps ErrNumberTaken.
type numberTaken struct {
	number string
	held   model.Letter
	title  string // the partnership of the letter that holds it
}

func takenError(number string, l model.Letter, title string) error {
	return &numberTaken{number: number, held: l, title: title}
}

func (e *numberTaken) Error() string {
	return fmt.Sprintf("nomor %s sudah dipakai %s tanggal %s (kemitraan %q): %s",
		e.number, letterWhat(e.held), model.LongDate(e.held.Date), e.title, ErrNumberTaken.Error())
}

func (e *numberTaken) Unwrap() error { return ErrNumberTaken }

// problem is the refusal at the field where the number was typed.
func (e *numberTaken) problem(field string) model.Problems {
	args := map[string]string{"Number": e.number, "Letter": letterWhat(e.held), "Date": model.LongDate(e.held.Date), "Title": e.title}
	return model.Problems{{Field: field, Key: "validation.numbertaken", Args: args,
		Message: fmt.Sprintf("Nomor ini sudah dipakai %s tanggal %s (kemitraan “%s”). Pakai nomor lain, atau ambil nomor berikutnya.",
			args["Letter"], args["Date"], args["Title"])}}
}

// letterWhat names a letter in a message: its hal, else its kind.
func letterWhat(l model.Letter) string {
	if s := strings.TrimSpace(l.Subject); s != "" {
		return s
	}
	return model.DocumentKind(l.Kind).Label()
}

// ErrNumberTaken is the model's: a letter number the register already holds.
var ErrNumberTaken = model.ErrNumberTaken

// SetLetterDocument records, with the partnership's letter of that number, the code
// printed in its footer and the stored document (Attachment.ID) made under it.
func (db *DB) SetLetterDocument(pid model.ID, number, code string, doc model.ID) error {
	return db.update(func(tx *bolt.Tx) error {
		ps, err := getPartnership(tx, pid)
		if err != nil {
			return err
		}
		for i := range ps.Letters {
			if ps.Letters[i].Number == number {
				ps.Letters[i].Code = code
				if doc != "" {
					ps.Letters[i].Document = doc
				}
				return putPartnership(tx, ps)
			}
		}
		return fmt.Errorf("kemitraan %s: surat nomor %s: %w", pid, number, model.ErrNotFound)
	})
}

// SetLetterCode records the document code printed on the partnership's letter with the
// given number, once its PDF is made.
func (db *DB) SetLetterCode(pid model.ID, number, code string) error {
	return db.SetLetterDocument(pid, number, code, "")
}

// RegisterEntry is one line of the register: a letter, with the partnership it
// belongs to.
type RegisterEntry = model.RegisterEntry

// Register lists the letters of year (every year when 0) in the register's order:
// by date, then by number.
func (db *DB) Register(year int) ([]RegisterEntry, error) {
	var list []RegisterEntry
	err := db.view(func(tx *bolt.Tx) error {
		return eachLetter(tx, func(e RegisterEntry) error {
			if strings.TrimSpace(e.Number) != "" && (year == 0 || e.Date.Year() == year) {
				list = append(list, e)
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if !sameDay(a.Date, b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.Number < b.Number
	})
	return list, nil
}

// LetterYears are the years the register holds letters of, newest first.
func (db *DB) LetterYears() ([]int, error) {
	seen := map[int]bool{}
	err := db.view(func(tx *bolt.Tx) error {
		return eachLetter(tx, func(e RegisterEntry) error {
			seen[e.Date.Year()] = true
			return nil
		})
	})
	var years []int
	for y := range seen {
		years = append(years, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	return years, err
}

// LetterWithNumber finds the letter that holds a number, the partnership pid's letter
// of kind left aside (the letter being checked itself); false when none does.
func (db *DB) LetterWithNumber(number string, pid model.ID, kind string) (RegisterEntry, bool, error) {
	var found *RegisterEntry
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		found, err = letterWithNumber(tx, number, pid, kind)
		return err
	})
	if err != nil || found == nil {
		return RegisterEntry{}, false, err
	}
	return *found, true, nil
}

// letterWithNumber finds the letter holding number among the summaries, leaving out
// the partnership except's letters (of exceptKind only, when it is given).
func letterWithNumber(tx *bolt.Tx, number string, except model.ID, exceptKind string) (*RegisterEntry, error) {
	var found *RegisterEntry
	err := eachLetter(tx, func(e RegisterEntry) error {
		if found != nil || !model.SameNumber(e.Number, number) {
			return nil
		}
		if e.Partnership == except && (exceptKind == "" || e.Kind == exceptKind) {
			return nil
		}
		found = &e
		return nil
	})
	return found, err
}

// eachLetter calls fn with every letter of every partnership, read from the summaries.
func eachLetter(tx *bolt.Tx, fn func(RegisterEntry) error) error {
	return tx.Bucket(bucketSummaries).ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(`"letters":`)) {
			return nil // no letter: skip decoding it
		}
		var s struct {
			Title   string         `json:"title"`
			Letters []model.Letter `json:"letters"`
		}
		if err := decode(bucketSummaries, k, v, &s); err != nil {
			return err
		}
		for _, l := range s.Letters {
			if err := fn(RegisterEntry{Letter: l, Partnership: model.ID(k), Title: s.Title}); err != nil {
				return err
			}
		}
		return nil
	})
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// reconcileAgreementLetters records an agreement's numbers in the register when the
// partnership is saved: the PKS's and the MoU's school numbers, typed by hand or
// taken with IssueLetter, are letters of the partnership. A number another letter
// holds is refused, at its field; a number typed by hand and replaced before its
// document was printed is released.
func reconcileAgreementLetters(tx *bolt.Tx, ps *model.Partnership, now time.Time) error {
	a := ps.Agreement
	addressee := ""
	if ps.PartnerID != "" {
		if pt, err := getPartner(tx, ps.PartnerID); err == nil {
			addressee = pt.Addressee()
		}
	}
	for _, n := range []struct {
		kind   model.DocumentKind
		has    bool
		number string
		date   time.Time
		field  string
	}{
		{model.DocPKS, a.Kind.HasPKS(), a.SchoolNumber, a.Date, "agreement.school_number"},
		{model.DocMoU, a.Kind.HasMoU(), a.MoU.SchoolNumber, a.MoU.Date, "agreement.mou.school_number"},
	} {
		number := strings.TrimSpace(n.number)
		// a typed number no longer used, its document never printed, is released
		keep := ps.Letters[:0:0]
		for _, l := range ps.Letters {
			if l.Kind == string(n.kind) && l.Manual && l.Code == "" && (!n.has || !model.SameNumber(l.Number, number)) {
				continue
			}
			keep = append(keep, l)
		}
		ps.Letters = keep
		if !n.has || number == "" {
			continue
		}
		_, _, err := registerIn(tx, ps, model.Letter{Kind: string(n.kind), Number: number, Date: n.date,
			Subject: model.Subject(n.kind, ps.Title), Addressee: addressee}, now)
		var taken *numberTaken
		if errors.As(err, &taken) {
			return taken.problem(n.field)
		}
		if err != nil {
			return err
		}
	}
	return nil
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
