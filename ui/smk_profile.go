package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// The school's kompetensi keahlian, in Profil Sekolah: a list of names, one a row,
// shown only while the level chosen is SMK. A school whose level changes keeps its
// list, unseen (model.School.Kompetensi), so choosing SMK again brings it back.

// addKompetensiField adds the list's row to the profile form, after the level.
func (s *settingsScreen) addKompetensiField() {
	s.kompetensi = newTextRows(lang.L("smk.kompetensi.placeholder"), func() {
		s.form.field("kompetensi_keahlian").setError("")
	})
	s.kompetensi.addButton.SetText(lang.L("smk.kompetensi.add"))
	s.kompetensi.empty.SetText(lang.L("smk.kompetensi.none"))
	s.form.add("kompetensi_keahlian", lang.L("smk.kompetensi"), s.kompetensi.object(), lang.L("smk.kompetensi.hint"))
}

// showKompetensi shows the list for an SMK only.
func (s *settingsScreen) showKompetensi() {
	f := s.form.field("kompetensi_keahlian")
	on := selectedOf(s.level, model.Levels) == model.LevelSMK
	setVisible(f.label, on)
	setVisible(f.cell, on)
}

// placeKompetensi shows the problems of a row under it and returns the others.
func (s *settingsScreen) placeKompetensi(problems model.Problems) model.Problems {
	// the model counts the names read, without the empty rows
	var rows []int
	vs, _ := s.kompetensi.peek()
	for i, v := range vs {
		if v != "" {
			rows = append(rows, i)
		}
	}
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "kompetensi_keahlian"); i >= 0 && i < len(rows) {
			s.kompetensi.setRowError(rows[i], problemText(p))
			if !s.form.field("kompetensi_keahlian").cell.Visible() {
				rest = append(rest, p) // a hidden list: the dialog says it
			}
			continue
		}
		rest = append(rest, p)
	}
	return rest
}
