package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

func TestLoadSample(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, time.November, 26, 10, 0, 0, 0, time.Local)
	if err := db.LoadSample(now); err != nil {
		t.Fatal(err)
	}
	c, err := db.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Partnerships <= 10 || c.Partners == 0 || c.Events == 0 {
		t.Errorf("after LoadSample: %+v", c)
	}
	if s, err := db.School(); err != nil || s.Name == "" {
		t.Errorf("school %q, %v", s.Name, err)
	}
	if err := db.LoadSample(now); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("second LoadSample: %v, want ErrNotEmpty", err)
	}
}
