package model

import (
	"fmt"
	"time"
)

// A partnership extended at stage 7 goes on as a new partnership, its next period,
// linked to the one before (PreviousID, NextID); both keep the title. Wherever
// partnerships are listed or named (the list, the search, batch printing, the
// documents and their file names), a period of such a chain is told apart by its
// number and its years: "Bank Sampah Sekolah — periode 2 (2027–2028)".

// PeriodTitle is the title of a partnership as lists and documents name it: the
// title alone for one never extended (period 0), else with the period's number and
// the agreement's years when known: "Bank Sampah Sekolah — periode 2 (2027–2028)",
// "… — periode 1 (2026)", "… — periode 3".
func PeriodTitle(title string, period int, start, end time.Time) string {
	if period <= 0 {
		return title
	}
	s := fmt.Sprintf("%s — periode %d", title, period)
	switch {
	case !start.IsZero() && !end.IsZero() && start.Year() != end.Year():
		s += fmt.Sprintf(" (%d–%d)", start.Year(), end.Year())
	case !start.IsZero():
		s += fmt.Sprintf(" (%d)", start.Year())
	case !end.IsZero():
		s += fmt.Sprintf(" (%d)", end.Year())
	}
	return s
}

// Periods numbers the periods of the partnerships that belong to a chain of
// renewals (those with a PreviousID or a NextID): the first period is 1, the one
// extended from it 2, and so on. A partnership never extended is not in the map
// (its period is 0). A chain whose earlier period is missing from sums (deleted)
// counts from the first one present.
func Periods(sums []Summary) map[ID]int {
	prev := make(map[ID]ID, len(sums))
	for _, s := range sums {
		if s.PreviousID != "" || s.NextID != "" {
			prev[s.ID] = s.PreviousID
		}
	}
	periods := make(map[ID]int, len(prev))
	var number func(id ID, depth int) int
	number = func(id ID, depth int) int {
		if n, ok := periods[id]; ok {
			return n
		}
		p, ok := prev[id]
		n := 1
		if ok && p != "" && depth < len(prev) {
			if _, known := prev[p]; known {
				n = number(p, depth+1) + 1
			}
		}
		periods[id] = n
		return n
	}
	for id := range prev {
		number(id, 0)
	}
	return periods
}

// PeriodOf is the period of ps in its chain of renewals, 0 when it was never
// extended, finding the periods before it with previous (a store's Partnership).
// A period before it that cannot be read ends the count there.
func PeriodOf(ps Partnership, previous func(ID) (Partnership, error)) int {
	if ps.PreviousID == "" && ps.NextID == "" {
		return 0
	}
	n, seen := 1, map[ID]bool{ps.ID: true}
	for id := ps.PreviousID; id != "" && !seen[id]; {
		seen[id] = true
		p, err := previous(id)
		if err != nil {
			break
		}
		n++
		id = p.PreviousID
	}
	return n
}

// PeriodTitle is the partnership's title as lists and documents name it, its period
// given (PeriodOf, Periods).
func (ps Partnership) PeriodTitle(period int) string {
	return PeriodTitle(ps.Title, period, ps.Agreement.Start, ps.Agreement.End)
}

// PeriodTitle is the summary's title as lists name it, its period given (Periods).
func (s Summary) PeriodTitle(period int) string {
	return PeriodTitle(s.Title, period, s.AgreementStart, s.AgreementEnd)
}
