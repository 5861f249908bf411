package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// The actions on a partnership, all in one place: Hapus (in the header) and the
// action bar under a stage's form and checklist, which stays in view however long the
// form is: Simpan, Lanjut ke tahap berikutnya, Buka kembali tahap…, and the action of
// one stage, Tandai ditandatangani (stage 4) or Buat periode baru (stage 7).
// updateActions says which the stored partnership and the stage shown allow.

// buildActions makes the action buttons; the header places Hapus, actionBar the rest.
func (v *partnershipView) buildActions() {
	v.saveButton = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() { v.save() })
	v.saveButton.Importance = widget.HighImportance
	v.deleteButton = widget.NewButtonWithIcon("", theme.DeleteIcon(), v.confirmDelete)
	v.deleteButton.Importance = widget.DangerImportance
	v.saveStatus = widget.NewLabel("")
	v.advanceButton = widget.NewButtonWithIcon(lang.L("ps.advance"), theme.NavigateNextIcon(), v.advance)
	v.advanceButton.Importance = widget.HighImportance
	v.reopenButton = widget.NewButtonWithIcon(lang.L("ps.reopen"), theme.ViewRefreshIcon(), v.showReopen)
	v.signButton = widget.NewButtonWithIcon(lang.L("agreement.marksigned"), theme.ConfirmIcon(), v.markSigned)
	v.extendButton = widget.NewButtonWithIcon(lang.L("review.extend"), theme.ContentAddIcon(), v.extend)
}

// actionBar is the row of a stage's actions under its form and checklist; on a
// narrow window (125 %) the buttons wrap onto a second row rather than widen it.
func (v *partnershipView) actionBar() fyne.CanvasObject {
	buttons := container.New(newWrapRow(),
		v.saveButton, v.advanceButton, v.reopenButton, v.signButton, v.extendButton)
	return container.NewVBox(widget.NewSeparator(), buttons)
}

// updateActions shows and enables the actions the stored partnership and the stage
// shown allow: the action of stage 4 or 7 only with its stage's form.
func (v *partnershipView) updateActions() {
	p := v.stored
	saved := p.ID != ""
	setEnabled(v.deleteButton, saved)
	setVisible(v.advanceButton, p.Stage < model.StagePeninjauan)
	setEnabled(v.advanceButton, v.shown == p.Stage && p.Stage < model.StagePeninjauan)
	setVisible(v.reopenButton, saved && p.Stage > model.StageKebutuhan)
	setEnabled(v.reopenButton, saved && p.Stage > model.StageKebutuhan)
	setVisible(v.signButton, v.shown == model.StagePerjanjian)
	setEnabled(v.signButton, saved && p.Stage >= model.StagePerjanjian)
	setVisible(v.extendButton, v.shown == model.StagePeninjauan)
	setEnabled(v.extendButton, p.CanExtend())
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, on bool) {
	if on && !o.Visible() {
		o.Show()
	} else if !on && o.Visible() {
		o.Hide()
	}
}

// save writes the widgets into a copy of the partnership, checks it and saves it with
// the events of what changed (model.Edit). It reports whether it was saved; otherwise
// the screen says why and keeps what was typed.
func (v *partnershipView) save() bool {
	p, ok := v.collect(true)
	if !ok {
		v.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		v.showFirstUnreadable()
		return false
	}
	// what is wrong in itself, and what may not be changed that way (an evaluation
	// outside the agreement's term, an amount typed into the funding conditions)
	if problems := append(p.Validate(), model.ValidateEdit(v.stored, p)...); len(problems) > 0 {
		if rest := v.placeProblems(problems); len(rest) > 0 {
			v.g.showError("error.invalid", rest)
		}
		v.setStatus(lang.L("form.fixfields"), widget.DangerImportance)
		return false
	}
	v.placeProblems(nil)
	key := v.draftKey()
	p, events := model.Edit(v.stored, p, v.g.opts.Now())
	if err := v.g.db.SavePartnership(&p, events...); err != nil {
		v.g.showError("error.save", err)
		v.setStatus(lang.L("ps.notsaved"), widget.DangerImportance)
		return false
	}
	v.g.dropDraft(key) // saved: the typing is safe
	v.reload(p, 0)
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

// placeProblems shows problems at their fields, shows the first form that has one
// and reports those no field shows.
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

// needsSave reports whether the widgets differ from what is stored (prefills
// included, which the dirty mark leaves out).
func (v *partnershipView) needsSave() bool {
	if v.stored.ID == "" {
		return true
	}
	p, ok := v.collect(false)
	return !ok || len(model.ChangedStages(v.stored, p)) > 0
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
	v.reload(p, p.Stage)
	v.setStatus(lang.L("ps.moved", map[string]any{"Stage": stageLabel(v.stored.Stage)}), widget.SuccessImportance)
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
	v.reload(p, p.Stage)
	v.setStatus(lang.L("ps.reopened", map[string]any{"Stage": stageLabel(to)}), widget.SuccessImportance)
	return true
}

// markSigned records the agreement's signing (the PKS's, or the MoU's when stage 4
// makes an MoU alone): it asks on which day both parties signed, offering the date
// already typed, else the agreement's own date (when it is not after today), else
// today; a date after today is refused. Then it saves, and the timeline says so.
func (v *partnershipView) markSigned() {
	field, own := v.agree.signingDate(), v.agree.agreementDate()
	now := civilDate(v.g.opts.Now())
	offer := now
	if d, err := readDate(field, time.Time{}); err == nil && !d.IsZero() {
		offer = d
	} else if d := dateOf(own); !d.IsZero() && !d.After(now) {
		offer = d
	}
	when := newDateEntry(nil)
	setDateValue(when, offer)
	when.check = func(d time.Time) error {
		if d.After(now) {
			return userError{lang.L("agreement.sign.future")}
		}
		return nil
	}
	note := widget.NewLabel(lang.L("agreement.sign.note"))
	note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(&widget.FormItem{Text: lang.L("agreement.sign.date"), Widget: fixedWidth(dateWidth, when)})
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm(lang.L("agreement.sign.title"), lang.L("agreement.marksigned"), lang.L("action.cancel"),
		container.NewVBox(note, form), func(ok bool) {
			if !ok {
				return
			}
			if err := when.validate(""); err != nil {
				e := dialog.NewError(err, v.g.win)
				e.SetOnClosed(d.Show)
				e.Show()
				return
			}
			signed, _ := readDate(when, time.Time{})
			if signed.IsZero() {
				signed = now
			}
			setDateValue(field, signed)
			v.save()
		}, v.g.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
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
			v.g.dropDraft(draftPartnershipPre + string(p.ID))
			v.s.showNew()
			v.s.detail.setStatus(lang.L("form.deleted"), widget.MediumImportance)
			v.g.partnershipChanged(p.ID)
		}, v.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}
