package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// contributionsEditor is stage 4's Pembiayaan: the agreement's money line by line —
// who gives (the partner, the school, parents, alumni or the community as persons),
// what kind it is in law, money or goods or services, what, how much and by when
// (a termin). The kind is derived from the giver and the partner; the principal may
// change it only where the law allows (AllowedKinds). Under the lines: the totals,
// and what must be read before printing — parents' money at a public school, a
// proposal budget that differs.
type contributionsEditor struct {
	f        *agreementForm
	rows     *rowList[model.Contribution]
	totals   *widget.Label
	warnings *widget.Label
	fromPlan *widget.Button
	content  fyne.CanvasObject
}

func newContributionsEditor(f *agreementForm) *contributionsEditor {
	c := &contributionsEditor{f: f}
	c.rows = newRowList(lang.L("money.add"), lang.L("money.none"), func(changed func()) rowEditor[model.Contribution] {
		return c.row(changed)
	})
	c.rows.stacked = true
	c.rows.onChanged = func() {
		c.refresh()
		f.v.changed()
	}
	c.totals = widget.NewLabel("")
	c.totals.TextStyle = fyne.TextStyle{Bold: true}
	c.totals.Wrapping = fyne.TextWrapWord
	c.warnings = widget.NewLabel("")
	c.warnings.Wrapping = fyne.TextWrapWord
	c.warnings.Importance = widget.WarningImportance
	c.warnings.Hide()
	c.fromPlan = widget.NewButtonWithIcon(lang.L("money.fromplan"), theme.ContentCopyIcon(), c.takeFromPlan)
	c.fromPlan.Importance = widget.LowImportance
	c.content = container.NewVBox(hintLabel(lang.L("money.hint")), c.rows.object(), container.NewHBox(c.fromPlan), c.totals, c.warnings)
	return c
}

func (c *contributionsEditor) object() fyne.CanvasObject { return c.content }

// partnerKind is the kind of the partnership's partner, "" when none is chosen.
func (c *contributionsEditor) partnerKind() model.PartnerKind {
	if pt := c.f.v.partner(c.f.v.stored.PartnerID); pt != nil {
		return pt.Kind
	}
	return ""
}

func giverLabel(g model.Giver) string {
	return lang.X("giver."+string(g), g.Label())
}

func contributionKindLabel(k model.ContributionKind) string {
	return lang.X("contribution."+string(k), k.Label())
}

func formLabel(f model.ContributionForm) string {
	return lang.X("form."+string(f), f.Label())
}

// row is the editor of one line: giver, kind, form on one row; what; amount and date.
func (c *contributionsEditor) row(changed func()) rowEditor[model.Contribution] {
	var id model.ID
	giver := widget.NewSelect(labelsOf(model.Givers, giverLabel), nil)
	kind := widget.NewSelect(nil, nil)
	form := widget.NewSelect(labelsOf(model.ContributionForms, formLabel), func(string) { changed() })
	what := widget.NewEntry()
	what.PlaceHolder = lang.L("money.what")
	what.OnChanged = func(string) { changed() }
	amount := newRupiahEntry(changed)
	due := newDateEntry(changed)
	var allowed []model.ContributionKind
	setKinds := func(g model.Giver, want model.ContributionKind) {
		allowed = model.AllowedKinds(c.partnerKind(), g)
		kind.OnChanged = nil
		kind.SetOptions(labelsOf(allowed, contributionKindLabel))
		if i := indexOf(allowed, want); i >= 0 {
			kind.SetSelectedIndex(i)
		} else {
			kind.SetSelectedIndex(0) // the derived kind
		}
		setEnabled(kind, len(allowed) > 1)
		kind.OnChanged = func(string) { changed() }
	}
	giver.OnChanged = func(string) {
		setKinds(selectedOf(giver, model.Givers), "")
		changed()
	}
	var oldDue time.Time
	return rowEditor[model.Contribution]{
		// two fields a line: the form is narrow on a laptop at 125 %
		object: container.NewVBox(
			container.NewGridWithColumns(2, giver, kind),
			what,
			container.NewGridWithColumns(2, form, amount),
			container.NewBorder(nil, nil, nil, fixedWidth(dateWidth, due),
				widget.NewLabelWithStyle(lang.L("money.due"), fyne.TextAlignTrailing, fyne.TextStyle{})),
		),
		get: func() (model.Contribution, error) {
			r, err := amount.amount()
			if err != nil {
				return model.Contribution{}, err
			}
			d, err := readDate(due, oldDue)
			if err != nil {
				return model.Contribution{}, err
			}
			g := selectedOf(giver, model.Givers)
			if g == "" {
				g = model.GiverPartner
			}
			k := selectedOf(kind, allowed)
			if k == "" {
				k = model.DeriveKind(c.partnerKind(), g)
			}
			fm := selectedOf(form, model.ContributionForms)
			if fm == "" {
				fm = model.FormMoney
			}
			return model.Contribution{ID: id, From: g, Kind: k, Form: fm, What: strings.TrimSpace(what.Text), Amount: r, Due: d}, nil
		},
		set: func(l model.Contribution) {
			id, oldDue = l.ID, l.Due
			if l.From == "" {
				l.From = model.GiverPartner
			}
			selectValue(giver, model.Givers, l.From)
			setKinds(l.From, l.Kind)
			if l.Form == "" {
				l.Form = model.FormMoney
			}
			selectValue(form, model.ContributionForms, l.Form)
			what.SetText(l.What)
			amount.setAmount(l.Amount, l.Amount == 0)
			setDateValue(due, l.Due)
		},
	}
}

func (c *contributionsEditor) load(lines []model.Contribution) {
	c.rows.setValues(lines)
	c.refresh()
}

// values reads the lines; with show, a line that cannot be read says why.
func (c *contributionsEditor) values(show bool) ([]model.Contribution, bool) {
	if show {
		return c.rows.values()
	}
	return c.rows.peek()
}

// place shows the model's problems of a line under it; it returns the others.
func (c *contributionsEditor) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, ok := lineIndex(p.Field); ok {
			c.rows.setRowError(i, problemText(p))
			continue
		}
		if p.Field == "agreement.contributions" {
			c.warnings.SetText(problemText(p))
			c.warnings.Show()
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// lineIndex reads i from a field "agreement.contributions[i].amount".
func lineIndex(field string) (int, bool) {
	rest, ok := strings.CutPrefix(field, "agreement.contributions[")
	if !ok {
		return 0, false
	}
	n, _, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(n)
	return i, err == nil
}

// refresh shows the totals and what must be read before printing.
func (c *contributionsEditor) refresh() {
	lines, _ := c.rows.peek()
	a := model.Agreement{Contributions: lines, Kind: selectedOf(c.f.kind, model.AgreementKinds)}
	t, err := a.ContributionTotals()
	if err != nil {
		c.totals.SetText(lang.L("validation.sumtoolarge"))
	} else {
		c.totals.SetText(lang.L("money.totals", map[string]string{"Total": t.All.String(),
			"Partner": (t.Partner + t.Others).String(), "School": t.School.String()}))
	}
	if len(lines) == 0 {
		c.totals.SetText("")
	}
	sumbangan := false
	for _, l := range lines {
		sumbangan = sumbangan || l.Kind == model.ContribSumbangan
	}
	if sumbangan {
		c.f.committeeField.Show()
	} else {
		c.f.committeeField.Hide()
	}
	ps := c.f.v.stored
	ps.Agreement = a
	var msgs []string
	for _, w := range model.FundingWarnings(c.f.v.school, ps, c.f.v.partner(ps.PartnerID)) {
		msgs = append(msgs, "⚠ "+lang.X(w.Key, w.Message, w.Args))
	}
	if len(msgs) == 0 {
		c.warnings.Hide()
		return
	}
	c.warnings.SetText(strings.Join(msgs, "\n"))
	c.warnings.Show()
}

// takeFromPlan offers the proposal's budget as the agreement's lines: each budget
// line, the partner's and the school's, with the kind the law gives it.
func (c *contributionsEditor) takeFromPlan() {
	budget := c.f.v.stored.Proposal.Budget
	if items, ok := c.f.v.forms[model.StageProposal].(*proposalForm); ok {
		if read, good := items.budget.peek(); good {
			budget = read
		}
	}
	if len(budget) == 0 {
		c.f.v.setStatus(lang.L("money.fromplan.none"), widget.WarningImportance)
		return
	}
	pk := c.partnerKind()
	var lines []model.Contribution
	for _, b := range budget {
		from := model.GiverSchool
		if b.PaidBy == model.PartyPartner {
			from = model.GiverPartner
		}
		lines = append(lines, model.Contribution{From: from, Kind: model.DeriveKind(pk, from), Form: model.FormMoney,
			What: b.Item, Amount: b.Amount})
	}
	take := func() {
		c.rows.setValues(lines)
		c.refresh()
		c.f.v.changed()
	}
	if c.rows.len() == 0 {
		take()
		return
	}
	confirm(c.f.v.g.win, lang.L("money.fromplan.title"), lang.L("money.fromplan.question",
		map[string]string{"N": fmt.Sprint(len(lines))}), lang.L("money.fromplan"), take)
}

// confirm asks a yes/no question; yes runs ok.
func confirm(win fyne.Window, title, question, yes string, ok func()) {
	d := dialog.NewConfirm(title, question, func(b bool) {
		if b {
			ok()
		}
	}, win)
	d.SetConfirmText(yes)
	d.SetDismissText(lang.L("action.cancel"))
	d.Show()
}
