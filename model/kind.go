package model

import (
	"errors"
	"sync"
)

// Errors are values with a kind, and words only at the edge. The store and the
// domain return errors that wrap a Kind (with %w) and carry their details (the file,
// the record) in the text around it; the window and the command line find the kind
// with KindOf and say it in the user's language, from the message
// "error.<key>" of assets/translations. A kind's own text is the Indonesian message,
// for logs and for a caller without translations.
//
// A kind may belong to a broader one (ErrDiskFull to ErrWriteFailed): errors.Is
// finds the broader one too, so code that handles every failed write need not list
// the reasons, while the message names the exact one.

// Kind is a kind of error that a person is told about.
type Kind struct {
	key    string
	text   string
	parent *Kind
}

var (
	errKindsMu sync.Mutex
	errKinds   []*Kind
)

// NewKind makes a kind whose message is "error."+key in the translations, text its
// Indonesian; parent, when not nil, is the broader kind it belongs to. Kinds are made
// once, as package variables: every kind made is listed by Kinds.
func NewKind(key, text string, parent *Kind) *Kind {
	k := &Kind{key: key, text: text, parent: parent}
	errKindsMu.Lock()
	errKinds = append(errKinds, k)
	errKindsMu.Unlock()
	return k
}

// Kinds lists every kind made so far, in the order they were made: a test checks
// that each has its message in every language.
func Kinds() []*Kind {
	errKindsMu.Lock()
	defer errKindsMu.Unlock()
	return append([]*Kind(nil), errKinds...)
}

// Error is the kind's Indonesian text.
func (k *Kind) Error() string { return k.text }

// MessageID is the kind's message in the translations: "error.locked".
func (k *Kind) MessageID() string { return "error." + k.key }

// Parent is the broader kind k belongs to, nil when none.
func (k *Kind) Parent() *Kind { return k.parent }

// Is reports whether target is k's broader kind (errors.Is asks).
func (k *Kind) Is(target error) bool {
	for p := k.parent; p != nil; p = p.parent {
		if p == target {
			return true
		}
	}
	return false
}

// KindOf is the kind of err: the first Kind found in its chain, nil when it has none.
func KindOf(err error) *Kind {
	var k *Kind
	if errors.As(err, &k) {
		return k
	}
	return nil
}

// Kinds of error that are nobody's fault in particular.
var (
	// ErrBug: the program met a situation it should never meet (a bug). The data are
	// not damaged; the details are logged for whoever helps.
	ErrBug = NewKind("bug", "terjadi kesalahan program (bug), bukan kerusakan data; tutup lalu buka lagi program, dan laporkan catatan kesalahannya", nil)
	// ErrCancelled: the person cancelled the work; nothing was changed.
	ErrCancelled = NewKind("cancelled", "dibatalkan; tidak ada yang diubah", nil)
	// ErrInvalidRequest: a caller asked the store for something it cannot do (a
	// letter without a kind, an event of another partnership): a bug of the caller.
	ErrInvalidRequest = NewKind("invalidrequest", "permintaan tidak valid (kesalahan program); data tidak diubah", ErrBug)
)
