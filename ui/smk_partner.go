package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Data DUDI, in Mitra: what an SMK records of a business or industry partner beyond
// any partner, as Dapodik's DUDI screen asks for it (model.DUDI). The rows show only
// when the school is an SMK, for a business partner, or for another partner that
// takes students on PKL (a hospital for a health SMK) once "Catat sebagai DUDI" is
// ticked. A partner of another school keeps what it has, unseen.

// dudiFields are the rows of the section, by the model's field names; the first
// two are the heading and the tick.
var dudiFields = []string{"dudi", "dudi.as_dudi", "dudi.npwp", "dudi.bidang_usaha", "dudi.scale",
	"dudi.address.alamat_jalan", "dudi.address.rt", "dudi.address.rw", "dudi.address.dusun",
	"dudi.address.desa_kelurahan", "dudi.address.kecamatan", "dudi.address.kabupaten_kota",
	"dudi.address.provinsi", "dudi.address.kode_pos", "dudi.lintang", "dudi.bujur",
	"dudi.contact_phone", "dudi.contact_position", "dudi.fax", "dudi.website"}

// dudiForm holds the section's inputs.
type dudiForm struct {
	asDUDI      *widget.Check
	npwp        *widget.Entry
	bidangUsaha *widget.Entry
	scale       *widget.Select
	alamat      *widget.Entry
	rt, rw      *widget.Entry
	dusun       *widget.Entry
	desa        *widget.Entry
	kecamatan   *widget.Entry
	kabupaten   *widget.Entry
	provinsi    *widget.Entry
	kodePos     *widget.Entry
	lintang     *widget.Entry
	bujur       *widget.Entry
	cpPhone     *widget.Entry
	cpPosition  *widget.Entry
	fax         *widget.Entry
	website     *widget.Entry
}

func scaleLabel(s model.BusinessScale) string { return lang.X("scale."+string(s), s.Label()) }

// addDUDIFields adds the section's rows to the partner form.
func (s *partnersScreen) addDUDIFields() {
	f := s.form
	d := &s.dudi
	heading := widget.NewLabelWithStyle(lang.L("smk.dudi.section"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.add("dudi", "", heading, lang.L("smk.dudi.hint"))
	d.asDUDI = widget.NewCheck(lang.L("smk.dudi.as"), func(bool) { s.showDUDIFields() })
	f.add("dudi.as_dudi", "", d.asDUDI, lang.L("smk.dudi.as.hint"))
	d.npwp = f.entry("dudi.npwp", lang.L("smk.dudi.npwp"), lang.L("smk.dudi.npwp.hint"))
	d.bidangUsaha = f.entry("dudi.bidang_usaha", lang.L("smk.dudi.bidang"), lang.L("smk.dudi.bidang.hint"))
	d.scale = widget.NewSelect(labelsOf(model.BusinessScales, scaleLabel), nil)
	d.scale.PlaceHolder = lang.L("form.choose")
	scaleField := f.add("dudi.scale", lang.L("smk.dudi.scale"), d.scale, "")
	d.scale.OnChanged = func(string) { scaleField.setError("") }
	d.alamat = f.entry("dudi.address.alamat_jalan", lang.L("smk.dudi.street"), lang.L("smk.dudi.street.hint"))
	d.rt = f.entry("dudi.address.rt", lang.L("smk.dudi.rt"), "")
	d.rw = f.entry("dudi.address.rw", lang.L("smk.dudi.rw"), "")
	d.dusun = f.entry("dudi.address.dusun", lang.L("smk.dudi.dusun"), "")
	d.desa = f.entry("dudi.address.desa_kelurahan", lang.L("smk.dudi.desa"), "")
	d.kecamatan = f.entry("dudi.address.kecamatan", lang.L("smk.dudi.kecamatan"), "")
	d.kabupaten = f.entry("dudi.address.kabupaten_kota", lang.L("smk.dudi.kabupaten"), lang.L("smk.dudi.kabupaten.hint"))
	d.provinsi = f.entry("dudi.address.provinsi", lang.L("smk.dudi.provinsi"), "")
	d.kodePos = f.entry("dudi.address.kode_pos", lang.L("smk.dudi.kodepos"), "")
	d.lintang = f.entry("dudi.lintang", lang.L("smk.dudi.lintang"), lang.L("smk.dudi.lintang.hint"))
	d.bujur = f.entry("dudi.bujur", lang.L("smk.dudi.bujur"), "")
	d.cpPhone = f.entry("dudi.contact_phone", lang.L("smk.dudi.cpphone"), lang.L("smk.dudi.cpphone.hint"))
	d.cpPosition = f.entry("dudi.contact_position", lang.L("smk.dudi.cpposition"), "")
	d.fax = f.entry("dudi.fax", lang.L("smk.dudi.fax"), "")
	d.website = f.entry("dudi.website", lang.L("smk.dudi.website"), "")
}

// readSchoolLevel reads whether the school is an SMK, for the section; a profile that
// cannot be read shows no section (the other screens say why).
func (s *partnersScreen) readSchoolLevel() {
	school, err := s.g.db.School()
	s.smk = err == nil && school.IsSMK()
	s.showDUDIFields()
}

// showDUDIFields shows the section when the school is an SMK and the partner is a
// DUDI (a business, or ticked as one).
func (s *partnersScreen) showDUDIFields() {
	kind := selectedOf(s.kind, model.PartnerKinds)
	business := kind == model.KindBisnis
	on := s.smk && (business || s.dudi.asDUDI.Checked)
	for _, name := range dudiFields {
		fl := s.form.field(name)
		show := on
		switch name {
		case "dudi":
			show = s.smk && (business || kind != "")
		case "dudi.as_dudi":
			show = s.smk && !business && kind != ""
		}
		setVisible(fl.label, show)
		setVisible(fl.cell, show)
	}
}

// loadDUDIFields puts the partner's DUDI data in the section.
func (s *partnersScreen) loadDUDIFields(p model.Partner) {
	d, x := &s.dudi, p.DUDIData()
	d.asDUDI.SetChecked(!x.IsZero())
	d.npwp.SetText(x.NPWP.String())
	d.bidangUsaha.SetText(x.BidangUsaha)
	selectValue(d.scale, model.BusinessScales, x.Scale)
	a := x.Address
	d.alamat.SetText(a.AlamatJalan)
	d.rt.SetText(a.RT)
	d.rw.SetText(a.RW)
	d.dusun.SetText(a.Dusun)
	d.desa.SetText(a.DesaKelurahan)
	d.kecamatan.SetText(a.Kecamatan)
	d.kabupaten.SetText(a.KabupatenKota)
	d.provinsi.SetText(a.Provinsi)
	d.kodePos.SetText(a.KodePos)
	d.lintang.SetText(x.Lintang)
	d.bujur.SetText(x.Bujur)
	d.cpPhone.SetText(x.ContactPhone)
	d.cpPosition.SetText(x.ContactPosition)
	d.fax.SetText(x.Fax)
	d.website.SetText(x.Website)
	s.showDUDIFields()
}

// readDUDIFields writes the section into p. A section not shown changes nothing: a
// partner of a school that is no SMK keeps what it has. An NPWP that cannot be read
// is kept as typed, so that Validate says what is wrong with it at its field.
func (s *partnersScreen) readDUDIFields(p *model.Partner) {
	d := &s.dudi
	if !s.smk || p.Kind != model.KindBisnis && !d.asDUDI.Checked {
		if s.smk && p.Kind != model.KindBisnis {
			p.SetDUDI(model.DUDI{}) // not a DUDI (any more): its data go
		}
		return
	}
	x := p.DUDIData()
	n, err := model.ParseNPWP(d.npwp.Text)
	if err != nil {
		n = model.NPWP(strings.TrimSpace(d.npwp.Text))
	}
	x.NPWP = n
	x.BidangUsaha = strings.TrimSpace(d.bidangUsaha.Text)
	x.Scale = selectedOf(d.scale, model.BusinessScales)
	x.Address = model.AddressParts{
		AlamatJalan: strings.TrimSpace(d.alamat.Text), RT: strings.TrimSpace(d.rt.Text), RW: strings.TrimSpace(d.rw.Text),
		Dusun: strings.TrimSpace(d.dusun.Text), DesaKelurahan: strings.TrimSpace(d.desa.Text),
		Kecamatan: strings.TrimSpace(d.kecamatan.Text), KabupatenKota: strings.TrimSpace(d.kabupaten.Text),
		Provinsi: strings.TrimSpace(d.provinsi.Text), KodePos: strings.TrimSpace(d.kodePos.Text),
	}
	x.Lintang = strings.TrimSpace(d.lintang.Text)
	x.Bujur = strings.TrimSpace(d.bujur.Text)
	x.ContactPhone = strings.TrimSpace(d.cpPhone.Text)
	x.ContactPosition = strings.TrimSpace(d.cpPosition.Text)
	x.Fax = strings.TrimSpace(d.fax.Text)
	x.Website = strings.TrimSpace(d.website.Text)
	p.SetDUDI(x)
}
