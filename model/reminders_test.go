package model

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

var remindToday = time.Date(2026, time.November, 26, 9, 30, 0, 0, time.Local)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.Local) }

// running is a summary of a running partnership in stage 5 touched today, with an
// agreement far from its end.
func running(title string) Summary {
	return Summary{ID: ID(title), Title: title, Stage: StageImplementasi, Status: StatusBerjalan,
		StageSince: remindToday, UpdatedAt: remindToday,
		AgreementStart: day(2026, time.November, 1), AgreementEnd: day(2028, time.October, 31), NoticeDays: 30,
		EvaluationMonths: 3}
}

func kinds(list []Reminder) map[ReminderKind]int { return CountReminders(list) }

func remind(s Summary) []Reminder {
	return Reminders([]Summary{s}, remindToday, DefaultReminderSettings())
}

func TestRemindersNothingDue(t *testing.T) {
	if r := remind(running("tenang")); len(r) != 0 {
		t.Fatalf("reminders of a quiet partnership: %+v", r)
	}
}

func TestReminderAgreementNoticeWindow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		end    time.Time
		notice int
		want   bool
		key    string
	}{
		// end − notice = today + 30: the window's last day counts
		{"notice date 30 days ahead", day(2026, time.December, 26).AddDate(0, 0, 30), 30, true, "reminder.agreement.ending"},
		{"notice date 31 days ahead", day(2026, time.December, 27).AddDate(0, 0, 30), 30, false, ""},
		{"notice date exactly today", day(2026, time.December, 26), 30, true, "reminder.agreement.ending"},
		{"notice date passed", day(2026, time.December, 20), 30, true, "reminder.agreement.ending"},
		{"end date passed", day(2026, time.November, 25), 30, true, "reminder.agreement.ended"},
		{"ends today", day(2026, time.November, 26), 0, true, "reminder.agreement.ending"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := running("perjanjian")
			s.AgreementEnd, s.NoticeDays = tc.end, tc.notice
			r := remind(s)
			got := kinds(r)[ReminderAgreementEnding] == 1
			if got != tc.want {
				t.Fatalf("reminded %v, want %v: %+v", got, tc.want, r)
			}
			if !tc.want {
				return
			}
			if r[0].Key() != tc.key || r[0].Stage != StagePerjanjian || r[0].PartnershipID != "perjanjian" {
				t.Errorf("reminder %+v", r[0])
			}
			if want := civil(tc.end).AddDate(0, 0, -tc.notice); !r[0].Due.Equal(want) {
				t.Errorf("due %v, want the notice date %v", r[0].Due, want)
			}
			if r[0].Text() == "" || r[0].Params()["Date"] == nil {
				t.Errorf("no text or date: %+v", r[0])
			}
		})
	}
}

func TestReminderEvaluationInterval(t *testing.T) {
	for _, tc := range []struct {
		name  string
		start time.Time
		last  time.Time
		want  bool
		due   time.Time
	}{
		{"three months after the start is today", day(2026, time.August, 26), time.Time{}, true, day(2026, time.November, 26)},
		{"three months after the start is tomorrow", day(2026, time.August, 27), time.Time{}, false, time.Time{}},
		{"evaluated after the first due date: next in December", day(2026, time.June, 10), day(2026, time.September, 12), false, time.Time{}},
		{"evaluated after the first due date, the second passed", day(2026, time.May, 10), day(2026, time.August, 12), true, day(2026, time.November, 10)},
		{"evaluated just before the first due date: still due", day(2026, time.May, 10), day(2026, time.August, 9), true, day(2026, time.August, 10)},
		{"never evaluated for a year: the first due date", day(2025, time.November, 1), time.Time{}, true, day(2026, time.February, 1)},
		{"31 May + 3 months is 31 August, + 6 is 30 November", day(2026, time.May, 31), day(2026, time.September, 1), false, time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := running("evaluasi")
			s.Stage = StageMonev
			s.AgreementStart, s.LastEvaluation = tc.start, tc.last
			r := remind(s)
			got := kinds(r)[ReminderEvaluationDue] == 1
			if got != tc.want {
				t.Fatalf("reminded %v, want %v: %+v", got, tc.want, r)
			}
			if tc.want && (!r[0].Due.Equal(civil(tc.due)) || r[0].Stage != StageMonev) {
				t.Errorf("due %v at stage %d, want %v at stage 6", r[0].Due, r[0].Stage, civil(tc.due))
			}
		})
	}
	// a six-month interval from the start
	s := running("enam bulan")
	s.AgreementStart, s.EvaluationMonths = day(2026, time.June, 1), 6
	if due, ok := NextEvaluation(s); !ok || !due.Equal(civil(day(2026, time.December, 1))) {
		t.Errorf("NextEvaluation = %v, %v", due, ok)
	}
	if r := remind(s); len(r) != 0 {
		t.Errorf("six-month interval not reached: %+v", r)
	}
	// before stage 5 the agreement is not running yet: no evaluation reminder
	s = running("belum")
	s.Stage, s.AgreementStart = StagePerjanjian, day(2025, time.January, 1)
	if kinds(remind(s))[ReminderEvaluationDue] != 0 {
		t.Error("evaluation reminded at stage 4")
	}
}

func TestReminderPlannedActivity(t *testing.T) {
	s := running("kegiatan")
	s.Planned = []time.Time{day(2026, time.November, 26), day(2026, time.December, 3)}
	if r := remind(s); len(r) != 0 {
		t.Fatalf("an activity planned today is not late: %+v", r)
	}
	s.Planned = append(s.Planned, day(2026, time.November, 25), day(2026, time.October, 1))
	r := remind(s)
	if len(r) != 1 || r[0].Kind != ReminderActivityOverdue || r[0].Count != 2 ||
		!r[0].Due.Equal(civil(day(2026, time.October, 1))) || r[0].Stage != StageImplementasi {
		t.Fatalf("reminders %+v", r)
	}
}

func TestReminderUntouched(t *testing.T) {
	s := running("diam")
	s.Stage = StageProposal
	s.StageSince, s.UpdatedAt = remindToday.AddDate(0, 0, -30), remindToday.AddDate(0, 0, -30)
	if r := remind(s); len(r) != 0 {
		t.Fatalf("30 days is not more than 30: %+v", r)
	}
	s.StageSince, s.UpdatedAt = remindToday.AddDate(0, 0, -31), remindToday.AddDate(0, 0, -31)
	r := remind(s)
	if len(r) != 1 || r[0].Kind != ReminderUntouched || r[0].Days != 31 || r[0].Stage != StageProposal {
		t.Fatalf("reminders %+v", r)
	}
	// an edit since counts as a touch
	s.UpdatedAt = remindToday.AddDate(0, 0, -2)
	if r := remind(s); len(r) != 0 {
		t.Fatalf("edited two days ago: %+v", r)
	}
	set := DefaultReminderSettings()
	set.UntouchedDays = 1
	if r := Reminders([]Summary{s}, remindToday, set); len(r) != 1 {
		t.Fatalf("with a one-day threshold: %+v", r)
	}
}

func TestRemindersSkipEndedAndCancelled(t *testing.T) {
	for _, st := range []Status{StatusSelesai, StatusDibatalkan} {
		s := running(string(st))
		s.Status = st
		s.AgreementEnd = day(2026, time.November, 1)                 // ended
		s.AgreementStart = day(2025, time.January, 1)                // evaluation long due
		s.Planned = []time.Time{day(2026, time.January, 1)}          // activity late
		s.StageSince, s.UpdatedAt = day(2025, 1, 1), day(2025, 1, 1) // untouched
		if r := remind(s); len(r) != 0 {
			t.Errorf("%s: %+v", st, r)
		}
		s.Status = StatusBerjalan
		if n := len(remind(s)); n != 4 {
			t.Errorf("the same partnership running has %d reminders, want 4", n)
		}
	}
}

func TestRemindersSortedByDue(t *testing.T) {
	a, b := running("a"), running("b")
	a.Planned = []time.Time{day(2026, time.November, 20)}
	b.Planned = []time.Time{day(2026, time.November, 1)}
	r := Reminders([]Summary{a, b}, remindToday, DefaultReminderSettings())
	if len(r) != 2 || r[0].Title != "b" || r[1].Title != "a" {
		t.Fatalf("%+v", r)
	}
}

func TestPipelineCategoriesBenefits(t *testing.T) {
	sums := []Summary{
		{Stage: StageKebutuhan, Status: StatusDraft, Category: NeedAkademik},
		{Stage: StageKebutuhan, Status: StatusDibatalkan, Category: NeedAkademik},
		{Stage: StageMonev, Status: StatusBerjalan, Category: NeedSarana, Ratings: [NumBenefits]int{4, 2, 0, 5, 3}},
		{Stage: StageMonev, Status: StatusBerjalan, Category: NeedSarana, Ratings: [NumBenefits]int{2, 4, 0, 5, 0}},
		{Stage: StagePeninjauan, Status: StatusSelesai, Category: NeedLainnya, Ratings: [NumBenefits]int{1, 1, 1, 1, 1}},
	}
	if p := Pipeline(sums); p != [7]int{2, 0, 0, 0, 0, 2, 1} {
		t.Errorf("Pipeline = %v", p)
	}
	c := CountsByCategory(sums)
	if len(c) != len(NeedCategories) || c[0] != (CategoryCount{NeedAkademik, 1}) || c[4] != (CategoryCount{NeedSarana, 2}) || c[5].Count != 1 {
		t.Errorf("CountsByCategory = %v", c)
	}
	b := BenefitAverages(sums)
	want := [NumBenefits]BenefitAverage{{BenefitResources, 3, 2}, {BenefitExpertise, 3, 2}, {BenefitSupport, 0, 0},
		{BenefitLearning, 5, 2}, {BenefitCommunity, 3, 1}}
	if b != want {
		t.Errorf("BenefitAverages = %v, want %v", b, want)
	}
}

func TestSummarizeForReminders(t *testing.T) {
	ps := NewPartnership()
	ps.Agreement.NoticeDays = 45
	ps.Evaluations = []Evaluation{
		{Date: day(2026, 3, 1), Ratings: [NumBenefits]int{1, 1, 1, 1, 1}},
		{Date: day(2026, 9, 1), Ratings: [NumBenefits]int{5, 4, 3, 2, 1}},
		{Date: day(2026, 6, 1), Ratings: [NumBenefits]int{2, 2, 2, 2, 2}},
	}
	ps.Activities = []Activity{
		{Title: "a", Date: day(2026, 10, 1), Status: ActivityPlanned},
		{Title: "b", Date: day(2026, 10, 2), Status: ActivityDone},
		{Title: "c", Date: day(2026, 10, 3), Status: ActivityCancelled},
	}
	s := Summarize(ps)
	if s.NoticeDays != 45 || s.EvaluationMonths != 3 || !s.LastEvaluation.Equal(day(2026, 9, 1)) ||
		s.Ratings != [NumBenefits]int{5, 4, 3, 2, 1} || len(s.Planned) != 1 || !s.Planned[0].Equal(day(2026, 10, 1)) {
		t.Errorf("Summarize = %+v", s)
	}
}

// After one partnership changes, replacing its reminders gives what a full recompute gives.
func TestReplaceRemindersMatchesRecompute(t *testing.T) {
	today := time.Date(2026, 11, 26, 0, 0, 0, 0, time.Local)
	set := DefaultReminderSettings()
	sums := make([]Summary, 40)
	for i := range sums {
		sums[i] = Summary{ID: ID(fmt.Sprintf("P%03d", i)), Title: fmt.Sprintf("Kemitraan %02d", i%7),
			Stage: StageImplementasi, Status: StatusBerjalan,
			AgreementStart: today.AddDate(0, -i, 0), AgreementEnd: today.AddDate(0, 0, i*3), NoticeDays: 30,
			StageSince: today.AddDate(0, 0, -i*2), UpdatedAt: today.AddDate(0, 0, -i*2)}
	}
	list := Reminders(sums, today, set)
	for _, i := range []int{0, 7, 39} {
		// the partnership is extended by a year and touched today
		sums[i].AgreementEnd = sums[i].AgreementEnd.AddDate(1, 0, 0)
		sums[i].StageSince, sums[i].UpdatedAt = today, today
		list = ReplaceReminders(list, sums[i].ID, RemindersOf(sums[i], today, set))
		if want := Reminders(sums, today, set); !reflect.DeepEqual(list, want) {
			t.Fatalf("after changing %s: %d reminders, a recompute gives %d", sums[i].ID, len(list), len(want))
		}
	}
	// a deleted partnership has none
	list = ReplaceReminders(list, sums[5].ID, nil)
	for _, r := range list {
		if r.PartnershipID == sums[5].ID {
			t.Fatal("a removed partnership's reminder stayed")
		}
	}
}
