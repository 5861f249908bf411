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
	// What the text says: the agreement's end and notice period, how many activities
	// are late, how many days the partnership has not changed.
	End    time.Time
	Ended  bool // the agreement's end has passed
	Notice int
	Count  int
	Days   int
}

// Key is the reminder's translation key; Params are its values (dates as time.Time,
// for the UI to format) and Text says it in Bahasa Indonesia. They are made when
// shown, not for every reminder computed.
func (r Reminder) Key() string {
	switch r.Kind {
	case ReminderAgreementEnding:
		if r.Ended {
			return "reminder.agreement.ended"
		}
		return "reminder.agreement.ending"
	case ReminderEvaluationDue:
		return "reminder.evaluation"
	case ReminderActivityOverdue:
		return "reminder.activity"
	}
	return "reminder.untouched"
}

// Params are the values the translation of Key takes.
func (r Reminder) Params() map[string]any {
	return map[string]any{"Date": r.Due, "End": r.End, "Notice": r.Notice, "Count": r.Count, "Days": r.Days}
}

// Text is the reminder in Bahasa Indonesia.
func (r Reminder) Text() string {
	switch r.Key() {
	case "reminder.agreement.ended":
		return "Perjanjian sudah berakhir pada " + LongDate(r.End) + "; tinjau dan putuskan kelanjutannya"
	case "reminder.agreement.ending":
		return fmt.Sprintf("Perjanjian berakhir %s (pemberitahuan %d hari sebelumnya)", LongDate(r.End), r.Notice)
	case "reminder.evaluation":
		return "Evaluasi jatuh tempo " + LongDate(r.Due)
	case "reminder.activity":
		return fmt.Sprintf("%d kegiatan terencana sudah lewat tanggalnya (sejak %s)", r.Count, LongDate(r.Due))
	}
	return fmt.Sprintf("Tidak ada perubahan selama %d hari di tahap %s", r.Days, r.Stage.Name())
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
	out := make([]Reminder, 0, len(sums)/4+16)
	for i := range sums {
		out = appendReminders(out, &sums[i], day, set)
	}
	SortReminders(out)
	return out
}

// SortReminders sorts by due date, then title (then partnership and kind). It sorts
// positions and moves each reminder once: reminders are large to swap.
func SortReminders(list []Reminder) {
	order := make([]int32, len(list))
	for i := range list {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int { return compareReminders(&list[i], &list[j]) })
	sorted := make([]Reminder, len(list))
	for i, j := range order {
		sorted[i] = list[j]
	}
	copy(list, sorted)
}

// compareReminders orders by due date, then title, partnership and kind.
func compareReminders(a, b *Reminder) int {
	if c := a.Due.Compare(b.Due); c != 0 {
		return c
	}
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.PartnershipID), string(b.PartnershipID)); c != 0 {
		return c
	}
	return strings.Compare(string(a.Kind), string(b.Kind))
}

// ReplaceReminders puts fresh (the reminders of one partnership, recomputed after it
// was saved) in place of that partnership's reminders in the sorted list: the others
// are not recomputed, so one save costs a pass over the list, not over every summary.
func ReplaceReminders(list []Reminder, id ID, fresh []Reminder) []Reminder {
	out := list[:0]
	for _, r := range list {
		if r.PartnershipID != id {
			out = append(out, r)
		}
	}
	for _, r := range fresh {
		i, _ := slices.BinarySearchFunc(out, r, func(a, b Reminder) int { return compareReminders(&a, &b) })
		out = slices.Insert(out, i, r)
	}
	return out
}

// RemindersOf are the reminders of one partnership (for recomputing after a save).
func RemindersOf(s Summary, today time.Time, set ReminderSettings) []Reminder {
	return appendReminders(nil, &s, civil(today), set)
}

func appendReminders(out []Reminder, s *Summary, day time.Time, set ReminderSettings) []Reminder {
	if s.Status == StatusSelesai || s.Status == StatusDibatalkan {
		return out
	}
	add := func(r Reminder, target Stage) {
		r.PartnershipID, r.Title, r.Stage = s.ID, s.Title, s.Stage
		if target.Valid() && target < r.Stage {
			r.Stage = target
		}
		out = append(out, r)
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
			r := Reminder{Kind: ReminderAgreementEnding, Due: notice, End: end, Notice: s.NoticeDays}
			r.Ended = end.Before(day)
			add(r, target)
		}
	}

	// evaluation due
	if s.Stage >= StageImplementasi {
		if due, ok := NextEvaluation(*s); ok && !due.After(day) {
			add(Reminder{Kind: ReminderEvaluationDue, Due: due}, StageMonev)
		}
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
		add(Reminder{Kind: ReminderActivityOverdue, Due: first, Count: late}, StageImplementasi)
	}

	// untouched in its stage
	last := s.StageSince
	if s.UpdatedAt.After(last) {
		last = s.UpdatedAt
	}
	if !last.IsZero() {
		since := civil(last)
		if days := daysBetween(since, day); days > set.UntouchedDays {
			add(Reminder{Kind: ReminderUntouched, Due: since.AddDate(0, 0, set.UntouchedDays+1), Days: days}, s.Stage)
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
