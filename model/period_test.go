package model_test

import (
	"errors"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestPeriodTitle(t *testing.T) {
	y := func(year int) time.Time { return time.Date(year, 7, 1, 0, 0, 0, 0, time.Local) }
	for _, c := range []struct {
		period     int
		start, end time.Time
		want       string
	}{
		{0, y(2026), y(2027), "Bank Sampah Sekolah"},
		{2, y(2027), y(2028), "Bank Sampah Sekolah — periode 2 (2027–2028)"},
		{1, y(2026), y(2026), "Bank Sampah Sekolah — periode 1 (2026)"},
		{3, time.Time{}, time.Time{}, "Bank Sampah Sekolah — periode 3"},
	} {
		if got := model.PeriodTitle("Bank Sampah Sekolah", c.period, c.start, c.end); got != c.want {
			t.Errorf("period %d: %q, want %q", c.period, got, c.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	sums := []model.Summary{
		{ID: "c", PreviousID: "b"},
		{ID: "a", NextID: "b"},
		{ID: "b", PreviousID: "a", NextID: "c"},
		{ID: "x"},
		{ID: "z", PreviousID: "gone"}, // its first period was deleted
	}
	got := model.Periods(sums)
	want := map[model.ID]int{"a": 1, "b": 2, "c": 3, "z": 1}
	if len(got) != len(want) {
		t.Fatalf("Periods = %v, want %v", got, want)
	}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("%s: period %d, want %d", id, got[id], n)
		}
	}

	stored := map[model.ID]model.Partnership{"a": {ID: "a", NextID: "b"}, "b": {ID: "b", PreviousID: "a", NextID: "c"}}
	read := func(id model.ID) (model.Partnership, error) {
		if p, ok := stored[id]; ok {
			return p, nil
		}
		return model.Partnership{}, errors.New("not found")
	}
	if n := model.PeriodOf(model.Partnership{ID: "c", PreviousID: "b"}, read); n != 3 {
		t.Errorf("PeriodOf(c) = %d, want 3", n)
	}
	if n := model.PeriodOf(model.Partnership{ID: "x"}, read); n != 0 {
		t.Errorf("PeriodOf(x) = %d, want 0", n)
	}
	if n := model.PeriodOf(stored["a"], read); n != 1 {
		t.Errorf("PeriodOf(a) = %d, want 1", n)
	}
}
