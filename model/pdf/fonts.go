package pdf

import (
	"bytes"
	"reflect"
	"sync"
	"unsafe"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/assets"
)

// Parsing a TrueType font is most of the cost of a document with gofpdf: for each
// AddUTF8FontFromBytes it reads the whole font, builds a 65,536-entry width table and
// JSON-encodes that table to derive the font's ID (about 1.8 ms a face). The parsed
// definition does not depend on the document, but gofpdf keeps it in an unexported
// map and offers no way to share it. So the faces are parsed once, in a prototype
// document, and each new document receives a copy of the parsed definitions:
//
//   - the width table, the font's ID and its metrics are shared, read-only;
//   - the set of runes the document uses (gofpdf's usedRunes) is fresh per document;
//   - the parser state (utf8FontFile) is a fresh copy per document with its own
//     reader over its own copy of the font bytes (gofpdf pads tables by appending to
//     slices of them, which writes into the array): gofpdf's GenerateCutFont, which subsets the font at Output, re-reads the
//     font from position 0 and replaces every table it builds, so copies never write
//     to shared state.
//
// gofpdf v1.16.2 is the last release (the project is archived), so its layout is
// fixed; still, should the fields not be what this expects, sharedFonts reports false
// and documents fall back to AddUTF8FontFromBytes: slower, never wrong.
// TestSharedFontsMatchParsed checks that both ways give the same bytes.

// faces are the embedded faces by gofpdf style.
var faces = map[string][]byte{
	"":  assets.SerifRegular,
	"B": assets.SerifBold,
	"I": assets.SerifItalic,
}

type fontCache struct {
	once  sync.Once
	ok    bool
	proto map[string]reflect.Value // fontkey → parsed fontDefType (a copy)
	keys  map[string]string        // style → fontkey
}

var shared fontCache

// fontsField returns the settable fonts map of a gofpdf document, or an invalid value.
func fontsField(p *gofpdf.Fpdf) reflect.Value {
	f := reflect.ValueOf(p).Elem().FieldByName("fonts")
	if !f.IsValid() || f.Kind() != reflect.Map || f.Type().Key().Kind() != reflect.String {
		return reflect.Value{}
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// writable returns the named field of an addressable struct value, settable.
func writable(v reflect.Value, name string) reflect.Value {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return reflect.Value{}
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

func (c *fontCache) load() {
	p := gofpdf.New("P", "mm", "A4", "")
	for style, ttf := range faces {
		p.AddUTF8FontFromBytes(family, style, ttf)
	}
	if p.Err() {
		return
	}
	fonts := fontsField(p)
	if !fonts.IsValid() || fonts.Len() != len(faces) {
		return
	}
	c.proto = map[string]reflect.Value{}
	c.keys = map[string]string{}
	for _, k := range fonts.MapKeys() {
		def := reflect.New(fonts.Type().Elem()).Elem()
		def.Set(fonts.MapIndex(k))
		used := writable(def, "usedRunes")
		file := writable(def, "utf8File")
		if !used.IsValid() || used.Kind() != reflect.Map || !file.IsValid() || file.Kind() != reflect.Pointer ||
			file.IsNil() || file.Elem().Kind() != reflect.Struct {
			return
		}
		reader := writable(file.Elem(), "fileReader")
		if !reader.IsValid() || reader.Kind() != reflect.Pointer || reader.IsNil() ||
			!writable(reader.Elem(), "readerPosition").IsValid() {
			return
		}
		c.proto[k.String()] = def
	}
	for style := range faces {
		key := family + style // gofpdf's getFontKey: lower-case family and style
		if _, ok := c.proto[key]; !ok {
			return
		}
		c.keys[style] = key
	}
	c.ok = true
}

// addFont gives p the parsed face of the given style ("", "B", "I"): a copy of the
// shared definition when possible, else parsed from the embedded bytes.
func addFont(p *gofpdf.Fpdf, style string) {
	shared.once.Do(shared.load)
	if !shared.ok {
		p.AddUTF8FontFromBytes(family, style, bytes.Clone(faces[style]))
		return
	}
	fonts := fontsField(p)
	if !fonts.IsValid() {
		p.AddUTF8FontFromBytes(family, style, bytes.Clone(faces[style]))
		return
	}
	key := shared.keys[style]
	if fonts.MapIndex(reflect.ValueOf(key)).IsValid() {
		return
	}
	proto := shared.proto[key]
	def := reflect.New(proto.Type()).Elem()
	def.Set(proto)

	// a fresh set of used runes, as gofpdf starts it
	oldUsed := writable(proto, "usedRunes")
	used := reflect.MakeMapWithSize(oldUsed.Type(), oldUsed.Len())
	iter := oldUsed.MapRange()
	for iter.Next() {
		used.SetMapIndex(iter.Key(), iter.Value())
	}
	writable(def, "usedRunes").Set(used)

	// a fresh parser state with its own reader over the shared bytes
	oldFile := writable(proto, "utf8File")
	file := reflect.New(oldFile.Type().Elem())
	file.Elem().Set(oldFile.Elem())
	oldReader := writable(oldFile.Elem(), "fileReader")
	reader := reflect.New(oldReader.Type().Elem())
	reader.Elem().Set(oldReader.Elem())
	writable(reader.Elem(), "readerPosition").SetInt(0)
	// gofpdf pads tables by appending to slices of the font bytes, writing (zeros) past
	// them into the array: each document gets its own copy of the bytes
	array := writable(reader.Elem(), "array")
	if array.IsValid() && array.Kind() == reflect.Slice && array.Type().Elem().Kind() == reflect.Uint8 {
		array.SetBytes(bytes.Clone(array.Bytes()))
	}
	writable(file.Elem(), "fileReader").Set(reader)
	writable(def, "utf8File").Set(file)

	fonts.SetMapIndex(reflect.ValueOf(key), def)
}
