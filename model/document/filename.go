package document

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kemitraan/kemitraan/model"
)

// maxTitleInName bounds the partnership's title in a file name, in bytes, so that
// the whole name stays well under what every file system takes.
const maxTitleInName = 120

// FileName is the name of a document's PDF, which says what it is: the document,
// the partnership (with its period when it was extended) and the document's date,
// "PKS - Bank Sampah Sekolah - 2026-12-05.pdf". The title keeps its letters and
// accents; what no file system takes in a name (/ \ : * ? " < > |, control
// characters) becomes "-".
func FileName(kind model.DocumentKind, title string, date time.Time) string {
	return fileBase(kind, title, date) + ".pdf"
}

// fileBase is FileName without ".pdf".
func fileBase(kind model.DocumentKind, title string, date time.Time) string {
	clean := strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f:
			return ' '
		case strings.ContainsRune(`/\:*?"<>|`, r):
			return '-'
		}
		return r
	}, title)
	clean = strings.Join(strings.Fields(clean), " ")
	if len(clean) > maxTitleInName {
		cut := maxTitleInName
		for cut > 0 && !utf8.RuneStart(clean[cut]) {
			cut--
		}
		clean = strings.TrimSpace(clean[:cut]) + "…"
	}
	clean = strings.TrimRight(clean, ". ")
	parts := []string{kind.Label()}
	if clean != "" {
		parts = append(parts, clean)
	}
	if !date.IsZero() {
		parts = append(parts, date.Format("2006-01-02"))
	}
	return strings.Join(parts, " - ")
}
