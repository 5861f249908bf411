package pdf

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// tagFonts gives the embedded fonts of a PDF that gofpdf wrote the names a subset
// font must have (PDF 32000-1, 9.6.4): a tag of six capital letters, "+", and the
// font's PostScript name — "ABCDEF+KemitraanSans-Bold" for gofpdf's "utf8sansB". gofpdf
// has no option for it, so the names are rewritten in the bytes it produced and the
// cross-reference table is written again with the objects' new offsets.
//
// The tag is derived from the embedded font program (its stream object), so the same
// subset always gets the same tag and the output stays reproducible, and two different
// subsets of one font get different tags, as readers expect.
//
// Only dictionaries are rewritten, never a stream's bytes. Output that is not laid out
// as gofpdf writes it (one classic xref table, "startxref" at the end) is an error.
func tagFonts(pdf []byte) ([]byte, error) {
	xrefAt, err := startXref(pdf)
	if err != nil {
		return nil, err
	}
	offsets, tail, err := readXref(pdf, xrefAt)
	if err != nil {
		return nil, err
	}
	// the objects in the order they lie in the file, each up to the next one
	type span struct{ num, start, end int }
	spans := make([]span, 0, len(offsets))
	for num, off := range offsets {
		if num > 0 {
			if off <= 0 || off >= xrefAt {
				return nil, fmt.Errorf("pdf: objek %d di luar berkas", num)
			}
			spans = append(spans, span{num: num, start: off})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	for i := range spans {
		spans[i].end = xrefAt
		if i+1 < len(spans) {
			spans[i].end = spans[i+1].start
		}
	}
	object := func(num int) []byte {
		for _, s := range spans {
			if s.num == num {
				return pdf[s.start:s.end]
			}
		}
		return nil
	}
	// dict is an object without its stream: the part that may name fonts
	dict := func(obj []byte) []byte {
		if i := bytes.Index(obj, []byte("stream\n")); i >= 0 {
			return obj[:i]
		}
		return obj
	}

	// each font descriptor names its font and its font program
	tags := map[string]string{} // gofpdf's name → "ABCDEF+PostScriptName"
	for _, s := range spans {
		d := dict(pdf[s.start:s.end])
		if !bytes.Contains(d, []byte("/Type /FontDescriptor")) {
			continue
		}
		name := nameAfter(d, "/FontName /")
		ps, ok := fontNames[name]
		if !ok {
			continue
		}
		file, err := refAfter(d, "/FontFile2 ")
		if err != nil {
			return nil, fmt.Errorf("pdf: huruf %s: %w", name, err)
		}
		program := object(file)
		if program == nil {
			return nil, fmt.Errorf("pdf: huruf %s: objek %d tidak ada", name, file)
		}
		tags[name] = subsetTag(program) + "+" + ps
	}

	out := bytes.NewBuffer(make([]byte, 0, len(pdf)+len(tags)*3*24))
	newOffsets := make([]int, len(offsets))
	pos := 0
	for _, s := range spans {
		out.Write(pdf[pos:s.start])
		newOffsets[s.num] = out.Len()
		obj := pdf[s.start:s.end]
		d := dict(obj)
		out.Write(renameFonts(d, tags))
		out.Write(obj[len(d):])
		pos = s.end
	}
	out.Write(pdf[pos:xrefAt])
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for num := 1; num < len(offsets); num++ {
		fmt.Fprintf(out, "%010d 00000 n \n", newOffsets[num])
	}
	out.Write(tail)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

var errLayout = errors.New("pdf: susunan berkas tidak dikenal")

// startXref reads the offset after the last "startxref".
func startXref(pdf []byte) (int, error) {
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 {
		return 0, errLayout
	}
	rest := pdf[i+len("startxref\n"):]
	end := bytes.IndexByte(rest, '\n')
	if end < 0 {
		return 0, errLayout
	}
	n, err := strconv.Atoi(string(rest[:end]))
	if err != nil || n <= 0 || n >= i {
		return 0, errLayout
	}
	return n, nil
}

// readXref reads the classic cross-reference table at off: the offset of each object
// by number (0 for the free entry 0), and the trailer that follows it, up to
// "startxref".
func readXref(pdf []byte, off int) (offsets []int, trailer []byte, err error) {
	rest := pdf[off:]
	var count int
	if _, err := fmt.Sscanf(string(rest[:min(len(rest), 32)]), "xref\n0 %d\n", &count); err != nil || count < 1 {
		return nil, nil, errLayout
	}
	head := len(fmt.Sprintf("xref\n0 %d\n", count))
	const entry = 20 // "0000000123 00000 n \n"
	if len(rest) < head+count*entry {
		return nil, nil, errLayout
	}
	offsets = make([]int, count)
	for num := 1; num < count; num++ {
		e := rest[head+num*entry : head+(num+1)*entry]
		n, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[17] != 'n' {
			return nil, nil, errLayout
		}
		offsets[num] = n
	}
	trailer = rest[head+count*entry:]
	end := bytes.LastIndex(trailer, []byte("startxref\n"))
	if !bytes.HasPrefix(trailer, []byte("trailer\n")) || end < 0 {
		return nil, nil, errLayout
	}
	return offsets, trailer[:end], nil
}

// nameAfter is the PDF name that follows prefix in d ("" when there is none).
func nameAfter(d []byte, prefix string) string {
	i := bytes.Index(d, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := d[i+len(prefix):]
	n := bytes.IndexFunc(rest, isDelimiter)
	if n < 0 {
		n = len(rest)
	}
	return string(rest[:n])
}

// refAfter is the object number of the indirect reference "N 0 R" after prefix.
func refAfter(d []byte, prefix string) (int, error) {
	i := bytes.Index(d, []byte(prefix))
	if i < 0 {
		return 0, fmt.Errorf("tanpa %s", prefix)
	}
	var num, gen int
	if _, err := fmt.Sscanf(string(d[i+len(prefix):]), "%d %d R", &num, &gen); err != nil {
		return 0, fmt.Errorf("%s: %w", prefix, err)
	}
	return num, nil
}

// renameFonts replaces every name token "/utf8…" of d found in tags.
func renameFonts(d []byte, tags map[string]string) []byte {
	if len(tags) == 0 || !bytes.Contains(d, []byte("/utf8")) {
		return d
	}
	var b bytes.Buffer
	for {
		i := bytes.Index(d, []byte("/utf8"))
		if i < 0 {
			b.Write(d)
			return b.Bytes()
		}
		n := bytes.IndexFunc(d[i+1:], isDelimiter)
		if n < 0 {
			n = len(d) - i - 1
		}
		name := string(d[i+1 : i+1+n])
		b.Write(d[:i+1])
		if t, ok := tags[name]; ok {
			b.WriteString(t)
		} else {
			b.WriteString(name)
		}
		d = d[i+1+n:]
	}
}

// isDelimiter reports whether r ends a PDF name: white space or a delimiter.
func isDelimiter(r rune) bool {
	switch r {
	case ' ', '\n', '\r', '\t', '\f', 0, '/', '<', '>', '[', ']', '(', ')', '{', '}', '%':
		return true
	}
	return false
}

// subsetTag is six capital letters derived from a font program's bytes.
func subsetTag(program []byte) string {
	sum := sha256.Sum256(program)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}
