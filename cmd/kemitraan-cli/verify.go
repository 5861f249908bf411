package main

import (
	"bytes"
	"compress/zlib"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// errNotVerified is verify's answer when the file is not a stored document byte for
// byte: exit code 1, after the report on stdout.
var errNotVerified = errors.New("berkas tidak sama persis dengan dokumen yang tersimpan")

// maxVerifyBytes bounds the file verify reads: no stored document is larger.
const maxVerifyBytes = model.MaxAttachmentBytes

func runVerify(e *env, args []string) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return usageError{"sebutkan satu berkas PDF: verify FILE.pdf"}
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("berkas %s tidak dapat dibaca: %w", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxVerifyBytes+1))
	f.Close()
	if err != nil {
		return fmt.Errorf("berkas %s tidak dapat dibaca: %w", path, err)
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	docs, err := db.Documents()
	if err != nil {
		return err
	}

	sum := store.SHA256(data)
	for _, d := range docs {
		if d.SHA256 == sum {
			title := describe(db, d)
			fmt.Fprintf(e.stdout, "COCOK: %s sama persis dengan dokumen yang tersimpan.\n%s\n", path, title)
			return nil
		}
	}
	code := documentCode(data)
	if code != "" {
		var same []model.Attachment
		for _, d := range docs {
			if d.Code == code {
				same = append(same, d)
			}
		}
		if len(same) > 0 {
			fmt.Fprintf(e.stdout, "TIDAK COCOK: kode ditemukan tetapi isi berbeda. %s memuat kode dokumen %s, tetapi isinya tidak sama dengan dokumen tersimpan berkode itu:\n", path, code)
			for _, d := range same {
				fmt.Fprintln(e.stdout, describe(db, d))
			}
			return errNotVerified
		}
		fmt.Fprintf(e.stdout, "TIDAK DIKENAL: %s memuat kode dokumen %s, tetapi tidak ada dokumen berkode itu di %s.\n", path, code, e.dbPath)
		return errNotVerified
	}
	fmt.Fprintf(e.stdout, "TIDAK DIKENAL: %s tidak cocok dengan dokumen mana pun di %s dan tidak memuat kode dokumen Kemitraan.\n", path, e.dbPath)
	return errNotVerified
}

// describe names a stored document: its partnership, kind, name, date and code.
func describe(db *store.DB, d model.Attachment) string {
	title := string(d.PartnershipID)
	if d.PartnershipID == "" {
		title = "semua kemitraan (dokumen sekolah)"
	} else if p, err := db.Partnership(d.PartnershipID); err == nil {
		title = fmt.Sprintf("%q (%s)", p.Title, p.ID)
	}
	return fmt.Sprintf("Kemitraan: %s\nDokumen: %s, %s, dibuat %s\nKode dokumen: %s",
		title, d.DocKind.Label(), d.Name, model.LongDate(d.Added.Local()), d.Code)
}

// codeRE is the document code as the footer prints it, in plain bytes once the text is
// taken out of UTF-16.
var codeRE = regexp.MustCompile(`Kode dokumen: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})`)

// documentCode reads the document code from a PDF's footer: the page content streams
// are zlib-compressed, and the embedded UTF-8 fonts print text as UTF-16BE. "" when no
// code is found.
func documentCode(pdf []byte) string {
	if c := findCode(pdf); c != "" {
		return c
	}
	rest := pdf
	for {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			return ""
		}
		rest = rest[i+len("stream"):]
		body := bytes.TrimLeft(rest, "\r\n")
		end := bytes.Index(body, []byte("endstream"))
		if end < 0 {
			return ""
		}
		if text := inflate(body[:end]); text != nil {
			if c := findCode(text); c != "" {
				return c
			}
		}
		rest = body[end:]
	}
}

// inflate decompresses a stream, at most 4 MB of it; nil when it is not zlib.
func inflate(b []byte) []byte {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	defer r.Close()
	out, _ := io.ReadAll(io.LimitReader(r, 4<<20))
	return out
}

// findCode looks for the code in text printed as plain bytes or as UTF-16BE.
func findCode(b []byte) string {
	if m := codeRE.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	if m := codeRE.FindSubmatch(bytes.ReplaceAll(b, []byte{0}, nil)); m != nil {
		return string(m[1])
	}
	return ""
}
