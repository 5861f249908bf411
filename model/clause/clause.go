// Package clause is the wording of an agreement's articles as a principal edits it:
// plain Indonesian text with named fields such as «nama sekolah» or «kewajiban pihak
// kedua», which the program fills in when the agreement prints. A principal never
// writes code: fields are inserted from a list (Fields), and what depends on the data
// — an ayat that is there only when something was typed, a list and the punctuation
// of its items, the numbers of the ayat — is the program's job (Fill):
//
//   - a line "(1) …" is an ayat; ayat are numbered (1), (2), … in order, whatever
//     number was typed, so an ayat that is left out never leaves a gap;
//   - a line "- …" or "a. …" is a list item; items are lettered a, b, c and end in ";",
//     "; dan" before the last and "." (considerations, "bahwa …", end in ";" and ".");
//   - a line whose field is empty, with nothing else but its ayat or item mark, is
//     left out, and so is a lead-in ("… berikut:") whose list is empty.
//
// Texts written before fields existed were Go templates; Convert turns the common
// ones into this form.
package clause

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Open and Close mark a field in a text: «nama sekolah».
const (
	Open  = "«"
	Close = "»"
)

// Field is a value the program fills into a text.
type Field struct {
	Key   string // stable: "school.name"; the translation key of its help is "clause.field."+Key
	Label string // as the text writes it, between « and »: "nama sekolah"
	Help  string // what it is filled with, in Bahasa Indonesia
	// Block fields stand on a line of their own and fill it with several lines: a
	// list, or whole ayat.
	Block bool
}

// Mark is the field as a text writes it: «nama sekolah».
func (f Field) Mark() string { return Open + f.Label + Close }

// Fields are every field, in the order the editor lists them.
var Fields = []Field{
	{Key: "school.name", Label: "nama sekolah", Help: "Nama sekolah dari Profil Sekolah"},
	{Key: "school.city", Label: "kota", Help: "Kota sekolah dari Profil Sekolah, misalnya Bandung"},
	{Key: "partner.name", Label: "nama mitra", Help: "Nama mitra sebagai pihak dalam perjanjian (nama badan hukumnya)"},
	{Key: "partner.kind", Label: "jenis mitra", Help: "Misalnya badan usaha, perguruan tinggi, instansi pemerintah"},
	{Key: "title", Label: "judul kerja sama", Help: "Judul kemitraan"},
	{Key: "document", Label: "sebutan", Help: "Perjanjian atau Nota Kesepahaman, sesuai dokumennya"},
	{Key: "need", Label: "kebutuhan", Help: "Uraian kebutuhan dari tahap 1, sebagai lanjutan kalimat"},
	{Key: "need.area", Label: "bidang dukungan", Help: "Bidang kebutuhan dari tahap 1, misalnya sarana dan prasarana"},
	{Key: "objectives", Label: "tujuan", Help: "Tujuan dari proposal, sebagai lanjutan kalimat"},
	{Key: "place", Label: "tempat", Help: "Tempat penandatanganan"},
	{Key: "duration", Label: "jangka waktu", Help: "Lama berlakunya, misalnya 1 (satu) tahun"},
	{Key: "start", Label: "tanggal mulai", Help: "Tanggal mulai berlaku, misalnya 1 Januari 2027"},
	{Key: "end", Label: "tanggal berakhir", Help: "Tanggal berakhir"},
	{Key: "notice.days", Label: "hari pemberitahuan", Help: "Jangka waktu pemberitahuan, misalnya 30 (tiga puluh)"},
	{Key: "forcemajeure.days", Label: "hari keadaan kahar", Help: "Batas pemberitahuan keadaan kahar, misalnya 14 (empat belas)"},
	{Key: "forcemajeure.extra", Label: "ketentuan tambahan keadaan kahar", Help: "Ketentuan keadaan kahar yang diketik di tahap 4; ayatnya hilang bila kosong"},
	{Key: "dispute", Label: "penyelesaian perselisihan", Help: "Forum penyelesaian yang diketik di tahap 4, atau Pengadilan Negeri di kota sekolah"},
	{Key: "originals", Label: "rangkap", Help: "Jumlah rangkap asli, misalnya 2 (dua)"},
	{Key: "monitoring.months", Label: "bulan monev", Help: "Selang monitoring dan evaluasi, misalnya 3 (tiga)"},
	{Key: "monitoring.who", Label: "pelaksana monitoring", Help: "PARA PIHAK secara bersama-sama, atau PIHAK PERTAMA"},
	{Key: "monitoring.report", Label: "laporan monitoring", Help: "Siapa menandatangani laporan monev dan kepada siapa disampaikan"},
	{Key: "mou.number", Label: "nomor MoU", Help: "Nomor Nota Kesepahaman yang dilaksanakan"},
	{Key: "mou.date", Label: "tanggal MoU", Help: "Tanggal Nota Kesepahaman yang dilaksanakan"},
	{Key: "funding.total", Label: "jumlah pembiayaan", Help: "Jumlah seluruh kontribusi, dengan terbilang"},
	{Key: "funding.partner", Label: "bagian pihak kedua", Help: "Jumlah kontribusi mitra, dengan terbilang"},
	{Key: "funding.school", Label: "bagian pihak pertama", Help: "Jumlah anggaran sekolah, dengan terbilang"},
	{Key: "funding.terms", Label: "syarat pembiayaan", Help: "Syarat pembiayaan yang diketik di tahap 4; ayatnya hilang bila kosong"},
	{Key: "notice.school", Label: "alamat pihak pertama", Help: "Alamat korespondensi sekolah"},
	{Key: "notice.partner", Label: "alamat pihak kedua", Help: "Alamat korespondensi mitra"},
	{Key: "considerations.mou", Label: "pertimbangan MoU", Help: "Butir \"bahwa PARA PIHAK telah menandatangani Nota Kesepahaman …\" bila PKS melaksanakan MoU", Block: true},
	{Key: "scope", Label: "ruang lingkup", Help: "Daftar bentuk kegiatan dari proposal", Block: true},
	{Key: "obligations.school", Label: "kewajiban pihak pertama", Help: "Daftar kewajiban sekolah dari tahap 4", Block: true},
	{Key: "obligations.partner", Label: "kewajiban pihak kedua", Help: "Daftar kewajiban mitra dari tahap 4", Block: true},
	{Key: "indicators", Label: "indikator", Help: "Daftar indikator keberhasilan dari proposal; kalimat pengantarnya hilang bila tidak ada", Block: true},
	{Key: "funding.lines", Label: "rincian pembiayaan", Help: "Ayat sumber pembiayaan dari rincian kontribusi tahap 4, dengan jumlah dan terbilang", Block: true},
	{Key: "funding.kinds", Label: "ketentuan pembiayaan", Help: "Ayat sifat setiap jenis kontribusi: bantuan, sumbangan, program, barang/jasa", Block: true},
}

var byLabel = func() map[string]Field {
	m := map[string]Field{}
	for _, f := range Fields {
		m[f.Label] = f
	}
	return m
}()

// ByKey finds a field by its key.
func ByKey(key string) (Field, bool) {
	for _, f := range Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Error says what is wrong with a text, and on which line (1-based).
type Error struct {
	Line int
	Msg  string // Bahasa Indonesia
	// Key and Args name the message for translation: "clause.error.unknown", {"Field": …}.
	Key  string
	Args map[string]string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("baris %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// Check reports the first thing in text the program cannot fill in: a « without its
// », a field name that is not in the list, a list field that does not stand on a line
// of its own. nil when the text is fine; an empty text is not.
func Check(text string) *Error {
	if strings.TrimSpace(text) == "" {
		return &Error{Msg: "teks pasal kosong", Key: "clause.error.empty"}
	}
	for i, line := range strings.Split(text, "\n") {
		rest := line
		for {
			o := strings.Index(rest, Open)
			c := strings.Index(rest, Close)
			if o < 0 && c < 0 {
				break
			}
			if o < 0 || c >= 0 && c < o {
				return &Error{Line: i + 1, Msg: "tanda » tanpa « di depannya", Key: "clause.error.close"}
			}
			end := strings.Index(rest[o:], Close)
			if end < 0 {
				return &Error{Line: i + 1, Msg: "tanda « tanpa » penutupnya", Key: "clause.error.open"}
			}
			name := rest[o+len(Open) : o+end]
			f, ok := byLabel[strings.TrimSpace(name)]
			if !ok {
				return &Error{Line: i + 1, Msg: "«" + name + "» bukan nama isian; pilih isian dari daftar",
					Key: "clause.error.unknown", Args: map[string]string{"Field": name}}
			}
			if f.Block && strings.TrimSpace(line) != f.Mark() {
				return &Error{Line: i + 1, Msg: f.Mark() + " harus berdiri sendiri pada barisnya",
					Key: "clause.error.block", Args: map[string]string{"Field": f.Label}}
			}
			rest = rest[o+end+len(Close):]
		}
	}
	return nil
}

// Uses reports whether text uses the field with the key.
func Uses(text, key string) bool {
	f, ok := ByKey(key)
	return ok && strings.Contains(text, f.Mark())
}

// Values are what the fields are filled with, by key. A block field's value is its
// lines ("- …" items or "(1) …" ayat), "" for none.
type Values map[string]string

// Fill fills text's fields with values and tidies the result (see the package's
// comment). A field without a value is left empty. Fill never fails: Check says what
// a text cannot be filled with.
func Fill(text string, v Values) string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if f, ok := byLabel[strings.TrimSuffix(strings.TrimPrefix(trimmed, Open), Close)]; ok && f.Block && trimmed == f.Mark() {
			value := strings.TrimSpace(v[f.Key])
			if value == "" {
				// a lead-in whose list is empty goes with it
				if n := len(out); n > 0 && strings.HasSuffix(strings.TrimSpace(out[n-1]), ":") && !followedByItem(text, line) {
					out = out[:n-1]
				}
				continue
			}
			out = append(out, strings.Split(value, "\n")...)
			continue
		}
		filled := fillLine(line, v)
		if strings.Contains(line, Open) && emptyLine(filled) {
			continue // the field was all there was
		}
		out = append(out, filled)
	}
	return Tidy(strings.Join(out, "\n"))
}

// markRE is an ayat or item mark at the start of a line, with what may follow it.
var markRE = regexp.MustCompile(`^(\(\d+\)|-|•|[a-z]{1,2}\.|\d{1,3}\.)`)

// emptyLine reports whether a filled line holds nothing but its mark and punctuation.
func emptyLine(s string) bool {
	s = markRE.ReplaceAllString(strings.TrimSpace(s), "")
	return strings.Trim(s, " .;,:") == ""
}

// followedByItem reports whether, in text, the block field's line is followed by a
// typed list item: the lead-in then still leads to that item.
func followedByItem(text, blockLine string) bool {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l == blockLine && i+1 < len(lines) {
			label, _ := splitLabel(strings.TrimSpace(lines[i+1]))
			return label != "" && !strings.HasPrefix(label, "(")
		}
	}
	return false
}

func fillLine(line string, v Values) string {
	var b strings.Builder
	rest := line
	for {
		o := strings.Index(rest, Open)
		if o < 0 {
			b.WriteString(rest)
			break
		}
		end := strings.Index(rest[o:], Close)
		if end < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:o])
		name := strings.TrimSpace(rest[o+len(Open) : o+end])
		if f, ok := byLabel[name]; ok {
			b.WriteString(strings.Join(strings.Fields(v[f.Key]), " "))
		} else {
			b.WriteString(rest[o : o+end+len(Close)])
		}
		rest = rest[o+end+len(Close):]
	}
	s := b.String()
	// an empty field leaves its spaces and punctuation: "di  ," and ". ."
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, " ,", ",")
	s = strings.ReplaceAll(s, " .", ".")
	s = strings.ReplaceAll(s, " ;", ";")
	return s
}

var ayatRE = regexp.MustCompile(`^\(\d+\)$`)

// splitLabel splits a line into its ayat or item mark ("(1)", "a.", "-", "1.") and
// the rest.
func splitLabel(line string) (label, rest string) {
	if strings.HasPrefix(line, "- ") || line == "-" {
		return "-", strings.TrimSpace(strings.TrimPrefix(line, "-"))
	}
	if strings.HasPrefix(line, "• ") {
		return "-", strings.TrimSpace(strings.TrimPrefix(line, "•"))
	}
	sp := strings.IndexByte(line, ' ')
	head := line
	if sp > 0 {
		head = line[:sp]
	}
	switch {
	case ayatRE.MatchString(head):
	case len(head) >= 2 && len(head) <= 3 && head[len(head)-1] == '.' && isItemLetters(head[:len(head)-1]):
	case len(head) >= 2 && len(head) <= 4 && head[len(head)-1] == '.' && isDigits(head[:len(head)-1]):
	default:
		return "", line
	}
	if sp < 0 {
		return head, ""
	}
	return head, strings.TrimSpace(line[sp+1:])
}

func isItemLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Tidy numbers the ayat of a text in order, letters each list's items and ends them
// as Indonesian drafting does, and mends doubled full stops ("M.T.." after a name
// that ends in one).
func Tidy(text string) string {
	type line struct{ label, rest string }
	var lines []line
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		label, rest := splitLabel(l)
		lines = append(lines, line{label, rest})
	}
	ayat := 0
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		switch {
		case strings.HasPrefix(l.label, "("):
			ayat++
			l.label = "(" + strconv.Itoa(ayat) + ")"
		case l.label != "":
			// a run of items: one list
			j := i
			for j < len(lines) && lines[j].label != "" && !strings.HasPrefix(lines[j].label, "(") {
				j++
			}
			items := lines[i:j]
			numbered := isDigits(strings.TrimSuffix(items[0].label, "."))
			conj := "dan"
			considerations := true
			for k, it := range items {
				if strings.HasSuffix(strings.TrimSpace(it.rest), "atau") && k < len(items)-1 {
					conj = "atau"
				}
				if !strings.HasPrefix(strings.ToLower(it.rest), "bahwa ") {
					considerations = false
				}
			}
			for k := range items {
				it := &items[k]
				if numbered {
					it.label = strconv.Itoa(k+1) + "."
				} else {
					it.label = letters(k) + "."
				}
				body := strings.TrimSpace(it.rest)
				if strings.HasSuffix(body, ":") {
					continue // an item that leads to more
				}
				body = trimEnd(body)
				switch {
				case k == len(items)-1:
					body = sentenceEnd(body)
				case k == len(items)-2 && !considerations:
					body += "; " + conj
				default:
					body += ";"
				}
				it.rest = body
			}
			i = j - 1
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		s := l.rest
		if l.label != "" {
			s = l.label + " " + l.rest
		}
		b.WriteString(mendStops(s))
	}
	return b.String()
}

// trimEnd drops an item's closing punctuation and conjunction: "menyediakan ruang; dan".
func trimEnd(s string) string {
	for {
		t := strings.TrimRight(s, " ;,")
		for _, c := range []string{"; dan", "; atau", ", dan", ", atau"} {
			t = strings.TrimSuffix(t, c)
		}
		if strings.HasSuffix(t, ".") && !abbreviationEnd(t) {
			t = strings.TrimSuffix(t, ".")
		}
		if t == s {
			return s
		}
		s = t
	}
}

// abbreviationEnd reports whether s ends with an abbreviation's full stop ("M.T.",
// "dst."), which stays.
func abbreviationEnd(s string) bool {
	i := strings.LastIndexAny(s, " ,")
	word := s[i+1:]
	return strings.Count(word, ".") > 1 || word == "dst." || word == "dll." || word == "Tbk."
}

// sentenceEnd ends s with a full stop, unless it ends with one already (an
// abbreviation's) or another closing mark.
func sentenceEnd(s string) string {
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == '.' || r == '!' || r == '?' {
		return s
	}
	return s + "."
}

// mendStops removes the second of two full stops ("M.T.." → "M.T."), leaving an
// ellipsis ("...") as it is.
func mendStops(s string) string {
	if !strings.Contains(s, "..") {
		return s
	}
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		if runes[i] == '.' && i+1 < len(runes) && runes[i+1] == '.' {
			j := i
			for j < len(runes) && runes[j] == '.' {
				j++
			}
			if j-i == 2 {
				b.WriteRune('.')
				i++
				continue
			}
		}
		b.WriteRune(runes[i])
	}
	return b.String()
}

// letters is the list label of the i-th item: a … z, then aa, ab, …
func letters(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return letters(i/26-1) + string(rune('a'+i%26))
}

// Continuing lets text typed as a sentence of its own continue one: a first word
// written with a capital only at its start ("Meningkatkan", "Apabila") loses the
// capital. Words in capitals or with capitals inside ("PARA", "SMP", "McDonald") keep
// theirs.
func Continuing(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	word, _, _ := strings.Cut(s, " ")
	first, size := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) || size == len(word) {
		return s
	}
	for _, r := range word[size:] {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return s
		}
	}
	return string(unicode.ToLower(first)) + s[size:]
}

// Sentence ends typed text like a sentence.
func Sentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return sentenceEnd(s)
}

// Items makes a block field's list of "- item" lines from typed entries: one line
// each, list marks and closing punctuation gone, empty entries dropped; Tidy letters
// and ends them.
func Items(entries []string) string {
	var lines []string
	for _, e := range entries {
		e = strings.TrimLeft(strings.Join(strings.Fields(e), " "), "-•*· ")
		e = trimEnd(e)
		if e != "" {
			lines = append(lines, "- "+Continuing(e))
		}
	}
	return strings.Join(lines, "\n")
}
