package model_test

import (
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestStages(t *testing.T) {
	want := []string{
		"1/7 Identifikasi Kebutuhan",
		"2/7 Penjajakan dan Identifikasi Mitra",
		"3/7 Pengembangan Proposal",
		"4/7 Negosiasi dan Perjanjian",
		"5/7 Implementasi",
		"6/7 Monitoring dan Evaluasi",
		"7/7 Peninjauan dan Perpanjangan",
	}
	if len(model.Stages) != 7 {
		t.Fatalf("%d stages", len(model.Stages))
	}
	keys := map[string]bool{}
	for i, s := range model.Stages {
		if got := s.String(); got != want[i] {
			t.Errorf("stage %d = %q, want %q", i+1, got, want[i])
		}
		if s.Key() == "" || keys[s.Key()] {
			t.Errorf("stage %d key %q empty or repeated", i+1, s.Key())
		}
		keys[s.Key()] = true
	}
	for _, s := range []model.Stage{0, 8, -1} {
		if s.Valid() || s.Name() != "" || s.Key() != "" {
			t.Errorf("stage %d is treated as valid", s)
		}
	}
}

func TestLabels(t *testing.T) {
	for _, c := range model.NeedCategories {
		if !c.Valid() || c.Label() == "" {
			t.Errorf("category %q", c)
		}
	}
	for _, s := range model.Statuses {
		if s.Label() == "" {
			t.Errorf("status %q has no label", s)
		}
	}
	if model.NeedProfesional.Label() != "Pengembangan Profesional" || model.KindBisnis.Label() != "Bisnis/DUDI" || model.StatusBerjalan.Label() != "Berjalan" {
		t.Errorf("labels are not the Indonesian names")
	}
}
