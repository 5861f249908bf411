package model_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestKinds(t *testing.T) {
	err := fmt.Errorf("/data/kemitraan.db: %w (%w)", model.ErrDiskFull, errors.New("no space left on device"))
	if model.KindOf(err) != model.ErrDiskFull {
		t.Errorf("KindOf = %v", model.KindOf(err))
	}
	if !errors.Is(err, model.ErrWriteFailed) || errors.Is(err, model.ErrDamaged) {
		t.Error("a full disk is a failed write, and nothing else")
	}
	if model.KindOf(errors.New("plain")) != nil {
		t.Error("a plain error has a kind")
	}
	seen := map[string]bool{}
	for _, k := range model.Kinds() {
		if seen[k.MessageID()] {
			t.Errorf("two kinds share %s", k.MessageID())
		}
		seen[k.MessageID()] = true
		if k.Error() == "" {
			t.Errorf("%s has no text", k.MessageID())
		}
	}
	if !seen["error.locked"] || !seen["error.notfound"] {
		t.Error("Kinds misses kinds")
	}
}

func TestCleanFileName(t *testing.T) {
	for in, want := range map[string]string{
		"surat.pdf":                 "surat.pdf",
		"../../etc/passwd.png":      "passwd.png",
		`C:\Windows\System32\x.png`: "x.png",
		"a\x00b.png":                "ab.png",
		"  foto kegiatan.jpg  ":     "foto kegiatan.jpg",
		"..":                        "",
		"":                          "",
		"name.pdf.":                 "name.pdf",
		"a<b>:c.pdf":                "a_b__c.pdf",
		"dir/":                      "",
	} {
		if got := model.CleanFileName(in); got != want {
			t.Errorf("CleanFileName(%q) = %q, want %q", in, got, want)
		}
	}
	long := model.CleanFileName(string(make([]byte, 0)) + stringsRepeat("é", 300) + ".pdf")
	if len(long) > 200 || long[len(long)-4:] != ".pdf" {
		t.Errorf("long name: %d bytes, %q…", len(long), long[len(long)-8:])
	}
}

func stringsRepeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 byte", 900: "900 byte", 1024: "1 KB", 1025: "2 KB", 1536 << 10: "1,5 MB", 3 << 30: "3 GB", 32 << 20: "32 MB",
	} {
		if got := model.ByteSize(n, ","); got != want {
			t.Errorf("ByteSize(%d) = %q, want %q", n, got, want)
		}
	}
	if got := model.ByteSize(1536<<10, "."); got != "1.5 MB" {
		t.Errorf("English: %q", got)
	}
}
