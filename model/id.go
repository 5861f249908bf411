package model

import (
	"crypto/rand"
	"encoding/binary"
	"sync"
	"time"
)

// ID identifies a record. IDs sort by creation time (a millisecond timestamp followed
// by random bits, Crockford base32, like a ULID), so a bucket scan returns records in
// the order they were made, and IDs made on two PCs of one school never collide when
// their data are merged.
type ID string

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

var idState struct {
	sync.Mutex
	lastMS uint64
	seq    uint64
}

// NewID returns a fresh ID for a record created at t. IDs made in the same
// millisecond by this process still sort in the order they were made.
func NewID(t time.Time) ID {
	ms := uint64(t.UnixMilli())
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	low := binary.BigEndian.Uint64(rnd[:]) >> 14 // 50 random bits

	idState.Lock()
	if ms <= idState.lastMS {
		// same (or earlier, on a clock step back) millisecond: keep order by counting up
		ms = idState.lastMS
		idState.seq++
		if idState.seq >= 1<<50 {
			// the 50-bit counter is spent: borrow the next millisecond
			ms++
			idState.lastMS = ms
			idState.seq = 0
		}
		low = idState.seq
	} else {
		idState.lastMS = ms
		idState.seq = low
	}
	idState.Unlock()

	var b [20]byte
	// 10 characters of timestamp (50 bits), 10 of the low part (50 bits)
	for i := 9; i >= 0; i-- {
		b[i] = crockford[ms&31]
		ms >>= 5
	}
	for i := 19; i >= 10; i-- {
		b[i] = crockford[low&31]
		low >>= 5
	}
	return ID(b[:])
}

// Valid reports whether id has the shape NewID produces.
func (id ID) Valid() bool {
	if len(id) != 20 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') || c == 'I' || c == 'L' || c == 'O' || c == 'U' {
			return false
		}
	}
	return true
}
