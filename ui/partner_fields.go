package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// The fields of a partner that its kind needs for an agreement's komparisi and a
// letter's form of address: a company's legal name (never a division), whether a
// business is a sole proprietorship; the signatory's name, titles and salutation; a
// person's NIK and occupation; a civil servant's NIP; the signatory's basis of
// authority and whether it is a power of attorney. Rows the kind does not need are
// hidden.

func (s *partnersScreen) addKindFields() {
	f := s.form
	s.legalName = f.entry("legal_name", lang.L("partner.legalname"), lang.L("partner.legalname.hint"))
	s.soleProprietor = widget.NewCheck(lang.L("partner.soleproprietor"), func(bool) { s.showKindFields() })
	f.add("sole_proprietor", "", s.soleProprietor, lang.L("partner.soleproprietor.hint"))
	s.titleFront = f.entry("title_front", lang.L("partner.titlefront"), lang.L("partner.titlefront.hint"))
	s.signatoryName = f.entry("signatory_name", lang.L("partner.signatory"), lang.L("partner.signatory.hint"))
	s.titleBack = f.entry("title_back", lang.L("partner.titleback"), lang.L("partner.titleback.hint"))
	s.salutation = widget.NewSelect(model.Salutations, nil)
	s.salutation.PlaceHolder = lang.L("form.choose")
	f.add("salutation", lang.L("partner.salutation"), s.salutation, lang.L("partner.salutation.hint"))
	s.signatoryPosition = f.entry("signatory_position", lang.L("partner.position"), lang.L("partner.position.hint"))
	s.nik = f.entry("nik", lang.L("partner.nik"), lang.L("partner.nik.hint"))
	s.occupation = f.entry("occupation", lang.L("partner.occupation"), "")
	s.nip = f.entry("nip", lang.L("partner.nip"), lang.L("partner.nip.hint"))
	s.authority = f.multiEntry("authority", lang.L("partner.authority"), lang.L("partner.authority.hint"), 2)
	s.byProxy = widget.NewCheck(lang.L("signatory.byproxy"), nil)
	f.add("by_proxy", "", s.byProxy, "")
}

// showKindFields shows the rows the partner's kind needs.
func (s *partnersScreen) showKindFields() {
	kind := selectedOf(s.kind, model.PartnerKinds)
	person := kind == model.KindIndividu || kind == model.KindBisnis && s.soleProprietor.Checked
	show := map[string]bool{
		"legal_name":         kind != model.KindIndividu && !person,
		"sole_proprietor":    kind == model.KindBisnis,
		"signatory_position": kind != model.KindIndividu,
		"nik":                person,
		"occupation":         person,
		"nip":                kind == model.KindPemerintah || kind == model.KindPerguruanTingi,
		"authority":          !person,
		"by_proxy":           !person,
	}
	for name, on := range show {
		fl := s.form.field(name)
		if on {
			fl.label.Show()
			fl.cell.Show()
		} else {
			fl.label.Hide()
			fl.cell.Hide()
		}
	}
	label := lang.L("partner.signatory")
	if kind == model.KindIndividu {
		label = lang.L("partner.person")
	}
	s.form.field("signatory_name").label.SetText(label)
}

func (s *partnersScreen) loadKindFields(p model.Partner) {
	s.legalName.SetText(p.LegalName)
	s.soleProprietor.SetChecked(p.SoleProprietor)
	s.titleFront.SetText(p.TitleFront)
	s.signatoryName.SetText(p.SignatoryName)
	s.titleBack.SetText(p.TitleBack)
	selectValue(s.salutation, model.Salutations, p.Salutation)
	s.signatoryPosition.SetText(p.SignatoryPosition)
	s.nik.SetText(p.NIK)
	s.occupation.SetText(p.Occupation)
	s.nip.SetText(p.NIP)
	s.authority.SetText(p.Authority)
	s.byProxy.SetChecked(p.ByProxy)
	s.showKindFields()
}

// readKindFields reads the rows the kind shows; a hidden row keeps its value, so that
// changing the kind back and forth loses nothing.
func (s *partnersScreen) readKindFields(p *model.Partner) {
	p.LegalName = strings.TrimSpace(s.legalName.Text)
	p.SoleProprietor = s.soleProprietor.Checked && p.Kind == model.KindBisnis
	p.TitleFront = strings.TrimSpace(s.titleFront.Text)
	p.SignatoryName = strings.TrimSpace(s.signatoryName.Text)
	p.TitleBack = strings.TrimSpace(s.titleBack.Text)
	p.Salutation = s.salutation.Selected
	p.SignatoryPosition = strings.TrimSpace(s.signatoryPosition.Text)
	p.NIK = strings.TrimSpace(s.nik.Text)
	p.Occupation = strings.TrimSpace(s.occupation.Text)
	p.NIP = strings.TrimSpace(s.nip.Text)
	p.Authority = strings.TrimSpace(s.authority.Text)
	p.ByProxy = s.byProxy.Checked
}
