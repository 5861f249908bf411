package demo_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

func TestSMKEveryRecordValidates(t *testing.T) {
	d := demo.SMK(now)
	if p := d.School.Validate(); p != nil {
		t.Errorf("school: %v", p)
	}
	for _, p := range d.Partners {
		if pr := p.Validate(); pr != nil {
			t.Errorf("partner %q: %v", p.Name, pr)
		}
	}
	for _, a := range d.StudentActivities {
		if pr := a.Validate(); pr != nil {
			t.Errorf("activity %q: %v", a.Title, pr)
		}
	}
}

func TestSMKSchool(t *testing.T) {
	s := demo.SMK(now).School
	if !s.IsSMK() || len(s.Kompetensi()) < 3 || s.LetterCode != "421.5" {
		t.Errorf("school %q: level %q, kompetensi %v, code %q", s.Name, s.Level, s.Kompetensi(), s.LetterCode)
	}
	for _, k := range []string{"Teknik Komputer dan Jaringan", "Akuntansi dan Keuangan Lembaga", "Teknik Kendaraan Ringan"} {
		if !slices.Contains(s.Kompetensi(), k) {
			t.Errorf("no kompetensi %q", k)
		}
	}
	if got := model.FormatLetterNumber(s, 7, now); got != "007/421.5/SMKN2-KRW/XI/2026" {
		t.Errorf("letter number %q", got)
	}
	// the ordinary sample stays a junior secondary school with nothing of an SMK
	if smp := demo.Dataset(now); smp.School.IsSMK() || smp.School.Kompetensi() != nil {
		t.Errorf("the ordinary sample is an SMK: %q", smp.School.Level)
	}
}

// Several DUDIs of every scale with every Dapodik field, and a partner that is no DUDI.
func TestSMKPartners(t *testing.T) {
	d := demo.SMK(now)
	scales := map[model.BusinessScale]bool{}
	complete, others := 0, 0
	for _, p := range d.Partners {
		if !p.IsDUDI() {
			others++
			continue
		}
		dd := p.DUDIData()
		scales[dd.Scale] = true
		if !dd.NPWP.Valid() || dd.BidangUsaha == "" || !dd.Address.Usable() || dd.Address.Kecamatan == "" ||
			dd.Address.DesaKelurahan == "" || len(dd.Address.KodePos) != 5 || dd.ContactPhone == "" || dd.ContactPosition == "" ||
			p.Phone == "" || p.Email == "" || p.ContactPerson == "" {
			t.Errorf("DUDI %q lacks Dapodik data: %+v", p.Name, dd)
		}
		if dd.Fax != "" && dd.Website != "" && dd.Lintang != "" && dd.Bujur != "" && dd.Address.RT != "" {
			complete++
		}
		if !strings.Contains(p.LetterAddress(), "Kabupaten Karawang") {
			t.Errorf("DUDI %q: letter address %q", p.Name, p.LetterAddress())
		}
	}
	for _, s := range model.BusinessScales {
		if !scales[s] {
			t.Errorf("no DUDI of scale %q", s)
		}
	}
	if complete < 1 || others != 1 {
		t.Errorf("%d DUDIs with every field, %d partners that are no DUDI", complete, others)
	}
}

// Partnerships at every stage, the stages before each complete, link and match
// covering every kompetensi keahlian, one of them planned only.
func TestSMKPartnerships(t *testing.T) {
	d := demo.SMK(now)
	partners := map[model.ID]*model.Partner{}
	for i := range d.Partners {
		partners[d.Partners[i].ID] = &d.Partners[i]
	}
	stages := map[model.Stage]bool{}
	var sums []model.Summary
	for _, ps := range d.Partnerships {
		name := fmt.Sprintf("%q at %v", ps.Title, ps.Stage)
		if p := ps.Validate(); p != nil {
			t.Errorf("%s: %v", name, p)
		}
		stages[ps.Stage] = true
		for _, s := range model.Stages[:ps.Stage-1] {
			if c := ps.Checklist(s, partners[ps.PartnerID]); !c.Complete() {
				t.Errorf("%s: stage %v incomplete, missing %v", name, s, c.Missing())
			}
		}
		if ps.Stage >= model.StagePerjanjian {
			a := ps.Agreement
			place := a.Place
			if a.Kind == model.AgreementMoU {
				place = a.MoU.Place
			}
			if !strings.Contains(a.Number(), "/421.5/SMKN2-KRW/") || a.SchoolSignatory.Name != d.School.PrincipalName ||
				place != "Karawang" || !strings.Contains(a.Dispute, "Karawang") || strings.Contains(a.SchoolSignatory.Position, "SMP") {
				t.Errorf("%s: agreement %q signed by %+v at %q", name, a.Number(), a.SchoolSignatory, place)
			}
		}
		for _, l := range ps.LinkMatch {
			if !slices.Contains(d.School.Kompetensi(), l.Kompetensi) {
				t.Errorf("%s: link and match for %q, not a kompetensi of the school", name, l.Kompetensi)
			}
		}
		s := model.Summarize(ps)
		if p := partners[ps.PartnerID]; p != nil {
			s.PartnerName = p.Name
		}
		sums = append(sums, s)
	}
	for _, s := range []model.Stage{model.StageKebutuhan, model.StagePenjajakan, model.StagePerjanjian, model.StageImplementasi, model.StageMonev, model.StagePeninjauan} {
		if !stages[s] {
			t.Errorf("no partnership at stage %v", s)
		}
	}
	cov := model.LinkMatchCoverage(d.School, sums)
	if len(cov) != 3 {
		t.Fatalf("coverage of %d kompetensi", len(cov))
	}
	// TKJ and TKR are covered in part; AKL has no partner in force (its bank is still
	// negotiating, its accounting office's partnership ended): Beranda shows the gap
	planned := false
	for _, k := range cov {
		uncovered := len(k.Uncovered())
		if !k.Listed || (k.Kompetensi == "Akuntansi dan Keuangan Lembaga") != (uncovered == len(model.LinkMatchComponents)) {
			t.Errorf("kompetensi %q: listed %v, uncovered %v", k.Kompetensi, k.Listed, k.Uncovered())
		}
		for _, c := range k.Components {
			for _, e := range c.By {
				planned = planned || !e.InForce
			}
		}
	}
	if !planned {
		t.Error("no component is only planned by a draft partnership")
	}
}

// Students' activities under agreements: PKL with teachers, instructors and visits,
// one student at two DUDIs one after the other, a teaching factory, and a planned
// PKL under an agreement not yet signed.
func TestSMKStudentActivities(t *testing.T) {
	d := demo.SMK(now)
	byID := map[model.ID]model.Partnership{}
	for _, ps := range d.Partnerships {
		byID[ps.ID] = ps
	}
	type stay struct {
		partnership model.ID
		start, end  time.Time
	}
	stays := map[string][]stay{}
	names := map[string]string{}
	ids := map[model.ID]bool{}
	kinds := map[model.StudentActivityKind]int{}
	visits, unsigned := 0, 0
	for _, a := range d.StudentActivities {
		ps, ok := byID[a.PartnershipID]
		if !ok || ps.Stage < model.StagePerjanjian {
			t.Errorf("activity %q under partnership %q at %v", a.Title, ps.Title, ps.Stage)
		}
		if !ps.Agreement.Signed() {
			unsigned++
		}
		if !a.ID.Valid() || ids[a.ID] || a.CreatedAt.IsZero() || a.UpdatedAt.Before(a.CreatedAt) || a.UpdatedAt.After(now) {
			t.Errorf("activity %q: ID %q, created %v, updated %v", a.Title, a.ID, a.CreatedAt, a.UpdatedAt)
		}
		ids[a.ID] = true
		kinds[a.Kind]++
		for _, pl := range a.Placements {
			if !pl.ID.Valid() || ids[pl.ID] {
				t.Errorf("placement of %q has ID %q", pl.Student.Name, pl.ID)
			}
			ids[pl.ID] = true
			s := pl.Student
			if n, ok := names[s.NISN]; ok && n != s.Name {
				t.Errorf("NISN %s is %q and %q", s.NISN, n, s.Name)
			}
			names[s.NISN] = s.Name
			if !slices.Contains(d.School.Kompetensi(), s.Kompetensi) || pl.Teacher.Name == "" || pl.Instructor.Name == "" {
				t.Errorf("placement of %q: %+v", s.Name, pl)
			}
			for _, v := range pl.Visits {
				visits++
				if v.Date.Before(pl.Start) || v.Date.After(pl.End) || v.Date.After(now) || v.Notes == "" {
					t.Errorf("visit to %q on %v, placement %v – %v", s.Name, v.Date, pl.Start, pl.End)
				}
			}
			stays[s.NISN] = append(stays[s.NISN], stay{a.PartnershipID, pl.Start, pl.End})
		}
	}
	twice := 0
	for nisn, list := range stays {
		if len(list) < 2 {
			continue
		}
		twice++
		if list[0].partnership == list[1].partnership || !list[0].end.Before(list[1].start) {
			t.Errorf("student %s placed twice at once or at one DUDI: %+v", nisn, list)
		}
	}
	if twice != 1 || len(names) < 15 || visits < 15 || kinds[model.ActivityKindPKL] < 3 || kinds[model.ActivityKindTefa] != 1 || unsigned != 1 {
		t.Errorf("%d students placed twice, %d students, %d visits, kinds %v, %d under an unsigned agreement", twice, len(names), visits, kinds, unsigned)
	}
}

func TestSMKTimeline(t *testing.T) {
	d := demo.SMK(now)
	events := demo.SMKTimeline(d)
	if len(events) < 30 {
		t.Fatalf("%d events", len(events))
	}
	known := map[model.ID]bool{}
	for _, ps := range d.Partnerships {
		known[ps.ID] = true
	}
	for i, e := range events {
		if !known[e.PartnershipID] || !e.Stage.Valid() || e.Time.IsZero() || i > 0 && e.Time.Before(events[i-1].Time) {
			t.Errorf("event %d: %+v", i, e)
		}
		if strings.Contains(e.Participants+e.Text, "Siti Rahmawati") || strings.Contains(e.Text, "SMP") {
			t.Errorf("the SMP's people in the SMK's timeline: %q / %q", e.Text, e.Participants)
		}
		for _, a := range d.StudentActivities {
			for _, pl := range a.Placements {
				if strings.Contains(e.Text+e.Participants+e.Minutes, pl.Student.Name) {
					t.Errorf("a student named on the timeline: %q", e.Text)
				}
			}
		}
	}
}

func TestSMKTwiceGivesNewIDs(t *testing.T) {
	a, b := demo.SMK(now), demo.SMK(now)
	if a.StudentActivities[0].ID == b.StudentActivities[0].ID || a.Partnerships[0].ID == b.Partnerships[0].ID {
		t.Error("two samples share IDs")
	}
	if a.StudentActivities[0].Title != b.StudentActivities[0].Title || len(a.StudentActivities) != len(b.StudentActivities) {
		t.Error("two samples differ")
	}
}
