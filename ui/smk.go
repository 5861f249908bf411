package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/kemitraan/kemitraan/model"
)

// What the window shows only to a vocational school (SMK, issue #15): the kompetensi
// keahlian in Profil Sekolah (smk_profile.go), Data DUDI in Mitra (smk_partner.go),
// link and match in stage 4 (smk_linkmatch.go), its coverage on Beranda
// (smk_beranda.go), the PKL dan Siswa tab of a partnership (smk_pkl.go) and the
// Dapodik export in Pengaturan → Data (smk_data.go). A school of another level sees
// none of it.

// isSMK reports whether the school's profile says it is an SMK; a profile that
// cannot be read is no SMK (the screens that read it say why).
func (g *gui) isSMK() bool {
	school, err := g.db.School()
	return err == nil && school.IsSMK()
}

// schoolLevelChanged brings the screens up to date after the profile was saved: the
// school may have become an SMK, or stopped being one.
func (g *gui) schoolLevelChanged() {
	g.partners.readSchoolLevel()
	if v := g.partnerships.detail; v != nil {
		v.smkChanged()
	}
	if g.data != nil {
		g.data.showSMK()
	}
}

// addPKLTab adds the PKL dan Siswa tab to a stored partnership of an SMK.
func (v *partnershipView) addPKLTab(id model.ID) {
	if id == "" || v.pkl != nil || !v.g.isSMK() {
		return
	}
	v.pkl = newPKLPanel(v, id)
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("smk.pkl.tab"), theme.AccountIcon(), container.NewVScroll(v.pkl.object())))
}

// smkChanged follows a change of the school's level: the link-and-match section and
// the PKL dan Siswa tab show for an SMK (the tab of a partnership opened before stays
// until another is opened).
func (v *partnershipView) smkChanged() {
	if school, err := v.g.db.School(); err == nil {
		v.school = school
	}
	v.agree.linkMatch.schoolChanged(v.school)
	if v.stored.ID != "" && v.timeline != nil {
		v.addPKLTab(v.stored.ID)
	}
}
