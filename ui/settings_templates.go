package ui

import (
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// templatesView is Pengaturan → Template Pasal: the articles of agreements
// (pdf.ClauseNames) on the left, and on the right the wording of the one chosen —
// the school's, or else the default — in a clause editor: plain text with fields
// inserted from a list. Simpan checks the text by filling it in with sample data and
// saves nothing when it fails; Kembalikan ke bawaan removes the school's wording
// after asking.
type templatesView struct {
	g         *gui
	names     []string
	overrides map[string]string // the school's wording, as stored
	current   int               // index in names of the article shown; -1 none

	list    *widget.List
	title   *widget.Label
	state   *widget.Label
	editor  *clauseEditor
	status  *widget.Label
	save    *widget.Button
	reset   *widget.Button
	content fyne.CanvasObject
}

// templatesPanel is the Template Pasal tab of Pengaturan.
func templatesPanel(g *gui) (settingsPanel, bool) {
	v := newTemplatesView(g)
	return settingsPanel{title: lang.L("templates.tab"), object: v.content}, true
}

func newTemplatesView(g *gui) *templatesView {
	v := &templatesView{g: g, names: pdf.ClauseNames(), current: -1}
	v.list = widget.NewList(
		func() int { return len(v.names) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, widget.NewIcon(nil), l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			name := v.names[i]
			c.Objects[0].(*widget.Label).SetText(templateLabel(name))
			var icon fyne.Resource
			if _, ok := v.overrides[name]; ok {
				icon = theme.DocumentCreateIcon() // the school's own wording
			}
			c.Objects[1].(*widget.Icon).SetResource(icon)
		})
	v.list.OnSelected = func(i widget.ListItemID) { v.choose(i) }

	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.state = widget.NewLabel("")
	v.state.SizeName = theme.SizeNameCaptionText
	v.editor = newClauseEditor("", 8, func(string) { v.status.SetText("") })
	v.status = widget.NewLabel("")
	v.save = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() { v.saveCurrent() })
	v.save.Importance = widget.HighImportance
	v.reset = widget.NewButtonWithIcon(lang.L("templates.reset"), theme.ContentUndoIcon(), v.confirmReset)
	help := widget.NewLabel(lang.L("templates.help"))
	help.Wrapping = fyne.TextWrapWord
	help.SizeName = theme.SizeNameCaptionText
	helpCard := widget.NewCard("", lang.L("templates.help.title"), help)

	top := container.NewVBox(v.title, v.state, container.NewHBox(v.editor.insert))
	bottom := container.NewVBox(v.editor.problem, container.NewHBox(v.save, v.reset, v.status))
	editor := container.NewBorder(top, bottom, nil, nil, container.NewBorder(v.editor.legacy, nil, nil, nil, v.editor.entry))
	right := container.NewVSplit(editor, container.NewVScroll(helpCard))
	right.Offset = 0.72
	intro := widget.NewLabel(lang.L("templates.intro"))
	intro.Wrapping = fyne.TextWrapWord
	split := container.NewHSplit(v.list, right)
	split.Offset = 0.3
	v.content = container.NewBorder(intro, nil, nil, nil, split)
	v.load()
	v.list.Select(0)
	v.list.ScrollToTop()
	return v
}

// templateLabel names an article to a person: "Pasal 9 Keadaan Kahar".
func templateLabel(name string) string {
	for i, a := range pdf.PKSArticles {
		if a.Name == name {
			return lang.L("templates.pks", map[string]any{"N": i + 1, "Heading": lang.X("article."+a.Name, a.Heading)})
		}
	}
	for i, a := range pdf.MoUArticles {
		if a.Name == name {
			return lang.L("templates.mou", map[string]any{"N": i + 1, "Heading": lang.X("article."+a.Name, a.Heading)})
		}
	}
	return lang.X("templates.name."+name, pdf.ClauseTitle(name))
}

// load reads the school's wording again.
func (v *templatesView) load() {
	m, err := v.g.db.SchoolClauses()
	if err != nil {
		v.g.showError("error.read", err)
		m = map[string]string{}
	}
	v.overrides = m
	v.list.Refresh()
}

// text is the wording in force for the school: its own, else the default.
func (v *templatesView) text(name string) string {
	return pdf.Wording{School: v.overrides}.Inherited(name)
}

func (v *templatesView) choose(i int) {
	if i < 0 || i >= len(v.names) {
		return
	}
	v.current = i
	name := v.names[i]
	v.title.SetText(templateLabel(name))
	v.editor.name = name
	v.editor.setText(v.text(name))
	v.status.SetText("")
	v.showState()
}

func (v *templatesView) showState() {
	name := v.names[v.current]
	if _, ok := v.overrides[name]; ok {
		v.state.SetText(lang.L("templates.state.school"))
		v.reset.Enable()
	} else {
		v.state.SetText(lang.L("templates.state.default"))
		v.reset.Disable()
	}
	setEnabled(v.save, clause.Plain(v.editor.text()))
}

// saveCurrent checks the editor's text and saves it as the school's wording; the
// default text saved as is removes the school's wording instead.
func (v *templatesView) saveCurrent() bool {
	if v.current < 0 {
		return false
	}
	name := v.names[v.current]
	text := v.editor.text()
	trial := make(map[string]string, len(v.overrides)+1)
	for k, t := range v.overrides {
		trial[k] = t
	}
	trial[name] = text
	if err := checkClauses(trial, model.Agreement{}); err != nil {
		v.showProblem(err)
		return false
	}
	if text == pdf.DefaultClause(name) {
		text = "" // the default, not a copy of it that would not follow a new default
	}
	if err := v.g.db.SaveSchoolClause(name, text); err != nil {
		v.g.showError("error.save", err)
		return false
	}
	v.load()
	v.showState()
	v.status.Importance = widget.SuccessImportance
	v.status.SetText(lang.L("templates.saved"))
	v.g.partnerships.updatePrintState()
	return true
}

// showProblem shows at the editor what is wrong, naming the article and line.
func (v *templatesView) showProblem(err error) {
	v.editor.problem.SetText(clauseProblem(err))
	v.editor.problem.Show()
	v.status.Importance = widget.DangerImportance
	v.status.SetText(lang.L("templates.notsaved"))
}

func (v *templatesView) confirmReset() {
	if v.current < 0 {
		return
	}
	name := v.names[v.current]
	d := dialog.NewConfirm(lang.L("templates.reset.title"),
		lang.L("templates.reset.question", map[string]string{"Name": templateLabel(name)}),
		func(ok bool) {
			if ok {
				v.resetCurrent()
			}
		}, v.g.win)
	d.SetConfirmText(lang.L("templates.reset"))
	d.SetDismissText(lang.L("action.cancel"))
	d.Show()
}

// resetCurrent removes the school's wording of the article shown.
func (v *templatesView) resetCurrent() {
	name := v.names[v.current]
	if err := v.g.db.SaveSchoolClause(name, ""); err != nil {
		v.g.showError("error.save", err)
		return
	}
	v.load()
	v.choose(v.current)
	v.status.Importance = widget.SuccessImportance
	v.status.SetText(lang.L("templates.resetdone"))
}

// checkClauses checks the wording of every article — the school's and an agreement's
// own over the defaults — and fills it in with sample data for both a PKS and an MoU:
// a *pdf.ClauseError names the article and line that fail.
func checkClauses(school map[string]string, own model.Agreement) error {
	for name, text := range school {
		if err := pdf.CheckClause(name, text); err != nil {
			return err
		}
	}
	in := sampleAgreement()
	in.Clauses = school
	in.Partnership.Agreement.Clauses, in.Partnership.Agreement.Articles = own.Clauses, own.Articles
	if _, err := pdf.WritePKS(io.Discard, in); err != nil {
		return err
	}
	in.Partnership.Agreement.Kind = model.AgreementMoU
	_, err := pdf.WriteMoU(io.Discard, in)
	return err
}

// sampleAgreement is a complete agreement to try wordings with.
func sampleAgreement() pdf.Agreement {
	day := time.Date(2026, time.November, 26, 9, 0, 0, 0, time.UTC)
	school := model.School{Name: "SMP Negeri 1 Contoh", NPSN: "20219123", Address: "Jl. Contoh No. 1", City: "Bandung",
		PrincipalName: "Dra. Siti Aminah, M.Pd.", PrincipalNIP: "196805121994032005", Paper: model.PaperA4}
	partner := model.Partner{Name: "PT Contoh Sejahtera", Kind: model.KindBisnis, LegalName: "PT Contoh Sejahtera",
		Address: "Jl. Mitra No. 2, Bandung", SignatoryName: "Budi Santoso", SignatoryPosition: "Direktur"}
	ps := model.Partnership{Title: "Pelatihan Literasi Digital Guru",
		Need: model.Need{Category: model.NeedProfesional, Description: "Guru membutuhkan pelatihan literasi digital."},
		Proposal: model.Proposal{Objectives: "Meningkatkan literasi digital guru.", Targets: "30 guru",
			Activities: "Pelatihan\nPendampingan", SchoolRoles: []string{"Menyiapkan peserta"}, PartnerRoles: []string{"Menyediakan pelatih"},
			Indicators: []model.Indicator{{Name: "Guru terlatih", Target: 30, Unit: "orang"}},
			Budget:     []model.BudgetItem{{Item: "Konsumsi", Amount: 1_500_000, PaidBy: model.PartyPartner}}},
		Agreement: model.Agreement{Kind: model.AgreementPKS, SchoolNumber: "421.3/001/SMPN1/2026", PartnerNumber: "001/PKS/2026",
			Date: day, Place: "Bandung", Start: day, End: day.AddDate(1, 0, -1), NoticeDays: 30,
			MoU:               model.MoU{SchoolNumber: "421.3/000/SMPN1/2026", PartnerNumber: "000/MOU/2026", Date: day, Start: day, End: day.AddDate(2, 0, -1)},
			SchoolObligations: []string{"Menyiapkan tempat"}, PartnerObligations: []string{"Menyediakan pelatih"},
			Contributions: []model.Contribution{{From: model.GiverPartner, Kind: model.ContribBantuan, What: "Honor pelatih", Amount: 5_000_000, Due: day}},
			Funding:       "Dana disalurkan melalui rekening sekolah.", Dispute: "Musyawarah.", ForceMajeure: "Bencana alam.",
			ForceMajeureDays: 14, Originals: 2, PersonalData: model.AnswerYes,
			SchoolSignatory:  model.Signatory{Name: "Dra. Siti Aminah, M.Pd.", Position: "Kepala Sekolah"},
			PartnerSignatory: model.Signatory{Name: "Budi Santoso", Position: "Direktur", Authority: "Anggaran Dasar"}},
		EvaluationMonths: 3,
	}
	return pdf.Agreement{School: school, Partner: partner, Partnership: ps}
}
