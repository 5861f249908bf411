package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// stageForm is the form of one stage.
type stageForm interface {
	object() fyne.CanvasObject
	// load puts p in the widgets.
	load(p model.Partnership)
	// apply writes the widgets into p. It reports false when a field cannot be read
	// (an amount or a date that is not one); with show, that field says why.
	apply(p *model.Partnership, show bool) bool
	// place shows the problems that belong to this form at their fields, clears the
	// others, and returns the problems it has no field for.
	place(problems model.Problems) model.Problems
}

// panel is what the Linimasa and Lampiran tabs hold.
type panel interface {
	object() fyne.CanvasObject
	refresh()
}

// checklistWidth is the width of the checklist column beside a stage's form.
const checklistWidth = 280

// partnershipView is the screen of one partnership: a header (title, partner, status,
// stage and progress), a stepper of the seven stages, the form of the stage chosen in
// the stepper with its checklist beside it, and the Linimasa and Lampiran tabs.
type partnershipView struct {
	s *partnershipsScreen
	g *gui

	stored    model.Partnership // as stored; ID "" when new
	base      model.Partnership // what the widgets held when loaded (stored plus prefills)
	partners  []model.Partner
	partnerBy map[model.ID]model.Partner
	school    model.School
	shown     model.Stage // the stage whose form is shown
	loading   bool

	need     *needForm
	cand     *candidatesForm
	proposal *proposalForm
	agree    *agreementForm
	acts     *activitiesForm
	evals    *evaluationsForm
	review   *reviewForm
	forms    [8]stageForm // by stage

	// header
	titleLabel   *widget.Label
	infoLabel    *widget.Label
	progress     *widget.ProgressBar
	prevLink     *widget.Button
	nextLink     *widget.Button
	saveButton   *widget.Button
	deleteButton *widget.Button
	saveStatus   *widget.Label
	letters      *widget.Label // the letters printed, shown in stage 2

	steps [7]*stepItem

	// checklist column
	checkTitle    *widget.Label
	checkRows     *fyne.Container
	checkCount    *widget.Label
	advanceButton *widget.Button
	reopenButton  *widget.Button
	checklist     model.Checklist // as shown

	formTitle  *widget.Label
	formBox    *fyne.Container
	formScroll *container.Scroll
	notYet     *widget.Label

	tabs        *container.AppTabs
	timeline    panel
	attachments panel
	docs        *documentsPanel // the Dokumen tab
	content     fyne.CanvasObject

	// the reopen dialog's inputs, while it is shown (tests drive them)
	reopenStage  *widget.Select
	reopenReason *widget.Entry
}

// showPartnership shows the stored partnership id on the right of the list.
func (s *partnershipsScreen) showPartnership(id model.ID) {
	p, err := s.g.db.Partnership(id)
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.setDetail(newPartnershipView(s, p))
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

// updatePrintState says again whether the letter can be printed (the school's
// profile may have changed).
func (s *partnershipsScreen) updatePrintState() {
	if s.detail != nil {
		s.detail.school, _ = s.g.db.School()
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

func newPartnershipView(s *partnershipsScreen, p model.Partnership) *partnershipView {
	v := &partnershipView{s: s, g: s.g, partnerBy: map[model.ID]model.Partner{}, loading: true}
	if partners, err := s.g.db.Partners(); err == nil {
		v.setPartnerList(partners)
	} else {
		s.g.showError("error.read", err)
	}
	v.school, _ = s.g.db.School()

	v.letters = widget.NewLabel("")
	v.letters.Wrapping = fyne.TextWrapWord
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
	stageTab := container.NewBorder(stepper, nil, nil, v.buildChecklist(), v.buildFormArea())

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
	v.timeline = newTimelinePanel(v.g.db, v.g.win, id)
	v.attachments = newAttachmentsPanel(v.g.db, v.g.win, v.g.app, id)
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.timeline"), theme.HistoryIcon(), v.timeline.object()))
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.attachments"), theme.FileIcon(), v.attachments.object()))
	v.docs = newDocumentsPanel(v, id)
	v.tabs.Append(container.NewTabItemWithIcon(lang.L("ps.tab.documents"), theme.DocumentPrintIcon(), v.docs.object()))
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

func (v *partnershipView) buildHeader() fyne.CanvasObject {
	v.titleLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.titleLabel.SizeName = theme.SizeNameSubHeadingText
	v.titleLabel.Truncation = fyne.TextTruncateEllipsis
	v.infoLabel = widget.NewLabel("")
	v.infoLabel.Truncation = fyne.TextTruncateEllipsis
	v.progress = widget.NewProgressBar()
	v.progress.Max = 7
	v.progress.TextFormatter = func() string {
		return lang.L("ps.progress", map[string]any{"Done": int(v.progress.Value)})
	}
	v.prevLink = widget.NewButtonWithIcon(lang.L("ps.previous"), theme.NavigateBackIcon(), func() {
		v.s.showPartnership(v.stored.PreviousID)
	})
	v.nextLink = widget.NewButtonWithIcon(lang.L("ps.next"), theme.NavigateNextIcon(), func() {
		v.s.showPartnership(v.stored.NextID)
	})
	v.prevLink.Importance = widget.LowImportance
	v.nextLink.Importance = widget.LowImportance

	v.saveButton = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() { v.save() })
	v.saveButton.Importance = widget.HighImportance
	v.deleteButton = widget.NewButtonWithIcon("", theme.DeleteIcon(), v.confirmDelete)
	v.deleteButton.Importance = widget.DangerImportance
	v.saveStatus = widget.NewLabel("")

	bar := container.NewGridWrap(fyne.NewSize(180, v.progress.MinSize().Height), v.progress)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(v.saveStatus, v.saveButton, v.deleteButton), v.titleLabel)
	info := container.NewBorder(nil, nil, nil, container.NewHBox(v.prevLink, v.nextLink, container.NewCenter(bar)), v.infoLabel)
	return container.NewVBox(top, info)
}

func (v *partnershipView) buildStepper() fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 7)
	for i, st := range model.Stages {
		st := st
		v.steps[i] = newStepItem(st, func() { v.showStage(st) })
		objs[i] = v.steps[i]
	}
	return container.NewVBox(container.NewGridWithColumns(7, objs...), widget.NewSeparator())
}

func (v *partnershipView) buildChecklist() fyne.CanvasObject {
	v.checkTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.checkTitle.Wrapping = fyne.TextWrapWord
	v.checkRows = container.NewVBox()
	v.checkCount = widget.NewLabel("")
	v.advanceButton = widget.NewButtonWithIcon(lang.L("ps.advance"), theme.NavigateNextIcon(), v.advance)
	v.advanceButton.Importance = widget.HighImportance
	v.reopenButton = widget.NewButtonWithIcon(lang.L("ps.reopen"), theme.ViewRefreshIcon(), v.showReopen)
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(checklistWidth, 0))
	col := container.NewVBox(v.checkTitle, v.checkRows, v.checkCount, v.advanceButton, v.reopenButton)
	return container.NewHBox(widget.NewSeparator(), container.NewStack(width, container.NewVScroll(col)))
}

func (v *partnershipView) buildFormArea() fyne.CanvasObject {
	v.formTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.formTitle.Truncation = fyne.TextTruncateEllipsis
	v.notYet = widget.NewLabel("")
	v.notYet.Wrapping = fyne.TextWrapWord
	v.formBox = container.NewStack()
	v.formScroll = container.NewVScroll(v.formBox)
	return container.NewBorder(v.formTitle, nil, nil, nil, v.formScroll)
}

// load puts the stored partnership p in the screen.
func (v *partnershipView) load(p model.Partnership) {
	v.stored = p
	v.loading = true
	for _, f := range v.forms[1:] {
		f.load(p)
	}
	v.agree.prefill(p)
	v.loading = false
	v.base, _ = v.collect(false)
	v.showLetters()
	v.updateHeader()
	v.updateSteps()
	v.updateChecklist()
	v.updatePrintState()
	v.review.updateExtend()
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
	return !ok || !reflect.DeepEqual(p, v.base)
}

// discard puts the stored partnership back in the widgets.
func (v *partnershipView) discard() {
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
	v.updateChecklist()
	if v.dirty() {
		v.setStatus(lang.L("ps.unsaved"), widget.WarningImportance)
	} else {
		v.setStatus("", widget.MediumImportance)
	}
}

func (v *partnershipView) setStatus(text string, imp widget.Importance) {
	v.saveStatus.Importance = imp
	v.saveStatus.SetText(text)
}

func (v *partnershipView) updateHeader() {
	p := v.stored
	if p.ID == "" {
		v.titleLabel.SetText(lang.L("partnership.heading.new"))
		v.deleteButton.Disable()
	} else {
		v.titleLabel.SetText(p.Title)
		v.deleteButton.Enable()
	}
	partner := lang.L("partnership.nopartner.short")
	if pt := v.partner(p.PartnerID); pt != nil {
		partner = pt.Name
	}
	v.infoLabel.SetText(strings.Join([]string{partner, statusLabel(p.Status),
		lang.L("ps.stageof", map[string]any{"Stage": stageLabel(p.Stage)})}, " · "))
	v.progress.SetValue(float64(p.Progress()))
	if p.PreviousID != "" {
		v.prevLink.Show()
	} else {
		v.prevLink.Hide()
	}
	if p.NextID != "" {
		v.nextLink.Show()
	} else {
		v.nextLink.Hide()
	}
}

// stepState is how the stepper shows a stage.
type stepState int

const (
	stepNotYet stepState = iota
	stepCurrent
	stepDone
)

func (v *partnershipView) stepState(st model.Stage) stepState {
	switch {
	case int(st) <= v.stored.Progress():
		return stepDone
	case st == v.stored.Stage:
		return stepCurrent
	}
	return stepNotYet
}

func (v *partnershipView) updateSteps() {
	for i, st := range model.Stages {
		v.steps[i].set(v.stepState(st), st == v.shown)
	}
}

// showStage shows the form of stage st (stages after the current one only show
// their checklist).
func (v *partnershipView) showStage(st model.Stage) {
	if !st.Valid() {
		st = model.StageKebutuhan
	}
	v.shown = st
	v.formTitle.SetText(lang.L("ps.formtitle", map[string]any{"N": int(st), "Name": stageName(st)}))
	if st > v.stored.Stage {
		v.notYet.SetText(lang.L("ps.notyet", map[string]any{"N": int(v.stored.Stage), "Name": stageName(v.stored.Stage)}))
		v.formBox.Objects = []fyne.CanvasObject{container.NewVBox(v.notYet)}
	} else {
		v.formBox.Objects = []fyne.CanvasObject{v.forms[st].object()}
	}
	v.formBox.Refresh()
	v.formScroll.ScrollToTop()
	v.updateSteps()
	v.updateChecklist()
}

// updateChecklist shows the checklist of the stage shown, as the widgets hold it.
func (v *partnershipView) updateChecklist() {
	if !v.shown.Valid() {
		return
	}
	p, _ := v.collect(false)
	c := p.Checklist(v.shown, v.partner(p.PartnerID))
	v.checklist = c
	v.checkTitle.SetText(lang.L("ps.checklist", map[string]any{"N": int(v.shown)}))
	rows := make([]fyne.CanvasObject, len(c))
	for i, r := range c {
		var icon fyne.Resource = theme.NewErrorThemedResource(theme.CancelIcon())
		if r.Done {
			icon = theme.NewSuccessThemedResource(theme.ConfirmIcon())
		}
		l := widget.NewLabel(lang.X(r.Key, r.Text))
		l.Wrapping = fyne.TextWrapWord
		rows[i] = container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(icon)), nil, l)
	}
	v.checkRows.Objects = rows
	v.checkRows.Refresh()
	v.checkCount.SetText(lang.L("ps.checkcount", map[string]any{"Done": c.Done(), "Total": len(c)}))
	setEnabled(v.advanceButton, v.shown == v.stored.Stage && v.stored.Stage < model.StagePeninjauan)
	setEnabled(v.reopenButton, v.stored.ID != "" && v.stored.Stage > model.StageKebutuhan)
}

// problemsAt shows problems at their fields, shows the first form that has one and
// reports those no field shows.
func (v *partnershipView) placeProblems(problems model.Problems) model.Problems {
	rest := problems
	first := model.Stage(0)
	for st := model.StageKebutuhan; st <= model.StagePeninjauan; st++ {
		n := len(rest)
		rest = v.forms[st].place(rest)
		if len(rest) < n && first == 0 {
			first = st
		}
	}
	if first != 0 && first != v.shown && first <= v.stored.Stage {
		v.showStage(first)
	}
	return rest
}

// save writes the widgets into a copy of the partnership, checks it and saves it with
// the events of what changed. It reports whether it was saved; otherwise the screen
// says why and keeps what was typed.
func (v *partnershipView) save() bool {
	p, ok := v.collect(true)
	if !ok {
		v.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		v.showFirstUnreadable()
		return false
	}
	if problems := p.Validate(); len(problems) > 0 {
		if rest := v.placeProblems(problems); len(rest) > 0 {
			v.g.showError("error.invalid", rest)
		}
		v.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		return false
	}
	v.placeProblems(nil)
	now := v.g.opts.Now()
	events := v.editEvents(p, now)
	if p.Stage == model.StagePeninjauan && p.Review.Decision == model.DecisionEnd && p.NextID == "" {
		p.Status = model.StatusSelesai
	}
	if err := v.g.db.SavePartnership(&p, events...); err != nil {
		v.g.showError("error.save", err)
		v.setStatus(lang.L("ps.notsaved"), widget.DangerImportance)
		return false
	}
	v.reload(p)
	v.setStatus(lang.L("form.saved"), widget.SuccessImportance)
	return true
}

// showFirstUnreadable shows the first stage whose form has a field it cannot read.
func (v *partnershipView) showFirstUnreadable() {
	for st := model.StageKebutuhan; st <= v.stored.Stage; st++ {
		p := v.stored
		if !v.forms[st].apply(&p, false) {
			if st != v.shown {
				v.showStage(st)
				v.forms[st].apply(&p, true)
			}
			return
		}
	}
}

// reload shows p as the store now holds it, on the same stage when it can.
func (v *partnershipView) reload(p model.Partnership) {
	if stored, err := v.g.db.Partnership(p.ID); err == nil {
		p = stored
	}
	shown := v.shown
	v.addPanels(p.ID) // a new partnership gets its timeline and attachments
	v.load(p)
	if shown > p.Stage {
		shown = p.Stage
	}
	v.showStage(shown)
	if v.timeline != nil {
		v.timeline.refresh()
	}
	v.g.partnershipChanged(p.ID)
}

// sections are the parts of a partnership each stage edits.
func sections(p model.Partnership) [8]any {
	return [8]any{nil,
		struct {
			T string
			N model.Need
		}{p.Title, p.Need},
		struct {
			C []model.Candidate
			P model.ID
		}{p.Candidates, p.PartnerID},
		p.Proposal, p.Agreement, p.Activities, p.Evaluations, p.Review}
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// editEvents are the timeline events of saving p over the stored partnership: which
// stages were edited, activities done and evaluations recorded. New activities and
// evaluations get their IDs here.
func (v *partnershipView) editEvents(p model.Partnership, now time.Time) []model.Event {
	oldEval := map[model.ID]model.Evaluation{}
	for _, e := range v.stored.Evaluations {
		oldEval[e.ID] = e
	}
	var newEvals []int
	for i := range p.Activities {
		if p.Activities[i].ID == "" {
			p.Activities[i].ID = model.NewID(now)
		}
	}
	for i := range p.Evaluations {
		if p.Evaluations[i].ID == "" {
			p.Evaluations[i].ID = model.NewID(now)
			newEvals = append(newEvals, i)
		}
	}
	if v.stored.ID == "" {
		return nil // the store records its creation
	}
	var events []model.Event
	old, cur := sections(v.stored), sections(p)
	var nums, names []string
	for st := model.StageKebutuhan; st <= model.StagePeninjauan; st++ {
		if !sameJSON(old[st], cur[st]) {
			nums = append(nums, strconv.Itoa(int(st)))
			names = append(names, st.Name())
		}
	}
	if len(nums) > 0 {
		events = append(events, model.Event{Kind: model.EventEdited, Stage: p.Stage,
			Text: fmt.Sprintf("Tahap %s diubah: %s", strings.Join(nums, ", "), strings.Join(names, "; "))})
	}
	wasDone := map[model.ID]bool{}
	for _, a := range v.stored.Activities {
		wasDone[a.ID] = a.Status == model.ActivityDone
	}
	for _, a := range p.Activities {
		if a.Status == model.ActivityDone && !wasDone[a.ID] {
			events = append(events, model.Event{Kind: model.EventActivity, Stage: model.StageImplementasi,
				Text: "Kegiatan terlaksana: " + a.Title})
		}
	}
	for i, e := range p.Evaluations {
		prev, had := oldEval[e.ID]
		switch {
		case !had || indexOf(newEvals, i) >= 0:
			events = append(events, model.Event{Kind: model.EventEvaluation, Stage: model.StageMonev,
				Text: "Evaluasi dicatat: " + model.LongDate(e.Date)})
		case !sameJSON(prev, e):
			events = append(events, model.Event{Kind: model.EventEvaluation, Stage: model.StageMonev,
				Text: "Evaluasi diubah: " + model.LongDate(e.Date)})
		}
	}
	return events
}

// needsSave reports whether the widgets differ from what is stored.
func (v *partnershipView) needsSave() bool {
	if v.stored.ID == "" {
		return true
	}
	p, ok := v.collect(false)
	if !ok {
		return true
	}
	old, cur := sections(v.stored), sections(p)
	for st := model.StageKebutuhan; st <= model.StagePeninjauan; st++ {
		if !sameJSON(old[st], cur[st]) {
			return true
		}
	}
	return false
}

// advance saves what was typed, then moves the partnership to the next stage when
// the checklist of its stage is complete, or says what is missing.
func (v *partnershipView) advance() {
	if v.needsSave() && !v.save() {
		return
	}
	p := v.stored
	ev, err := p.Advance(v.partner(p.PartnerID), v.g.opts.Now())
	var incomplete *model.IncompleteError
	if errors.As(err, &incomplete) {
		v.showIncomplete(incomplete)
		return
	}
	if err != nil {
		v.g.showError("error.save", err)
		return
	}
	ev.Time = time.Time{} // the store's clock keeps the timeline in order
	if err := v.g.db.SavePartnership(&p, ev); err != nil {
		v.g.showError("error.save", err)
		return
	}
	v.reload(p)
	v.showStage(v.stored.Stage)
	v.setStatus(lang.L("ps.moved", map[string]any{"Stage": stageLabel(v.stored.Stage)}), widget.SuccessImportance)
}

// showIncomplete lists what the stage still lacks.
func (v *partnershipView) showIncomplete(e *model.IncompleteError) {
	lines := []string{lang.L("ps.incomplete.intro", map[string]any{"Stage": stageLabel(e.Stage)})}
	for _, r := range e.Missing {
		lines = append(lines, "• "+lang.X(r.Key, r.Text))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("ps.incomplete.title"), lang.L("action.ok"), msg, v.g.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// showReopen asks for an earlier stage and the reason, then moves back to it.
func (v *partnershipView) showReopen() {
	if v.stored.ID == "" || v.stored.Stage <= model.StageKebutuhan {
		return
	}
	if v.needsSave() && !v.save() {
		return
	}
	earlier := model.Stages[:v.stored.Stage-1]
	v.reopenStage = widget.NewSelect(labelsOf(earlier, stageLabel), nil)
	v.reopenStage.SetSelectedIndex(len(earlier) - 1)
	v.reopenReason = widget.NewMultiLineEntry()
	v.reopenReason.SetMinRowsVisible(3)
	v.reopenReason.Wrapping = fyne.TextWrapWord
	v.reopenReason.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return userError{lang.L("validation.reason")}
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("ps.reopen.stage"), v.reopenStage),
		widget.NewFormItem(lang.L("ps.reopen.reason"), v.reopenReason),
	}
	items[1].HintText = lang.L("ps.reopen.reason.hint")
	d := dialog.NewForm(lang.L("ps.reopen.title"), lang.L("ps.reopen.confirm"), lang.L("action.cancel"), items,
		func(ok bool) {
			if ok {
				v.reopen(earlier[v.reopenStage.SelectedIndex()], v.reopenReason.Text)
			}
		}, v.g.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// reopen moves the partnership back to stage to, for the reason given.
func (v *partnershipView) reopen(to model.Stage, reason string) bool {
	p := v.stored
	ev, err := p.Reopen(to, reason, v.g.opts.Now())
	if err != nil {
		v.g.showError("error.save", err)
		return false
	}
	ev.Time = time.Time{}
	if err := v.g.db.SavePartnership(&p, ev); err != nil {
		v.g.showError("error.save", err)
		return false
	}
	v.reload(p)
	v.showStage(v.stored.Stage)
	v.setStatus(lang.L("ps.reopened", map[string]any{"Stage": stageLabel(to)}), widget.SuccessImportance)
	return true
}

// extend makes the next period of a partnership whose review decided to extend it,
// saves both and shows the new one.
func (v *partnershipView) extend() {
	if v.needsSave() && !v.save() {
		return
	}
	old := v.stored
	next, events, err := old.Extend(v.g.opts.Now())
	if err != nil {
		v.g.showError("error.save", err)
		return
	}
	for i := range events {
		events[i].Time = time.Time{}
	}
	if err := v.g.db.SaveExtension(&old, &next, events); err != nil {
		v.g.showError("error.save", err)
		return
	}
	v.g.partnershipChanged(old.ID)
	v.g.partnershipChanged(next.ID)
	v.s.showPartnership(next.ID)
	if d := v.s.detail; d != nil {
		d.setStatus(lang.L("ps.extended"), widget.SuccessImportance)
	}
}

// confirmDelete asks before deleting the partnership shown.
func (v *partnershipView) confirmDelete() {
	p := v.stored
	if p.ID == "" {
		return
	}
	d := dialog.NewConfirm(lang.L("partnership.delete.title"),
		lang.L("partnership.delete.question", map[string]string{"Title": p.Title}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := v.g.db.DeletePartnership(p.ID); err != nil {
				v.g.showError("error.delete", err)
				return
			}
			v.s.showNew()
			v.s.detail.setStatus(lang.L("form.deleted"), widget.MediumImportance)
			v.g.partnershipChanged(p.ID)
		}, v.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
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
			"Date": model.LongDate(l.Date), "Code": l.Code,
		}))
	}
	v.letters.SetText(strings.Join(lines, "\n"))
}

// updatePrintState says again, in the Dokumen tab, which documents the stored
// partnership's data allow and what the others lack.
func (v *partnershipView) updatePrintState() {
	if v.docs == nil {
		return
	}
	school, err := v.g.db.School()
	if err != nil {
		school = model.School{}
	}
	v.docs.update(v.stored, school)
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

// stepItem is one stage in the stepper: its number and short name, with an icon that
// says done (a tick), current (an arrow) or not yet (an empty circle); the stage shown
// is underlined. Colours come from the theme, so dark mode works.
type stepItem struct {
	widget.BaseWidget
	stage model.Stage
	onTap func()
	state stepState
	shown bool

	icon  *widget.Icon
	label *widget.Label
	line  *canvas.Rectangle
}

func newStepItem(st model.Stage, onTap func()) *stepItem {
	s := &stepItem{stage: st, onTap: onTap}
	s.icon = widget.NewIcon(nil)
	s.label = widget.NewLabel(fmt.Sprintf("%d %s", int(st), lang.X("stage.short."+st.Key(), st.Key())))
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.label.Alignment = fyne.TextAlignCenter
	s.line = canvas.NewRectangle(nil)
	s.line.SetMinSize(fyne.NewSize(0, 3))
	s.ExtendBaseWidget(s)
	s.set(stepNotYet, false)
	return s
}

func (s *stepItem) set(state stepState, shown bool) {
	s.state, s.shown = state, shown
	switch state {
	case stepDone:
		s.icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		s.label.Importance = widget.MediumImportance
	case stepCurrent:
		s.icon.SetResource(theme.NewPrimaryThemedResource(theme.MediaPlayIcon()))
		s.label.Importance = widget.HighImportance
	default:
		s.icon.SetResource(theme.NewDisabledResource(theme.RadioButtonIcon()))
		s.label.Importance = widget.LowImportance
	}
	s.label.TextStyle = fyne.TextStyle{Bold: shown}
	s.label.Refresh()
	s.Refresh()
}

// Tapped shows the stage's form.
func (s *stepItem) Tapped(*fyne.PointEvent) {
	if s.onTap != nil {
		s.onTap()
	}
}

func (s *stepItem) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewCenter(s.icon)
	c := container.NewBorder(top, s.line, nil, nil, s.label)
	return &stepRenderer{item: s, WidgetRenderer: widget.NewSimpleRenderer(c)}
}

type stepRenderer struct {
	fyne.WidgetRenderer
	item *stepItem
}

func (r *stepRenderer) Refresh() {
	th := r.item.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if r.item.shown {
		r.item.line.FillColor = th.Color(theme.ColorNamePrimary, v)
	} else {
		r.item.line.FillColor = th.Color(theme.ColorNameSeparator, v)
	}
	r.item.line.Refresh()
	r.WidgetRenderer.Refresh()
}
