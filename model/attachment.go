package model

import (
	"bytes"
	"net/http"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxAttachmentBytes is the largest file that may be attached (25 MB).
const MaxAttachmentBytes = 25 << 20

// Attachment describes a file kept inside the data file with a partnership: a signed
// agreement scan, photos, attendance lists, generated documents. Its content is
// stored apart from this description, so listing attachments reads no file data.
type Attachment struct {
	ID            ID `json:"id"`
	PartnershipID ID `json:"partnership_id"`
	// Owner says what the file belongs to: "" (the partnership), "agreement",
	// "activity:<ID>", "document".
	Owner string    `json:"owner,omitempty"`
	Name  string    `json:"name"`
	Type  string    `json:"type"` // MIME type
	Size  int64     `json:"size"`
	Added time.Time `json:"added"`
	// Generated documents (Owner "document") also record their kind, the document code
	// printed in their footer and the SHA-256 of the file, hex, so that a PDF can be
	// matched byte for byte with the one kept (kemitraan-cli verify).
	DocKind DocumentKind `json:"doc_kind,omitempty"`
	Code    string       `json:"code,omitempty"`
	SHA256  string       `json:"sha256,omitempty"`
	// Dated is the date the document carries (a letter may be dated before the day
	// it was made); zero for files kept before it was recorded.
	Dated time.Time `json:"dated,omitempty"`
}

// AttachmentTypes are the kinds of file that may be attached.
var attachmentTypes = map[string]string{".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}

// CheckAttachment reports what is wrong with a file a person wants to attach: too
// large, or not a PDF, PNG or JPG (by its name and its content). It returns the MIME type.
func CheckAttachment(name string, data []byte) (string, error) {
	if len(data) > MaxAttachmentBytes {
		return "", FieldError{Field: "file", Key: "validation.attachmentsize", Message: "Berkas terlalu besar (maksimal 25 MB)."}
	}
	want, ok := attachmentTypes[strings.ToLower(filepath.Ext(name))]
	if !ok {
		return "", FieldError{Field: "file", Key: "validation.attachmenttype", Message: "Hanya berkas PDF, PNG atau JPG yang dapat dilampirkan."}
	}
	// a file named as one of them that is empty or holds something else says so: a
	// copy cut short, a scan not finished, a file renamed
	if len(data) == 0 {
		return "", FieldError{Field: "file", Key: "validation.attachmentempty", Message: "Berkas kosong (0 bita): tidak ada isi yang dapat dilampirkan. Periksa berkas aslinya."}
	}
	got := http.DetectContentType(data)
	if want == "application/pdf" && bytes.HasPrefix(data, []byte("%PDF")) {
		got = want
	}
	if got != want {
		return "", FieldError{Field: "file", Key: "validation.attachmentcontent", Message: "Isi berkas ini bukan PDF, PNG atau JPG yang utuh, walau namanya begitu: berkas mungkin rusak atau belum selesai tersalin."}
	}
	return want, nil
}

// maxFileName is the longest file name CleanFileName returns, in bytes: what every
// file system the program runs on takes (255), with room for a " (2)".
const maxFileName = 200

// CleanFileName is a file name from elsewhere (a person's file, another PC's bundle)
// made safe to keep and to write into one folder: only its last element, whichever
// system's separators it uses ("../../etc/x.png", `C:\Windows\x.png` → "x.png"),
// without control characters (NUL included) or the characters Windows refuses in
// names, without leading or trailing spaces and trailing dots, at most 200 bytes
// with its extension kept. A name with nothing left ("..", "") becomes "".
func CleanFileName(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f, r == utf8.RuneError:
			return -1
		case strings.ContainsRune(`<>:"|?*`, r):
			return '_'
		}
		return r
	}, name)
	name = strings.TrimRight(strings.TrimSpace(name), ". ")
	if name == "" || strings.Trim(name, ".") == "" {
		return ""
	}
	if len(name) > maxFileName {
		ext := filepath.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := name[:len(name)-len(ext)]
		cut := maxFileName - len(ext)
		for cut > 0 && !utf8.RuneStart(stem[cut]) {
			cut-- // never split a letter
		}
		name = strings.TrimSpace(stem[:cut]) + ext
	}
	return name
}
