package model

import (
	"testing"
	"time"
)

// When the counter within one millisecond is spent, the next ID still sorts after.
func TestNewIDCounterSpent(t *testing.T) {
	at := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	a := NewID(at)
	idState.Lock()
	idState.seq = 1<<50 - 2
	idState.Unlock()
	b := NewID(at)
	c := NewID(at)
	d := NewID(at)
	if !(a < b && b < c && c < d) {
		t.Errorf("IDs out of order around a spent counter: %q %q %q %q", a, b, c, d)
	}
	for _, id := range []ID{a, b, c, d} {
		if !id.Valid() {
			t.Errorf("%q not Valid", id)
		}
	}
}
