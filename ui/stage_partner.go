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

// candidatesForm is stage 2, Penjajakan dan Identifikasi Mitra: the partners
// considered, the notes of each approach, and the partner chosen.
type candidatesForm struct {
	v          *partnershipView
	fs         *fieldSet
	candidates *rowList[model.Candidate]
	chosen     *widget.Select
	contact    *widget.Label
	signatory  *widget.Label
	editButton *widget.Button
	content    fyne.CanvasObject
}

func newCandidatesForm(v *partnershipView) *candidatesForm {
	f := &candidatesForm{v: v, fs: newFieldSet()}
	f.candidates = newRowList(lang.L("candidate.add"), lang.L("candidate.none"), f.candidateRow)
	f.candidates.onChanged = v.changed
	f.candidates.stacked = true

	f.chosen = widget.NewSelect(nil, nil)
	f.chosen.PlaceHolder = lang.L("form.choose")
	chosenField := f.fs.add("partner", lang.L("candidate.chosen"), f.chosen, lang.L("candidate.chosen.hint"))
	f.chosen.OnChanged = func(string) {
		chosenField.setError("")
		f.showChosen()
		v.changed()
	}
	f.contact = widget.NewLabel("")
	f.contact.Wrapping = fyne.TextWrapWord
	f.signatory = widget.NewLabel("")
	f.signatory.Wrapping = fyne.TextWrapWord
	f.editButton = widget.NewButtonWithIcon(lang.L("candidate.editpartner"), theme.DocumentCreateIcon(), func() {
		id := f.chosenID()
		v.g.show(tabMitra)
		if pt := v.partner(id); pt != nil {
			v.g.partners.edit(*pt)
		}
	})
	newPartner := widget.NewButtonWithIcon(lang.L("partnership.newpartner"), theme.ContentAddIcon(), func() {
		v.g.show(tabMitra)
		v.g.partners.startNew()
	})
	f.setPartners()

	f.content = container.NewVBox(
		section(lang.L("candidate.section"), f.candidates.object()),
		section(lang.L("candidate.chosen.section"),
			stacked(f.fs, "partner"),
			f.contact, f.signatory,
			container.NewHBox(f.editButton, newPartner)),
		section(lang.L("partnership.letters"), v.letters),
	)
	return f
}

func (f *candidatesForm) object() fyne.CanvasObject { return f.content }

// partnerOptions are the partners as the selects offer them.
func (f *candidatesForm) partnerOptions() []string {
	return labelsOf(f.v.partners, partnerOption)
}

func (f *candidatesForm) partnerAt(s *widget.Select) model.ID {
	if i := s.SelectedIndex(); i >= 0 && i < len(f.v.partners) {
		return f.v.partners[i].ID
	}
	return ""
}

func (f *candidatesForm) selectPartner(s *widget.Select, id model.ID) {
	for i, p := range f.v.partners {
		if p.ID == id && id != "" {
			s.SetSelectedIndex(i)
			return
		}
	}
	s.ClearSelected()
}

func (f *candidatesForm) chosenID() model.ID { return f.partnerAt(f.chosen) }

// setPartners takes the partner list again, keeping every choice.
func (f *candidatesForm) setPartners() {
	chosen := f.chosenID()
	cands, _ := f.candidates.peek()
	f.chosen.SetOptions(f.partnerOptions())
	f.selectPartner(f.chosen, chosen)
	f.candidates.setValues(cands)
	f.showChosen()
}

// showChosen shows the chosen partner's contact person and signatory.
func (f *candidatesForm) showChosen() {
	pt := f.v.partner(f.chosenID())
	if pt == nil {
		f.contact.SetText(lang.L("candidate.nochosen"))
		f.signatory.SetText("")
		f.signatory.Hide()
		f.editButton.Disable()
		return
	}
	missing := lang.L("candidate.missing")
	contact, sign := pt.ContactPerson, strings.TrimSpace(pt.SignatoryName+", "+pt.SignatoryPosition)
	if contact == "" {
		contact = missing
	} else if pt.Phone != "" {
		contact += " (" + pt.Phone + ")"
	}
	sign = strings.Trim(sign, ", ")
	if pt.SignatoryName == "" {
		sign = missing
	}
	f.contact.SetText(lang.L("candidate.contact", map[string]any{"Name": contact}))
	f.signatory.SetText(lang.L("candidate.signatory", map[string]any{"Name": sign}))
	f.signatory.Show()
	f.editButton.Enable()
}

// candidateRow edits one candidate: the partner, notes and the approaches made.
func (f *candidatesForm) candidateRow(changed func()) rowEditor[model.Candidate] {
	partner := widget.NewSelect(f.partnerOptions(), func(string) { changed() })
	partner.PlaceHolder = lang.L("candidate.partner")
	notes := widget.NewEntry()
	notes.PlaceHolder = lang.L("candidate.notes")
	notes.OnChanged = func(string) { changed() }
	approaches := newRowList(lang.L("approach.add"), lang.L("approach.none"), approachRow)
	approaches.onChanged = changed
	approaches.stacked = true
	obj := container.NewVBox(partner, notes,
		container.NewPadded(labeled(lang.L("approach.title"), approaches.object())))
	return rowEditor[model.Candidate]{
		object: widget.NewCard("", "", obj),
		get: func() (model.Candidate, error) {
			as, ok := approaches.values()
			if !ok {
				return model.Candidate{}, userError{lang.L("approach.invalid")}
			}
			return model.Candidate{PartnerID: f.partnerAt(partner), Notes: strings.TrimSpace(notes.Text), Approaches: as}, nil
		},
		set: func(c model.Candidate) {
			f.selectPartner(partner, c.PartnerID)
			notes.SetText(c.Notes)
			approaches.setValues(c.Approaches)
		},
	}
}

// approachRow edits one approach: when, and what came of it.
func approachRow(changed func()) rowEditor[model.Approach] {
	var old model.Approach
	date := newDateEntry(changed)
	notes := widget.NewEntry()
	notes.PlaceHolder = lang.L("approach.notes")
	notes.OnChanged = func(string) { changed() }
	return rowEditor[model.Approach]{
		object: container.NewVBox(container.NewHBox(fixedWidth(dateWidth, date)), notes),
		get: func() (model.Approach, error) {
			d, err := readDate(date, old.Date)
			return model.Approach{Date: d, Notes: strings.TrimSpace(notes.Text)}, err
		},
		set: func(a model.Approach) {
			old = a
			setDateValue(date, a.Date)
			notes.SetText(a.Notes)
		},
	}
}

func (f *candidatesForm) load(p model.Partnership) {
	f.candidates.setValues(p.Candidates)
	f.selectPartner(f.chosen, p.PartnerID)
	f.showChosen()
}

func (f *candidatesForm) apply(p *model.Partnership, show bool) bool {
	var cands []model.Candidate
	var ok bool
	if show {
		cands, ok = f.candidates.values()
	} else {
		cands, ok = f.candidates.peek()
	}
	var kept []model.Candidate
	for _, c := range cands {
		if c.PartnerID != "" || c.Notes != "" || len(c.Approaches) > 0 {
			kept = append(kept, c)
		}
	}
	p.Candidates = kept
	p.PartnerID = f.chosenID()
	return ok
}

func (f *candidatesForm) place(problems model.Problems) model.Problems { return f.fs.show(problems) }

// meets: the partner is chosen here; its contact person and signatory are filled in
// on the Mitra screen, which Ubah data mitra opens.
func (f *candidatesForm) meets(key string) fyne.CanvasObject {
	switch key {
	case "check.partner.chosen":
		return f.chosen
	case "check.partner.contact", "check.partner.signatory":
		return f.editButton
	}
	return nil
}
