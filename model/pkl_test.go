package model_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.Local) }

func validPlacement(name, nisn string) model.Placement {
	return model.Placement{
		Student: model.Student{Name: name, NISN: nisn, Class: "XII TKR 1", Kompetensi: "Teknik Kendaraan Ringan"},
		Start:   d(2026, 7, 13), End: d(2026, 12, 11),
		Teacher:    model.Teacher{Name: "Dedi Kurniawan, S.Pd.", NIP: "198203152009011004"},
		Instructor: model.Instructor{Name: "Agus Salim", Position: "Kepala Bengkel"},
		Visits:     []model.Visit{{Date: d(2026, 8, 20), Notes: "Siswa hadir tepat waktu."}},
	}
}

func validActivity() model.StudentActivity {
	return model.StudentActivity{
		Kind: model.ActivityKindPKL, Title: "PKL Kelas XII TKR Gelombang 1",
		SKNumber: "800/045/SMKN2-KRW/VII/2026", SKDate: d(2026, 7, 6),
		Placements: []model.Placement{validPlacement("Rizki Maulana", "0091234567"), validPlacement("Siti Nurhaliza", "0097654321")},
	}
}

func TestStudentActivityValidate(t *testing.T) {
	if p := validActivity().Validate(); p != nil {
		t.Fatalf("valid activity: %v", p)
	}
	for _, c := range []struct {
		change func(*model.StudentActivity)
		field  string
		msg    string
	}{
		{func(a *model.StudentActivity) { a.Kind = "magang" }, "kind", msgChoice},
		{func(a *model.StudentActivity) { a.Title = " " }, "title", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[1].Student.NISN = "009765432" }, "placements[1].student.nisn", "NISN harus 10 digit angka."},
		{func(a *model.StudentActivity) { a.Placements[0].Student.NISN = "00912345 67" }, "placements[0].student.nisn", "NISN harus 10 digit angka."},
		{func(a *model.StudentActivity) { a.Placements[0].Student.Name = "" }, "placements[0].student.name", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[0].Student.Class = "" }, "placements[0].student.class", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[0].Student.Kompetensi = "" }, "placements[0].student.kompetensi", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[0].Start = time.Time{} }, "placements[0].start", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[0].End = d(2026, 7, 1) }, "placements[0].end", "Tanggal berakhir harus sesudah tanggal mulai."},
		{func(a *model.StudentActivity) { a.Placements[0].Teacher.NIP = "1982" }, "placements[0].teacher.nip", msgNIP},
		{func(a *model.StudentActivity) { a.Placements[1].Visits[0].Date = time.Time{} }, "placements[1].visits[0].date", msgRequired},
		{func(a *model.StudentActivity) { a.Placements[1].Student.NISN = a.Placements[0].Student.NISN },
			"placements[1].student.nisn", "Peserta didik ini sudah tercatat pada aktivitas ini dalam periode yang beririsan."},
	} {
		a := validActivity()
		c.change(&a)
		wantProblem(t, a.Validate(), c.field, c.msg)
	}
	// one student twice in one activity, in periods that do not meet: two placements
	a := validActivity()
	a.Placements[1] = validPlacement("Rizki Maulana", "0091234567")
	a.Placements[0].End = d(2026, 9, 30)
	a.Placements[1].Start = d(2026, 10, 1)
	if p := a.Validate(); p != nil {
		t.Errorf("one student in two periods: %v", p)
	}
	a.Placements = make([]model.Placement, model.MaxPlacements+1)
	wantProblem(t, a.Validate(), "placements", "Peserta didik satu aktivitas paling banyak 1.000; bagi menjadi beberapa aktivitas.")
}

func TestStudentActivitiesAllowed(t *testing.T) {
	s := validSchool()
	if err := model.StudentActivitiesAllowed(s, model.StageImplementasi); !errors.Is(err, model.ErrNotSMK) {
		t.Errorf("an SMP: %v", err)
	}
	s.Level = model.LevelSMK
	if err := model.StudentActivitiesAllowed(s, model.StageProposal); !errors.Is(err, model.ErrNoAgreementYet) {
		t.Errorf("an SMK at stage 3: %v", err)
	}
	for _, st := range []model.Stage{model.StagePerjanjian, model.StageImplementasi, model.StagePeninjauan} {
		if err := model.StudentActivitiesAllowed(s, st); err != nil {
			t.Errorf("an SMK at stage %d: %v", st, err)
		}
	}
}

func TestActivityDerived(t *testing.T) {
	a := validActivity()
	a.Placements[1].Start, a.Placements[1].End = d(2026, 8, 3), d(2027, 1, 29)
	a.Placements[1].Teacher = model.Teacher{Name: "Rina Marlina, S.Kom."}
	a.Placements[1].Student.Kompetensi = "Teknik Komputer dan Jaringan"
	a.Placements = append(a.Placements, validPlacement("Dewi Lestari", "0090001112"))
	start, end := a.Period()
	if !start.Equal(d(2026, 7, 13)) || !end.Equal(d(2027, 1, 29)) {
		t.Errorf("period %v – %v", start, end)
	}
	var names []string
	for _, tc := range a.Teachers() {
		names = append(names, tc.Name)
	}
	if !slices.Equal(names, []string{"Dedi Kurniawan, S.Pd.", "Rina Marlina, S.Kom."}) {
		t.Errorf("teachers %v", names)
	}
	if got := a.KompetensiList(); !slices.Equal(got, []string{"Teknik Kendaraan Ringan", "Teknik Komputer dan Jaringan"}) {
		t.Errorf("kompetensi %v", got)
	}
}

func TestPKLTally(t *testing.T) {
	a := validActivity()
	a.PartnershipID = "P1"
	b := validActivity()
	b.PartnershipID = "P2"
	b.Placements = []model.Placement{validPlacement("Rizki Maulana", "0091234567")} // a second placement of one student
	b.Placements[0].Start, b.Placements[0].End = d(2027, 1, 4), d(2027, 2, 26)
	b.Placements[0].Student.Kompetensi = "teknik kendaraan  ringan"
	tefa := validActivity()
	tefa.Kind = model.ActivityKindTefa
	tefa.PartnershipID = "P1"
	partners := map[model.ID][2]string{"P1": {"D1", "PT Sakura Auto Parts Indonesia"}, "P2": {"D2", "Bengkel Jaya Motor"}}
	partnerOf := func(id model.ID) (model.ID, string) { return model.ID(partners[id][0]), partners[id][1] }

	byDUDI, byKomp := model.PKLTally([]model.StudentActivity{a, b, tefa}, partnerOf, time.Time{}, time.Time{})
	want := []model.PKLCount{{Key: "D2", Name: "Bengkel Jaya Motor", Placements: 1, Students: 1},
		{Key: "D1", Name: "PT Sakura Auto Parts Indonesia", Placements: 2, Students: 2}}
	if !slices.Equal(byDUDI, want) {
		t.Errorf("by DUDI %+v, want %+v", byDUDI, want)
	}
	if len(byKomp) != 1 || byKomp[0].Placements != 3 || byKomp[0].Students != 2 || byKomp[0].Name != "Teknik Kendaraan Ringan" {
		t.Errorf("by kompetensi %+v", byKomp)
	}
	// the year 2026 only: the January 2027 placement is left out
	byDUDI, _ = model.PKLTally([]model.StudentActivity{a, b}, partnerOf, d(2026, 1, 1), d(2026, 12, 31))
	if len(byDUDI) != 1 || byDUDI[0].Key != "D1" {
		t.Errorf("2026: %+v", byDUDI)
	}
}

func TestLinkMatchValidate(t *testing.T) {
	ps := model.NewPartnership()
	ps.Title = "Kelas Industri Otomotif"
	ps.Need.Category = model.NeedAkademik
	ps.LinkMatch = []model.LinkMatch{
		{Kompetensi: "Teknik Kendaraan Ringan", Components: []model.LinkMatchComponent{model.LinkKurikulum, model.LinkPKL, model.LinkPlusI}, Notes: "Hibah 2 unit engine stand"},
	}
	if p := ps.Validate(); p != nil {
		t.Fatalf("valid: %v", p)
	}
	ps.LinkMatch = append(ps.LinkMatch, model.LinkMatch{Kompetensi: "teknik kendaraan ringan"})
	wantProblem(t, ps.Validate(), "link_match[1].kompetensi", "Kompetensi keahlian ini sudah dicatat pada kemitraan ini.")
	ps.LinkMatch[1] = model.LinkMatch{Kompetensi: "Teknik Pemesinan", Components: []model.LinkMatchComponent{model.LinkPKL, "magang_siswa"}}
	wantProblem(t, ps.Validate(), "link_match[1].components", msgChoice)
	ps.LinkMatch[1] = model.LinkMatch{Components: []model.LinkMatchComponent{model.LinkPKL}}
	wantProblem(t, ps.Validate(), "link_match[1].kompetensi", msgRequired)
}

func TestLinkMatchComponents(t *testing.T) {
	if len(model.LinkMatchComponents) != 9 {
		t.Fatalf("%d components, want the 8 and +i", len(model.LinkMatchComponents))
	}
	keys := map[string]bool{}
	for _, c := range model.LinkMatchComponents {
		if c.Label() == "" || !c.Valid() || keys[c.Key()] {
			t.Errorf("component %q: label %q", c, c.Label())
		}
		keys[c.Key()] = true
	}
}

func TestLinkMatchCoverage(t *testing.T) {
	s := validSchool()
	s.Level = model.LevelSMK
	s.KompetensiKeahlian = []string{"Teknik Komputer dan Jaringan", "Akuntansi dan Keuangan Lembaga", "Teknik Kendaraan Ringan"}
	lm := func(k string, cs ...model.LinkMatchComponent) model.LinkMatch {
		return model.LinkMatch{Kompetensi: k, Components: cs}
	}
	sums := []model.Summary{
		{ID: "A", Title: "Kelas Industri", PartnerName: "PT Sakura", Status: model.StatusBerjalan,
			LinkMatch: []model.LinkMatch{lm("teknik kendaraan ringan", model.LinkPKL, model.LinkKurikulum)}},
		{ID: "B", Title: "PKL Bengkel", PartnerName: "Bengkel Jaya Motor", Status: model.StatusDraft,
			LinkMatch: []model.LinkMatch{lm("Teknik Kendaraan Ringan", model.LinkPKL)}},
		{ID: "C", Title: "Lama", PartnerName: "PT Lama", Status: model.StatusSelesai,
			LinkMatch: []model.LinkMatch{lm("Akuntansi dan Keuangan Lembaga", model.LinkPKL)}},
		{ID: "D", Title: "Multimedia", PartnerName: "CV Kreasi", Status: model.StatusBerjalan,
			LinkMatch: []model.LinkMatch{lm("Multimedia", model.LinkGuruTamu)}},
	}
	cov := model.LinkMatchCoverage(s, sums)
	var names []string
	for _, k := range cov {
		names = append(names, k.Kompetensi)
	}
	if !slices.Equal(names, []string{"Teknik Komputer dan Jaringan", "Akuntansi dan Keuangan Lembaga", "Teknik Kendaraan Ringan", "Multimedia"}) {
		t.Fatalf("kompetensi %v", names)
	}
	if !cov[2].Listed || cov[3].Listed {
		t.Errorf("listed: %v %v", cov[2].Listed, cov[3].Listed)
	}
	pkl := cov[2].Components[slices.Index(model.LinkMatchComponents, model.LinkPKL)]
	if !pkl.Covered() || len(pkl.By) != 2 || pkl.By[0].PartnerName != "PT Sakura" || pkl.By[1].InForce {
		t.Errorf("TKR PKL: %+v", pkl)
	}
	if len(cov[0].Uncovered()) != 9 || len(cov[1].Uncovered()) != 9 {
		t.Errorf("TKJ uncovered %v; AKL (its partnership ended) uncovered %v", cov[0].Uncovered(), cov[1].Uncovered())
	}
	if got := cov[2].Uncovered(); len(got) != 7 || slices.Contains(got, model.LinkPKL) {
		t.Errorf("TKR uncovered %v", got)
	}
	s.Level = model.LevelSMA
	if cov := model.LinkMatchCoverage(s, sums); cov != nil {
		t.Errorf("an SMA has coverage %v", cov)
	}
}

func TestSummaryCarriesLinkMatch(t *testing.T) {
	ps := model.NewPartnership()
	ps.LinkMatch = []model.LinkMatch{{Kompetensi: "Teknik Komputer dan Jaringan", Components: []model.LinkMatchComponent{model.LinkSertifikasi}}}
	if s := model.Summarize(ps); len(s.LinkMatch) != 1 || !s.LinkMatch[0].Covers(model.LinkSertifikasi) {
		t.Errorf("summary %+v", s.LinkMatch)
	}
}
