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

// buildHeader is the top of a partnership's screen: its title with the save status
// and Hapus; below, the partner, status and stage, the links to the periods
// before and after it, and the progress through the seven stages.
func (v *partnershipView) buildHeader() fyne.CanvasObject {
	v.titleLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.titleLabel.SizeName = theme.SizeNameSubHeadingText
	v.titleLabel.Truncation = fyne.TextTruncateEllipsis
	v.infoLabel = widget.NewLabel("")
	v.infoLabel.Truncation = fyne.TextTruncateEllipsis
	v.progress = newProgressBar() // its words beside it, readable
	v.progress.Max = 7
	v.progressText = widget.NewLabel("")
	v.prevLink = widget.NewButtonWithIcon(lang.L("ps.previous"), theme.NavigateBackIcon(), func() {
		v.s.showPartnership(v.stored.PreviousID)
	})
	v.nextLink = widget.NewButtonWithIcon(lang.L("ps.next"), theme.NavigateNextIcon(), func() {
		v.s.showPartnership(v.stored.NextID)
	})
	v.prevLink.Importance = widget.LowImportance
	v.nextLink.Importance = widget.LowImportance

	bar := container.NewGridWrap(fyne.NewSize(90, 10), v.progress)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(v.saveStatus, v.deleteButton), v.titleLabel)
	info := container.NewBorder(nil, nil, nil, container.NewHBox(v.prevLink, v.nextLink, v.progressText, container.NewCenter(bar)), v.infoLabel)
	return container.NewVBox(top, info)
}

// updateHeader shows the stored partnership in the header.
func (v *partnershipView) updateHeader() {
	p := v.stored
	if p.ID == "" {
		v.titleLabel.SetText(lang.L("partnership.heading.new"))
	} else {
		v.titleLabel.SetText(p.PeriodTitle(model.PeriodOf(p, v.g.db.Partnership)))
	}
	partner := lang.L("partnership.nopartner.short")
	if pt := v.partner(p.PartnerID); pt != nil {
		partner = pt.Name
	}
	v.infoLabel.SetText(strings.Join([]string{partner, statusLabel(p.Status),
		lang.L("ps.stageof", map[string]any{"Stage": stageLabel(p.Stage)})}, " · "))
	v.progress.SetValue(float64(p.Progress()))
	v.progressText.SetText(lang.L("ps.progress", map[string]any{"Done": p.Progress()}))
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
