package model_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestNewIDUniqueValidOrdered(t *testing.T) {
	const n = 10_000
	ids := make([]model.ID, n)
	seen := make(map[model.ID]bool, n)
	for i := range ids {
		id := model.NewID(time.Now())
		if !id.Valid() {
			t.Fatalf("NewID() = %q is not Valid", id)
		}
		if seen[id] {
			t.Fatalf("NewID() = %q made twice", id)
		}
		seen[id] = true
		ids[i] = id
	}
	if !slices.IsSorted(ids) {
		for i := 1; i < n; i++ {
			if ids[i] <= ids[i-1] {
				t.Fatalf("IDs out of creation order at %d: %q then %q", i, ids[i-1], ids[i])
			}
		}
	}
}

func TestNewIDSameInstant(t *testing.T) {
	at := time.Date(2030, 1, 1, 7, 0, 0, 0, time.UTC) // later than anything made before
	var prev model.ID
	for i := 0; i < 1000; i++ {
		id := model.NewID(at)
		if id <= prev {
			t.Fatalf("IDs made at the same instant out of order: %q then %q", prev, id)
		}
		prev = id
	}
	// a clock that steps back still gives IDs in the order they were made
	if id := model.NewID(at.Add(-time.Hour)); id <= prev {
		t.Errorf("after a clock step back: %q then %q", prev, id)
	}
}

func TestNewIDTimeOrder(t *testing.T) {
	base := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	a := model.NewID(base)
	b := model.NewID(base.Add(time.Millisecond))
	c := model.NewID(base.Add(24 * time.Hour))
	if !(a < b && b < c) {
		t.Errorf("IDs do not follow time: %q %q %q", a, b, c)
	}
}

func TestNewIDConcurrent(t *testing.T) {
	var mu sync.Mutex
	seen := map[model.ID]bool{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				id := model.NewID(time.Now())
				mu.Lock()
				if seen[id] {
					t.Errorf("duplicate %q", id)
				}
				seen[id] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

func TestIDValid(t *testing.T) {
	for _, id := range []model.ID{"", "01ARZ3NDEK", "01ARZ3NDEKTSV4RRFFQ6", "01ARZ3NDEKTSV4RRFFQI", "01ARZ3NDEKTSV4RRFFQu", "01ARZ3NDEKTSV4RRFFQ69", "01ARZ3NDEK-SV4RRFFQ6"} {
		want := id == "01ARZ3NDEKTSV4RRFFQ6"
		if id.Valid() != want {
			t.Errorf("ID(%q).Valid() = %v, want %v", id, !want, want)
		}
	}
}
