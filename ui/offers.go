package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Earlier stages fill later ones, as offers the principal confirms: above a stage's
// form, a line says what an earlier stage holds for it, with Isikan (which puts it
// in the form, to be checked and saved) and Abaikan. An offer shows only while what
// it would fill is empty. All the offers are here, in one place.

// offer is one thing an earlier stage can fill in a later one.
type offer struct {
	key   string      // names it, for Abaikan
	stage model.Stage // whose form it fills
	// say is the offer in words for p (as the widgets hold it); "" when there is
	// nothing to offer or its target is filled already
	say func(p model.Partnership) string
	// fill puts what is offered in the stage's form
	fill func(v *partnershipView, p model.Partnership)
}

// offers are set at start: an offer fills a form, and a form changed looks
// again for offers.
var offers []offer

func init() {
	offers = []offer{
		{ // stage 3's schedule → stage 5's planned activities
			key: "schedule", stage: model.StageImplementasi,
			say: func(p model.Partnership) string {
				if len(p.Activities) > 0 || len(p.Proposal.Schedule) == 0 {
					return ""
				}
				return lang.L("offer.schedule", map[string]string{"N": strconv.Itoa(len(p.Proposal.Schedule))})
			},
			fill: func(v *partnershipView, p model.Partnership) {
				var acts []model.Activity
				for _, s := range p.Proposal.Schedule {
					acts = append(acts, model.Activity{Date: s.Date, Title: s.Activity, People: s.PIC, Status: model.ActivityPlanned})
				}
				v.acts.list.setValues(acts)
			},
		},
		{ // stage 3's roles → stage 4's rights and obligations
			key: "roles", stage: model.StagePerjanjian,
			say: func(p model.Partnership) string {
				a, pr := p.Agreement, p.Proposal
				if len(a.SchoolObligations) > 0 || len(a.PartnerObligations) > 0 || len(pr.SchoolRoles)+len(pr.PartnerRoles) == 0 {
					return ""
				}
				return lang.L("offer.roles", map[string]string{
					"School": strconv.Itoa(len(pr.SchoolRoles)), "Partner": strconv.Itoa(len(pr.PartnerRoles))})
			},
			fill: func(v *partnershipView, p model.Partnership) {
				v.agree.schoolObligations.setValues(p.Proposal.SchoolRoles)
				v.agree.partnerObligation.setValues(p.Proposal.PartnerRoles)
			},
		},
		{ // stage 3's budget → stage 4's contribution lines
			key: "funding", stage: model.StagePerjanjian,
			say: func(p model.Partnership) string {
				_, _, partner := p.Proposal.BudgetTotal()
				if partner <= 0 || len(p.Agreement.Contributions) > 0 || p.Agreement.Funding != "" {
					return ""
				}
				return lang.L("offer.funding", map[string]string{"Amount": partner.String(), "N": strconv.Itoa(len(p.Proposal.Budget))})
			},
			fill: func(v *partnershipView, p model.Partnership) { v.agree.money.takeFromPlan() },
		},
	}
}

// updateOffers shows above the form the offers for the stage shown that p, the
// partnership as the widgets hold it, allows. The lines are made again only when
// the offers change (it runs on every keystroke).
func (v *partnershipView) updateOffers(p model.Partnership) {
	var keys []string
	var shown []offer
	for _, o := range offers {
		if o.stage != v.shown || v.shown > v.stored.Stage || v.dismissed[o.key] {
			continue
		}
		if text := o.say(p); text != "" {
			keys = append(keys, o.key+"\x00"+text)
			shown = append(shown, o)
		}
	}
	if equalStrings(keys, v.offerKeys) {
		return
	}
	v.offerKeys = keys
	rows := make([]fyne.CanvasObject, len(shown))
	for i, o := range shown {
		rows[i] = v.offerRow(o, o.say(p))
	}
	v.offerBox.Objects = rows
	v.offerBox.Refresh()
}

// offerRow is one offer: what it is, Isikan and Abaikan.
func (v *partnershipView) offerRow(o offer, text string) fyne.CanvasObject {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	fill := widget.NewButtonWithIcon(lang.L("offer.fill"), theme.ContentPasteIcon(), func() {
		p, _ := v.collect(false)
		o.fill(v, p)
		v.changed() // the form holds it now, unsaved: the principal checks it and saves
	})
	fill.Importance = widget.HighImportance
	skip := widget.NewButton(lang.L("offer.skip"), func() {
		v.dismissed[o.key] = true
		p, _ := v.collect(false)
		v.updateOffers(p)
	})
	skip.Importance = widget.LowImportance
	card := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil,
		container.NewVBox(msg, container.NewHBox(fill, skip)))
	return widget.NewCard("", "", card)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
