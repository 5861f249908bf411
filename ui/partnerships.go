package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// partnershipsScreen (Kemitraan) lists the partnerships, newest change first, and
// edits one at a time; from here the request letter is printed.
type partnershipsScreen struct {
	g *gui

	all       []model.Partnership
	partners  []model.Partner // the partner select's options after the "none" option
	partnerBy map[model.ID]model.Partner
	current   model.Partnership // as stored; ID empty when new

	list      *widget.List
	empty     *widget.Label
	newButton *widget.Button

	form         *fieldSet
	heading      *widget.Label
	title        *widget.Entry
	category     *widget.Select
	need         *widget.Entry
	partner      *widget.Select
	stage        *widget.Select
	status       *widget.Select
	letters      *widget.Label
	saveButton   *widget.Button
	deleteButton *widget.Button
	printButton  *widget.Button
	printNote    *widget.Label
	saveStatus   *widget.Label

	content fyne.CanvasObject
}

func newPartnershipsScreen(g *gui) *partnershipsScreen {
	s := &partnershipsScreen{g: g, form: newFieldSet(), partnerBy: map[model.ID]model.Partner{}}

	s.list = widget.NewList(
		func() int { return len(s.all) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.TextStyle = fyne.TextStyle{Bold: true}
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, detail)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(s.all) {
				return
			}
			p := s.all[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(p.Title)
			c.Objects[1].(*widget.Label).SetText(s.rowDetail(p))
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(s.all) {
			s.edit(s.all[id])
		}
	}
	s.empty = widget.NewLabel(lang.L("partnership.none"))
	s.empty.Wrapping = fyne.TextWrapWord
	s.newButton = widget.NewButtonWithIcon(lang.L("partnership.new"), theme.ContentAddIcon(), s.startNew)
	left := container.NewBorder(s.newButton, nil, nil, nil, container.NewStack(s.list, container.NewVBox(s.empty)))

	f := s.form
	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.heading.Truncation = fyne.TextTruncateEllipsis
	s.title = f.entry("title", lang.L("partnership.title"), lang.L("partnership.title.hint"))
	s.category = widget.NewSelect(labelsOf(model.NeedCategories, needLabel), nil)
	s.category.PlaceHolder = lang.L("form.choose")
	catField := f.add("category", lang.L("partnership.category"), s.category, "")
	s.category.OnChanged = func(string) { catField.setError("") }
	s.need = f.multiEntry("need", lang.L("partnership.need"), lang.L("partnership.need.hint"), 3)

	s.partner = widget.NewSelect(nil, nil)
	s.partner.PlaceHolder = lang.L("form.choose")
	newPartner := widget.NewButtonWithIcon(lang.L("partnership.newpartner"), theme.ContentAddIcon(), func() {
		g.show(tabMitra)
		g.partners.startNew()
	})
	f.add("partner", lang.L("partnership.partner"), container.NewBorder(nil, nil, nil, newPartner, s.partner), "")

	s.stage = widget.NewSelect(labelsOf(model.Stages, stageLabel), nil)
	stageField := f.add("stage", lang.L("partnership.stage"), s.stage, "")
	s.stage.OnChanged = func(string) { stageField.setError("") }
	s.status = widget.NewSelect(labelsOf(model.Statuses, statusLabel), nil)
	statusField := f.add("status", lang.L("partnership.status"), s.status, "")
	s.status.OnChanged = func(string) { statusField.setError("") }

	s.letters = widget.NewLabel("")
	s.letters.Wrapping = fyne.TextWrapWord
	f.add("letters", lang.L("partnership.letters"), s.letters, "")

	s.saveButton = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), s.save)
	s.saveButton.Importance = widget.HighImportance
	s.deleteButton = widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), s.confirmDelete)
	s.deleteButton.Importance = widget.DangerImportance
	s.printButton = widget.NewButtonWithIcon(lang.L("letter.print"), theme.DocumentPrintIcon(), s.printRequestLetter)
	s.printNote = widget.NewLabel("")
	s.printNote.Wrapping = fyne.TextWrapWord
	s.printNote.TextStyle = fyne.TextStyle{Italic: true}
	s.saveStatus = widget.NewLabel("")
	buttons := container.NewHBox(s.saveButton, s.deleteButton, widget.NewSeparator(), s.printButton, s.saveStatus)

	right := container.NewBorder(s.heading,
		container.NewVBox(widget.NewSeparator(), buttons, s.printNote), nil, nil,
		container.NewVScroll(f.object()))
	split := container.NewHSplit(left, right)
	split.Offset = 0.36
	s.content = split
	s.edit(model.NewPartnership())
	return s
}

func (s *partnershipsScreen) object() fyne.CanvasObject { return s.content }

// rowDetail is the second line of a list row: "1/7 Identifikasi Kebutuhan · Mitra · Draft".
func (s *partnershipsScreen) rowDetail(p model.Partnership) string {
	parts := []string{stageLabel(p.Stage)}
	if pt, ok := s.partnerBy[p.PartnerID]; ok && p.PartnerID != "" {
		parts = append(parts, pt.Name)
	} else {
		parts = append(parts, lang.L("partnership.nopartner.short"))
	}
	parts = append(parts, statusLabel(p.Status))
	return strings.Join(parts, " · ")
}

// refresh reads partners and partnerships again, keeping the form as it is.
func (s *partnershipsScreen) refresh() {
	s.refreshPartners()
	all, err := s.g.db.Partnerships()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].UpdatedAt.After(all[j].UpdatedAt) })
	s.all = all
	if len(all) == 0 {
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
	on := s.list.OnSelected
	s.list.OnSelected = nil
	s.list.UnselectAll()
	for i, p := range all {
		if p.ID != "" && p.ID == s.current.ID {
			s.list.Select(i)
		}
	}
	s.list.OnSelected = on
	s.list.Refresh()
	s.updatePrintState()
}

// refreshPartners reloads the partner select's options, keeping the choice.
func (s *partnershipsScreen) refreshPartners() {
	partners, err := s.g.db.Partners()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	chosen := s.chosenPartner()
	s.partners = partners
	s.partnerBy = make(map[model.ID]model.Partner, len(partners))
	options := []string{lang.L("partnership.nopartner")}
	for _, p := range partners {
		s.partnerBy[p.ID] = p
		options = append(options, p.Name+" ("+kindLabel(p.Kind)+")")
	}
	s.partner.SetOptions(options)
	s.selectPartner(chosen)
	s.list.Refresh()
}

// chosenPartner is the partner chosen in the form, "" for none.
func (s *partnershipsScreen) chosenPartner() model.ID {
	i := s.partner.SelectedIndex()
	if i <= 0 || i > len(s.partners) {
		return ""
	}
	return s.partners[i-1].ID
}

func (s *partnershipsScreen) selectPartner(id model.ID) {
	for i, p := range s.partners {
		if p.ID == id && id != "" {
			s.partner.SetSelectedIndex(i + 1)
			return
		}
	}
	s.partner.SetSelectedIndex(0)
}

// startNew empties the form for a new partnership.
func (s *partnershipsScreen) startNew() {
	on := s.list.OnSelected
	s.list.OnSelected = nil
	s.list.UnselectAll()
	s.list.OnSelected = on
	s.edit(model.NewPartnership())
	focus(s.g.win, s.title)
}

// edit puts p in the form.
func (s *partnershipsScreen) edit(p model.Partnership) {
	s.current = p
	if p.ID == "" {
		s.heading.SetText(lang.L("partnership.heading.new"))
		s.deleteButton.Disable()
	} else {
		s.heading.SetText(p.Title)
		s.deleteButton.Enable()
	}
	s.title.SetText(p.Title)
	if i := indexOf(model.NeedCategories, p.Need.Category); i >= 0 {
		s.category.SetSelectedIndex(i)
	} else {
		s.category.ClearSelected()
	}
	s.need.SetText(p.Need.Description)
	s.selectPartner(p.PartnerID)
	if i := indexOf(model.Stages, p.Stage); i >= 0 {
		s.stage.SetSelectedIndex(i)
	} else {
		s.stage.ClearSelected()
	}
	if i := indexOf(model.Statuses, p.Status); i >= 0 {
		s.status.SetSelectedIndex(i)
	} else {
		s.status.ClearSelected()
	}
	s.showLetters(p)
	s.form.clear()
	s.saveStatus.SetText("")
	s.updatePrintState()
}

// showLetters lists the letters printed for p.
func (s *partnershipsScreen) showLetters(p model.Partnership) {
	if len(p.Letters) == 0 {
		s.letters.SetText(lang.L("partnership.letters.none"))
		return
	}
	var lines []string
	for _, l := range p.Letters {
		lines = append(lines, lang.L("partnership.letters.line", map[string]string{
			"Kind": lang.X("letter.kind."+l.Kind, l.Kind), "Number": l.Number,
			"Date": model.LongDate(l.Date), "Code": l.Code,
		}))
	}
	s.letters.SetText(strings.Join(lines, "\n"))
}

// fromForm is the partnership as the form holds it.
func (s *partnershipsScreen) fromForm() model.Partnership {
	p := s.current
	p.Title = strings.TrimSpace(s.title.Text)
	p.Need.Category = ""
	if i := s.category.SelectedIndex(); i >= 0 && i < len(model.NeedCategories) {
		p.Need.Category = model.NeedCategories[i]
	}
	p.Need.Description = strings.TrimSpace(s.need.Text)
	p.PartnerID = s.chosenPartner()
	p.Stage = 0
	if i := s.stage.SelectedIndex(); i >= 0 && i < len(model.Stages) {
		p.Stage = model.Stages[i]
	}
	p.Status = ""
	if i := s.status.SelectedIndex(); i >= 0 && i < len(model.Statuses) {
		p.Status = model.Statuses[i]
	}
	return p
}

// save validates and saves the partnership in the form.
func (s *partnershipsScreen) save() {
	p := s.fromForm()
	if problems := p.Validate(); len(problems) > 0 {
		if rest := s.form.show(problems); len(rest) > 0 {
			s.g.showError("error.invalid", rest)
		}
		s.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		return
	}
	s.form.clear()
	if err := s.g.db.SavePartnership(&p); err != nil {
		s.g.showError("error.save", err)
		return
	}
	if stored, err := s.g.db.Partnership(p.ID); err == nil {
		p = stored
	}
	s.edit(p)
	s.setStatus(lang.L("form.saved"), widget.SuccessImportance)
	s.refresh()
	s.g.home.refresh()
}

func (s *partnershipsScreen) setStatus(text string, imp widget.Importance) {
	s.saveStatus.Importance = imp
	s.saveStatus.SetText(text)
}

// confirmDelete asks before deleting the partnership in the form.
func (s *partnershipsScreen) confirmDelete() {
	p := s.current
	if p.ID == "" {
		return
	}
	d := dialog.NewConfirm(lang.L("partnership.delete.title"),
		lang.L("partnership.delete.question", map[string]string{"Title": p.Title}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := s.g.db.DeletePartnership(p.ID); err != nil {
				s.g.showError("error.delete", err)
				return
			}
			s.edit(model.NewPartnership())
			s.setStatus(lang.L("form.deleted"), widget.MediumImportance)
			s.refresh()
			s.g.home.refresh()
		}, s.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// updatePrintState enables Cetak surat permohonan when the stored partnership has a
// partner and the school's profile is saved, and otherwise says what is missing.
func (s *partnershipsScreen) updatePrintState() {
	missing := ""
	switch {
	case s.current.ID == "":
		missing = lang.L("letter.missing.saved")
	case s.current.PartnerID == "":
		missing = lang.L("letter.missing.partner")
	default:
		school, err := s.g.db.School()
		if err != nil || school.IsZero() {
			missing = lang.L("letter.missing.school")
		}
	}
	if missing != "" {
		s.printButton.Disable()
		s.printNote.SetText(missing)
		return
	}
	s.printButton.Enable()
	s.printNote.SetText(lang.L("letter.ready", map[string]string{"Dir": s.g.opts.DocumentsDir}))
}
