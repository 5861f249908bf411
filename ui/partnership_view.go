package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// panel is what the Linimasa and Lampiran tabs hold.
type panel interface {
	object() fyne.CanvasObject
	refresh()
}

// partnershipView is the screen of one partnership: a header (title, partner, status,
// stage and progress; partnership_header.go), a stepper of the seven stages
// (partnership_stepper.go), the form of the stage chosen in the stepper (stage_*.go)
// with its checklist beside it (partnership_checklist.go), and the Linimasa, Lampiran
// and Dokumen tabs. What the buttons do is in partnership_actions.go.
type partnershipView struct {
	s *partnershipsScreen
	g *gui

	stored    model.Partnership // as stored; ID "" when new
	base      model.Partnership // what the widgets held when loaded (stored plus prefills)
	partners  []model.Partner
	partnerBy map[model.ID]model.Partner
	school    model.School // the profile as last read, for the agreement's prefills
	shown     model.Stage  // the stage whose form is shown
	loading   bool

	need     *needForm
	cand     *candidatesForm
	proposal *proposalForm
	agree    *agreementForm
	acts     *activitiesForm
	evals    *evaluationsForm
	review   *reviewForm
	forms    [8]stageForm // by stage

	// actions (partnership_actions.go)
	saveButton    *widget.Button
	deleteButton  *widget.Button
	advanceButton *widget.Button
	reopenButton  *widget.Button
	signButton    *widget.Button // stage 4: Tandai ditandatangani
	extendButton  *widget.Button // stage 7: Buat periode baru
	saveStatus    *widget.Label

	// header
	titleLabel   *widget.Label
	infoLabel    *widget.Label
	progress     *widget.ProgressBar
	progressText *widget.Label
	prevLink     *widget.Button
	nextLink     *widget.Button
	letters      *widget.Label // the letters printed, shown in stage 2

	steps [7]*stepItem

	// checklist column
	checkTitle *widget.Label
	checkRows  *fyne.Container
	checkItems []*checkItem
	checkCount *widget.Label
	checklist  model.Checklist // as shown

	formTitle  *widget.Label
	formBox    *fyne.Container
	offerBox   *fyne.Container // what earlier stages offer the stage shown (offers.go)
	offerKeys  []string        // the offers shown
	dismissed  map[string]bool // offers the principal set aside (Abaikan)
	formScroll *container.Scroll
	notYet     *widget.Label

	tabs        *container.AppTabs
	timeline    panel
	attachments panel
	docs        *documentsPanel // the Dokumen tab
	pkl         *pklPanel       // an SMK's PKL dan Siswa tab (smk_pkl.go), nil otherwise
	content     fyne.CanvasObject

	// the reopen dialog's inputs, while it is shown (tests drive them)
	reopenStage  *widget.Select
	reopenReason *widget.Entry
}

func newPartnershipView(s *partnershipsScreen, p model.Partnership) *partnershipView {
	v := &partnershipView{s: s, g: s.g, partnerBy: map[model.ID]model.Partner{}, loading: true, dismissed: map[string]bool{}}
	if partners, err := s.g.db.Partners(); err == nil {
		v.setPartnerList(partners)
	} else {
		s.g.showError("error.read", err)
	}

	v.letters = widget.NewLabel("")
	v.letters.Wrapping = fyne.TextWrapWord
	v.buildActions() // before the forms, which place the actions of their stage
	v.need = newNeedForm(v)
	v.cand = newCandidatesForm(v)
	v.proposal = newProposalForm(v)
	v.agree = newAgreementForm(v)
	v.acts = newActivitiesForm(v)
	v.evals = newEvaluationsForm(v)
	v.review = newReviewForm(v)
	v.forms = [8]stageForm{nil, v.need, v.cand, v.proposal, v.agree, v.acts, v.evals, v.review}

	header := v.buildHeader()
	stepper := v.buildStepper()
	// the form and the checklist scroll each in its pane; the stepper above and the
	// action bar below stay in view
	stageTab := container.NewBorder(stepper, v.actionBar(), nil, v.buildChecklist(), v.buildFormArea())

	v.tabs = container.NewAppTabs(container.NewTabItemWithIcon(lang.L("ps.tab.stages"), theme.ListIcon(), stageTab))
	v.addPanels(p.ID)
	v.content = container.NewBorder(header, nil, nil, nil, v.tabs)
	v.load(p)
	v.showStage(p.Stage)
	return v
}

// addPanels adds the Linimasa, Lampiran and Dokumen tabs of a stored partnership.
func (v *partnershipView) addPanels(id model.ID) {
	if id == "" || v.timeline != nil {
		return
	}
	v.timeline = newTimelinePanel(v.g.db, v.g.win, id, v.g.opts.Now)
	v.attachments = newAttachmentsPanel(v.g.db, v.g.win, v.g.app, id)
	// each tab scrolls inside its pane when the window is short: what a tab holds
	// (the Dokumen tab's list of what is missing) never makes the window taller
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.timeline"), theme.HistoryIcon(), container.NewVScroll(v.timeline.object())))
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.attachments"), theme.FileIcon(), container.NewVScroll(v.attachments.object())))
	v.docs = newDocumentsPanel(v, id)
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.documents"), theme.DocumentPrintIcon(), container.NewVScroll(v.docs.object())))
	v.addPKLTab(id)
	type notifier interface{ setOnChange(func()) }
	if n, ok := v.timeline.(notifier); ok {
		n.setOnChange(func() { v.s.refresh() })
	}
	if n, ok := v.attachments.(notifier); ok {
		n.setOnChange(func() {
			v.timeline.refresh()
			v.s.refresh()
		})
	}
	v.tabs.OnSelected = func(*container.TabItem) {
		switch v.tabs.SelectedIndex() {
		case 1:
			v.timeline.refresh()
		case 2:
			v.attachments.refresh()
		case 3:
			v.docs.refresh()
		case 4:
			if v.pkl != nil {
				v.pkl.refresh()
			}
		}
	}
}

func (v *partnershipView) setPartnerList(partners []model.Partner) {
	v.partners = partners
	v.partnerBy = make(map[model.ID]model.Partner, len(partners))
	for _, pt := range partners {
		v.partnerBy[pt.ID] = pt
	}
}

// partnersChanged takes the partners as the Mitra screen left them.
func (v *partnershipView) partnersChanged(partners []model.Partner) {
	v.setPartnerList(partners)
	v.loading = true
	v.cand.setPartners()
	v.loading = false
	v.changed()
}

// partner is the partner with that ID, nil when none.
func (v *partnershipView) partner(id model.ID) *model.Partner {
	if pt, ok := v.partnerBy[id]; ok && id != "" {
		return &pt
	}
	return nil
}

// partnerOption is how a partner shows in a select: "PT Maju Bersama (Bisnis/DUDI)".
func partnerOption(p model.Partner) string { return p.Name + " (" + kindLabel(p.Kind) + ")" }

func (v *partnershipView) buildFormArea() fyne.CanvasObject {
	v.formTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.formTitle.Truncation = fyne.TextTruncateEllipsis
	v.notYet = widget.NewLabel("")
	v.notYet.Wrapping = fyne.TextWrapWord
	v.formBox = container.NewStack()
	v.offerBox = container.NewVBox()
	// the title scrolls with the form: on a short window every line goes to the form
	v.formScroll = newFormScroll(container.NewVBox(v.formTitle, v.offerBox, v.formBox))
	return v.formScroll
}

// load puts the stored partnership p in the screen; the caller then shows a stage
// (showStage), which brings the stepper, the checklist and the actions up to date.
func (v *partnershipView) load(p model.Partnership) {
	v.stored = p
	v.updatePrintState() // reads the profile the agreement's prefills take
	v.loading = true
	for _, f := range v.forms[1:] {
		f.load(p)
	}
	v.agree.prefill(p)
	v.loading = false
	v.base, _ = v.collect(false)
	v.showLetters()
	v.updateHeader()
}

// collect is the partnership as the widgets hold it; ok is false when a field cannot be
// read (with show, the field says why).
func (v *partnershipView) collect(show bool) (model.Partnership, bool) {
	p := v.stored
	ok := true
	for _, f := range v.forms[1:] {
		if !f.apply(&p, show) {
			ok = false
		}
	}
	return p, ok
}

// dirty reports whether the widgets hold edits not saved yet.
func (v *partnershipView) dirty() bool {
	p, ok := v.collect(false)
	return v.differs(p, ok)
}

// differs reports whether p, as collected from the widgets (ok false when a field
// could not be read), differs from what they held when loaded.
func (v *partnershipView) differs(p model.Partnership, ok bool) bool {
	return !ok || len(model.ChangedStages(v.base, p)) > 0
}

// discard puts the stored partnership back in the widgets.
func (v *partnershipView) discard() {
	v.g.dropDraft(v.draftKey())
	shown := v.shown
	v.load(v.stored)
	v.showStage(shown)
	v.setStatus("", widget.MediumImportance)
}

// changed runs after every edit: the checklist follows what is typed.
func (v *partnershipView) changed() {
	if v.loading {
		return
	}
	p, ok := v.collect(false)
	v.updateChecklist(p)
	v.updateWarnings(p)
	v.updateOffers(p)
	if v.differs(p, ok) {
		v.setStatus(lang.L("ps.unsaved"), widget.WarningImportance)
	} else {
		v.setStatus("", widget.MediumImportance)
	}
}

// updateWarnings shows, at their fields, what p holds that is allowed but worth a
// second look: an agreement signed before its own date.
func (v *partnershipView) updateWarnings(p model.Partnership) {
	msg := ""
	if a := p.Agreement; a.SignedBeforeItsDate() {
		msg = lang.L("agreement.signedearly", map[string]string{
			"Signed": longDate(a.SignedDate), "Date": longDate(a.Date)})
	}
	v.agree.fs.field("agreement.signed_date").setWarning(msg)
}

func (v *partnershipView) setStatus(text string, imp widget.Importance) {
	v.saveStatus.Importance = imp
	v.saveStatus.SetText(text)
}

// showStage shows the form of stage st (stages after the current one only show
// their checklist).
func (v *partnershipView) showStage(st model.Stage) {
	if !st.Valid() {
		st = model.StageKebutuhan
	}
	// the same stage shown again (after a save) stays where the person was
	again := st == v.shown
	v.shown = st
	v.formTitle.SetText(lang.L("ps.formtitle", map[string]any{"N": int(st), "Name": stageName(st)}))
	if st > v.stored.Stage {
		v.notYet.SetText(lang.L("ps.notyet", map[string]any{"N": int(v.stored.Stage), "Name": stageName(v.stored.Stage)}))
		v.formBox.Objects = []fyne.CanvasObject{container.NewVBox(v.notYet)}
	} else {
		v.formBox.Objects = []fyne.CanvasObject{v.forms[st].object()}
	}
	v.formBox.Refresh()
	if !again {
		v.formScroll.ScrollToTop()
	}
	v.updateSteps()
	p, _ := v.collect(false)
	v.updateChecklist(p)
	v.updateWarnings(p)
	v.updateOffers(p)
	v.updateActions()
}

// reload shows p as the store now holds it, on stage show, or with show 0 on the
// stage shown when it can.
func (v *partnershipView) reload(p model.Partnership, show model.Stage) {
	if stored, err := v.g.db.Partnership(p.ID); err == nil {
		p = stored
	}
	if show == 0 {
		show = min(v.shown, p.Stage)
	}
	v.addPanels(p.ID) // a new partnership gets its timeline and attachments
	v.load(p)
	v.showStage(show)
	if v.timeline != nil {
		v.timeline.refresh()
	}
	v.g.partnershipChanged(p.ID)
}

// showLetters lists the letters printed for the partnership.
func (v *partnershipView) showLetters() {
	p := v.stored
	if len(p.Letters) == 0 {
		v.letters.SetText(lang.L("partnership.letters.none"))
		return
	}
	var lines []string
	for _, l := range p.Letters {
		lines = append(lines, lang.L("partnership.letters.line", map[string]string{
			"Kind": lang.X("letter.kind."+l.Kind, l.Kind), "Number": l.Number,
			"Date": longDate(l.Date), "Code": l.Code,
		}))
	}
	v.letters.SetText(strings.Join(lines, "\n"))
}

// updatePrintState reads the school's profile again (it may have changed) and says
// again, in the Dokumen tab, which documents the stored partnership's data allow and
// what the others lack. When the profile cannot be read, the screen says so and goes
// on with the one read last.
func (v *partnershipView) updatePrintState() {
	if school, err := v.g.db.School(); err == nil {
		v.school = school
	} else if v.docs != nil {
		v.docs.say(lang.L("error.read", map[string]string{"Err": errText(err)}), widget.DangerImportance)
	} else {
		v.g.showError("error.read", err)
	}
	if v.docs != nil {
		v.docs.update(v.stored, v.school)
	}
}

// documentMade takes what making a document changed in the store (the letters of a
// request letter, the timeline, the attachments), keeping what the person typed.
func (v *partnershipView) documentMade() {
	id := v.stored.ID
	if stored, err := v.g.db.Partnership(id); err == nil {
		v.stored.Letters = stored.Letters
		v.stored.UpdatedAt = stored.UpdatedAt
		v.base.Letters = stored.Letters
		v.base.UpdatedAt = stored.UpdatedAt
		v.showLetters()
	}
	if v.timeline != nil {
		v.timeline.refresh()
		v.attachments.refresh()
	}
	v.updatePrintState()
	v.s.refresh()
}
