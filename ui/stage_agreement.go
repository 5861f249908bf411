package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// agreementForm is stage 4, Negosiasi dan Perjanjian: the MoU or PKS and its clauses,
// and the day it was signed.
type agreementForm struct {
	v  *partnershipView
	fs *fieldSet

	kind              *widget.Select
	schoolNumber      *widget.Entry
	partnerNumber     *widget.Entry
	date              *widget.DateEntry
	placeEntry        *widget.Entry
	start, end        *widget.DateEntry
	noticeDays        *widget.Entry
	forceMajeureDays  *widget.Entry
	schoolObligations *rowList[string]
	partnerObligation *rowList[string]
	funding           *widget.Entry
	fundingAmount     *rupiahEntry
	dispute           *widget.Entry
	forceMajeure      *widget.Entry
	originals         *widget.Entry
	schoolSign        [4]*widget.Entry // name, position, ID number, authority
	partnerSign       [4]*widget.Entry
	witnesses         *rowList[model.Signatory]
	meterai           *widget.Check
	signed            *widget.DateEntry
	articles          *articleTexts

	old     model.Agreement // as loaded, so untouched dates keep their time
	content fyne.CanvasObject
}

var agreementKinds = []model.AgreementKind{model.AgreementMoU, model.AgreementPKS}

func agreementKindLabel(k model.AgreementKind) string {
	return lang.X("agreement.kind."+string(k), k.Label())
}

func newAgreementForm(v *partnershipView) *agreementForm {
	f := &agreementForm{v: v, fs: newFieldSet()}
	fs := f.fs
	f.kind = v.selectField(fs, "agreement.kind", lang.L("agreement.kind"), labelsOf(agreementKinds, agreementKindLabel))
	f.schoolNumber = v.entry(fs, "agreement.school_number", lang.L("agreement.schoolnumber"), "")
	f.partnerNumber = v.entry(fs, "agreement.partner_number", lang.L("agreement.partnernumber"), "")
	f.date = v.dateField(fs, "agreement.date", lang.L("agreement.date"), "")
	f.placeEntry = v.entry(fs, "agreement.place", lang.L("agreement.place"), "")
	f.start = v.dateField(fs, "agreement.start", lang.L("agreement.start"), "")
	f.end = v.dateField(fs, "agreement.end", lang.L("agreement.end"), "")
	f.noticeDays = v.entry(fs, "agreement.notice_days", lang.L("agreement.noticedays"), lang.L("agreement.noticedays.hint"))
	f.schoolObligations = newTextRows(lang.L("agreement.obligation.placeholder"), v.changed)
	f.partnerObligation = newTextRows(lang.L("agreement.obligation.placeholder"), v.changed)
	f.funding = v.multiEntry(fs, "agreement.funding", lang.L("agreement.funding"), lang.L("agreement.funding.hint"), 2)
	f.fundingAmount = v.rupiahField(fs, "agreement.funding_amount", lang.L("agreement.fundingamount"), lang.L("agreement.fundingamount.hint"))
	f.dispute = v.multiEntry(fs, "agreement.dispute", lang.L("agreement.dispute"), lang.L("agreement.dispute.hint"), 2)
	f.forceMajeure = v.multiEntry(fs, "agreement.force_majeure", lang.L("agreement.forcemajeure"), lang.L("agreement.forcemajeure.hint"), 2)
	f.forceMajeureDays = v.entry(fs, "agreement.force_majeure_days", lang.L("agreement.forcemajeuredays"), "")
	f.originals = v.entry(fs, "agreement.originals", lang.L("agreement.originals"), "")
	for i, part := range []string{"name", "position", "id", "authority"} {
		hint := ""
		if part == "authority" {
			hint = lang.L("signatory.authority.hint")
		}
		f.schoolSign[i] = v.entry(fs, "agreement.school_signatory."+part, lang.L("signatory."+part), hint)
		f.partnerSign[i] = v.entry(fs, "agreement.partner_signatory."+part, lang.L("signatory."+part), hint)
	}
	f.witnesses = newRowList(lang.L("rows.add"), lang.L("agreement.witnesses.none"), signatoryRow)
	f.witnesses.onChanged = v.changed
	f.meterai = widget.NewCheck(lang.L("agreement.meterai"), func(bool) { v.changed() })
	f.signed = v.dateField(fs, "agreement.signed_date", lang.L("agreement.signeddate"), lang.L("agreement.signeddate.hint"))
	f.articles = newArticleTexts(f)
	kindChanged := f.kind.OnChanged
	f.kind.OnChanged = func(s string) {
		f.articles.show(selectedOf(f.kind, agreementKinds))
		kindChanged(s)
	}
	articlesHint := widget.NewLabel(lang.L("articles.hint"))
	articlesHint.Wrapping = fyne.TextWrapWord
	articlesHint.SizeName = theme.SizeNameCaptionText

	f.content = container.NewVBox(
		section(lang.L("agreement.section.document"), stacked(fs, "agreement.kind"),
			container.NewGridWithColumns(2, stacked(fs, "agreement.school_number"), stacked(fs, "agreement.partner_number")),
			container.NewGridWithColumns(2, stacked(fs, "agreement.date"), stacked(fs, "agreement.place"))),
		section(lang.L("agreement.section.period"),
			container.NewGridWithColumns(2, stacked(fs, "agreement.start"), stacked(fs, "agreement.end")),
			stacked(fs, "agreement.notice_days")),
		section(lang.L("agreement.section.obligations"),
			labeled(lang.L("agreement.schoolobligations"), f.schoolObligations.object()),
			labeled(lang.L("agreement.partnerobligations"), f.partnerObligation.object())),
		section(lang.L("agreement.section.clauses"),
			stacked(fs, "agreement.funding", "agreement.funding_amount", "agreement.dispute", "agreement.force_majeure",
				"agreement.force_majeure_days", "agreement.originals")),
		section(lang.L("agreement.section.school"), stacked(fs, "agreement.school_signatory.name",
			"agreement.school_signatory.position", "agreement.school_signatory.id", "agreement.school_signatory.authority")),
		section(lang.L("agreement.section.partner"), stacked(fs, "agreement.partner_signatory.name",
			"agreement.partner_signatory.position", "agreement.partner_signatory.id", "agreement.partner_signatory.authority")),
		section(lang.L("agreement.section.witnesses"), f.witnesses.object(), f.meterai),
		section(lang.L("articles.section"), articlesHint, f.articles.box),
		section(lang.L("agreement.section.signed"), stacked(fs, "agreement.signed_date")),
	)
	return f
}

func (f *agreementForm) object() fyne.CanvasObject { return f.content }

func signatoryRow(changed func()) rowEditor[model.Signatory] {
	e := [3]*widget.Entry{widget.NewEntry(), widget.NewEntry(), widget.NewEntry()}
	for i, part := range []string{"name", "position", "id"} {
		e[i].PlaceHolder = lang.L("signatory." + part)
		e[i].OnChanged = func(string) { changed() }
	}
	return rowEditor[model.Signatory]{
		object: container.NewGridWithColumns(3, e[0], e[1], e[2]),
		get: func() (model.Signatory, error) {
			return model.Signatory{Name: strings.TrimSpace(e[0].Text), Position: strings.TrimSpace(e[1].Text),
				IDNumber: strings.TrimSpace(e[2].Text)}, nil
		},
		set: func(s model.Signatory) {
			e[0].SetText(s.Name)
			e[1].SetText(s.Position)
			e[2].SetText(s.IDNumber)
		},
	}
}

func setInt(e *widget.Entry, n int) {
	if n == 0 {
		e.SetText("")
	} else {
		e.SetText(strconv.Itoa(n))
	}
}

func setSignatory(e [4]*widget.Entry, s model.Signatory) {
	e[0].SetText(s.Name)
	e[1].SetText(s.Position)
	e[2].SetText(s.IDNumber)
	e[3].SetText(s.Authority)
}

func readSignatory(e [4]*widget.Entry) model.Signatory {
	return model.Signatory{Name: strings.TrimSpace(e[0].Text), Position: strings.TrimSpace(e[1].Text),
		IDNumber: strings.TrimSpace(e[2].Text), Authority: strings.TrimSpace(e[3].Text)}
}

func (f *agreementForm) load(p model.Partnership) {
	a := p.Agreement
	f.old = a
	selectValue(f.kind, agreementKinds, a.Kind)
	f.schoolNumber.SetText(a.SchoolNumber)
	f.partnerNumber.SetText(a.PartnerNumber)
	setDateValue(f.date, a.Date)
	f.placeEntry.SetText(a.Place)
	setDateValue(f.start, a.Start)
	setDateValue(f.end, a.End)
	setInt(f.noticeDays, a.NoticeDays)
	f.schoolObligations.setValues(a.SchoolObligations)
	f.partnerObligation.setValues(a.PartnerObligations)
	f.funding.SetText(a.Funding)
	f.fundingAmount.setAmount(a.FundingAmount, true)
	f.dispute.SetText(a.Dispute)
	f.forceMajeure.SetText(a.ForceMajeure)
	setInt(f.forceMajeureDays, a.ForceMajeureDays)
	setInt(f.originals, a.Originals)
	setSignatory(f.schoolSign, a.SchoolSignatory)
	setSignatory(f.partnerSign, a.PartnerSignatory)
	f.witnesses.setValues(a.Witnesses)
	f.meterai.SetChecked(a.Meterai)
	setDateValue(f.signed, a.SignedDate)
	f.articles.load(a)
}

// prefill fills the signatories, when empty, from the school's principal and the
// chosen partner's signatory, once the partnership has reached this stage.
func (f *agreementForm) prefill(p model.Partnership) {
	if p.Stage < model.StagePerjanjian {
		return
	}
	a := p.Agreement
	if a.SchoolSignatory.Name == "" && f.v.school.PrincipalName != "" {
		setSignatory(f.schoolSign, model.Signatory{Name: f.v.school.PrincipalName,
			Position: lang.L("signatory.principal"), IDNumber: f.v.school.PrincipalNIP})
	}
	if pt := f.v.partner(p.PartnerID); a.PartnerSignatory.Name == "" && pt != nil && pt.SignatoryName != "" {
		setSignatory(f.partnerSign, model.Signatory{Name: pt.SignatoryName, Position: pt.SignatoryPosition})
	}
	if a.Originals == 0 {
		setInt(f.originals, 2)
	}
}

// readInt reads a whole number of days or copies into *n; empty is 0.
func (f *agreementForm) readInt(name string, e *widget.Entry, n *int, show bool) bool {
	s := strings.TrimSpace(e.Text)
	if s == "" {
		*n = 0
		return true
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		if show {
			f.fs.field(name).setError(lang.L("validation.number"))
		}
		return false
	}
	*n = v
	return true
}

func (f *agreementForm) readDate(name string, e *widget.DateEntry, old time.Time, show bool) (time.Time, bool) {
	t, err := readDate(e, old)
	if err != nil {
		if show {
			f.fs.field(name).setError(errText(err))
		}
		return old, false
	}
	return t, true
}

func (f *agreementForm) apply(p *model.Partnership, show bool) bool {
	a := &p.Agreement
	ok := true
	check := func(good bool) {
		ok = ok && good
	}
	a.Kind = selectedOf(f.kind, agreementKinds)
	a.SchoolNumber = strings.TrimSpace(f.schoolNumber.Text)
	a.PartnerNumber = strings.TrimSpace(f.partnerNumber.Text)
	var good bool
	a.Date, good = f.readDate("agreement.date", f.date, f.old.Date, show)
	check(good)
	a.Place = strings.TrimSpace(f.placeEntry.Text)
	a.Start, good = f.readDate("agreement.start", f.start, f.old.Start, show)
	check(good)
	a.End, good = f.readDate("agreement.end", f.end, f.old.End, show)
	check(good)
	check(f.readInt("agreement.notice_days", f.noticeDays, &a.NoticeDays, show))
	a.SchoolObligations = texts(f.schoolObligations)
	a.PartnerObligations = texts(f.partnerObligation)
	a.Funding = strings.TrimSpace(f.funding.Text)
	amount, err := f.fundingAmount.amount()
	if err != nil {
		if show {
			f.fs.field("agreement.funding_amount").setError(errText(err))
		}
		check(false)
	} else {
		a.FundingAmount = amount
	}
	a.Dispute = strings.TrimSpace(f.dispute.Text)
	a.ForceMajeure = strings.TrimSpace(f.forceMajeure.Text)
	check(f.readInt("agreement.force_majeure_days", f.forceMajeureDays, &a.ForceMajeureDays, show))
	check(f.readInt("agreement.originals", f.originals, &a.Originals, show))
	a.SchoolSignatory = readSignatory(f.schoolSign)
	a.PartnerSignatory = readSignatory(f.partnerSign)
	ws, _ := f.witnesses.peek()
	a.Witnesses = nil
	for _, w := range ws {
		if w.Name != "" || w.Position != "" || w.IDNumber != "" {
			a.Witnesses = append(a.Witnesses, w)
		}
	}
	a.Meterai = f.meterai.Checked
	a.SignedDate, good = f.readDate("agreement.signed_date", f.signed, f.old.SignedDate, show)
	check(good)
	a.Articles = f.articles.articles()
	check(f.articles.check(a.Articles, show))
	return ok
}

func (f *agreementForm) place(problems model.Problems) model.Problems { return f.fs.show(problems) }

func (f *agreementForm) meets(key string) fyne.CanvasObject {
	switch key {
	case "check.agreement.kind":
		return f.kind
	case "check.agreement.numbers":
		return f.schoolNumber
	case "check.agreement.dateplace":
		return f.date
	case "check.agreement.period":
		return f.start
	case "check.agreement.obligations":
		return f.schoolObligations.object()
	case "check.agreement.funding":
		return f.funding
	case "check.agreement.dispute":
		return f.dispute
	case "check.agreement.forcemajeure":
		return f.forceMajeure
	case "check.agreement.notice":
		return f.noticeDays
	case "check.agreement.signatories":
		return f.schoolSign[0]
	case "check.agreement.signed":
		return f.signed
	}
	return nil
}
