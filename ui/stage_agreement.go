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

// agreementForm is stage 4, Negosiasi dan Perjanjian: what the stage makes — an MoU,
// a PKS (perhaps carrying out an MoU of another partnership with the same partner),
// or an MoU and then its PKS — their numbers, dates and terms, the parties as the
// agreement names them, the money line by line, the clauses, and the days they were
// signed. Sections that the kind does not have are hidden.
type agreementForm struct {
	v  *partnershipView
	fs *fieldSet

	kind     *widget.Select
	kindHint *widget.Label

	// the MoU (AgreementMoU, AgreementMoUPKS)
	mouSection                           fyne.CanvasObject
	mouSchoolNumber, mouPartnerNumber    *widget.Entry
	mouTake                              *widget.Button
	mouDate, mouStart, mouEnd, mouSigned *dateEntry
	mouPlace                             *widget.Entry
	// the MoU of another partnership a PKS carries out (AgreementPKS)
	underSection fyne.CanvasObject
	under        *widget.Select
	underMoUs    []model.RegisterEntry // the choices after "none"
	underLabel   *widget.Label

	// the PKS
	pksSection                   fyne.CanvasObject
	schoolNumber, partnerNumber  *widget.Entry
	take                         *widget.Button
	date                         *dateEntry
	placeEntry                   *widget.Entry
	start, end                   *dateEntry
	noticeDays, forceMajeureDays *widget.Entry
	schoolObligations            *rowList[string]
	partnerObligation            *rowList[string]
	money                        *contributionsEditor
	funding                      *widget.Entry
	committee                    *widget.Entry
	committeeField               fyne.CanvasObject
	dispute, forceMajeure        *widget.Entry
	personalData                 *widget.RadioGroup
	monitoring                   *widget.Select
	originals                    *widget.Entry
	pksOnly                      []fyne.CanvasObject // sections only a PKS has

	// the parties
	legalName, address, nik, occupation *widget.Entry
	partnerNotice                       *widget.Entry
	personRows, bodyRows                fyne.CanvasObject
	schoolSign                          [4]*widget.Entry // name, position, ID number, authority
	partnerSign                         [4]*widget.Entry
	byProxy                             *widget.Check
	witnesses                           *rowList[model.Signatory]
	meterai                             *widget.Check
	signed                              *dateEntry
	signedRow                           fyne.CanvasObject
	articles                            *articleTexts

	old       model.Agreement  // as loaded, so untouched dates keep their time
	linkMatch *linkMatchEditor // an SMK's link and match (smk_linkmatch.go)
	content   fyne.CanvasObject
}

func agreementKindLabel(k model.AgreementKind) string {
	return lang.X("agreement.kind."+string(k), k.Label())
}

func newAgreementForm(v *partnershipView) *agreementForm {
	f := &agreementForm{v: v, fs: newFieldSet()}
	fs := f.fs
	f.kind = v.selectField(fs, "agreement.kind", lang.L("agreement.kind"), labelsOf(model.AgreementKinds, agreementKindLabel))
	f.kindHint = hintLabel(lang.L("agreement.kind.hint"))

	// the MoU
	f.mouSchoolNumber = v.entry(fs, "agreement.mou.school_number", lang.L("agreement.schoolnumber"), lang.L("agreement.number.hint"))
	f.mouTake = f.takeButton(model.DocMoU, f.mouSchoolNumber, func() time.Time { return dateOf(f.mouDate) })
	f.mouPartnerNumber = v.entry(fs, "agreement.mou.partner_number", lang.L("agreement.partnernumber"), "")
	f.mouDate = v.dateField(fs, "agreement.mou.date", lang.L("agreement.date"), "")
	f.mouPlace = v.entry(fs, "agreement.mou.place", lang.L("agreement.place"), "")
	f.mouStart = v.dateField(fs, "agreement.mou.start", lang.L("agreement.start"), "")
	f.mouEnd = v.dateField(fs, "agreement.mou.end", lang.L("agreement.end"), "")
	f.mouSigned = v.dateField(fs, "agreement.mou.signed_date", lang.L("agreement.mou.signeddate"), "")
	f.mouSection = section(lang.L("agreement.section.mou"),
		numberRow(fs, "agreement.mou.school_number", f.mouTake), stacked(fs, "agreement.mou.partner_number"),
		container.NewGridWithColumns(2, stacked(fs, "agreement.mou.date"), stacked(fs, "agreement.mou.place")),
		container.NewGridWithColumns(2, stacked(fs, "agreement.mou.start"), stacked(fs, "agreement.mou.end")),
		stacked(fs, "agreement.mou.signed_date"))

	f.under = v.selectField(fs, "agreement.mou.from", lang.L("agreement.under"), nil)
	f.under.OnChanged = func(string) { f.underChosen(); v.changed() }
	f.underLabel = hintLabel("")
	f.underSection = section(lang.L("agreement.section.under"), hintLabel(lang.L("agreement.under.hint")), stacked(fs, "agreement.mou.from"), f.underLabel)

	// the PKS
	f.schoolNumber = v.entry(fs, "agreement.school_number", lang.L("agreement.schoolnumber"), lang.L("agreement.number.hint"))
	f.take = f.takeButton(model.DocPKS, f.schoolNumber, func() time.Time { return dateOf(f.date) })
	f.partnerNumber = v.entry(fs, "agreement.partner_number", lang.L("agreement.partnernumber"), "")
	f.date = v.dateField(fs, "agreement.date", lang.L("agreement.date"), "")
	f.placeEntry = v.entry(fs, "agreement.place", lang.L("agreement.place"), "")
	f.start = v.dateField(fs, "agreement.start", lang.L("agreement.start"), "")
	f.end = v.dateField(fs, "agreement.end", lang.L("agreement.end"), "")
	f.noticeDays = v.entry(fs, "agreement.notice_days", lang.L("agreement.noticedays"), lang.L("agreement.noticedays.hint"))
	f.pksSection = section(lang.L("agreement.section.document"),
		numberRow(fs, "agreement.school_number", f.take), stacked(fs, "agreement.partner_number"),
		container.NewGridWithColumns(2, stacked(fs, "agreement.date"), stacked(fs, "agreement.place")),
		container.NewGridWithColumns(2, stacked(fs, "agreement.start"), stacked(fs, "agreement.end")),
		stacked(fs, "agreement.notice_days"))

	f.schoolObligations = newTextRows(lang.L("agreement.obligation.placeholder"), v.changed)
	f.partnerObligation = newTextRows(lang.L("agreement.obligation.placeholder"), v.changed)
	f.money = newContributionsEditor(f)
	f.funding = v.multiEntry(fs, "agreement.funding", lang.L("agreement.funding"), lang.L("agreement.funding.hint"), 2)
	f.committee = v.entry(fs, "agreement.committee_note", lang.L("agreement.committee"), lang.L("agreement.committee.hint"))
	f.committeeField = stacked(fs, "agreement.committee_note")
	f.dispute = v.multiEntry(fs, "agreement.dispute", lang.L("agreement.dispute"), lang.L("agreement.dispute.hint"), 2)
	f.forceMajeure = v.multiEntry(fs, "agreement.force_majeure", lang.L("agreement.forcemajeure"), lang.L("agreement.forcemajeure.hint"), 2)
	f.forceMajeureDays = v.entry(fs, "agreement.force_majeure_days", lang.L("agreement.forcemajeuredays"), "")
	f.originals = v.entry(fs, "agreement.originals", lang.L("agreement.originals"), "")
	f.personalData = widget.NewRadioGroup([]string{lang.L("answer.yes"), lang.L("answer.no")}, func(string) { v.changed() })
	f.personalData.Horizontal = true
	fs.add("agreement.personal_data", lang.L("agreement.personaldata"), f.personalData, lang.L("agreement.personaldata.hint"))
	f.monitoring = v.selectField(fs, "agreement.monitoring", lang.L("agreement.monitoring"),
		[]string{lang.L("agreement.monitoring.joint"), lang.L("agreement.monitoring.school")})
	obligations := section(lang.L("agreement.section.obligations"),
		labeled(lang.L("agreement.schoolobligations"), f.schoolObligations.object()),
		labeled(lang.L("agreement.partnerobligations"), f.partnerObligation.object()))
	money := section(lang.L("agreement.section.money"), f.money.object(), f.committeeField, stacked(fs, "agreement.funding"))
	clauses := section(lang.L("agreement.section.clauses"),
		stacked(fs, "agreement.personal_data", "agreement.monitoring", "agreement.dispute", "agreement.force_majeure",
			"agreement.force_majeure_days", "agreement.originals"))
	f.pksOnly = []fyne.CanvasObject{f.pksSection, obligations, money, clauses}

	// the parties
	f.legalName = v.entry(fs, "agreement.partner_legal_name", lang.L("agreement.legalname"), lang.L("agreement.legalname.hint"))
	f.address = v.entry(fs, "agreement.partner_address", lang.L("partner.address"), "")
	f.nik = v.entry(fs, "agreement.partner_nik", lang.L("partner.nik"), "")
	f.occupation = v.entry(fs, "agreement.partner_occupation", lang.L("partner.occupation"), "")
	f.partnerNotice = v.multiEntry(fs, "agreement.partner_notice", lang.L("agreement.notice.partner"), lang.L("agreement.notice.hint"), 2)
	for i, part := range []string{"name", "position", "id", "authority"} {
		hint := ""
		if part == "authority" {
			hint = lang.L("signatory.authority.hint")
		}
		f.schoolSign[i] = v.entry(fs, "agreement.school_signatory."+part, lang.L("signatory."+part), hint)
		f.partnerSign[i] = v.entry(fs, "agreement.partner_signatory."+part, lang.L("signatory."+part), hint)
	}
	f.byProxy = widget.NewCheck(lang.L("signatory.byproxy"), func(bool) { v.changed() })
	f.personRows = stacked(fs, "agreement.partner_nik", "agreement.partner_occupation")
	f.bodyRows = container.NewVBox(stacked(fs, "agreement.partner_legal_name"))
	f.witnesses = newRowList(lang.L("rows.add"), lang.L("agreement.witnesses.none"), signatoryRow)
	f.witnesses.onChanged = v.changed
	f.meterai = widget.NewCheck(lang.L("agreement.meterai"), func(bool) { v.changed() })
	f.signed = v.dateField(fs, "agreement.signed_date", lang.L("agreement.signeddate"), lang.L("agreement.signeddate.hint"))
	f.signedRow = stacked(fs, "agreement.signed_date")
	f.articles = newArticleTexts(f)
	kindChanged := f.kind.OnChanged
	f.kind.OnChanged = func(s string) {
		f.showKind(selectedOf(f.kind, model.AgreementKinds))
		kindChanged(s)
	}
	articlesHint := hintLabel(lang.L("articles.hint"))

	f.linkMatch = newLinkMatchEditor(v)
	f.content = container.NewVBox(
		section(lang.L("agreement.section.kind"), stacked(fs, "agreement.kind"), f.kindHint),
		f.linkMatch.section, // what is agreed, before the document's own parts
		f.mouSection, f.underSection, f.pksSection,
		section(lang.L("agreement.section.partner"), f.bodyRows, stacked(fs, "agreement.partner_address"), f.personRows,
			stacked(fs, "agreement.partner_signatory.name", "agreement.partner_signatory.position", "agreement.partner_signatory.id",
				"agreement.partner_signatory.authority"), f.byProxy, stacked(fs, "agreement.partner_notice")),
		section(lang.L("agreement.section.school"), stacked(fs, "agreement.school_signatory.name",
			"agreement.school_signatory.position", "agreement.school_signatory.id", "agreement.school_signatory.authority")),
		obligations, money, clauses,
		section(lang.L("agreement.section.witnesses"), f.witnesses.object(), f.meterai),
		section(lang.L("articles.section"), articlesHint, f.articles.box),
		section(lang.L("agreement.section.signed"), f.signedRow),
	)
	f.showKind("")
	return f
}

func (f *agreementForm) object() fyne.CanvasObject { return f.content }

// hintLabel is a small wrapped hint.
func hintLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	if text == "" {
		l.Hide()
	}
	return l
}

// numberRow is a school number field with its Ambil nomor button beside the entry.
func numberRow(fs *fieldSet, name string, take *widget.Button) fyne.CanvasObject {
	fl := fs.field(name)
	fl.label.Alignment = fyne.TextAlignLeading
	return container.NewVBox(fl.label, container.NewBorder(nil, nil, nil, take, fl.cell))
}

// takeButton takes the next number of the register for the MoU or the PKS, dated with
// the document's date (today when none), and puts it in the field.
func (f *agreementForm) takeButton(kind model.DocumentKind, field *widget.Entry, date func() time.Time) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("agreement.takenumber"), theme.ContentAddIcon(), nil)
	b.OnTapped = func() {
		p := f.v.stored
		if p.ID == "" {
			f.v.setStatus(lang.L("agreement.takenumber.save"), widget.WarningImportance)
			return
		}
		d := date()
		if d.IsZero() {
			d = f.v.g.opts.Now()
		}
		addressee := ""
		if pt := f.v.partner(p.PartnerID); pt != nil {
			addressee = pt.Addressee()
		}
		l, err := f.v.g.db.IssueLetter(p.ID, model.Letter{Kind: string(kind), Date: d,
			Subject: model.Subject(kind, p.Title), Addressee: addressee})
		if err != nil {
			f.v.g.showError("error.save", err)
			return
		}
		field.SetText(l.Number)
		f.v.setStatus(lang.L("agreement.takenumber.done", map[string]string{"Number": l.Number}), widget.SuccessImportance)
	}
	return b
}

// dateOf is the date a date entry holds, zero when none or not a date.
func dateOf(e *dateEntry) time.Time {
	t, err := readDate(e, time.Time{})
	if err != nil {
		return time.Time{}
	}
	return t
}

// showKind shows the sections the kind has.
func (f *agreementForm) showKind(k model.AgreementKind) {
	show := func(o fyne.CanvasObject, on bool) {
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
	show(f.mouSection, k.HasMoU())
	show(f.underSection, k == model.AgreementPKS)
	for _, o := range f.pksOnly {
		show(o, k.HasPKS() || !k.Valid())
	}
	show(f.signedRow, k.HasPKS() || !k.Valid())
	f.articles.show(k)
	f.showParty()
	f.money.refresh()
}

// showParty shows the party fields the partner's kind needs.
func (f *agreementForm) showParty() {
	pt := f.v.partner(f.v.stored.PartnerID)
	person := pt != nil && pt.ActsForHimself()
	if person {
		f.personRows.Show()
		f.bodyRows.Hide()
		f.byProxy.Hide()
	} else {
		f.personRows.Hide()
		f.bodyRows.Show()
		f.byProxy.Show()
	}
}

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
	f.linkMatch.load(p, f.v.school)
	a := p.Agreement
	f.old = a
	selectValue(f.kind, model.AgreementKinds, a.Kind)
	m := a.MoU
	f.mouSchoolNumber.SetText(m.SchoolNumber)
	f.mouPartnerNumber.SetText(m.PartnerNumber)
	setDateValue(f.mouDate, m.Date)
	f.mouPlace.SetText(m.Place)
	setDateValue(f.mouStart, m.Start)
	setDateValue(f.mouEnd, m.End)
	setDateValue(f.mouSigned, m.SignedDate)
	f.loadUnder(p)
	f.schoolNumber.SetText(a.SchoolNumber)
	f.partnerNumber.SetText(a.PartnerNumber)
	setDateValue(f.date, a.Date)
	f.placeEntry.SetText(a.Place)
	setDateValue(f.start, a.Start)
	setDateValue(f.end, a.End)
	setInt(f.noticeDays, a.NoticeDays)
	f.schoolObligations.setValues(a.SchoolObligations)
	f.partnerObligation.setValues(a.PartnerObligations)
	f.money.load(a.Contributions)
	f.funding.SetText(a.Funding)
	f.committee.SetText(a.CommitteeNote)
	f.dispute.SetText(a.Dispute)
	f.forceMajeure.SetText(a.ForceMajeure)
	setInt(f.forceMajeureDays, a.ForceMajeureDays)
	setInt(f.originals, a.Originals)
	switch a.PersonalData {
	case model.AnswerYes:
		f.personalData.SetSelected(lang.L("answer.yes"))
	case model.AnswerNo:
		f.personalData.SetSelected(lang.L("answer.no"))
	default:
		f.personalData.SetSelected("")
	}
	if a.Monitoring == model.MonitoringSchool {
		f.monitoring.SetSelectedIndex(1)
	} else {
		f.monitoring.SetSelectedIndex(0)
	}
	f.legalName.SetText(a.PartnerLegalName)
	f.address.SetText(a.PartnerAddress)
	f.nik.SetText(a.PartnerNIK)
	f.occupation.SetText(a.PartnerOccupation)
	f.partnerNotice.SetText(a.PartnerNotice)
	setSignatory(f.schoolSign, a.SchoolSignatory)
	setSignatory(f.partnerSign, a.PartnerSignatory)
	f.byProxy.SetChecked(a.PartnerSignatory.ByProxy)
	f.witnesses.setValues(a.Witnesses)
	f.meterai.SetChecked(a.Meterai)
	setDateValue(f.signed, a.SignedDate)
	f.articles.load(a)
	f.showKind(a.Kind)
}

// loadUnder lists the MoUs of other partnerships with the same partner that a PKS of
// this one may carry out, from the register.
func (f *agreementForm) loadUnder(p model.Partnership) {
	f.underMoUs = nil
	options := []string{lang.L("agreement.under.none")}
	if p.PartnerID != "" {
		if all, err := f.v.g.db.Summaries(); err == nil {
			for _, s := range all {
				if s.ID == p.ID || s.PartnerID != p.PartnerID {
					continue
				}
				for _, l := range s.Letters {
					if l.Kind == string(model.DocMoU) && l.Number != "" {
						f.underMoUs = append(f.underMoUs, model.RegisterEntry{Letter: l, Partnership: s.ID, Title: s.Title})
						options = append(options, lang.L("agreement.under.option",
							map[string]string{"Number": l.Number, "Date": model.LongDate(l.Date), "Title": s.Title}))
					}
				}
			}
		}
	}
	on := f.under.OnChanged
	f.under.OnChanged = nil
	f.under.SetOptions(options)
	f.under.SetSelectedIndex(0)
	for i, m := range f.underMoUs {
		if p.Agreement.MoU.From == m.Partnership && model.SameNumber(p.Agreement.MoU.SchoolNumber, m.Number) {
			f.under.SetSelectedIndex(i + 1)
		}
	}
	f.under.OnChanged = on
	f.showUnder(p.Agreement.MoU)
}

// underChosen reads the MoU chosen from its partnership, for the PKS to name.
func (f *agreementForm) underChosen() {
	f.showUnder(f.chosenUnder())
}

// chosenUnder is the MoU the PKS carries out as chosen: a copy of the other
// partnership's MoU; zero when none is chosen.
func (f *agreementForm) chosenUnder() model.MoU {
	i := f.under.SelectedIndex() - 1
	if i < 0 || i >= len(f.underMoUs) {
		return model.MoU{}
	}
	e := f.underMoUs[i]
	if f.old.MoU.From == e.Partnership && model.SameNumber(f.old.MoU.SchoolNumber, e.Number) {
		return f.old.MoU
	}
	m := model.MoU{From: e.Partnership, SchoolNumber: e.Number, Date: e.Date}
	if other, err := f.v.g.db.Partnership(e.Partnership); err == nil {
		om := other.Agreement.MoU
		m.PartnerNumber, m.Date, m.Place, m.Start, m.End, m.SignedDate = om.PartnerNumber, om.Date, om.Place, om.Start, om.End, om.SignedDate
	}
	return m
}

func (f *agreementForm) showUnder(m model.MoU) {
	if m.From == "" {
		f.underLabel.Hide()
		return
	}
	text := lang.L("agreement.under.chosen", map[string]string{"Number": m.SchoolNumber, "Date": model.LongDate(m.Date)})
	if !m.Start.IsZero() && !m.End.IsZero() {
		text += " " + lang.L("agreement.under.term", map[string]string{"Start": model.LongDate(m.Start), "End": model.LongDate(m.End)})
	}
	f.underLabel.SetText(text)
	f.underLabel.Show()
}

// prefill fills the signatories and the party, when empty, from the school's
// principal and the chosen partner, once the partnership has reached this stage.
func (f *agreementForm) prefill(p model.Partnership) {
	if p.Stage < model.StagePerjanjian {
		return
	}
	a := p.Agreement
	if a.SchoolSignatory.Name == "" && f.v.school.PrincipalName != "" {
		setSignatory(f.schoolSign, model.Signatory{Name: f.v.school.PrincipalName,
			Position: lang.L("signatory.principal"), IDNumber: f.v.school.PrincipalNIP})
	}
	if pt := f.v.partner(p.PartnerID); pt != nil {
		if a.PartnerSignatory.Name == "" && pt.SignatoryName != "" {
			position := pt.SignatoryPosition
			if pt.ActsForHimself() {
				position = ""
			}
			setSignatory(f.partnerSign, model.Signatory{Name: pt.SignatoryFullName(), Position: position,
				IDNumber: pt.NIP, Authority: pt.Authority})
			f.byProxy.SetChecked(pt.ByProxy)
		}
		for _, e := range []struct {
			entry *widget.Entry
			have  string
			def   string
		}{{f.legalName, a.PartnerLegalName, pt.Party()}, {f.address, a.PartnerAddress, pt.Address},
			{f.nik, a.PartnerNIK, pt.NIK}, {f.occupation, a.PartnerOccupation, pt.Occupation}} {
			if e.have == "" && e.entry.Text == "" {
				e.entry.SetText(e.def)
			}
		}
		if a.PartnerNotice == "" && f.partnerNotice.Text == "" {
			f.partnerNotice.SetText(model.PartnerTerms(model.Agreement{}, *pt).Notice)
		}
	}
	if a.Originals == 0 {
		setInt(f.originals, 2)
	}
	f.showParty()
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
			f.fs.field(name).setError(lang.L("validation.wholenumber"))
		}
		return false
	}
	*n = v
	return true
}

func (f *agreementForm) readDate(name string, e *dateEntry, old time.Time, show bool) (time.Time, bool) {
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
	f.linkMatch.apply(p)
	a := &p.Agreement
	ok := true
	check := func(good bool) {
		ok = ok && good
	}
	date := func(name string, e *dateEntry, old time.Time) time.Time {
		t, good := f.readDate(name, e, old, show)
		check(good)
		return t
	}
	a.Kind = selectedOf(f.kind, model.AgreementKinds)
	switch {
	case a.Kind.HasMoU():
		a.MoU = model.MoU{
			SchoolNumber: strings.TrimSpace(f.mouSchoolNumber.Text), PartnerNumber: strings.TrimSpace(f.mouPartnerNumber.Text),
			Date: date("agreement.mou.date", f.mouDate, f.old.MoU.Date), Place: strings.TrimSpace(f.mouPlace.Text),
			Start:      date("agreement.mou.start", f.mouStart, f.old.MoU.Start),
			End:        date("agreement.mou.end", f.mouEnd, f.old.MoU.End),
			SignedDate: date("agreement.mou.signed_date", f.mouSigned, f.old.MoU.SignedDate),
		}
	case a.Kind == model.AgreementPKS:
		a.MoU = f.chosenUnder()
	default:
		a.MoU = f.old.MoU
	}
	a.SchoolNumber = strings.TrimSpace(f.schoolNumber.Text)
	a.PartnerNumber = strings.TrimSpace(f.partnerNumber.Text)
	a.Date = date("agreement.date", f.date, f.old.Date)
	a.Place = strings.TrimSpace(f.placeEntry.Text)
	a.Start = date("agreement.start", f.start, f.old.Start)
	a.End = date("agreement.end", f.end, f.old.End)
	check(f.readInt("agreement.notice_days", f.noticeDays, &a.NoticeDays, show))
	a.SchoolObligations = texts(f.schoolObligations)
	a.PartnerObligations = texts(f.partnerObligation)
	lines, good := f.money.values(show)
	check(good)
	a.Contributions = lines
	a.Funding = strings.TrimSpace(f.funding.Text)
	if show && a.Funding != f.old.Funding && model.MentionsAmount(a.Funding) {
		problems := model.ValidateEdit(model.Partnership{Agreement: f.old}, model.Partnership{Agreement: *a})
		if pr, found := problems.Field("agreement.funding"); found {
			f.fs.field("agreement.funding").setError(problemText(pr))
		}
		check(false)
	}
	a.CommitteeNote = strings.TrimSpace(f.committee.Text)
	a.Dispute = strings.TrimSpace(f.dispute.Text)
	a.ForceMajeure = strings.TrimSpace(f.forceMajeure.Text)
	check(f.readInt("agreement.force_majeure_days", f.forceMajeureDays, &a.ForceMajeureDays, show))
	check(f.readInt("agreement.originals", f.originals, &a.Originals, show))
	switch f.personalData.Selected {
	case lang.L("answer.yes"):
		a.PersonalData = model.AnswerYes
	case lang.L("answer.no"):
		a.PersonalData = model.AnswerNo
	default:
		a.PersonalData = ""
	}
	a.Monitoring = ""
	if f.monitoring.SelectedIndex() == 1 {
		a.Monitoring = model.MonitoringSchool
	}
	a.PartnerLegalName = strings.TrimSpace(f.legalName.Text)
	a.PartnerAddress = strings.TrimSpace(f.address.Text)
	a.PartnerNIK = strings.TrimSpace(f.nik.Text)
	a.PartnerOccupation = strings.TrimSpace(f.occupation.Text)
	a.PartnerNotice = strings.TrimSpace(f.partnerNotice.Text)
	a.SchoolSignatory = readSignatory(f.schoolSign)
	a.PartnerSignatory = readSignatory(f.partnerSign)
	a.PartnerSignatory.ByProxy = f.byProxy.Checked
	ws, _ := f.witnesses.peek()
	a.Witnesses = nil
	for _, w := range ws {
		if w.Name != "" || w.Position != "" || w.IDNumber != "" {
			a.Witnesses = append(a.Witnesses, w)
		}
	}
	a.Meterai = f.meterai.Checked
	a.SignedDate = date("agreement.signed_date", f.signed, f.old.SignedDate)
	a.Clauses, a.Articles = f.articles.own()
	check(f.articles.check(*a, show))
	a.LegacyFundingAmount = 0
	f.money.refresh()
	return ok
}

func (f *agreementForm) place(problems model.Problems) model.Problems {
	rest := f.linkMatch.place(f.fs.show(problems))
	return f.money.place(rest)
}

// agreementDate is the date the agreement Tandai ditandatangani signs bears: the
// PKS's, or the MoU's when stage 4 makes an MoU alone.
func (f *agreementForm) agreementDate() *dateEntry {
	if selectedOf(f.kind, model.AgreementKinds) == model.AgreementMoU {
		return f.mouDate
	}
	return f.date
}

// signingDate is the date field Tandai ditandatangani fills: the PKS's, or the MoU's
// when stage 4 makes an MoU alone.
func (f *agreementForm) signingDate() *dateEntry {
	if selectedOf(f.kind, model.AgreementKinds) == model.AgreementMoU {
		return f.mouSigned
	}
	return f.signed
}

func (f *agreementForm) meets(key string) fyne.CanvasObject {
	switch key {
	case "check.agreement.kind":
		return f.kind
	case "check.mou.numbers":
		return f.mouSchoolNumber
	case "check.mou.dateplace":
		return f.mouDate
	case "check.mou.period":
		return f.mouStart
	case "check.mou.signed":
		return f.mouSigned
	case "check.agreement.mouref":
		return f.under
	case "check.agreement.numbers":
		return f.schoolNumber
	case "check.agreement.dateplace":
		return f.date
	case "check.agreement.period", "check.agreement.withinmou":
		return f.start
	case "check.agreement.obligations":
		return f.schoolObligations.object()
	case "check.agreement.funding", "check.agreement.contributions":
		return f.money.object()
	case "check.agreement.fundingwords":
		return f.funding
	case "check.agreement.committee":
		return f.committee
	case "check.agreement.dispute":
		return f.dispute
	case "check.agreement.forcemajeure":
		return f.forceMajeure
	case "check.agreement.notice":
		return f.noticeDays
	case "check.agreement.personaldata", "check.agreement.pklpersonaldata":
		return f.personalData
	case "check.agreement.signatories":
		return f.schoolSign[0]
	case "check.agreement.party.person":
		return f.nik
	case "check.agreement.party.legalname":
		return f.legalName
	case "check.agreement.party.authority":
		return f.partnerSign[3]
	case "check.agreement.correspondence":
		return f.partnerNotice
	case "check.agreement.signed":
		return f.signed
	}
	return nil
}
