package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// The link-and-match editor of an SMK's partnership, in stage 4 (Negosiasi dan
// Perjanjian): which of the package's components ("8+i") the partnership covers, per
// kompetensi keahlian. Stage 4 is where the school and the DUDI agree on what they
// will do together, and what the signed agreement commits them to is what the
// ministry counts: Beranda counts a component as covered once the partnership runs
// (stage 5, model.LinkMatchCoverage), and the Dapodik export takes the PKS's Jenis
// Kerjasama from it. The section shows only to an SMK; a partnership of a school
// that is no SMK (any more) keeps what it has, unseen.
type linkMatchEditor struct {
	v       *partnershipView
	list    *rowList[model.LinkMatch]
	section fyne.CanvasObject
	stored  []model.LinkMatch // as loaded: kept when the section is hidden
	options []string          // the school's kompetensi keahlian
}

func linkMatchLabel(c model.LinkMatchComponent) string {
	return lang.X("linkmatch."+c.Key(), c.Label())
}

func newLinkMatchEditor(v *partnershipView) *linkMatchEditor {
	e := &linkMatchEditor{v: v}
	e.list = newRowList(lang.L("smk.lm.add"), lang.L("smk.lm.none"), e.row)
	e.list.onChanged = v.changed
	e.list.stacked = true
	e.section = section(lang.L("smk.lm.section"), hintLabel(lang.L("smk.lm.hint")), e.list.object())
	e.section.Hide()
	return e
}

// row is the editor of one kompetensi keahlian: its name, the components, notes.
func (e *linkMatchEditor) row(changed func()) rowEditor[model.LinkMatch] {
	komp := widget.NewSelect(e.options, func(string) { changed() })
	komp.PlaceHolder = lang.L("smk.lm.kompetensi.choose")
	labels := labelsOf(model.LinkMatchComponents, linkMatchLabel)
	checks := widget.NewCheckGroup(labels, func([]string) { changed() })
	notes := widget.NewMultiLineEntry()
	notes.Wrapping = fyne.TextWrapWord
	notes.SetMinRowsVisible(2)
	notes.PlaceHolder = lang.L("smk.lm.notes")
	grow := growWithText(notes, 2)
	notes.OnChanged = func(string) {
		grow()
		changed()
	}
	obj := container.NewVBox(komp, checks, notes)
	return rowEditor[model.LinkMatch]{
		object: widget.NewCard("", "", obj),
		get: func() (model.LinkMatch, error) {
			l := model.LinkMatch{Kompetensi: strings.TrimSpace(komp.Selected), Notes: strings.TrimSpace(notes.Text)}
			for i, c := range model.LinkMatchComponents {
				if slices.Contains(checks.Selected, labels[i]) {
					l.Components = append(l.Components, c)
				}
			}
			return l, nil
		},
		set: func(l model.LinkMatch) {
			opts := e.options
			// a kompetensi keahlian the school's list lacks now (renamed, removed)
			// stays as the partnership names it
			if l.Kompetensi != "" && !slices.ContainsFunc(opts, func(o string) bool {
				return model.KompetensiKey(o) == model.KompetensiKey(l.Kompetensi)
			}) {
				opts = append(slices.Clone(opts), l.Kompetensi)
			}
			komp.SetOptions(opts)
			komp.ClearSelected()
			for _, o := range opts {
				if model.KompetensiKey(o) == model.KompetensiKey(l.Kompetensi) {
					komp.SetSelected(o)
				}
			}
			var on []string
			for i, c := range model.LinkMatchComponents {
				if l.Covers(c) {
					on = append(on, labels[i])
				}
			}
			checks.SetSelected(on)
			notes.SetText(l.Notes)
		},
	}
}

// load shows the partnership's entries, for an SMK only.
func (e *linkMatchEditor) load(p model.Partnership, school model.School) {
	e.stored = p.LinkMatch
	e.options = school.Kompetensi()
	e.list.setValues(p.LinkMatch)
	setVisible(e.section, school.IsSMK())
}

// apply writes the entries into p; rows left empty are dropped.
func (e *linkMatchEditor) apply(p *model.Partnership) {
	if !e.section.Visible() {
		p.LinkMatch = e.stored
		return
	}
	vs, _ := e.list.peek()
	var out []model.LinkMatch
	for _, l := range vs {
		if l.Kompetensi != "" || len(l.Components) > 0 || l.Notes != "" {
			out = append(out, l)
		}
	}
	p.LinkMatch = out
}

// place shows each entry's problems under its row.
func (e *linkMatchEditor) place(problems model.Problems) model.Problems {
	var rest model.Problems
	for _, p := range problems {
		if i, _ := fmtSscanIndex(p.Field, "link_match"); i >= 0 && e.section.Visible() {
			e.list.setRowError(e.rowOf(i), problemText(p))
			continue
		}
		rest = append(rest, p)
	}
	return rest
}

// rowOf is the row of the i-th entry apply keeps (empty rows are dropped).
func (e *linkMatchEditor) rowOf(i int) int {
	vs, _ := e.list.peek()
	n := -1
	for r, l := range vs {
		if l.Kompetensi != "" || len(l.Components) > 0 || l.Notes != "" {
			if n++; n == i {
				return r
			}
		}
	}
	return i
}

// schoolChanged follows the profile: new rows offer its kompetensi keahlian, and the
// section shows for an SMK, with what the partnership holds when it was hidden.
func (e *linkMatchEditor) schoolChanged(school model.School) {
	e.options = school.Kompetensi()
	was := e.section.Visible()
	setVisible(e.section, school.IsSMK())
	if school.IsSMK() && !was {
		e.list.setValues(e.stored)
	}
}
