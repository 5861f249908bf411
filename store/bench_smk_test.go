package store

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// A large SMK: 40 DUDIs, each with a signed agreement, and three years of PKL — 300
// students a year, ten at each DUDI, each with three monitoring visits: 120
// activities, 900 placements.
func largeSMK(b *testing.B) *DB {
	b.Helper()
	db := MustOpenTemp(b)
	s := validSchool()
	s.Level = model.LevelSMK
	s.KompetensiKeahlian = []string{"Teknik Komputer dan Jaringan", "Akuntansi dan Keuangan Lembaga", "Teknik Kendaraan Ringan"}
	MustSaveSchool(b, db, s)
	var recs Records
	created := time.Date(2023, 1, 2, 8, 0, 0, 0, time.UTC)
	id := func() model.ID { created = created.Add(time.Minute); return model.NewID(created) }
	student := 0
	for i := range 40 {
		p := model.Partner{ID: id(), Name: fmt.Sprintf("PT Mitra Industri %02d", i), Kind: model.KindBisnis, Phone: "(0267) 400 100",
			DUDI: &model.DUDI{NPWP: "018765432055000", BidangUsaha: "Manufaktur", Scale: model.ScaleNasional,
				Address: model.AddressParts{AlamatJalan: "Jl. Industri No. 1", KabupatenKota: "Kabupaten Karawang", KodePos: "41363"}}}
		ps := model.NewPartnership()
		ps.ID, ps.Title, ps.PartnerID = id(), "PKL di "+p.Name, p.ID
		ps.Need.Category, ps.Stage, ps.Status = model.NeedAkademik, model.StageImplementasi, model.StatusBerjalan
		ps.Agreement = model.Agreement{Kind: model.AgreementPKS, SchoolNumber: fmt.Sprintf("%03d/421.5/SMKN/I/2023", i+1),
			Start: created, End: created.AddDate(3, 0, 0), SignedDate: created}
		ps.LinkMatch = []model.LinkMatch{{Kompetensi: s.KompetensiKeahlian[i%3], Components: []model.LinkMatchComponent{model.LinkPKL}}}
		ps.CreatedAt, ps.UpdatedAt, ps.StageSince = created, created, created
		recs.Partners = append(recs.Partners, p)
		recs.Partnerships = append(recs.Partnerships, ps)
		for year := 2023; year < 2026; year++ {
			start := time.Date(year, 7, 14, 0, 0, 0, 0, time.UTC)
			a := model.StudentActivity{ID: id(), PartnershipID: ps.ID, Kind: model.ActivityKindPKL,
				Title: fmt.Sprintf("PKL %d di %s", year, p.Name), SKNumber: "800/001/SK-Tugas/2023", SKDate: start,
				CreatedAt: start, UpdatedAt: start}
			for range 10 {
				student++
				a.Placements = append(a.Placements, model.Placement{ID: id(),
					Student: model.Student{Name: fmt.Sprintf("Peserta Didik %04d", student), NISN: fmt.Sprintf("%010d", 9000000+student),
						Class: "XII TKR 1", Kompetensi: s.KompetensiKeahlian[i%3]},
					Start: start, End: start.AddDate(0, 6, 0), Teacher: model.Teacher{Name: "Dedi Kurniawan, S.Pd."},
					Instructor: model.Instructor{Name: "Agus Salim"},
					Visits: []model.Visit{{Date: start.AddDate(0, 1, 0), Notes: "Siswa hadir dan disiplin; instruktur menilai baik."},
						{Date: start.AddDate(0, 3, 0), Notes: "Kemajuan baik."}, {Date: start.AddDate(0, 5, 0), Notes: "Siap dinilai."}}})
			}
			recs.StudentActivities = append(recs.StudentActivities, a)
		}
	}
	if err := db.Load(recs); err != nil {
		b.Fatal(err)
	}
	return db
}

func BenchmarkExportDapodik(b *testing.B) {
	db := largeSMK(b)
	for b.Loop() {
		if err := db.ExportDapodik(b.Context(), io.Discard, ExportOptions{WithStudents: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExportBundleWithStudents(b *testing.B) {
	db := largeSMK(b)
	for b.Loop() {
		if err := db.ExportWith(b.Context(), io.Discard, ExportOptions{WithStudents: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// Saving one activity of 300 students (a whole year group at one DUDI).
func BenchmarkSaveLargeActivity(b *testing.B) {
	db := largeSMK(b)
	all, err := db.AllStudentActivities()
	if err != nil {
		b.Fatal(err)
	}
	a := all[0]
	for len(a.Placements) < 300 {
		pl := a.Placements[len(a.Placements)%10]
		pl.ID = ""
		pl.Student.NISN = fmt.Sprintf("%010d", 8000000+len(a.Placements))
		a.Placements = append(a.Placements, pl)
	}
	for b.Loop() {
		if err := db.SaveStudentActivity(&a); err != nil {
			b.Fatal(err)
		}
	}
}
