package ui

import (
	"errors"
	"reflect"
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

// partnersScreen (Mitra) lists the school's partners and edits one at a time.
type partnersScreen struct {
	g *gui

	all     []model.Partner // from the store, sorted by name
	shown   []model.Partner // all, filtered by the search
	current model.Partner   // the partner in the form; ID empty when new
	clean   model.Partner   // the form's values when it was filled (see dirty)
	// uses are the partnerships of each partner, the most recently changed first
	uses map[model.ID][]partnerUse

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
	// the fields a kind of partner needs (partner_fields.go)
	legalName      *widget.Entry
	soleProprietor *widget.Check
	titleFront     *widget.Entry
	titleBack      *widget.Entry
	salutation     *widget.Select
	nik            *widget.Entry
	occupation     *widget.Entry
	nip            *widget.Entry
	authority      *widget.Entry
	byProxy        *widget.Check
	dudi           dudiForm        // an SMK's Data DUDI (smk_partner.go)
	smk            bool            // the school is an SMK: the DUDI rows may show
	partnerships   *fyne.Container // the partner's partnerships, one button each
	saveButton     *widget.Button
	deleteButton   *widget.Button
	status         *widget.Label

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
		if id < 0 || id >= len(s.shown) {
			return
		}
		p := s.shown[id]
		if p.ID == s.current.ID {
			return
		}
		// highlight the row only once the form really shows it: unsaved edits may
		// keep the person where they are
		s.highlightCurrent()
		g.leave(s, func() {
			s.edit(p)
			s.highlightCurrent()
		})
	}
	s.empty = widget.NewLabel(lang.L("partner.none"))
	s.empty.Wrapping = fyne.TextWrapWord
	s.newButton = widget.NewButtonWithIcon(lang.L("partner.new"), theme.ContentAddIcon(), func() { g.leave(s, s.startNew) })
	left := container.NewBorder(container.NewVBox(s.newButton, s.search), nil, nil, nil, container.NewStack(s.list, container.NewVBox(s.empty)))

	f := s.form
	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.name = f.entry("name", lang.L("partner.name"), "")
	s.kind = widget.NewSelect(labelsOf(model.PartnerKinds, kindLabel), nil)
	s.kind.PlaceHolder = lang.L("form.choose")
	kindField := f.add("kind", lang.L("partner.kind"), s.kind, "")
	s.kind.OnChanged = func(string) {
		kindField.setError("")
		s.showKindFields()
		s.showDUDIFields()
	}
	s.address = f.multiEntry("address", lang.L("partner.address"), "", 2)
	s.contactPerson = f.entry("contact_person", lang.L("partner.contact"), "")
	s.phone = f.entry("phone", lang.L("partner.phone"), "")
	s.email = f.entry("email", lang.L("partner.email"), "")
	s.addKindFields()
	s.addDUDIFields()
	s.partnerships = container.NewVBox()
	f.add("partnerships", lang.L("partner.partnerships"), s.partnerships, "")

	s.saveButton = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() { s.save() })
	s.saveButton.Importance = widget.HighImportance
	s.deleteButton = widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), s.confirmDelete)
	s.deleteButton.Importance = widget.DangerImportance
	s.status = widget.NewLabel("")
	buttons := container.NewHBox(s.saveButton, s.deleteButton, s.status)

	right := container.NewBorder(s.heading, container.NewVBox(widget.NewSeparator(), buttons), nil, nil,
		newFormScroll(f.object()))
	split := container.NewHSplit(left, right)
	split.Offset = 0.32
	s.content = split
	s.edit(model.Partner{})
	return s
}

func (s *partnersScreen) object() fyne.CanvasObject { return s.content }

// refresh reads the partners and whom their partnerships use again, keeping the form
// as it is.
func (s *partnersScreen) refresh() {
	ps, err := s.g.db.Summaries()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.refreshWith(ps)
}

// refreshWith is refresh with the summaries already read (at 10,000 partnerships a
// read is a tenth of a second).
func (s *partnersScreen) refreshWith(ps []model.Summary) {
	all, err := s.g.db.Partners()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.all = all
	s.readSchoolLevel()
	s.uses = partnerUses(ps)
	s.filter()
	s.showPartnerships()
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
	s.list.Refresh()
	s.highlightCurrent()
}

// highlightCurrent highlights the row of the partner in the form (none when new),
// without reloading the form.
func (s *partnersScreen) highlightCurrent() {
	on := s.list.OnSelected
	s.list.OnSelected = nil
	defer func() { s.list.OnSelected = on }()
	for i, p := range s.shown {
		if p.ID != "" && p.ID == s.current.ID {
			s.list.Select(i)
			return
		}
	}
	s.list.UnselectAll()
}

// startNew empties the form for a new partner.
func (s *partnersScreen) startNew() {
	s.edit(model.Partner{})
	s.highlightCurrent()
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
	s.fill(p)
	s.form.clear()
	s.status.SetText("")
	s.clean = s.fromForm()
	s.showPartnerships()
}

// fill puts p in the form's fields (the partner edited, or a draft of it).
func (s *partnersScreen) fill(p model.Partner) {
	s.name.SetText(p.Name)
	selectValue(s.kind, model.PartnerKinds, p.Kind)
	s.address.SetText(p.Address)
	s.contactPerson.SetText(p.ContactPerson)
	s.phone.SetText(p.Phone)
	s.email.SetText(p.Email)
	s.loadKindFields(p)
	s.loadDUDIFields(p)
}

// dirty reports whether the form differs from the partner it was filled with.
func (s *partnersScreen) dirty() bool { return !reflect.DeepEqual(s.fromForm(), s.clean) }

// discard puts the partner's stored values back in the form.
func (s *partnersScreen) discard() {
	s.g.dropDraft(s.draftKey())
	s.edit(s.current)
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
	s.readKindFields(&p)
	s.readDUDIFields(&p)
	return p
}

// save validates and saves the partner in the form; it reports whether it saved.
func (s *partnersScreen) save() bool {
	p := s.fromForm()
	if problems := p.Validate(); len(problems) > 0 {
		if rest := s.form.show(problems); len(rest) > 0 {
			s.g.showError("error.invalid", rest)
		}
		s.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		return false
	}
	s.form.clear()
	key := s.draftKey()
	if err := s.g.db.SavePartner(&p); err != nil {
		s.g.showError("error.save", err)
		return false
	}
	s.g.dropDraft(key)
	s.edit(p)
	s.setStatus(lang.L("form.saved"), widget.SuccessImportance)
	s.refresh()
	s.g.home.refresh()
	s.g.partnerships.refreshPartners()
	return true
}

func (s *partnersScreen) setStatus(text string, imp widget.Importance) {
	s.status.Importance = imp
	s.status.SetText(text)
}

// confirmDelete asks before deleting the partner in the form; a partner that
// partnerships use cannot be deleted, which is said at once, without asking first.
func (s *partnersScreen) confirmDelete() {
	p := s.current
	if p.ID == "" {
		return
	}
	s.refresh() // whom the partner is used by, as the file says now
	if len(s.uses[p.ID]) > 0 {
		s.showInUse(p.ID)
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
		s.refresh() // whom the partner is used by may have changed
		s.showInUse(id)
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

// partnerUse is a partnership as the Mitra screen lists it under its partner.
type partnerUse struct {
	id    model.ID
	title string
	stage model.Stage
}

// partnerUses groups partnerships (the most recently changed first) by partner.
func partnerUses(ps []model.Summary) map[model.ID][]partnerUse {
	sorted := append([]model.Summary(nil), ps...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].UpdatedAt.After(sorted[j].UpdatedAt) })
	uses := map[model.ID][]partnerUse{}
	periods := model.Periods(ps)
	for _, p := range sorted {
		if p.PartnerID != "" {
			uses[p.PartnerID] = append(uses[p.PartnerID], partnerUse{id: p.ID, title: p.PeriodTitle(periods[p.ID]), stage: p.Stage})
		}
	}
	return uses
}

// showPartnerships lists the partnerships of the partner in the form; tapping one
// opens it in the Kemitraan screen.
func (s *partnersScreen) showPartnerships() {
	var rows []fyne.CanvasObject
	for _, u := range s.uses[s.current.ID] {
		if s.current.ID == "" {
			break
		}
		id := u.id
		// a link whose long title wraps: it never makes the window wider
		b := widget.NewHyperlink(u.title+" — "+stageLabel(u.stage), nil)
		b.Wrapping = fyne.TextWrapWord
		b.OnTapped = func() { s.g.openPartnership(id) }
		rows = append(rows, b)
	}
	if len(rows) == 0 {
		none := widget.NewLabel(lang.L("partner.partnerships.none"))
		none.Importance = widget.LowImportance
		rows = append(rows, none)
	}
	s.partnerships.Objects = rows
	s.partnerships.Refresh()
}

// showInUse says that the partner cannot be deleted, and which partnerships use it.
func (s *partnersScreen) showInUse(id model.ID) {
	lines := []string{lang.L("partner.inuse"), "", lang.L("partner.inuse.by")}
	for _, u := range s.uses[id] {
		lines = append(lines, "• "+u.title)
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("partner.inuse.title"), lang.L("action.ok"), container.NewVScroll(msg), s.g.win)
	d.Resize(fyne.NewSize(520, min(420, 180+float32(len(lines))*28)))
	d.Show()
}

// openPartnership shows a partnership in the Kemitraan screen, after asking about
// unsaved edits of the section shown.
func (g *gui) openPartnership(id model.ID) {
	g.leave(g.leaverOf(g.tab), func() {
		g.show(tabKemitraan)
		g.partnerships.open(id)
	})
}
