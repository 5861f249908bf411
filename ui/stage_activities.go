package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// activitiesForm is stage 5, Implementasi: the activities and where each stands.
type activitiesForm struct {
	v        *partnershipView
	list     *rowList[model.Activity]
	receipts *receiptsEditor // what was received (stage_receipts.go)
	content  fyne.CanvasObject
}

func activityStatusLabel(s model.ActivityStatus) string {
	return lang.X("activity.status."+string(s), s.Label())
}

func newActivitiesForm(v *partnershipView) *activitiesForm {
	f := &activitiesForm{v: v}
	f.list = newRowList(lang.L("activity.add"), lang.L("activity.none"), activityRow)
	f.list.onChanged = v.changed
	f.list.stacked = true
	hint := widget.NewLabel(lang.L("activity.hint"))
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle = fyne.TextStyle{Italic: true}
	f.receipts = newReceiptsEditor(v)
	f.content = container.NewVBox(section(lang.L("activity.section"), hint, f.list.object()), f.receipts.content)
	return f
}

func (f *activitiesForm) object() fyne.CanvasObject { return f.content }

func activityRow(changed func()) rowEditor[model.Activity] {
	var old model.Activity
	date := newDateEntry(changed)
	title := widget.NewEntry()
	title.PlaceHolder = lang.L("activity.title")
	title.OnChanged = func(string) { changed() }
	desc := widget.NewMultiLineEntry()
	desc.Wrapping = fyne.TextWrapWord
	desc.SetMinRowsVisible(2)
	desc.PlaceHolder = lang.L("activity.description")
	grow := growWithText(desc, 2)
	desc.OnChanged = func(string) {
		grow()
		changed()
	}
	people := widget.NewEntry()
	people.PlaceHolder = lang.L("activity.people")
	people.OnChanged = func(string) { changed() }
	status := widget.NewSelect(labelsOf(model.ActivityStatuses, activityStatusLabel), func(string) { changed() })
	obj := container.NewVBox(title,
		container.NewBorder(nil, nil, fixedWidth(dateWidth, date), nil, status),
		desc, people)
	return rowEditor[model.Activity]{
		object: widget.NewCard("", "", obj),
		get: func() (model.Activity, error) {
			d, err := readDate(date, old.Date)
			st := selectedOf(status, model.ActivityStatuses)
			if st == "" {
				st = model.ActivityPlanned
			}
			return model.Activity{ID: old.ID, Date: d, Title: strings.TrimSpace(title.Text),
				Description: strings.TrimSpace(desc.Text), People: strings.TrimSpace(people.Text), Status: st}, err
		},
		set: func(a model.Activity) {
			old = a
			setDateValue(date, a.Date)
			title.SetText(a.Title)
			desc.SetText(a.Description)
			people.SetText(a.People)
			if a.Status == "" {
				a.Status = model.ActivityPlanned
			}
			selectValue(status, model.ActivityStatuses, a.Status)
		},
	}
}

func (f *activitiesForm) load(p model.Partnership) {
	f.list.setValues(p.Activities)
	f.receipts.load(p)
}

func (f *activitiesForm) apply(p *model.Partnership, show bool) bool {
	acts, ok := read(f.list, show)
	p.Activities = nil
	for _, a := range acts {
		if a.ID != "" || a.Title != "" || a.Description != "" || a.People != "" || !a.Date.IsZero() {
			p.Activities = append(p.Activities, a)
		}
	}
	return f.receipts.apply(p, show) && ok
}

// meets: an activity is marked Terlaksana in its row of the list.
func (f *activitiesForm) meets(key string) fyne.CanvasObject {
	if key == "check.activity.done" {
		return f.list.object()
	}
	return nil
}

func (f *activitiesForm) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "activities"); i >= 0 {
			f.list.setRowError(i, problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return f.receipts.place(rest)
}
