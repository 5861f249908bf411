package gofpdf

import "fmt"

// Kemitraan patch: a UTF-8 font parsed once and given to many documents.
//
// AddUTF8FontFromBytes parses the whole font for every document: it reads every
// table, builds a 65,536-entry width table and JSON-encodes the definition to derive
// the font's ID, about 1.8 ms a face. None of that depends on the document.

// UTF8Font is a TrueType font parsed by ParseUTF8Font, ready for AddParsedUTF8Font.
// It is never changed after parsing, so any number of documents, on any goroutines,
// can use it at once.
type UTF8Font struct {
	def fontDefType
	ttf []byte
}

// ParseUTF8Font parses a TrueType font for the given family and style (as in
// AddUTF8FontFromBytes) once, for AddParsedUTF8Font. It keeps utf8Bytes, which must
// not be changed afterwards.
func ParseUTF8Font(familyStr, styleStr string, utf8Bytes []byte) (*UTF8Font, error) {
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: append([]byte(nil), utf8Bytes...)})
	if err := utf8File.parseFile(); err != nil {
		return nil, err
	}
	// the rune → glyph map that subsetting reads, made once here
	if utf8File.generateCMAP() == nil {
		return nil, fmt.Errorf("font %s has no Unicode cmap", fontkey)
	}
	utf8File.parsedCharSymbols = utf8File.charSymbolDictionary
	def := utf8FontDef(fontkey, utf8File)
	var err error
	if def.i, err = generateFontID(def); err != nil {
		return nil, err
	}
	return &UTF8Font{def: def, ttf: utf8Bytes}, nil
}

// AddParsedUTF8Font gives the document a font parsed by ParseUTF8Font, as
// AddUTF8FontFromBytes would with the same bytes, family and style.
func (f *Fpdf) AddParsedUTF8Font(font *UTF8Font) {
	if f.err != nil {
		return
	}
	if _, ok := f.fonts[font.def.Name]; ok {
		return
	}
	def := font.def // the widths (Cw) and metrics are shared: nothing writes to them
	// The document's own state: the runes it uses, and the parser that subsets the
	// font at Output. GenerateCutFont rereads the font from the start and replaces
	// every table it builds, but pads tables by appending to slices of the font's
	// bytes, which writes into them (zeros over the font's own padding, but from every
	// document at once: a data race): so each document reads its own copy.
	def.usedRunes = f.startingRunes()
	file := *font.def.utf8File
	file.fileReader = &fileReader{readerPosition: 0, array: append([]byte(nil), font.ttf...)}
	def.utf8File = &file
	f.fonts[def.Name] = def
}

// utf8FontDef is the definition of a parsed UTF-8 font, less the runes a document uses.
// AddUTF8Font, AddUTF8FontFromBytes and ParseUTF8Font all make theirs here.
func utf8FontDef(fontkey string, utf8File *utf8FontFile) fontDefType {
	return fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up:       int(round(utf8File.UnderlinePosition)),
		Ut:       round(utf8File.UnderlineThickness),
		Cw:       utf8File.CharWidths,
		utf8File: utf8File,
	}
}

// startingRunes are the runes a document's UTF-8 font starts with.
func (f *Fpdf) startingRunes() map[int]int {
	if f.aliasNbPagesStr == "" {
		return makeSubsetRange(57)
	}
	return makeSubsetRange(32)
}
