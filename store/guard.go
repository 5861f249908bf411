package store

import (
	"context"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"strings"
)

// bbolt reads the file through a memory map: a damaged page that points outside the
// file makes the read fault, and a page of the wrong kind makes bbolt panic. guard
// runs such reads so that damage comes back as an error the person can act on,
// while the program's own mistakes are not taken for damage:
//
//   - a memory fault at an address (the runtime error then has an Addr method, and
//     only with debug.SetPanicOnFault) can only be a read of the mapped file: our
//     code uses no unsafe memory, and a nil pointer is reported without an address.
//     It is damage.
//   - any other panic is damage only if the file's structure is damaged: the pages
//     are walked (pages.go, reading the file, not the map). If they are sound, the
//     panic is a bug: logged with its stack and returned as ErrBug, so that nobody
//     is sent to restore a good file.

// guard runs fn in the calling goroutine with memory faults turned into panics, and
// turns a panic into an error as the rules above say.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = panicError(path, r, debug.Stack())
		}
	}()
	return fn()
}

// faultAddr is the runtime error of a memory fault at an address.
type faultAddr interface {
	error
	Addr() uintptr
}

func panicError(path string, r any, stack []byte) error {
	if fe, ok := r.(faultAddr); ok {
		return damaged(path, fmt.Errorf("akses memori gagal di alamat %#x: %v", fe.Addr(), fe))
	}
	if found := structureProblems(path); found != "" {
		return damaged(path, fmt.Errorf("%v; %s", r, found))
	}
	logBug(fmt.Sprintf("%s: panik: %v", path, r), stack)
	return fmt.Errorf("%s: %w (%v)", path, ErrBug, r)
}

// logBug writes a bug with its stack to the program's log (stderr, where the
// desktop program's log goes), for whoever helps.
var logBug = func(what string, stack []byte) {
	log.Printf("kemitraan: kesalahan program (bug): %s\n%s", what, stack)
}

// structureProblems walks the pages of the file at path as its newest valid meta
// page describes them and says what is wrong, "" when the structure is sound.
func structureProblems(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	m, ok := findMeta(f)
	if !ok {
		return "tidak ada halaman meta yang utuh"
	}
	if other, ok := readMetaAt(f, int64(m.pageSize)); ok && other.txid > m.txid {
		m = other
	}
	var out problems
	s := structure{pageSize: int(m.pageSize), txid: m.txid, root: m.root, hwm: m.pgid}
	if err := walkPages(context.Background(), f, s, m.freelist, &out); err != nil || out.total == 0 {
		return ""
	}
	shown := out.list[:min(3, len(out.list))]
	msg := strings.Join(shown, "; ")
	if out.total > len(shown) {
		msg += fmt.Sprintf("; dan %d masalah lain", out.total-len(shown))
	}
	return msg
}
