package ui

import (
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
// article of what the stage makes (the MoU's, the PKS's) with the wording in force —
// the agreement's own, else the school's (Pengaturan → Template Pasal), else the
// default — each in a clause editor: plain text with fields inserted from a list.
// What differs from the school's wording goes to Agreement.Clauses; Kembalikan sets
// an article back to the school's wording.
type articleTexts struct {
	f      *agreementForm
	kind   model.AgreementKind
	school map[string]string // the school's wording, as loaded
	stored model.Agreement   // the agreement's own wording (Clauses, and old Articles), as loaded
	texts  map[string]string // what the editors hold, by article name (every kind's)
	box    *fyne.Container
	rows   map[string]*articleRow

	// parsed is the wording last checked without show, and whether it passed: the
	// checklist reads the form on every keystroke, and checking every article each
	// time made typing slow.
	parsed struct {
		clauses map[string]string
		ok, set bool
	}
}

type articleRow struct {
	name   string
	state  *widget.Label
	editor *clauseEditor
	reset  *widget.Button
}

func newArticleTexts(f *agreementForm) *articleTexts {
	a := &articleTexts{f: f, texts: map[string]string{}, rows: map[string]*articleRow{}}
	a.box = container.NewVBox()
	return a
}

// articleNames are the articles of what stage 4 makes of kind k, in print order: the
// considerations, the MoU's articles, the PKS's (a kind not chosen shows the PKS's).
func articleNames(k model.AgreementKind) []string {
	names := []string{pdf.Considerations}
	if k.HasMoU() {
		for _, art := range pdf.MoUArticles {
			names = append(names, art.Name)
		}
	}
	if k.HasPKS() || !k.Valid() {
		for _, art := range pdf.PKSArticles {
			names = append(names, art.Name)
		}
	}
	return names
}

// inherited is the wording the agreement has without its own: the school's, else the default.
func (a *articleTexts) inherited(name string) string {
	return pdf.Wording{School: a.school}.Inherited(name)
}

// load shows the stored agreement's wording.
func (a *articleTexts) load(ag model.Agreement) {
	// the school's wording; when it cannot be read, the screen says so and keeps
	// what it read before (at first, the defaults)
	if school, err := a.f.v.g.db.SchoolClauses(); err != nil {
		a.f.v.g.showError("error.read", err)
	} else {
		a.school = school
	}
	a.stored = ag
	a.parsed.set = false
	a.texts = map[string]string{}
	for _, name := range pdf.ClauseNames() {
		if t, from := (pdf.Wording{School: a.school, Agreement: ag}).Text(name); from == "agreement" {
			a.texts[name] = t
		} else {
			a.texts[name] = a.inherited(name)
		}
	}
	if ag.Kind == a.kind && len(a.rows) > 0 {
		// the same articles: their editors take the wording loaded, and are not made again
		for name, r := range a.rows {
			if r.editor.text() != a.texts[name] {
				r.editor.setText(a.texts[name])
			}
			a.showState(r)
		}
		return
	}
	a.kind = "-"
	a.show(ag.Kind)
}

// show lists the articles of kind k.
func (a *articleTexts) show(k model.AgreementKind) {
	if k == a.kind && len(a.box.Objects) > 0 {
		return
	}
	a.kind = k
	a.rows = map[string]*articleRow{}
	a.box.Objects = nil
	for _, name := range articleNames(k) {
		r := a.newRow(name)
		a.rows[name] = r
		// the article's name wraps: a long one must not widen the window
		title := widget.NewLabelWithStyle(templateLabel(name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		a.box.Add(container.NewVBox(
			container.NewBorder(nil, nil, nil, container.NewHBox(r.editor.insert, r.reset), container.NewVBox(title, r.state)),
			r.editor.content))
	}
	a.box.Refresh()
}

func (a *articleTexts) newRow(name string) *articleRow {
	r := &articleRow{name: name}
	r.state = widget.NewLabel("")
	r.state.SizeName = theme.SizeNameCaptionText
	r.editor = newClauseEditor(name, 4, func(s string) {
		a.texts[name] = s
		a.showState(r)
		a.f.v.changed()
	})
	r.editor.setText(a.texts[name])
	r.reset = widget.NewButtonWithIcon(lang.L("articles.reset"), theme.ContentUndoIcon(), func() {
		r.editor.entry.SetText(a.inherited(name)) // OnChanged records it
		r.editor.setText(a.inherited(name))       // and the editor becomes editable again
		a.texts[name] = a.inherited(name)
		a.showState(r)
		a.f.v.changed()
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

// own is the agreement's own wording: each text that differs from the school's — as
// plain text (Clauses), or an old template kept as it was (Articles); nil when none.
func (a *articleTexts) own() (clauses, articles map[string]string) {
	for _, name := range pdf.ClauseNames() {
		t, ok := a.texts[name]
		if !ok || strings.TrimSpace(t) == "" || t == a.inherited(name) {
			continue
		}
		if old, kept := a.stored.Articles[name]; kept && old == t {
			if articles == nil {
				articles = map[string]string{}
			}
			articles[name] = t
			continue
		}
		if clauses == nil {
			clauses = map[string]string{}
		}
		clauses[name] = t
	}
	return clauses, articles
}

// check checks the wording (and with show fills it in with sample data), and shows
// what is wrong at its editor.
func (a *articleTexts) check(ag model.Agreement, show bool) bool {
	if !show && a.parsed.set && maps.Equal(a.parsed.clauses, ag.Clauses) {
		return a.parsed.ok
	}
	ok := true
	for name, text := range ag.Clauses {
		if err := pdf.CheckClause(name, text); err != nil {
			ok = false
			if r := a.rows[name]; r != nil && show {
				r.editor.check()
			}
		}
	}
	if ok && show {
		if err := checkClauses(a.school, ag); err != nil {
			a.f.v.g.showError("articles.failed", err)
			ok = false
		}
	}
	if !show {
		a.parsed.clauses, a.parsed.ok, a.parsed.set = ag.Clauses, ok, true
	}
	return ok
}
