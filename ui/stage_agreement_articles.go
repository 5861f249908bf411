package ui

import (
	"errors"
	"maps"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// articleTexts is the Isi pasal section of stage 4: the considerations and every
// article of the chosen kind (PKS or MoU) with the wording in force — the agreement's
// own, else the school's (Pengaturan → Template Pasal), else the default — editable.
// What differs from the school's wording goes to Agreement.Articles; Kembalikan sets
// an article back to the school's wording.
type articleTexts struct {
	f      *agreementForm
	kind   model.AgreementKind
	school map[string]string // the school's wording, as loaded
	stored map[string]string // the agreement's own wording, as loaded
	texts  map[string]string // what the editors hold, by template name (both kinds)
	box    *fyne.Container
	rows   map[string]*articleRow

	// parsed is the wording last parsed without show, and whether it parsed: the
	// checklist reads the form on every keystroke, and parsing every article each
	// time made typing slow.
	parsed struct {
		articles map[string]string
		ok, set  bool
	}
}

type articleRow struct {
	name    string
	state   *widget.Label
	editor  *widget.Entry
	reset   *widget.Button
	problem *widget.Label
}

func newArticleTexts(f *agreementForm) *articleTexts {
	a := &articleTexts{f: f, texts: map[string]string{}, rows: map[string]*articleRow{}}
	a.box = container.NewVBox()
	return a
}

// names are the templates of an agreement of kind k, in print order.
func articleNames(k model.AgreementKind) []string {
	arts := pdf.PKSArticles
	if k == model.AgreementMoU {
		arts = pdf.MoUArticles
	}
	names := []string{pdf.TemplateNames()[0]} // the considerations
	for _, art := range arts {
		names = append(names, art.Name)
	}
	return names
}

// inherited is the wording the agreement has without its own: the school's, else the default.
func (a *articleTexts) inherited(name string) string {
	if t, ok := a.school[name]; ok && strings.TrimSpace(t) != "" {
		return t
	}
	return pdf.DefaultTemplate(name)
}

// load shows the stored agreement's wording.
func (a *articleTexts) load(ag model.Agreement) {
	// the school's wording; when it cannot be read, the screen says so and keeps
	// what it read before (at first, the defaults)
	if school, err := a.f.v.g.db.SchoolTemplates(); err != nil {
		a.f.v.g.showError("error.read", err)
	} else {
		a.school = school
	}
	a.stored = ag.Articles
	a.parsed.set = false
	a.texts = map[string]string{}
	for _, name := range pdf.TemplateNames() {
		if t, ok := ag.Articles[name]; ok && strings.TrimSpace(t) != "" {
			a.texts[name] = t
		} else {
			a.texts[name] = a.inherited(name)
		}
	}
	if k := shownKind(ag.Kind); k == a.kind && len(a.rows) > 0 {
		// the same articles: their editors take the wording loaded, and are not made again
		for name, r := range a.rows {
			if r.editor.Text != a.texts[name] {
				r.editor.SetText(a.texts[name])
			}
			r.problem.Hide()
			a.showState(r)
		}
		return
	}
	a.kind = ""
	a.show(ag.Kind)
}

// shownKind is the kind whose articles the form shows for k: PKS when none is chosen.
func shownKind(k model.AgreementKind) model.AgreementKind {
	if k != model.AgreementMoU {
		return model.AgreementPKS
	}
	return k
}

// show lists the articles of kind k (PKS when none is chosen yet).
func (a *articleTexts) show(k model.AgreementKind) {
	k = shownKind(k)
	if k == a.kind && len(a.box.Objects) > 0 {
		return
	}
	a.kind = k
	a.rows = map[string]*articleRow{}
	a.box.Objects = nil
	for _, name := range articleNames(k) {
		r := a.newRow(name)
		a.rows[name] = r
		a.box.Add(container.NewVBox(
			container.NewBorder(nil, nil, nil, r.reset, container.NewVBox(
				widget.NewLabelWithStyle(templateLabel(name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.state)),
			r.editor, r.problem))
	}
	a.box.Refresh()
}

func (a *articleTexts) newRow(name string) *articleRow {
	r := &articleRow{name: name}
	r.state = widget.NewLabel("")
	r.state.SizeName = theme.SizeNameCaptionText
	r.problem = widget.NewLabel("")
	r.problem.Importance = widget.DangerImportance
	r.problem.Wrapping = fyne.TextWrapWord
	r.problem.Hide()
	r.editor = widget.NewMultiLineEntry()
	r.editor.TextStyle = fyne.TextStyle{Monospace: true}
	r.editor.Wrapping = fyne.TextWrapWord
	r.editor.SetMinRowsVisible(4)
	r.editor.SetText(a.texts[name])
	r.editor.OnChanged = func(s string) {
		a.texts[name] = s
		r.problem.Hide()
		a.showState(r)
		a.f.v.changed()
	}
	r.reset = widget.NewButtonWithIcon(lang.L("articles.reset"), theme.ContentUndoIcon(), func() {
		r.editor.SetText(a.inherited(name)) // OnChanged records it
	})
	r.reset.Importance = widget.LowImportance
	a.showState(r)
	return r
}

// showState says where an article's wording comes from.
func (a *articleTexts) showState(r *articleRow) {
	if a.texts[r.name] != a.inherited(r.name) {
		r.state.SetText(lang.L("articles.state.own"))
		r.reset.Enable()
		return
	}
	r.reset.Disable()
	if _, ok := a.school[r.name]; ok {
		r.state.SetText(lang.L("articles.state.school"))
	} else {
		r.state.SetText(lang.L("articles.state.default"))
	}
}

// articles is the agreement's own wording: each text that differs from the school's,
// nil when none does.
func (a *articleTexts) articles() map[string]string {
	var m map[string]string
	for _, name := range pdf.TemplateNames() {
		t, ok := a.texts[name]
		if !ok || strings.TrimSpace(t) == "" || t == a.inherited(name) {
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		m[name] = t
	}
	return m
}

// check parses the wording (and with show fills it in with sample data), and shows a
// template's error at its editor.
func (a *articleTexts) check(articles map[string]string, show bool) bool {
	if show {
		for _, r := range a.rows {
			r.problem.Hide()
		}
	}
	if !show && a.parsed.set && maps.Equal(a.parsed.articles, articles) {
		return a.parsed.ok
	}
	err := checkTemplates(a.school, articles, show)
	if !show {
		a.parsed.articles, a.parsed.ok, a.parsed.set = articles, err == nil, true
	}
	if err == nil {
		return true
	}
	if show {
		var te *pdf.TemplateError
		if errors.As(err, &te) {
			if r := a.rows[te.Name]; r != nil {
				r.problem.SetText(lang.L("templates.problem", map[string]string{"Err": te.Error()}))
				r.problem.Show()
			} else {
				a.f.v.g.showError("articles.failed", err)
			}
		} else {
			a.f.v.g.showError("articles.failed", err)
		}
	}
	return false
}
