package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Beranda of an SMK: the link-and-match coverage of each kompetensi keahlian — which
// of the package's components partnerships cover, and by which partner; which are
// only planned (a partnership not running yet); and which have no partner at all
// (model.LinkMatchCoverage, from the summaries alone). A school of another level
// sees nothing of it.

// newCoverageBox is the section, empty and hidden until showCoverage fills it.
func newCoverageBox() *fyne.Container {
	c := container.NewVBox()
	c.Hide()
	return c
}

// showCoverage fills the section for an SMK and hides it for any other school.
func (h *homeScreen) showCoverage(school model.School, sums []model.Summary) {
	box := h.coverage
	if !school.IsSMK() {
		box.Objects = nil
		box.Hide()
		return
	}
	cov := model.LinkMatchCoverage(school, sums)
	objs := []fyne.CanvasObject{heading(lang.L("smk.home.coverage"))}
	if len(cov) == 0 {
		objs = append(objs, wrapped(lang.L("smk.home.coverage.nokompetensi"), widget.LowImportance))
	}
	for _, k := range cov {
		name := k.Kompetensi
		if !k.Listed {
			name = lang.L("smk.home.coverage.unlisted", map[string]string{"Name": name})
		}
		title := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		covered := len(k.Components) - len(k.Uncovered())
		objs = append(objs, title, wrapped(lang.L("smk.home.coverage.count",
			map[string]int{"Covered": covered, "All": len(k.Components)}), widget.MediumImportance))
		for _, c := range k.Components {
			objs = append(objs, coverageLine(c))
		}
		objs = append(objs, widget.NewSeparator())
	}
	box.Objects = objs
	box.Show()
	box.Refresh()
}

// coverageLine says who covers one component: the partners whose partnerships run,
// those that only plan it, or that none does.
func coverageLine(c model.ComponentCoverage) fyne.CanvasObject {
	var running, planned []string
	seen := map[string]bool{}
	for _, e := range c.By {
		name := e.PartnerName
		if name == "" {
			name = e.Title
		}
		key := name + "|" + map[bool]string{true: "r", false: "p"}[e.InForce]
		if seen[key] {
			continue
		}
		seen[key] = true
		if e.InForce {
			running = append(running, name)
		} else {
			planned = append(planned, name)
		}
	}
	label := linkMatchLabel(c.Component)
	switch {
	case len(running) > 0:
		text := "✓ " + lang.L("smk.home.coverage.by", map[string]string{"Component": label, "Partners": strings.Join(running, ", ")})
		if len(planned) > 0 {
			text += "; " + lang.L("smk.home.coverage.alsoplanned", map[string]string{"Partners": strings.Join(planned, ", ")})
		}
		return wrapped(text, widget.SuccessImportance)
	case len(planned) > 0:
		return wrapped("◐ "+lang.L("smk.home.coverage.planned", map[string]string{"Component": label, "Partners": strings.Join(planned, ", ")}),
			widget.WarningImportance)
	default:
		return wrapped("✗ "+lang.L("smk.home.coverage.none", map[string]string{"Component": label}), widget.DangerImportance)
	}
}

// wrapped is a label that wraps, of the given importance.
func wrapped(text string, imp widget.Importance) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = imp
	return l
}
