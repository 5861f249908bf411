package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// needForm is stage 1, Identifikasi Kebutuhan.
type needForm struct {
	v        *partnershipView
	fs       *fieldSet
	title    *widget.Entry
	category *widget.Select
	need     *widget.Entry
	benefit  *widget.CheckGroup
	priority *widget.RadioGroup
	content  fyne.CanvasObject
}

func beneficiaryLabel(b model.Beneficiary) string { return lang.X("beneficiary."+string(b), b.Label()) }
func priorityLabel(p model.Priority) string       { return lang.X("priority."+string(p), p.Label()) }

func newNeedForm(v *partnershipView) *needForm {
	f := &needForm{v: v, fs: newFieldSet()}
	f.title = v.entry(f.fs, "title", lang.L("partnership.title"), lang.L("partnership.title.hint"))
	f.category = v.selectField(f.fs, "category", lang.L("partnership.category"), labelsOf(model.NeedCategories, needLabel))
	f.need = v.multiEntry(f.fs, "need", lang.L("partnership.need"), lang.L("partnership.need.hint"), 4)
	f.benefit = widget.NewCheckGroup(labelsOf(model.Beneficiaries, beneficiaryLabel), func([]string) { v.changed() })
	f.benefit.Horizontal = true
	f.fs.add("beneficiaries", lang.L("need.beneficiaries"), f.benefit, "")
	f.priority = widget.NewRadioGroup(labelsOf(model.Priorities, priorityLabel), func(string) { v.changed() })
	f.priority.Horizontal = true
	f.fs.add("priority", lang.L("need.priority"), f.priority, "")
	f.content = container.NewVBox(
		section(lang.L("need.section"), stacked(f.fs, "title", "category", "need", "beneficiaries", "priority")))
	return f
}

func (f *needForm) object() fyne.CanvasObject { return f.content }

func (f *needForm) load(p model.Partnership) {
	f.title.SetText(p.Title)
	selectValue(f.category, model.NeedCategories, p.Need.Category)
	f.need.SetText(p.Need.Description)
	f.benefit.SetSelected(labelsOf(p.Need.Beneficiaries, beneficiaryLabel))
	if p.Need.Priority == "" {
		f.priority.SetSelected("")
	} else {
		f.priority.SetSelected(priorityLabel(p.Need.Priority))
	}
}

func (f *needForm) apply(p *model.Partnership, show bool) bool {
	p.Title = strings.TrimSpace(f.title.Text)
	p.Need.Category = selectedOf(f.category, model.NeedCategories)
	p.Need.Description = strings.TrimSpace(f.need.Text)
	var bs []model.Beneficiary
	for _, b := range model.Beneficiaries {
		if indexOf(f.benefit.Selected, beneficiaryLabel(b)) >= 0 {
			bs = append(bs, b)
		}
	}
	p.Need.Beneficiaries = bs
	p.Need.Priority = ""
	for _, pr := range model.Priorities {
		if f.priority.Selected == priorityLabel(pr) {
			p.Need.Priority = pr
		}
	}
	return true
}

func (f *needForm) place(problems model.Problems) model.Problems { return f.fs.show(problems) }

func (f *needForm) meets(key string) fyne.CanvasObject {
	switch key {
	case "check.need.category":
		return f.category
	case "check.need.description":
		return f.need
	}
	return nil
}
