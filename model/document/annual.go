package document

import (
	"bytes"
	"fmt"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// AnnualStore is what the annual report needs of the data file; store.DB satisfies it.
type AnnualStore interface {
	School() (model.School, error)
	Partnerships() ([]model.Partnership, error)
	Partners() ([]model.Partner, error)
	Events(id model.ID) ([]model.Event, error)
	// AllStudentActivities lists an SMK's students' activities (PKL), for the
	// report's PKL figures.
	AllStudentActivities() ([]model.StudentActivity, error)
	AddSchoolDocument(kind, name string, pdf []byte, code string) (model.Attachment, error)
}

// Annual makes the laporan tahunan kemitraan of year over every partnership, dated
// today, and keeps it in the data file like every other document (it belongs to no
// partnership), so that a printed copy is matched with it (kemitraan-cli verify). A
// year that has not begun is refused (model.ErrFutureYear). With stage, the file is
// written aside before anything is kept, as MakeWritten does.
func Annual(st AnnualStore, year int, today time.Time, stage func(pdf []byte, name string) (Staged, error)) (Made, error) {
	school, err := st.School()
	if err != nil {
		return Made{}, err
	}
	if school.IsZero() {
		return Made{}, fmt.Errorf("%w: %s", ErrNotAvailable, missingSchool.Text)
	}
	partnerships, err := st.Partnerships()
	if err != nil {
		return Made{}, err
	}
	partners, err := st.Partners()
	if err != nil {
		return Made{}, err
	}
	timelines := make(map[model.ID][]model.Event, len(partnerships))
	for _, ps := range partnerships {
		tl, err := st.Events(ps.ID)
		if err != nil {
			return Made{}, err
		}
		timelines[ps.ID] = tl
	}
	// an SMK's report counts its PKL placements; no other school has any
	var acts []model.StudentActivity
	if school.IsSMK() {
		if acts, err = st.AllStudentActivities(); err != nil {
			return Made{}, err
		}
	}
	var buf bytes.Buffer
	code, err := pdf.WriteAnnualReport(&buf, pdf.AnnualReport{School: school, Year: year,
		Partnerships: partnerships, Partners: partners, Timelines: timelines, Today: today, StudentActivities: acts})
	if err != nil {
		return Made{}, err
	}
	name := fmt.Sprintf("laporan-tahunan-%d.pdf", year)
	var staged Staged
	if stage != nil {
		if staged, err = stage(buf.Bytes(), name); err != nil {
			return Made{}, err
		}
	}
	a, err := st.AddSchoolDocument(string(model.DocAnnual), name, buf.Bytes(), code)
	if err != nil {
		if staged != nil {
			staged.Abort()
		}
		return Made{}, err
	}
	made := Made{Attachment: a, PDF: buf.Bytes(), Code: code, Date: today}
	if staged != nil {
		return made, staged.Commit()
	}
	return made, nil
}
