package model

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// EvaluationPeriod is the period an evaluation reports on: from the day after the
// evaluation before it (or the start of the agreement in force) to its own date. from
// is zero when neither is known; from after to (an evaluation dated before the
// agreement starts, from data kept before that was checked) gives from = to.
func (ps Partnership) EvaluationPeriod(ev Evaluation) (from, to time.Time) {
	to = ev.Date
	from, _ = ps.Agreement.Term()
	for _, e := range ps.Evaluations {
		if e.ID == ev.ID && ev.ID != "" {
			continue
		}
		if civilDate(e.Date).Before(civilDate(ev.Date)) {
			if next := e.Date.AddDate(0, 0, 1); from.IsZero() || next.After(from) {
				from = next
			}
		}
	}
	if !from.IsZero() && civilDate(from).After(civilDate(to)) {
		from = to
	}
	return from, to
}

// IndicatorFor is the proposal's indicator a value was measured for, by name.
func (ps Partnership) IndicatorFor(v IndicatorValue) (Indicator, bool) {
	for _, in := range ps.Proposal.Indicators {
		if in.Name == v.Indicator {
			return in, true
		}
	}
	return Indicator{}, false
}

// ErrFutureYear is returned for an annual report of a year that has not begun.
var ErrFutureYear = errors.New("tahun laporan belum tiba")

// YearFigures are the figures of the laporan tahunan kemitraan of one year, as the
// data stood at the year's end (or today, for the year in progress).
type YearFigures struct {
	Year    int
	AsOf    time.Time     // the year's last moment, or today in the year in progress
	Current bool          // the year in progress
	Counted []Partnership // the partnerships of the year, renewal drafts left out
	Stages  map[ID]Stage  // each counted partnership's stage at AsOf
	Money   []MoneyOfYear // per partnership whose agreement was in force in the year
	Ending  []Partnership // agreements ending within 90 days of today (the year in progress)
	// money and goods (and services) by the kind of contribution: goods given as a
	// sumbangan are a sumbangan, not a bantuan, in the committee's reading
	byKind, inKindByKind map[ContributionKind]Amounts
}

// Amounts are what was planned for a year and what was received in it.
type Amounts struct{ Planned, Received Rupiah }

// MoneyOfYear is one partnership's contributions of a year.
type MoneyOfYear struct {
	Partnership ID
	Category    NeedCategory
	Amounts
}

// ByKind is what was planned and received of the kind, money only (goods and services
// are InKind).
func (f YearFigures) ByKind(k ContributionKind) Amounts { return f.byKind[k] }

// InKind is what was planned and received in goods and services, at their value.
func (f YearFigures) InKind() Amounts {
	var t Amounts
	for _, a := range f.inKindByKind {
		t.Planned += a.Planned // each kind's sum stays under MaxRupiah: three of them fit
		t.Received += a.Received
	}
	return t
}

// InKindOf is what was planned and received in goods and services of the kind.
func (f YearFigures) InKindOf(k ContributionKind) Amounts { return f.inKindByKind[k] }

// Total is what was planned and received of every kind, goods and services included.
func (f YearFigures) Total() (Amounts, error) {
	var t Amounts
	var err error
	for _, m := range f.Money {
		if t.Planned, err = Sum(t.Planned, m.Planned); err != nil {
			return Amounts{}, err
		}
		if t.Received, err = Sum(t.Received, m.Received); err != nil {
			return Amounts{}, err
		}
	}
	return t, nil
}

// ByCategory adds the year's money up per need category.
func (f YearFigures) ByCategory(c NeedCategory) (Amounts, error) {
	var t Amounts
	var err error
	for _, m := range f.Money {
		if m.Category != c {
			continue
		}
		if t.Planned, err = Sum(t.Planned, m.Planned); err != nil {
			return Amounts{}, err
		}
		if t.Received, err = Sum(t.Received, m.Received); err != nil {
			return Amounts{}, err
		}
	}
	return t, nil
}

// StageAt is the stage a partnership stood at on t, read from its timeline: every
// event records the stage it left the partnership at. false when the partnership had
// no event by then (it did not exist yet).
func StageAt(timeline []Event, t time.Time) (Stage, bool) {
	var last *Event
	for i := range timeline {
		e := &timeline[i]
		if e.Time.After(t) {
			continue
		}
		if last == nil || !e.Time.Before(last.Time) {
			last = e
		}
	}
	if last == nil || !last.Stage.Valid() {
		return 0, false
	}
	return last.Stage, true
}

// Year computes the figures of year's annual report on today, over every partnership
// and the timelines by partnership (a partnership without one is taken as it stands
// now):
//
//   - a year that has not begun is refused (ErrFutureYear);
//   - the partnerships of the year are those that existed by its end and were not over
//     before it began; a renewal's next period that is still an unsigned draft is left
//     out, as its first period stands for the partnership;
//   - stages are as they stood at the year's end, from the timeline;
//   - money counts only agreements in force in the year (signed, with a term that
//     meets the year): received is what stage 5 recorded as received on a day of
//     the year, planned the contribution lines due in the year (a line without a date
//     is due when the agreement starts); the school's own budget is not a
//     contribution and is not counted;
//   - agreements ending within 90 days are listed for the year in progress only.
func Year(year int, today time.Time, partnerships []Partnership, timelines map[ID][]Event) (YearFigures, error) {
	if year > today.Year() {
		return YearFigures{}, fmt.Errorf("%w: laporan tahunan %d baru dapat dibuat mulai 1 Januari %d", ErrFutureYear, year, year)
	}
	loc := today.Location()
	start := time.Date(year, time.January, 1, 0, 0, 0, 0, loc)
	end := time.Date(year, time.December, 31, 23, 59, 59, 0, loc)
	f := YearFigures{Year: year, AsOf: end, Current: year == today.Year(), Stages: map[ID]Stage{},
		byKind: map[ContributionKind]Amounts{}, inKindByKind: map[ContributionKind]Amounts{}}
	if f.Current {
		f.AsOf = today
	}
	inYear := func(t time.Time) bool { return !t.Before(start) && !t.After(end) }
	for _, ps := range partnerships {
		if ps.CreatedAt.After(f.AsOf) {
			continue
		}
		tl := timelines[ps.ID]
		if ps.PreviousID != "" && !(ps.Agreement.Signed() && !ps.Agreement.SignedOn().After(f.AsOf)) {
			continue // a renewal's draft: the period before it is the partnership
		}
		stage := ps.Stage
		if len(tl) > 0 {
			if s, ok := StageAt(tl, f.AsOf); ok {
				stage = s
			}
		}
		a := ps.Agreement
		aStart, aEnd := a.Term()
		over := ps.Status == StatusSelesai || ps.Status == StatusDibatalkan
		active := inYear(ps.CreatedAt) || !over || ps.UpdatedAt.After(start) ||
			(!aStart.IsZero() && !aStart.After(end) && (aEnd.IsZero() || !aEnd.Before(start)))
		for _, e := range tl {
			active = active || inYear(e.Time)
		}
		if !active {
			continue
		}
		f.Counted = append(f.Counted, ps)
		f.Stages[ps.ID] = stage

		if !a.InForce(start, end) || a.SignedOn().After(f.AsOf) {
			continue
		}
		m := MoneyOfYear{Partnership: ps.ID, Category: ps.Need.Category}
		add := func(to *Rupiah, v Rupiah) error {
			var err error
			*to, err = Sum(*to, v)
			return err
		}
		for _, c := range a.Contributions {
			if c.From == GiverSchool {
				continue
			}
			due := c.Due
			if due.IsZero() {
				due = aStart
			}
			if !inYear(due) {
				continue
			}
			if err := add(&m.Planned, c.Amount); err != nil {
				return YearFigures{}, err
			}
			into := f.byKind
			if c.Form.InKind() {
				into = f.inKindByKind
			}
			k := into[c.Kind]
			if err := add(&k.Planned, c.Amount); err != nil {
				return YearFigures{}, err
			}
			into[c.Kind] = k
		}
		for _, r := range ps.Receipts {
			if !inYear(r.Date) || r.Date.After(f.AsOf) || ps.receiptFromSchool(r) {
				continue
			}
			if err := add(&m.Received, r.Amount); err != nil {
				return YearFigures{}, err
			}
			kind := ps.ReceiptKind(r, "")
			into := f.byKind
			if ps.ReceiptInKind(r) {
				into = f.inKindByKind
			}
			k := into[kind]
			if err := add(&k.Received, r.Amount); err != nil {
				return YearFigures{}, err
			}
			into[kind] = k
		}
		f.Money = append(f.Money, m)
	}
	if f.Current {
		limit := today.AddDate(0, 0, 90)
		for _, ps := range f.Counted {
			_, e := ps.Agreement.Term()
			if ps.Agreement.Signed() && !e.IsZero() && !civilDate(e).Before(civilDate(today)) && !e.After(limit) {
				f.Ending = append(f.Ending, ps)
			}
		}
		sort.SliceStable(f.Ending, func(i, j int) bool {
			_, a := f.Ending[i].Agreement.Term()
			_, b := f.Ending[j].Agreement.Term()
			return a.Before(b)
		})
	}
	return f, nil
}

// receiptFromSchool reports whether a receipt is of a line the school gives itself.
func (ps Partnership) receiptFromSchool(r Receipt) bool {
	for _, c := range ps.Agreement.Contributions {
		if r.Line != "" && c.ID == r.Line {
			return c.From == GiverSchool
		}
	}
	return false
}
