package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// partnershipsScreen (Kemitraan) lists the partnerships, newest change first, and
// shows one at a time on the right: its partnership screen (partnership_view.go).
type partnershipsScreen struct {
	g *gui

	all       []model.Summary // newest change first
	partners  []model.Partner
	partnerBy map[model.ID]model.Partner

	browser   *partnershipList // search, filters and the list
	newButton *widget.Button
	batch     *batchDialog // Cetak dokumen, while shown (batch.go)

	detail    *partnershipView // the partnership shown
	detailBox *fyne.Container

	content fyne.CanvasObject
}

func newPartnershipsScreen(g *gui) *partnershipsScreen {
	s := &partnershipsScreen{g: g, partnerBy: map[model.ID]model.Partner{}}

	s.browser = newPartnershipList(s.open)
	s.newButton = widget.NewButtonWithIcon(lang.L("partnership.new"), theme.ContentAddIcon(), func() {
		g.leave(g.leaverOf(tabKemitraan), s.startNew)
	})
	printAll := widget.NewButtonWithIcon(lang.L("batch.open"), theme.DocumentPrintIcon(), func() { s.batch = g.showBatch() })
	// the two buttons share a row when the pane is wide enough, else wrap
	left := container.NewBorder(container.NewVBox(container.New(newWrapRow(), s.newButton, printAll), s.browser.top()), nil, nil, nil, s.browser.body())

	s.detailBox = container.NewStack()
	split := container.NewHSplit(left, s.detailBox)
	split.Offset = 0.3
	s.content = split
	s.setDetail(newPartnershipView(s, model.NewPartnership()))
	return s
}

func (s *partnershipsScreen) object() fyne.CanvasObject { return s.content }

// refresh reads partners and the partnerships' summaries again (no full record is
// decoded), keeping the partnership shown as it is.
func (s *partnershipsScreen) refresh() {
	all, err := s.g.db.Summaries()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.refreshWith(all)
}

// refreshWith is refresh with the summaries already read.
func (s *partnershipsScreen) refreshWith(all []model.Summary) {
	s.all = all
	s.browser.selected = s.shownID()
	s.refreshPartners() // and loads the list with the partners' current names
	if s.detail != nil {
		s.detail.updatePrintState()
	}
}

// changed puts one partnership's new summary in the list (or takes it out when gone),
// without reading the others again.
func (s *partnershipsScreen) changed(sum model.Summary, gone bool) {
	s.all = replaceSummary(s.all, sum, gone)
	s.browser.selected = s.shownID()
	s.browser.put(sum, gone, s.partnerName, model.Periods(s.all))
	if s.detail != nil {
		s.detail.updatePrintState()
	}
}

// partnerName is the name of the partner with that ID, "" when unknown.
func (s *partnershipsScreen) partnerName(id model.ID) string {
	if p, ok := s.partnerBy[id]; ok {
		return p.Name
	}
	return ""
}

// open shows the partnership picked in the list, after asking what to do with unsaved
// edits of the one shown.
func (s *partnershipsScreen) open(id model.ID) {
	s.g.leave(s.g.leaverOf(tabKemitraan), func() {
		p, err := s.g.db.Partnership(id)
		if err != nil {
			s.g.showError("error.read", err)
			return
		}
		s.browser.setSelected(id)
		s.setDetail(newPartnershipView(s, p))
	})
}

// refreshPartners reloads the partners, for the list and the partnership shown.
func (s *partnershipsScreen) refreshPartners() {
	partners, err := s.g.db.Partners()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.partners = partners
	s.partnerBy = make(map[model.ID]model.Partner, len(partners))
	for _, p := range partners {
		s.partnerBy[p.ID] = p
	}
	if s.detail != nil {
		s.detail.partnersChanged(partners)
	}
	s.browser.load(s.all, s.partnerName)
}

// showNewest shows the partnership changed most recently, where the principal left
// off; an empty form when there is none. The program opens on it.
func (s *partnershipsScreen) showNewest() {
	if len(s.all) == 0 || s.dirty() || s.shownID() != "" {
		return
	}
	s.showPartnership(s.all[0].ID)
}

// startNew shows an empty partnership.
func (s *partnershipsScreen) startNew() {
	s.browser.setSelected("")
	s.showNew()
}

// showPartnership shows the stored partnership id on the right of the list.
func (s *partnershipsScreen) showPartnership(id model.ID) {
	p, err := s.g.db.Partnership(id)
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.setDetail(newPartnershipView(s, p))
	s.browser.setSelected(id)
}

// showNew shows an empty partnership, not saved yet.
func (s *partnershipsScreen) showNew() {
	v := newPartnershipView(s, model.NewPartnership())
	s.setDetail(v)
	focus(s.g.win, v.need.title)
}

func (s *partnershipsScreen) setDetail(v *partnershipView) {
	s.detail = v
	s.detailBox.Objects = []fyne.CanvasObject{v.content}
	s.detailBox.Refresh()
	s.browser.setSelected(v.stored.ID)
}

// shownID is the partnership shown, "" when none or a new one.
func (s *partnershipsScreen) shownID() model.ID {
	if s.detail == nil {
		return ""
	}
	return s.detail.stored.ID
}

// updatePrintState says again which documents the partnership shown allows (the
// school's profile may have changed).
func (s *partnershipsScreen) updatePrintState() {
	if s.detail != nil {
		s.detail.updatePrintState()
	}
}

// dirty reports whether the partnership shown has edits not saved yet.
func (s *partnershipsScreen) dirty() bool { return s.detail != nil && s.detail.dirty() }

// save saves the partnership shown; false when it was not saved (the screen says why).
func (s *partnershipsScreen) save() bool { return s.detail == nil || s.detail.save() }

// discard forgets the unsaved edits of the partnership shown.
func (s *partnershipsScreen) discard() {
	if s.detail != nil {
		s.detail.discard()
	}
}
