package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// ReminderKind is what a reminder on Beranda asks the principal to look at.
type ReminderKind string

// The kinds of reminder, in the order Beranda's notification counts them.
const (
	ReminderAgreementEnding ReminderKind = "perjanjian" // the agreement ends soon or has ended
	ReminderEvaluationDue   ReminderKind = "evaluasi"   // an evaluation is due
	ReminderActivityOverdue ReminderKind = "kegiatan"   // planned activities past their date
	ReminderUntouched       ReminderKind = "diam"       // nothing changed in its stage for long
)

// ReminderKinds lists the kinds in order.
var ReminderKinds = []ReminderKind{ReminderAgreementEnding, ReminderEvaluationDue, ReminderActivityOverdue, ReminderUntouched}

// ReminderSettings are the thresholds of the reminders.
type ReminderSettings struct {
	// UntouchedDays: a partnership with no change in its stage for more days than
	// this is reminded of.
	UntouchedDays int
	// ExpiryWindowDays: an agreement is reminded of from this many days before its
	// notice date (end minus notice period) on.
	ExpiryWindowDays int
}

// DefaultReminderSettings are 30 days for both.
func DefaultReminderSettings() ReminderSettings {
	return ReminderSettings{UntouchedDays: 30, ExpiryWindowDays: 30}
}

// DefaultEvaluationMonths is the evaluation interval of a partnership that has none.
const DefaultEvaluationMonths = 3

// Reminder is one thing that needs attention.
type Reminder struct {
	PartnershipID ID
	Title         string
	Kind          ReminderKind
	// Stage is the stage to open: where the person acts on the reminder.
	Stage Stage
	// Due is when it became (or becomes) due, a civil date.
	Due time.Time
	// Text says it in Bahasa Indonesia; Key and Params say it to lang.L, where
	// Params' "Date" is the date to show (a time.Time the UI formats).
	Text   string
	Key    string
	Params map[string]any
}

// Reminders lists what needs attention on the day today, the earliest due first.
// Partnerships that ended (selesai) or were cancelled (dibatalkan) have none.
//
//   - Agreement ending: the agreement's end minus its notice period falls on or before
//     today + ExpiryWindowDays (so also when it has passed, and when the end has).
//   - Evaluation due (from stage 5 on, once the agreement has started): every
//     EvaluationMonths (3 when unset) after the agreement's start; the next due date
//     is the first start + k·interval after the latest evaluation (after the start
//     when there is none); it is due once that date is today or earlier, and not
//     after the agreement's end.
//   - Activities overdue: planned activities dated before today (one reminder per
//     partnership, dated by the earliest).
//   - Untouched: more than UntouchedDays days since the partnership entered its stage
//     and since its last change (whichever is later).
func Reminders(sums []Summary, today time.Time, set ReminderSettings) []Reminder {
	day := civil(today)
	var out []Reminder
	for i := range sums {
		out = appendReminders(out, &sums[i], day, set)
	}
	SortReminders(out)
	return out
}

// SortReminders sorts by due date, then title.
func SortReminders(list []Reminder) {
	slices.SortStableFunc(list, func(a, b Reminder) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return strings.Compare(string(a.Kind), string(b.Kind))
	})
}

// RemindersOf are the reminders of one partnership (for recomputing after a save).
func RemindersOf(s Summary, today time.Time, set ReminderSettings) []Reminder {
	return appendReminders(nil, &s, civil(today), set)
}

func appendReminders(out []Reminder, s *Summary, day time.Time, set ReminderSettings) []Reminder {
	if s.Status == StatusSelesai || s.Status == StatusDibatalkan {
		return out
	}
	add := func(kind ReminderKind, target Stage, due time.Time, key, text string, params map[string]any) {
		st := s.Stage
		if target.Valid() && target < st {
			st = target
		}
		params["Date"] = due
		out = append(out, Reminder{PartnershipID: s.ID, Title: s.Title, Kind: kind, Stage: st, Due: due,
			Text: text, Key: key, Params: params})
	}

	// agreement ending
	if !s.AgreementEnd.IsZero() {
		end := civil(s.AgreementEnd)
		notice := end.AddDate(0, 0, -max(s.NoticeDays, 0))
		if !notice.After(day.AddDate(0, 0, set.ExpiryWindowDays)) {
			target := StagePerjanjian
			if s.Stage == StagePeninjauan {
				target = StagePeninjauan
			}
			if end.Before(day) {
				add(ReminderAgreementEnding, target, notice, "reminder.agreement.ended",
					"Perjanjian sudah berakhir pada "+LongDate(end)+"; tinjau dan putuskan kelanjutannya",
					map[string]any{"End": end})
			} else {
				add(ReminderAgreementEnding, target, notice, "reminder.agreement.ending",
					fmt.Sprintf("Perjanjian berakhir %s (pemberitahuan %d hari sebelumnya)", LongDate(end), s.NoticeDays),
					map[string]any{"End": end, "Notice": s.NoticeDays})
			}
		}
	}

	// evaluation due
	if due, ok := NextEvaluation(*s); ok && s.Stage >= StageImplementasi && !due.After(day) {
		add(ReminderEvaluationDue, StageMonev, due, "reminder.evaluation",
			"Evaluasi jatuh tempo "+LongDate(due), map[string]any{})
	}

	// planned activities past their date
	var first time.Time
	late := 0
	for _, d := range s.Planned {
		if c := civil(d); c.Before(day) {
			late++
			if first.IsZero() || c.Before(first) {
				first = c
			}
		}
	}
	if late > 0 {
		add(ReminderActivityOverdue, StageImplementasi, first, "reminder.activity",
			fmt.Sprintf("%d kegiatan terencana sudah lewat tanggalnya (sejak %s)", late, LongDate(first)),
			map[string]any{"Count": late})
	}

	// untouched in its stage
	last := s.StageSince
	if s.UpdatedAt.After(last) {
		last = s.UpdatedAt
	}
	if !last.IsZero() {
		since := civil(last)
		if days := daysBetween(since, day); days > set.UntouchedDays {
			add(ReminderUntouched, s.Stage, since.AddDate(0, 0, set.UntouchedDays+1), "reminder.untouched",
				fmt.Sprintf("Tidak ada perubahan selama %d hari di tahap %s", days, s.Stage.Name()),
				map[string]any{"Days": days})
		}
	}
	return out
}

// NextEvaluation is when the partnership's next evaluation is due: the first date
// start + k·interval (k ≥ 1) after its latest evaluation, or after the start when there
// is none. ok is false without an agreement start, or when that date is after the
// agreement's end.
func NextEvaluation(s Summary) (due time.Time, ok bool) {
	if s.AgreementStart.IsZero() {
		return time.Time{}, false
	}
	months := s.EvaluationMonths
	if months <= 0 {
		months = DefaultEvaluationMonths
	}
	start := civil(s.AgreementStart)
	after := start
	if !s.LastEvaluation.IsZero() && civil(s.LastEvaluation).After(after) {
		after = civil(s.LastEvaluation)
	}
	// jump close to the answer, then step: k·months after start
	k := max(1, monthsBetween(start, after)/months)
	for k > 1 && !addMonths(start, k*months).Before(after) {
		k--
	}
	for !addMonths(start, k*months).After(after) {
		k++
	}
	due = addMonths(start, k*months)
	if !s.AgreementEnd.IsZero() && due.After(civil(s.AgreementEnd)) {
		return due, false
	}
	return due, true
}

// civil is t's calendar date, at midnight UTC, so dates compare and count in days
// whatever zone they were written in.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// addMonths adds n calendar months, keeping to the month's last day when the day does
// not exist there (31 January + 1 month is 28 or 29 February, not 3 March).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}

// Pipeline counts the partnerships at each of the seven stages (index 0 is stage 1),
// whatever their status, as the list filtered by stage shows them.
func Pipeline(sums []Summary) [7]int {
	var p [7]int
	for i := range sums {
		if s := sums[i].Stage; s.Valid() {
			p[s-1]++
		}
	}
	return p
}

// CategoryCount is how many partnerships answer a need category.
type CategoryCount struct {
	Category NeedCategory
	Count    int
}

// CountsByCategory counts the partnerships of each need category, in the order of
// NeedCategories, cancelled ones left out.
func CountsByCategory(sums []Summary) []CategoryCount {
	index := make(map[NeedCategory]int, len(NeedCategories))
	out := make([]CategoryCount, len(NeedCategories))
	for i, c := range NeedCategories {
		out[i].Category = c
		index[c] = i
	}
	for i := range sums {
		if sums[i].Status == StatusDibatalkan {
			continue
		}
		if j, ok := index[sums[i].Category]; ok {
			out[j].Count++
		}
	}
	return out
}

// BenefitAverage is the average rating of one benefit and how many partnerships it
// is over.
type BenefitAverage struct {
	Benefit Benefit
	Average float64 // 0 when N is 0
	N       int
}

// BenefitAverages averages each benefit's rating over the running (berjalan)
// partnerships whose latest evaluation rated it.
func BenefitAverages(sums []Summary) [NumBenefits]BenefitAverage {
	var out [NumBenefits]BenefitAverage
	var total [NumBenefits]int
	for i := range sums {
		if sums[i].Status != StatusBerjalan {
			continue
		}
		for b, r := range sums[i].Ratings {
			if r > 0 {
				total[b] += r
				out[b].N++
			}
		}
	}
	for b := range out {
		out[b].Benefit = Benefit(b)
		if out[b].N > 0 {
			out[b].Average = float64(total[b]) / float64(out[b].N)
		}
	}
	return out
}

// CountReminders counts reminders per kind.
func CountReminders(list []Reminder) map[ReminderKind]int {
	n := map[ReminderKind]int{}
	for _, r := range list {
		n[r.Kind]++
	}
	return n
}
