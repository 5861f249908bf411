package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/pdf"
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
	signButton        *widget.Button
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
	f.signButton = widget.NewButtonWithIcon(lang.L("agreement.marksigned"), theme.ConfirmIcon(), f.markSigned)
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
		section(lang.L("agreement.section.signed"), stacked(fs, "agreement.signed_date"), container.NewHBox(f.signButton)),
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

// markSigned records the signing: the date given, today when none, then saves.
func (f *agreementForm) markSigned() {
	if strings.TrimSpace(f.signed.Text) == "" {
		setDateValue(f.signed, f.v.g.opts.Now())
	}
	f.v.save()
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
	setEnabled(f.signButton, p.ID != "" && p.Stage >= model.StagePerjanjian)
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

// articleTexts is the Isi pasal section of stage 4: the considerations and every
// article of the chosen kind (PKS or MoU) with the wording in force — the agreement's
// own, else the school's (Pengaturan → Template Pasal), else the default — editable.
// What differs from the school's wording goes to Agreement.Articles; Kembalikan sets
// an article back to the school's wording.
type articleTexts struct {
	f      *agreementForm
	kind   model.AgreementKind
	school map[string]string // the school's wording, as loaded
	stored map[string]string // the agreement's own wording, as loaded
	texts  map[string]string // what the editors hold, by template name (both kinds)
	box    *fyne.Container
	rows   map[string]*articleRow
}

type articleRow struct {
	name    string
	state   *widget.Label
	editor  *widget.Entry
	reset   *widget.Button
	problem *widget.Label
}

func newArticleTexts(f *agreementForm) *articleTexts {
	a := &articleTexts{f: f, texts: map[string]string{}, rows: map[string]*articleRow{}}
	a.box = container.NewVBox()
	return a
}

// names are the templates of an agreement of kind k, in print order.
func articleNames(k model.AgreementKind) []string {
	arts := pdf.PKSArticles
	if k == model.AgreementMoU {
		arts = pdf.MoUArticles
	}
	names := []string{pdf.TemplateNames()[0]} // the considerations
	for _, art := range arts {
		names = append(names, art.Name)
	}
	return names
}

// inherited is the wording the agreement has without its own: the school's, else the default.
func (a *articleTexts) inherited(name string) string {
	if t, ok := a.school[name]; ok && strings.TrimSpace(t) != "" {
		return t
	}
	return pdf.DefaultTemplate(name)
}

// load shows the stored agreement's wording.
func (a *articleTexts) load(ag model.Agreement) {
	school, err := a.f.v.g.db.SchoolTemplates()
	if err != nil {
		school = nil
	}
	a.school = school
	a.stored = ag.Articles
	a.texts = map[string]string{}
	for _, name := range pdf.TemplateNames() {
		if t, ok := ag.Articles[name]; ok && strings.TrimSpace(t) != "" {
			a.texts[name] = t
		} else {
			a.texts[name] = a.inherited(name)
		}
	}
	a.kind = ""
	a.show(ag.Kind)
}

// show lists the articles of kind k (PKS when none is chosen yet).
func (a *articleTexts) show(k model.AgreementKind) {
	if k != model.AgreementMoU {
		k = model.AgreementPKS
	}
	if k == a.kind && len(a.box.Objects) > 0 {
		return
	}
	a.kind = k
	a.rows = map[string]*articleRow{}
	a.box.Objects = nil
	for _, name := range articleNames(k) {
		r := a.newRow(name)
		a.rows[name] = r
		a.box.Add(container.NewVBox(
			container.NewBorder(nil, nil, nil, r.reset, container.NewVBox(
				widget.NewLabelWithStyle(templateLabel(name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.state)),
			r.editor, r.problem))
	}
	a.box.Refresh()
}

func (a *articleTexts) newRow(name string) *articleRow {
	r := &articleRow{name: name}
	r.state = widget.NewLabel("")
	r.state.SizeName = theme.SizeNameCaptionText
	r.problem = widget.NewLabel("")
	r.problem.Importance = widget.DangerImportance
	r.problem.Wrapping = fyne.TextWrapWord
	r.problem.Hide()
	r.editor = widget.NewMultiLineEntry()
	r.editor.TextStyle = fyne.TextStyle{Monospace: true}
	r.editor.Wrapping = fyne.TextWrapWord
	r.editor.SetMinRowsVisible(4)
	r.editor.SetText(a.texts[name])
	r.editor.OnChanged = func(s string) {
		a.texts[name] = s
		r.problem.Hide()
		a.showState(r)
		a.f.v.changed()
	}
	r.reset = widget.NewButtonWithIcon(lang.L("articles.reset"), theme.ContentUndoIcon(), func() {
		r.editor.SetText(a.inherited(name)) // OnChanged records it
	})
	r.reset.Importance = widget.LowImportance
	a.showState(r)
	return r
}

// showState says where an article's wording comes from.
func (a *articleTexts) showState(r *articleRow) {
	if a.texts[r.name] != a.inherited(r.name) {
		r.state.SetText(lang.L("articles.state.own"))
		r.reset.Enable()
		return
	}
	r.reset.Disable()
	if _, ok := a.school[r.name]; ok {
		r.state.SetText(lang.L("articles.state.school"))
	} else {
		r.state.SetText(lang.L("articles.state.default"))
	}
}

// articles is the agreement's own wording: each text that differs from the school's,
// nil when none does.
func (a *articleTexts) articles() map[string]string {
	var m map[string]string
	for _, name := range pdf.TemplateNames() {
		t, ok := a.texts[name]
		if !ok || strings.TrimSpace(t) == "" || t == a.inherited(name) {
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		m[name] = t
	}
	return m
}

// check parses the wording (and with show fills it in with sample data), and shows a
// template's error at its editor.
func (a *articleTexts) check(articles map[string]string, show bool) bool {
	if show {
		for _, r := range a.rows {
			r.problem.Hide()
		}
	}
	err := checkTemplates(a.school, articles, show)
	if err == nil {
		return true
	}
	if show {
		var te *pdf.TemplateError
		if errors.As(err, &te) {
			if r := a.rows[te.Name]; r != nil {
				r.problem.SetText(lang.L("templates.problem", map[string]string{"Err": te.Error()}))
				r.problem.Show()
			} else {
				a.f.v.g.showError("articles.failed", err)
			}
		} else {
			a.f.v.g.showError("articles.failed", err)
		}
	}
	return false
}
