package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// partnersScreen (Mitra) lists the school's partners and edits one at a time.
type partnersScreen struct {
	g *gui

	all     []model.Partner // from the store, sorted by name
	shown   []model.Partner // all, filtered by the search
	current model.Partner   // the partner in the form; ID empty when new

	search    *widget.Entry
	newButton *widget.Button
	list      *widget.List
	empty     *widget.Label

	form              *fieldSet
	heading           *widget.Label
	name              *widget.Entry
	kind              *widget.Select
	address           *widget.Entry
	contactPerson     *widget.Entry
	phone             *widget.Entry
	email             *widget.Entry
	signatoryName     *widget.Entry
	signatoryPosition *widget.Entry
	saveButton        *widget.Button
	deleteButton      *widget.Button
	status            *widget.Label

	content fyne.CanvasObject
}

func newPartnersScreen(g *gui) *partnersScreen {
	s := &partnersScreen{g: g, form: newFieldSet()}

	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.L("partner.search"))
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = func(string) { s.filter() }
	s.list = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.TextStyle = fyne.TextStyle{Bold: true}
			name.Truncation = fyne.TextTruncateEllipsis
			kind := widget.NewLabel("")
			kind.TextStyle = fyne.TextStyle{Italic: true}
			return container.NewBorder(nil, nil, nil, kind, name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(s.shown) {
				return
			}
			p := s.shown[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(p.Name)
			c.Objects[1].(*widget.Label).SetText(kindLabel(p.Kind))
		})
	s.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(s.shown) {
			s.edit(s.shown[id])
		}
	}
	s.empty = widget.NewLabel(lang.L("partner.none"))
	s.empty.Wrapping = fyne.TextWrapWord
	s.newButton = widget.NewButtonWithIcon(lang.L("partner.new"), theme.ContentAddIcon(), s.startNew)
	left := container.NewBorder(container.NewVBox(s.newButton, s.search), nil, nil, nil, container.NewStack(s.list, container.NewVBox(s.empty)))

	f := s.form
	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.name = f.entry("name", lang.L("partner.name"), "")
	s.kind = widget.NewSelect(labelsOf(model.PartnerKinds, kindLabel), nil)
	s.kind.PlaceHolder = lang.L("form.choose")
	kindField := f.add("kind", lang.L("partner.kind"), s.kind, "")
	s.kind.OnChanged = func(string) { kindField.setError("") }
	s.address = f.multiEntry("address", lang.L("partner.address"), "", 2)
	s.contactPerson = f.entry("contact_person", lang.L("partner.contact"), "")
	s.phone = f.entry("phone", lang.L("partner.phone"), "")
	s.email = f.entry("email", lang.L("partner.email"), "")
	s.signatoryName = f.entry("signatory_name", lang.L("partner.signatory"), lang.L("partner.signatory.hint"))
	s.signatoryPosition = f.entry("signatory_position", lang.L("partner.position"), lang.L("partner.position.hint"))

	s.saveButton = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), s.save)
	s.saveButton.Importance = widget.HighImportance
	s.deleteButton = widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), s.confirmDelete)
	s.deleteButton.Importance = widget.DangerImportance
	s.status = widget.NewLabel("")
	buttons := container.NewHBox(s.saveButton, s.deleteButton, s.status)

	right := container.NewBorder(s.heading, container.NewVBox(widget.NewSeparator(), buttons), nil, nil,
		container.NewVScroll(f.object()))
	split := container.NewHSplit(left, right)
	split.Offset = 0.32
	s.content = split
	s.edit(model.Partner{})
	return s
}

func (s *partnersScreen) object() fyne.CanvasObject { return s.content }

// refresh reads the partners again, keeping the form as it is.
func (s *partnersScreen) refresh() {
	all, err := s.g.db.Partners()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.all = all
	s.filter()
}

// filter shows the partners whose name, kind or contact matches the search.
func (s *partnersScreen) filter() {
	q := strings.ToLower(strings.TrimSpace(s.search.Text))
	s.shown = s.shown[:0]
	for _, p := range s.all {
		if q == "" || strings.Contains(strings.ToLower(p.Name+" "+kindLabel(p.Kind)+" "+p.ContactPerson), q) {
			s.shown = append(s.shown, p)
		}
	}
	if len(s.all) == 0 {
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
	s.list.UnselectAll()
	s.list.Refresh()
	for i, p := range s.shown {
		if p.ID != "" && p.ID == s.current.ID {
			s.selectRow(i)
		}
	}
}

// selectRow highlights row i without reloading the form.
func (s *partnersScreen) selectRow(i int) {
	on := s.list.OnSelected
	s.list.OnSelected = nil
	s.list.Select(i)
	s.list.OnSelected = on
}

// startNew empties the form for a new partner.
func (s *partnersScreen) startNew() {
	s.list.UnselectAll()
	s.edit(model.Partner{})
	focus(s.g.win, s.name)
}

// edit puts p in the form.
func (s *partnersScreen) edit(p model.Partner) {
	s.current = p
	if p.ID == "" {
		s.heading.SetText(lang.L("partner.heading.new"))
		s.deleteButton.Disable()
	} else {
		s.heading.SetText(lang.L("partner.heading.edit", map[string]string{"Name": p.Name}))
		s.deleteButton.Enable()
	}
	s.name.SetText(p.Name)
	if i := indexOf(model.PartnerKinds, p.Kind); i >= 0 {
		s.kind.SetSelectedIndex(i)
	} else {
		s.kind.ClearSelected()
	}
	s.address.SetText(p.Address)
	s.contactPerson.SetText(p.ContactPerson)
	s.phone.SetText(p.Phone)
	s.email.SetText(p.Email)
	s.signatoryName.SetText(p.SignatoryName)
	s.signatoryPosition.SetText(p.SignatoryPosition)
	s.form.clear()
	s.status.SetText("")
}

// fromForm is the partner as the form holds it.
func (s *partnersScreen) fromForm() model.Partner {
	p := s.current
	p.Name = strings.TrimSpace(s.name.Text)
	p.Kind = ""
	if i := s.kind.SelectedIndex(); i >= 0 && i < len(model.PartnerKinds) {
		p.Kind = model.PartnerKinds[i]
	}
	p.Address = strings.TrimSpace(s.address.Text)
	p.ContactPerson = strings.TrimSpace(s.contactPerson.Text)
	p.Phone = strings.TrimSpace(s.phone.Text)
	p.Email = strings.TrimSpace(s.email.Text)
	p.SignatoryName = strings.TrimSpace(s.signatoryName.Text)
	p.SignatoryPosition = strings.TrimSpace(s.signatoryPosition.Text)
	return p
}

// save validates and saves the partner in the form.
func (s *partnersScreen) save() {
	p := s.fromForm()
	if problems := p.Validate(); len(problems) > 0 {
		if rest := s.form.show(problems); len(rest) > 0 {
			s.g.showError("error.invalid", rest)
		}
		s.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		return
	}
	s.form.clear()
	if err := s.g.db.SavePartner(&p); err != nil {
		s.g.showError("error.save", err)
		return
	}
	s.edit(p)
	s.setStatus(lang.L("form.saved"), widget.SuccessImportance)
	s.refresh()
	s.g.home.refresh()
	s.g.partnerships.refreshPartners()
}

func (s *partnersScreen) setStatus(text string, imp widget.Importance) {
	s.status.Importance = imp
	s.status.SetText(text)
}

// confirmDelete asks before deleting the partner in the form.
func (s *partnersScreen) confirmDelete() {
	p := s.current
	if p.ID == "" {
		return
	}
	d := dialog.NewConfirm(lang.L("partner.delete.title"),
		lang.L("partner.delete.question", map[string]string{"Name": p.Name}),
		func(ok bool) {
			if ok {
				s.delete(p.ID)
			}
		}, s.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// delete removes the partner, unless partnerships use it.
func (s *partnersScreen) delete(id model.ID) {
	err := s.g.db.DeletePartner(id)
	switch {
	case errors.Is(err, model.ErrPartnerInUse):
		dialog.ShowInformation(lang.L("partner.inuse.title"), lang.L("partner.inuse"), s.g.win)
		return
	case err != nil:
		s.g.showError("error.delete", err)
		return
	}
	s.startNew()
	s.setStatus(lang.L("form.deleted"), widget.MediumImportance)
	s.refresh()
	s.g.home.refresh()
	s.g.partnerships.refreshPartners()
}
