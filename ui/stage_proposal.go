package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// proposalForm is stage 3, Pengembangan Proposal.
type proposalForm struct {
	v            *partnershipView
	fs           *fieldSet
	background   *widget.Entry
	objectives   *widget.Entry
	targets      *widget.Entry
	activities   *widget.Entry
	schoolRoles  *rowList[string]
	partnerRoles *rowList[string]
	schedule     *rowList[model.ScheduleItem]
	budget       *rowList[model.BudgetItem]
	totals       *widget.Label
	evalPlan     *widget.Entry
	indicators   *rowList[model.Indicator]
	content      fyne.CanvasObject
}

func partyLabel(p model.Party) string { return lang.X("party."+string(p), p.Label()) }

var parties = []model.Party{model.PartySchool, model.PartyPartner}

func newProposalForm(v *partnershipView) *proposalForm {
	f := &proposalForm{v: v, fs: newFieldSet()}
	f.background = v.multiEntry(f.fs, "proposal.background", lang.L("proposal.background"), "", 3)
	f.objectives = v.multiEntry(f.fs, "proposal.objectives", lang.L("proposal.objectives"), "", 3)
	f.targets = v.multiEntry(f.fs, "proposal.targets", lang.L("proposal.targets"), lang.L("proposal.targets.hint"), 2)
	f.activities = v.multiEntry(f.fs, "proposal.activities", lang.L("proposal.activities"), "", 3)
	f.schoolRoles = newTextRows(lang.L("proposal.role.placeholder"), v.changed)
	f.partnerRoles = newTextRows(lang.L("proposal.role.placeholder"), v.changed)
	f.schedule = newRowList(lang.L("rows.add"), lang.L("rows.empty"), scheduleRow)
	f.schedule.onChanged = v.changed
	f.schedule.stacked = true
	f.budget = newRowList(lang.L("rows.add"), lang.L("rows.empty"), budgetRow)
	f.budget.stacked = true
	f.budget.onChanged = func() {
		f.showTotals()
		v.changed()
	}
	f.totals = widget.NewLabel("")
	f.totals.TextStyle = fyne.TextStyle{Bold: true}
	f.totals.Wrapping = fyne.TextWrapWord
	f.evalPlan = v.multiEntry(f.fs, "proposal.evaluation_plan", lang.L("proposal.evaluationplan"), "", 3)
	f.indicators = newRowList(lang.L("rows.add"), lang.L("rows.empty"), indicatorRow)
	f.indicators.onChanged = v.changed
	f.indicators.stacked = true

	f.content = container.NewVBox(
		section(lang.L("proposal.section.content"), stacked(f.fs, "proposal.background", "proposal.objectives", "proposal.targets", "proposal.activities")),
		section(lang.L("proposal.section.roles"),
			labeled(lang.L("proposal.schoolroles"), f.schoolRoles.object()),
			labeled(lang.L("proposal.partnerroles"), f.partnerRoles.object())),
		section(lang.L("proposal.section.schedule"), f.schedule.object()),
		section(lang.L("proposal.section.budget"), f.budget.object(), f.totals),
		section(lang.L("proposal.section.evaluation"), stacked(f.fs, "proposal.evaluation_plan"),
			labeled(lang.L("proposal.indicators"), f.indicators.object())),
	)
	return f
}

func (f *proposalForm) object() fyne.CanvasObject { return f.content }

// showTotals shows the budget's total and each side's part, as typed.
func (f *proposalForm) showTotals() {
	items, _ := f.budget.peek()
	total, school, partner := model.Proposal{Budget: items}.BudgetTotal()
	f.totals.SetText(lang.L("proposal.totals", map[string]any{
		"Total": total.String(), "School": school.String(), "Partner": partner.String()}))
}

func scheduleRow(changed func()) rowEditor[model.ScheduleItem] {
	var old model.ScheduleItem
	date := newDateEntry(changed)
	what := widget.NewEntry()
	what.PlaceHolder = lang.L("schedule.activity")
	what.OnChanged = func(string) { changed() }
	pic := widget.NewEntry()
	pic.PlaceHolder = lang.L("schedule.pic")
	pic.OnChanged = func(string) { changed() }
	return rowEditor[model.ScheduleItem]{
		object: container.NewVBox(what, container.NewBorder(nil, nil, fixedWidth(dateWidth, date), nil, pic)),
		get: func() (model.ScheduleItem, error) {
			d, err := readDate(date, old.Date)
			return model.ScheduleItem{Date: d, Activity: strings.TrimSpace(what.Text), PIC: strings.TrimSpace(pic.Text)}, err
		},
		set: func(s model.ScheduleItem) {
			old = s
			setDateValue(date, s.Date)
			what.SetText(s.Activity)
			pic.SetText(s.PIC)
		},
	}
}

func budgetRow(changed func()) rowEditor[model.BudgetItem] {
	item := widget.NewEntry()
	item.PlaceHolder = lang.L("budget.item")
	item.OnChanged = func(string) { changed() }
	amount := newRupiahEntry(changed)
	paidBy := widget.NewSelect(labelsOf(parties, partyLabel), func(string) { changed() })
	return rowEditor[model.BudgetItem]{
		// the amount takes the room the select leaves (no fixed width: the form is
		// narrow on a laptop at 125 %)
		object: container.NewVBox(item, container.NewBorder(nil, nil, nil, paidBy, amount)),
		get: func() (model.BudgetItem, error) {
			r, err := amount.amount()
			paid := selectedOf(paidBy, parties)
			if paid == "" {
				paid = model.PartySchool
			}
			return model.BudgetItem{Item: strings.TrimSpace(item.Text), Amount: r, PaidBy: paid}, err
		},
		set: func(b model.BudgetItem) {
			item.SetText(b.Item)
			amount.setAmount(b.Amount, b.Item == "" && b.Amount == 0)
			if b.PaidBy == "" {
				b.PaidBy = model.PartySchool
			}
			selectValue(paidBy, parties, b.PaidBy)
		},
	}
}

// formatNumber shows a target as people write it: 120, 2,5.
func formatNumber(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}

// parseNumber reads a target or a value: "120", "2,5", "2.5"; empty is 0.
func parseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || f < 0 {
		return 0, userError{lang.L("validation.number")}
	}
	return f, nil
}

func indicatorRow(changed func()) rowEditor[model.Indicator] {
	name := widget.NewEntry()
	name.PlaceHolder = lang.L("indicator.name")
	name.OnChanged = func(string) { changed() }
	target := widget.NewEntry()
	target.PlaceHolder = lang.L("indicator.target")
	target.OnChanged = func(string) { changed() }
	unit := widget.NewEntry()
	unit.PlaceHolder = lang.L("indicator.unit")
	unit.OnChanged = func(string) { changed() }
	// when the indicator can first be measured: an evaluation before it says
	// "belum jatuh tempo", not 0 %
	due := newDateEntry(changed)
	due.PlaceHolder = lang.L("indicator.due")
	// the label wraps beside the date: the form is narrow on a laptop at 125 %
	dueLabel := widget.NewLabel(lang.L("indicator.due.label"))
	dueLabel.Wrapping = fyne.TextWrapWord
	var oldDue time.Time
	return rowEditor[model.Indicator]{
		object: container.NewVBox(name, container.NewGridWithColumns(2, target, unit),
			container.NewBorder(nil, nil, nil, fixedWidth(dateWidth, due), dueLabel)),
		get: func() (model.Indicator, error) {
			t, err := parseNumber(target.Text)
			if err != nil {
				return model.Indicator{}, err
			}
			d, err := readDate(due, oldDue)
			return model.Indicator{Name: strings.TrimSpace(name.Text), Target: t, Unit: strings.TrimSpace(unit.Text), Due: d}, err
		},
		set: func(i model.Indicator) {
			name.SetText(i.Name)
			if i.Target == 0 && i.Name == "" {
				target.SetText("")
			} else {
				target.SetText(formatNumber(i.Target))
			}
			unit.SetText(i.Unit)
			oldDue = i.Due
			setDateValue(due, i.Due)
		},
	}
}

func (f *proposalForm) load(p model.Partnership) {
	pr := p.Proposal
	f.background.SetText(pr.Background)
	f.objectives.SetText(pr.Objectives)
	f.targets.SetText(pr.Targets)
	f.activities.SetText(pr.Activities)
	f.schoolRoles.setValues(pr.SchoolRoles)
	f.partnerRoles.setValues(pr.PartnerRoles)
	f.schedule.setValues(pr.Schedule)
	f.budget.setValues(pr.Budget)
	f.showTotals()
	f.evalPlan.SetText(pr.EvaluationPlan)
	f.indicators.setValues(pr.Indicators)
}

// read reads a row list, showing the errors of its rows when show is set.
func read[T any](l *rowList[T], show bool) ([]T, bool) {
	if show {
		return l.values()
	}
	return l.peek()
}

func (f *proposalForm) apply(p *model.Partnership, show bool) bool {
	pr := &p.Proposal
	pr.Background = strings.TrimSpace(f.background.Text)
	pr.Objectives = strings.TrimSpace(f.objectives.Text)
	pr.Targets = strings.TrimSpace(f.targets.Text)
	pr.Activities = strings.TrimSpace(f.activities.Text)
	pr.SchoolRoles = texts(f.schoolRoles)
	pr.PartnerRoles = texts(f.partnerRoles)
	pr.EvaluationPlan = strings.TrimSpace(f.evalPlan.Text)
	ok := true
	sched, ok1 := read(f.schedule, show)
	budget, ok2 := read(f.budget, show)
	inds, ok3 := read(f.indicators, show)
	ok = ok1 && ok2 && ok3
	pr.Schedule, pr.Budget, pr.Indicators = nil, nil, nil
	for _, s := range sched {
		if s.Activity != "" || !s.Date.IsZero() || s.PIC != "" {
			pr.Schedule = append(pr.Schedule, s)
		}
	}
	for _, b := range budget {
		if b.Item != "" || b.Amount != 0 {
			pr.Budget = append(pr.Budget, b)
		}
	}
	for _, i := range inds {
		if i.Name != "" || i.Target != 0 || i.Unit != "" {
			pr.Indicators = append(pr.Indicators, i)
		}
	}
	return ok
}

func (f *proposalForm) meets(key string) fyne.CanvasObject {
	switch key {
	case "check.proposal.objectives":
		return f.objectives
	case "check.proposal.targets":
		return f.targets
	case "check.proposal.schoolroles":
		return f.schoolRoles.object()
	case "check.proposal.partnerroles":
		return f.partnerRoles.object()
	case "check.proposal.evaluation":
		return f.evalPlan
	}
	return nil
}

func (f *proposalForm) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range f.fs.show(problems) {
		var i int
		if n, _ := fmtSscanIndex(p.Field, "proposal.budget"); n >= 0 {
			i = n
			f.budget.setRowError(i, problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// fmtSscanIndex reads i from "prefix[i]…"; -1 when field is not one of prefix's rows.
func fmtSscanIndex(field, prefix string) (int, string) {
	if !strings.HasPrefix(field, prefix+"[") {
		return -1, ""
	}
	rest := field[len(prefix)+1:]
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return -1, ""
	}
	i, err := strconv.Atoi(rest[:end])
	if err != nil {
		return -1, ""
	}
	return i, rest[end+1:]
}
