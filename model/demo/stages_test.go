package demo_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
)

func partnerOf(d demo.Data, ps model.Partnership) *model.Partner {
	for i := range d.Partners {
		if d.Partners[i].ID == ps.PartnerID {
			return &d.Partners[i]
		}
	}
	return nil
}

// checkStages checks what every partnership of d must hold: valid, every stage before
// its own complete, the data of every stage it has reached, dates in order.
func checkStages(t *testing.T, d demo.Data, now time.Time, strict bool) {
	t.Helper()
	for _, ps := range d.Partnerships {
		name := fmt.Sprintf("%q at %v", ps.Title, ps.Stage)
		if p := ps.Validate(); p != nil {
			t.Errorf("%s: %v", name, p)
		}
		partner := partnerOf(d, ps)
		for _, s := range model.Stages[:ps.Stage-1] {
			if c := ps.Checklist(s, partner); !c.Complete() {
				t.Errorf("%s: stage %v incomplete, missing %v", name, s, c.Missing())
			}
		}
		if ps.StageSince.IsZero() || ps.StageSince.Before(ps.CreatedAt) || !ps.StageSince.Before(now) || ps.UpdatedAt.Before(ps.StageSince) {
			t.Errorf("%s: created %v, in stage since %v, updated %v", name, ps.CreatedAt, ps.StageSince, ps.UpdatedAt)
		}
		if ps.Stage >= model.StagePenjajakan {
			if n := len(ps.Candidates); n < 1 || n > 3 {
				t.Errorf("%s: %d candidates", name, n)
			}
			chosen := false
			for _, c := range ps.Candidates {
				chosen = chosen || c.PartnerID == ps.PartnerID
				for _, a := range c.Approaches {
					if a.Date.Before(ps.CreatedAt.Truncate(24*time.Hour)) || !a.Date.Before(now) || a.Notes == "" {
						t.Errorf("%s: approach %v %q", name, a.Date, a.Notes)
					}
				}
			}
			if !chosen {
				t.Errorf("%s: the chosen partner is not among the candidates", name)
			}
		}
		if ps.Stage >= model.StageProposal {
			pr := ps.Proposal
			for field, v := range map[string]string{"latar belakang": pr.Background, "tujuan": pr.Objectives, "sasaran": pr.Targets, "bentuk kegiatan": pr.Activities, "rencana evaluasi": pr.EvaluationPlan} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s: no %s", name, field)
				}
			}
			if !strict {
				continue
			}
			if len(pr.SchoolRoles) < 2 || len(pr.SchoolRoles) > 4 || len(pr.PartnerRoles) < 2 || len(pr.PartnerRoles) > 4 {
				t.Errorf("%s: %d school roles, %d partner roles", name, len(pr.SchoolRoles), len(pr.PartnerRoles))
			}
			if n := len(pr.Schedule); n < 2 || n > 6 {
				t.Errorf("%s: jadwal of %d rows", name, n)
			}
			for i := 1; i < len(pr.Schedule); i++ {
				if pr.Schedule[i].Date.Before(pr.Schedule[i-1].Date) {
					t.Errorf("%s: jadwal out of order", name)
				}
			}
			if n := len(pr.Budget); n < 2 || n > 6 {
				t.Errorf("%s: budget of %d items", name, n)
			}
			if n := len(pr.Indicators); n < 1 || n > 4 {
				t.Errorf("%s: %d indicators", name, n)
			}
			for _, in := range pr.Indicators {
				if in.Target <= 0 || in.Unit == "" {
					t.Errorf("%s: indicator %+v", name, in)
				}
			}
		}
		if ps.Stage >= model.StagePerjanjian {
			a := ps.Agreement
			if a.Place != "Bandung" || a.NoticeDays != 30 || a.Originals != 2 || !a.Meterai || a.ForceMajeureDays <= 0 {
				t.Errorf("%s: agreement place %q, notice %d, originals %d, meterai %v", name, a.Place, a.NoticeDays, a.Originals, a.Meterai)
			}
			if !a.End.Equal(a.Start.AddDate(1, 0, -1)) {
				t.Errorf("%s: period %v – %v is not one year", name, a.Start, a.End)
			}
			// the school's pattern: 015/421.3/SMPN1-BDG/XI/2026, with the agreement's month
			want := "/421.3/SMPN1-BDG/" + model.RomanMonth(a.Date.Month()) + "/" + strconv.Itoa(a.Date.Year())
			if !strings.HasSuffix(a.SchoolNumber, want) || len(a.SchoolNumber) != 3+len(want) || strings.Contains(a.PartnerNumber, "{") {
				t.Errorf("%s: numbers %q and %q", name, a.SchoolNumber, a.PartnerNumber)
			}
			if a.SchoolSignatory.Name != d.School.PrincipalName || a.SchoolSignatory.IDNumber != d.School.PrincipalNIP {
				t.Errorf("%s: school signatory %+v", name, a.SchoolSignatory)
			}
			if partner != nil && a.PartnerSignatory.Name != partner.SignatoryFullName() {
				t.Errorf("%s: partner signatory %+v", name, a.PartnerSignatory)
			}
			// the money is the budget's, line by line, the partner's and the school's
			totals, err := a.ContributionTotals()
			if total, school, pays := ps.Proposal.BudgetTotal(); err != nil || totals.All != total || totals.School != school || totals.Partner != pays {
				t.Errorf("%s: lines %+v (%v), the budget %v, %v, %v", name, totals, err, total, school, pays)
			}
			if model.MentionsAmount(a.Funding) {
				t.Errorf("%s: the funding words restate an amount: %q", name, a.Funding)
			}
			if n := len(a.SchoolObligations); strict && (n < 3 || n > 5 || len(a.PartnerObligations) < 3 || len(a.PartnerObligations) > 5) {
				t.Errorf("%s: %d and %d obligations", name, n, len(a.PartnerObligations))
			}
		}
		if ps.Stage >= model.StageImplementasi {
			if n := len(ps.Activities); n < 2 || n > 5+btoi(!strict) {
				t.Errorf("%s: %d activities", name, n)
			}
			for _, act := range ps.Activities {
				if !act.ID.Valid() || act.People == "" || act.Date.IsZero() {
					t.Errorf("%s: activity %+v", name, act)
				}
				if act.Status == model.ActivityDone && !act.Date.Before(now) {
					t.Errorf("%s: activity %q done in the future", name, act.Title)
				}
			}
		}
		if ps.Stage >= model.StageMonev {
			if n := len(ps.Evaluations); n < 1 || n > 2 {
				t.Errorf("%s: %d evaluations", name, n)
			}
			for _, e := range ps.Evaluations {
				if !e.ID.Valid() || len(e.Values) != len(ps.Proposal.Indicators) || e.Findings == "" || e.FollowUp == "" || !e.Date.Before(now) {
					t.Errorf("%s: evaluation %+v", name, e)
				}
				for b, r := range e.Ratings {
					if r < 1 || r > 5 {
						t.Errorf("%s: benefit %v rated %d", name, model.Benefit(b).Name(), r)
					}
				}
			}
		}
		if ps.Stage == model.StagePeninjauan && !ps.Checklist(model.StagePeninjauan, partner).Complete() {
			t.Errorf("%s: no review decision", name)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestEveryStageHasItsData(t *testing.T) {
	checkStages(t, demo.Dataset(now), now, true)
}

func TestDemoStories(t *testing.T) {
	d := demo.Dataset(now)
	decisions := map[model.Decision]int{}
	kinds := map[model.AgreementKind]int{}
	var endingSoon, overdue, unsignedAt4, signedAt4 int
	for _, ps := range d.Partnerships {
		a := ps.Agreement
		if ps.Stage >= model.StagePerjanjian {
			kinds[a.Kind]++
		}
		if ps.Stage == model.StagePerjanjian {
			if a.Signed() {
				signedAt4++
			} else {
				unsignedAt4++
			}
		}
		if ps.Stage > model.StagePerjanjian && !a.Signed() {
			t.Errorf("%q at %v: agreement not signed", ps.Title, ps.Stage)
		}
		if a.Signed() && ps.Status != model.StatusDibatalkan && a.End.After(now) && a.End.Before(now.AddDate(0, 0, 30)) {
			endingSoon++
		}
		for _, act := range ps.Activities {
			if act.Status == model.ActivityPlanned && act.Date.Before(now) {
				overdue++
			}
		}
		if ps.Stage == model.StagePeninjauan {
			decisions[ps.Review.Decision]++
		}
		if ps.Stage > model.StageImplementasi {
			done := false
			for _, act := range ps.Activities {
				done = done || act.Status == model.ActivityDone
			}
			if !done {
				t.Errorf("%q past stage 5 without an activity done", ps.Title)
			}
		}
	}
	for _, dec := range model.Decisions {
		if decisions[dec] != 1 {
			t.Errorf("%d reviews decided %q, want 1", decisions[dec], dec)
		}
	}
	if kinds[model.AgreementMoUPKS] != 1 || kinds[model.AgreementPKS] < 5 {
		t.Errorf("agreements: %v", kinds)
	}
	if endingSoon != 1 || overdue != 1 || unsignedAt4 < 1 || signedAt4 < 1 {
		t.Errorf("%d agreements ending within 30 days, %d planned activities overdue, at stage 4 %d signed and %d not",
			endingSoon, overdue, signedAt4, unsignedAt4)
	}
}

func TestTimeline(t *testing.T) {
	d := demo.Dataset(now)
	events := demo.Timeline(d)
	byID := map[model.ID]model.Partnership{}
	for _, ps := range d.Partnerships {
		byID[ps.ID] = ps
	}
	per := map[model.ID][]model.Event{}
	kinds := map[model.EventKind]int{}
	for i, e := range events {
		ps, ok := byID[e.PartnershipID]
		if !ok {
			t.Fatalf("event %+v of an unknown partnership", e)
		}
		if i > 0 && e.Time.Before(events[i-1].Time) {
			t.Errorf("events out of time order at %d", i)
		}
		if e.Time.Before(ps.CreatedAt) || !e.Time.Before(now) || e.Text == "" || e.Kind.Label() == "" || !e.Stage.Valid() || e.Stage > ps.Stage {
			t.Errorf("%q: event %+v", ps.Title, e)
		}
		if e.Kind == model.EventMeeting && (e.Participants == "" || e.Minutes == "") {
			t.Errorf("%q: meeting without participants or minutes: %+v", ps.Title, e)
		}
		per[e.PartnershipID] = append(per[e.PartnershipID], e)
		kinds[e.Kind]++
	}
	for _, k := range []model.EventKind{model.EventCreated, model.EventStageMoved, model.EventNote, model.EventMeeting, model.EventActivity, model.EventEvaluation, model.EventEdited} {
		if kinds[k] == 0 {
			t.Errorf("no %q event", k)
		}
	}
	for _, ps := range d.Partnerships {
		evs := per[ps.ID]
		if len(evs) == 0 || evs[0].Kind != model.EventCreated || !evs[0].Time.Equal(ps.CreatedAt) {
			t.Errorf("%q: timeline does not start with its creation", ps.Title)
			continue
		}
		// one move into each stage reached, in order, the last at StageSince
		var moves []model.Event
		for _, e := range evs {
			if e.Kind == model.EventStageMoved {
				moves = append(moves, e)
			}
		}
		if len(moves) != int(ps.Stage)-1 {
			t.Errorf("%q at %v: %d stage moves", ps.Title, ps.Stage, len(moves))
			continue
		}
		for i, m := range moves {
			if m.Stage != model.Stage(i+2) {
				t.Errorf("%q: move %d to %v", ps.Title, i, m.Stage)
			}
		}
		if len(moves) > 0 && !moves[len(moves)-1].Time.Equal(ps.StageSince) {
			t.Errorf("%q: last move %v, in stage since %v", ps.Title, moves[len(moves)-1].Time, ps.StageSince)
		}
		// the stage of each event is the stage the partnership was in at the time
		for _, e := range evs {
			want := model.StageKebutuhan
			for _, m := range moves {
				if !e.Time.Before(m.Time) {
					want = m.Stage
				}
			}
			if e.Stage != want {
				t.Errorf("%q: event %q at %v says stage %v, want %v", ps.Title, e.Text, e.Time, e.Stage, want)
			}
		}
		if ps.Agreement.Signed() {
			signed := false
			for _, e := range evs {
				signed = signed || strings.Contains(e.Text, ps.Agreement.SchoolNumber)
			}
			if !signed {
				t.Errorf("%q: no signing on the timeline", ps.Title)
			}
		}
	}
}

func TestLarge(t *testing.T) {
	// the second run alongside the first, so the test stays short
	var d2 demo.Data
	var events2 []model.Event
	done := make(chan struct{})
	go func() {
		d2, events2 = demo.Large(now, 10_000, 20, 1)
		close(done)
	}()
	start := time.Now()
	d, events := demo.Large(now, 10_000, 20, 1)
	took := time.Since(start)
	<-done
	t.Logf("Large(10000, 20): %d partners, %d partnerships, %d events in %v", len(d.Partners), len(d.Partnerships), len(events), took)
	if len(d.Partnerships) != 10_000 || len(events) != 200_000 || len(d.Partners) < 150 || len(d.Partners) > 250 {
		t.Fatalf("%d partners, %d partnerships, %d events", len(d.Partners), len(d.Partnerships), len(events))
	}
	for i := range d.Partnerships {
		a, b := d.Partnerships[i], d2.Partnerships[i]
		if a.ID != b.ID || a.Title != b.Title || a.Stage != b.Stage || !a.UpdatedAt.Equal(b.UpdatedAt) || a.Agreement.SchoolNumber != b.Agreement.SchoolNumber {
			t.Fatalf("partnership %d differs between two runs with the same seed", i)
		}
	}
	for i := range events {
		if events[i] != events2[i] {
			t.Fatalf("event %d differs between two runs with the same seed", i)
		}
	}
	for i := range d.Partners {
		if d.Partners[i] != d2.Partners[i] {
			t.Fatalf("partner %d differs", i)
		}
	}
	if other, _ := demo.Large(now, 10, 20, 2); other.Partnerships[0].ID == d.Partnerships[0].ID {
		t.Errorf("another seed gives the same IDs")
	}
}

func TestLargeIsRealistic(t *testing.T) {
	d, events := demo.Large(now, 2_000, 20, 7)
	checkStages(t, d, now, false)
	ids := map[model.ID]bool{}
	for _, p := range d.Partners {
		if p := p.Validate(); p != nil {
			t.Errorf("partner: %v", p)
		}
		if !p.ID.Valid() || ids[p.ID] {
			t.Errorf("partner ID %q", p.ID)
		}
		ids[p.ID] = true
	}
	stages := map[model.Stage]int{}
	statuses := map[model.Status]int{}
	titles := map[string]bool{}
	byID := map[model.ID]model.Partnership{}
	for _, ps := range d.Partnerships {
		if !ps.ID.Valid() || ids[ps.ID] {
			t.Errorf("partnership ID %q", ps.ID)
		}
		ids[ps.ID] = true
		byID[ps.ID] = ps
		stages[ps.Stage]++
		statuses[ps.Status]++
		titles[ps.Title] = true
		if ps.Stage > model.StageKebutuhan && !ids[ps.PartnerID] {
			t.Errorf("%q refers to unknown partner %q", ps.Title, ps.PartnerID)
		}
	}
	if len(stages) != 7 || len(statuses) != 4 || len(titles) < 300 {
		t.Errorf("stages %v, statuses %v, %d different titles", stages, statuses, len(titles))
	}
	count := map[model.ID]int{}
	last := map[model.ID]time.Time{}
	for _, e := range events {
		ps, ok := byID[e.PartnershipID]
		if !ok {
			t.Fatalf("event of unknown partnership %q", e.PartnershipID)
		}
		count[e.PartnershipID]++
		if !e.Time.After(last[e.PartnershipID]) || e.Time.Before(ps.CreatedAt) || !e.Time.Before(now) || !e.Stage.Valid() || e.Stage > ps.Stage {
			t.Errorf("%q: event %+v", ps.Title, e)
		}
		last[e.PartnershipID] = e.Time
	}
	for id, n := range count {
		if n != 20 {
			t.Errorf("partnership %s has %d events", id, n)
		}
	}
}

// The sample holds together whatever day it is made on.
func TestAnyDay(t *testing.T) {
	for _, n := range []time.Time{
		time.Date(2026, 1, 1, 0, 5, 0, 0, time.Local),
		time.Date(2028, 2, 29, 23, 55, 0, 0, time.Local),
		time.Date(2027, 3, 28, 2, 30, 0, 0, time.Local),
		time.Date(2030, 7, 15, 12, 0, 0, 0, time.UTC),
	} {
		d := demo.Dataset(n)
		checkStages(t, d, n, true)
		for _, e := range demo.Timeline(d) {
			if !e.Time.Before(n) {
				t.Errorf("made on %v: event %q at %v", n, e.Text, e.Time)
			}
		}
	}
}

func BenchmarkLarge(b *testing.B) {
	for b.Loop() {
		demo.Large(now, 10_000, 20, 1)
	}
}
