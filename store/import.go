package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/kemitraan/kemitraan/model"
)

// Reading a bundle is the one place where the program takes a large file from
// elsewhere (another PC, a district office, a USB stick found in a drawer), so
// ReadBundle trusts nothing in it: the input is bounded in size, its JSON in depth
// and string length, its arrays in count, and it is decoded one record at a time,
// so a hostile file is refused with memory in proportion to what it really holds.

// DefaultImportLimit is the largest bundle ReadBundle takes when given no limit:
// 512 MB, attachments (base64) included.
const DefaultImportLimit int64 = 256 << 20

// Limits on a bundle's content. A real bundle is a few levels deep; its strings are
// names and paragraphs, except the attachments' data and the school's logo (base64).
const (
	maxBundleDepth   = 64
	maxBundleString  = 1 << 20
	maxBundleRecords = 100_000 // partners, partnerships, attachments
	// maxBundleEvents is larger: a partnership gathers dozens of events over its years,
	// and a district office merging its schools' bundles sees hundreds of thousands.
	maxBundleEvents = 1_000_000
	maxBundleYears  = 1_000 // letter counters
	// Outside strings, an export has short runs of spaces (indentation) and short
	// numbers; the JSON decoder keeps a run of either in memory whole.
	maxBundleSpaces  = 64 << 10
	maxBundleLiteral = 64
	maxBase64String  = (model.MaxAttachmentBytes+2)/3*4 + 4
	minBundleVersion = 1
)

// ReadBundle reads a bundle that Export wrote, here or on another PC. It refuses,
// with an error that says roughly where and what to do:
//
//   - input over limit bytes (DefaultImportLimit when limit ≤ 0): ErrBundleTooLarge;
//   - a format other than "kemitraan-export", or no format: ErrNotBundle;
//   - a schema_version newer than SchemaVersion: ErrBundleNewer;
//   - malformed or truncated JSON, nesting deeper than 64, a string over 1 MB (the
//     base64 of attachments and logo may be as long as a 25 MB file needs), more than
//     100,000 partners, partnerships or attachments or 1,000,000 events, letter
//     counters that are not years: ErrBundleDamaged, with the byte offset and the
//     part of the file.
//
// The input is read once, as a stream: nesting and string lengths are checked on the
// bytes as they come, before the JSON decoder sees them, and records are decoded one
// at a time, so a hostile file costs no more memory than its real content. The
// records themselves are checked by PlanImport.
func ReadBundle(r io.Reader, limit int64) (*Bundle, error) {
	if limit <= 0 {
		limit = DefaultImportLimit
	}
	defer lowerMemoryLimit()()
	sc := &bundleScanner{r: io.LimitReader(r, limit+1), limit: limit}
	dec := json.NewDecoder(sc)
	rd := bundleReader{dec: dec, sc: sc}
	b, err := rd.read()
	if err != nil {
		return nil, err
	}
	return b, nil
}

// bundleReader decodes a bundle's top-level object field by field.
type bundleReader struct {
	dec *json.Decoder
	sc  *bundleScanner
}

func (rd *bundleReader) read() (*Bundle, error) {
	b := &Bundle{}
	tok, err := rd.dec.Token()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: berkas kosong", ErrNotBundle)
	}
	if err != nil {
		if errors.As(err, new(*json.SyntaxError)) {
			return nil, fmt.Errorf("%w (%v)", ErrNotBundle, err)
		}
		return nil, rd.fail(err, "awal berkas")
	}
	if tok != json.Delim('{') {
		return nil, fmt.Errorf("%w: berkas tidak diawali objek JSON", ErrNotBundle)
	}
	seenFormat, seenVersion := false, false
	for rd.dec.More() {
		tok, err := rd.dec.Token()
		if err != nil {
			return nil, rd.fail(err, "kepala berkas")
		}
		key, _ := tok.(string)
		switch key {
		case "format":
			var f string
			if err := rd.value(&f, key); err != nil {
				return nil, err
			}
			if f != ExportFormat {
				return nil, fmt.Errorf("%w (format %q)", ErrNotBundle, clip(f))
			}
			seenFormat = true
		case "schema_version":
			var v int
			if err := rd.value(&v, key); err != nil {
				return nil, err
			}
			if v > SchemaVersion {
				return nil, fmt.Errorf("%w (versi berkas %d, versi aplikasi %d)", ErrBundleNewer, v, SchemaVersion)
			}
			if v < minBundleVersion {
				return nil, rd.bad(fmt.Sprintf("schema_version %d tidak valid", v), key)
			}
			b.SchemaVersion, seenVersion = v, true
		case "exported_at":
			if err := rd.value(&b.ExportedAt, key); err != nil {
				return nil, err
			}
		case "school":
			if err := rd.value(&b.School, key); err != nil {
				return nil, err
			}
			if err := checkBundleSchool(b.School); err != nil {
				return nil, rd.bad(err.Error(), key)
			}
		case "partners":
			err = readArray(rd, key, maxBundleRecords, &b.Partners, checkBundlePartner)
		case "partnerships":
			err = readArray(rd, key, maxBundleRecords, &b.Partnerships, checkBundlePartnership)
		case "events":
			err = readArray(rd, key, maxBundleEvents, &b.Events, checkBundleEvent)
		case "attachments":
			err = readArray(rd, key, maxBundleRecords, &b.Attachments, checkBundleAttachment)
		case "student_activities":
			err = readArray(rd, key, maxBundleRecords, &b.StudentActivities, checkStoredActivity)
		case "letter_counters":
			err = rd.counters(b)
		default:
			// a field a newer version of the same schema may add
			err = rd.skip(key)
		}
		if err != nil {
			return nil, err
		}
	}
	if _, err := rd.dec.Token(); err != nil { // the closing brace
		return nil, rd.fail(err, "akhir berkas")
	}
	if _, err := rd.dec.Token(); err != io.EOF {
		if err == nil {
			return nil, rd.bad("ada data lain setelah akhir berkas", "akhir berkas")
		}
		return nil, rd.fail(err, "akhir berkas")
	}
	if !seenFormat {
		return nil, fmt.Errorf("%w (tanpa keterangan format)", ErrNotBundle)
	}
	if !seenVersion {
		return nil, rd.bad("schema_version tidak ada", "kepala berkas")
	}
	if b.SchemaVersion < 5 {
		// an export of an earlier version: its partnerships in the present form
		partners := map[model.ID]*model.Partner{}
		for i := range b.Partners {
			partners[b.Partners[i].ID] = &b.Partners[i]
		}
		for i := range b.Partnerships {
			upgradeFromV4(&b.Partnerships[i], partners[b.Partnerships[i].PartnerID])
		}
	}
	return b, nil
}

// value decodes the next value into v.
func (rd *bundleReader) value(v any, where string) error {
	if err := rd.dec.Decode(v); err != nil {
		return rd.fail(err, where)
	}
	return nil
}

// readArray decodes a JSON array (or null) one element at a time into list, and
// checks each as it comes, so that a long list of empty or broken records is refused
// at its first one rather than decoded whole.
func readArray[T any](rd *bundleReader, key string, max int, list *[]T, check func(T) error) error {
	tok, err := rd.dec.Token()
	if err != nil {
		return rd.fail(err, key)
	}
	if tok == nil {
		return nil
	}
	if tok != json.Delim('[') {
		return rd.bad("bukan daftar", key)
	}
	for i := 0; rd.dec.More(); i++ {
		if len(*list) >= max {
			return rd.bad(fmt.Sprintf("lebih dari %d data", max), key)
		}
		var v T
		where := fmt.Sprintf("%s, data ke-%d", key, i+1)
		if err := rd.dec.Decode(&v); err != nil {
			return rd.fail(err, where)
		}
		if err := check(v); err != nil {
			return rd.bad(err.Error(), where)
		}
		*list = append(*list, v)
	}
	if _, err := rd.dec.Token(); err != nil {
		return rd.fail(err, key)
	}
	return nil
}

// counters decodes the letter counters: an object of years.
func (rd *bundleReader) counters(b *Bundle) error {
	const key = "letter_counters"
	tok, err := rd.dec.Token()
	if err != nil {
		return rd.fail(err, key)
	}
	if tok == nil {
		return nil
	}
	if tok != json.Delim('{') {
		return rd.bad("bukan objek", key)
	}
	b.LetterCounters = map[string]uint64{}
	for rd.dec.More() {
		tok, err := rd.dec.Token()
		if err != nil {
			return rd.fail(err, key)
		}
		year, _ := tok.(string)
		if y, err := strconv.Atoi(year); err != nil || y < 1 || y > 9999 || strconv.Itoa(y) != year {
			return rd.bad(fmt.Sprintf("tahun %q tidak valid", clip(year)), key)
		}
		if len(b.LetterCounters) >= maxBundleYears {
			return rd.bad(fmt.Sprintf("lebih dari %d tahun", maxBundleYears), key)
		}
		var n uint64
		if err := rd.value(&n, key+" "+year); err != nil {
			return err
		}
		if err := checkBundleCounter(year, n); err != nil {
			return fmt.Errorf("%w (sekitar byte %d)", err, rd.dec.InputOffset())
		}
		b.LetterCounters[year] = n
	}
	if _, err := rd.dec.Token(); err != nil {
		return rd.fail(err, key)
	}
	return nil
}

// skip reads past the next value, token by token: nothing of it is kept.
func (rd *bundleReader) skip(key string) error {
	depth := 0
	for {
		tok, err := rd.dec.Token()
		if err != nil {
			return rd.fail(err, key)
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// bad is ErrBundleDamaged saying what is wrong where.
func (rd *bundleReader) bad(what, where string) error {
	return fmt.Errorf("%w: %s (bagian %s, sekitar byte %d)", ErrBundleDamaged, what, where, rd.dec.InputOffset())
}

// fail explains an error of the decoder or of the input.
func (rd *bundleReader) fail(err error, where string) error {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		scan   *bundleScanError
		read   *readFailure
	)
	switch {
	case errors.As(err, &scan):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("%w: berkas terpotong, berakhir di byte %d sebelum selesai (bagian %s)", ErrBundleDamaged, rd.sc.off, where)
	case errors.As(err, &syntax):
		return fmt.Errorf("%w: JSON tidak valid di sekitar byte %d (bagian %s): %v", ErrBundleDamaged, syntax.Offset, where, err)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "nilai"
		}
		return fmt.Errorf("%w: %s berisi %s, bukan %s (bagian %s, sekitar byte %d)", ErrBundleDamaged, field, typ.Value, typ.Type, where, typ.Offset)
	case errors.As(err, &read):
		return fmt.Errorf("membaca berkas ekspor: %w", read.err)
	default:
		// a value its type refuses: a time that is not a time, bad base64
		return fmt.Errorf("%w: %v (bagian %s, sekitar byte %d)", ErrBundleDamaged, err, where, rd.dec.InputOffset())
	}
}

// sizeText is a size as a person reads it: "512,0 MB", "900 KB".
func sizeText(n int64) string { return model.ByteSize(n, ",") }

// clip shortens a string from the input for a message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

var utf8BOMBytes = []byte(utf8BOM)

// bundleScanError is a limit the input broke, found by the scanner.
type bundleScanError struct {
	err  error // ErrBundleTooLarge or ErrBundleDamaged
	what string
	off  int64
}

func (e *bundleScanError) Error() string {
	return fmt.Sprintf("%v: %s (sekitar byte %d)", e.err, e.what, e.off)
}

func (e *bundleScanError) Unwrap() error { return e.err }

// readFailure is an error of the underlying reader (a disk, a removed stick).
type readFailure struct{ err error }

func (e *readFailure) Error() string { return e.err.Error() }
func (e *readFailure) Unwrap() error { return e.err }

// bundleScanner passes the input through to the JSON decoder, checking on the way
// its size, the nesting of objects and arrays, and the length of strings. It knows
// just enough JSON to tell strings from structure: a string is from a quote to the
// next unescaped quote, and the key before a colon is the last string read.
type bundleScanner struct {
	r     io.Reader
	limit int64
	off   int64 // bytes passed on so far
	err   error

	depth    int
	inString bool
	escape   bool
	strLen   int64
	strMax   int64
	// key holds the first bytes of the string being read or last read, for knowing
	// the key of the value that follows a colon.
	key      [8]byte
	keyLen   int
	colon    bool // the last byte outside strings (and spaces) was a colon
	longNext bool // the key before that colon allows a long string (data, logo)
	started  bool // the opening brace has been read
	spaces   int  // length of the current run of spaces
	literal  int  // length of the current number, true, false or null
}

func (s *bundleScanner) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		err = &readFailure{err}
	}
	if s.off == 0 && bytes.HasPrefix(p[:n], utf8BOMBytes) {
		// a file saved again by Notepad gains a byte order mark the decoder refuses
		n = copy(p, p[len(utf8BOMBytes):n])
		s.off = int64(len(utf8BOMBytes))
	}
	if serr := s.scan(p[:n]); serr != nil {
		s.err = serr
		return 0, serr
	}
	return n, err
}

func (s *bundleScanner) fail(base error, what string, at int) error {
	return &bundleScanError{err: base, what: what, off: s.off + int64(at)}
}

// scan checks p and moves s.off past it.
func (s *bundleScanner) scan(p []byte) error {
	if s.off+int64(len(p)) > s.limit {
		return &bundleScanError{err: ErrBundleTooLarge, what: "lebih dari " + sizeText(s.limit), off: s.limit}
	}
	for i := 0; i < len(p); i++ {
		if s.inString {
			if s.escape {
				s.escape = false
				s.strLen++
				continue
			}
			// fast path: jump to the next quote or backslash
			j := indexQuoteOrBackslash(p[i:])
			if j < 0 {
				j = len(p) - i
			}
			s.remember(p[i : i+j])
			s.strLen += int64(j)
			if s.strLen > s.strMax {
				return s.fail(ErrBundleDamaged, "teks lebih panjang dari "+sizeText(s.strMax), i+j)
			}
			i += j
			if i >= len(p) {
				break
			}
			if p[i] == '\\' {
				s.escape = true
				s.strLen++
				continue
			}
			s.inString = false // the closing quote
			continue
		}
		c := p[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			s.literal = 0
			if s.spaces++; s.spaces > maxBundleSpaces {
				return s.fail(ErrBundleDamaged, fmt.Sprintf("lebih dari %d KB spasi berturut-turut", maxBundleSpaces>>10), i)
			}
			continue
		}
		s.spaces = 0
		if !s.started {
			if c != '{' {
				return s.fail(ErrNotBundle, "berkas tidak diawali objek JSON", i)
			}
			s.started = true
		}
		switch c {
		case '"':
			s.inString, s.strLen, s.keyLen = true, 0, 0
			s.strMax = maxBundleString
			if s.colon && s.longNext {
				s.strMax = maxBase64String
			}
		case '{', '[':
			s.depth++
			if s.depth > maxBundleDepth {
				return s.fail(ErrBundleDamaged, fmt.Sprintf("bersarang lebih dari %d tingkat", maxBundleDepth), i)
			}
		case '}', ']':
			if s.depth > 0 {
				s.depth--
			}
		case ',':
		case ':':
			k := s.key[:min(s.keyLen, len(s.key))]
			s.longNext = s.keyLen <= 4 && (string(k) == "data" || string(k) == "logo")
			s.colon, s.literal = true, 0
			continue
		default:
			// a number, true, false or null
			if s.literal++; s.literal > maxBundleLiteral {
				return s.fail(ErrBundleDamaged, fmt.Sprintf("angka atau nilai lebih panjang dari %d karakter", maxBundleLiteral), i)
			}
			s.colon = false
			continue
		}
		s.colon = false
		s.literal = 0
	}
	s.off += int64(len(p))
	return nil
}

// remember keeps the first bytes of the current string, and counts its length up to
// one more than key holds.
func (s *bundleScanner) remember(b []byte) {
	if s.keyLen > len(s.key) {
		return
	}
	n := copy(s.key[s.keyLen:], b)
	s.keyLen += n
	if n < len(b) {
		s.keyLen = len(s.key) + 1
	}
}

func indexQuoteOrBackslash(b []byte) int {
	q := bytes.IndexByte(b, '"')
	if q < 0 {
		q = len(b)
	}
	if e := bytes.IndexByte(b[:q], '\\'); e >= 0 {
		return e
	}
	if q == len(b) {
		return -1
	}
	return q
}
