package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/model/pdf"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// DocumentStore is what printing documents needs of the data file beside Store's
// records: the school's article templates and documents kept with their event.
type DocumentStore interface {
	// SchoolClauses is the school's own wording of articles, by article name.
	SchoolClauses() (map[string]string, error)
	// SaveSchoolClause saves one article's wording; "" returns it to the default.
	SaveSchoolClause(name, text string) error
	// AddDocument keeps a generated PDF with the partnership and writes its
	// "PKS dibuat, kode …" event, in one transaction.
	AddDocument(pid model.ID, kind, name string, pdf []byte, code string, dated time.Time) (model.Attachment, error)
	// AddSchoolDocument keeps a generated PDF of no partnership (the annual report).
	AddSchoolDocument(kind, name string, pdf []byte, code string) (model.Attachment, error)
}

// docSlot is one document the Dokumen tab can make: its button and what it lacks.
type docSlot struct {
	kind   model.DocumentKind // DocPKS stands for the agreement, PKS or MoU
	button *widget.Button
	note   *widget.Label
}

// documentsPanel is the Dokumen tab of a stored partnership: a button for each
// document its data allow (a disabled one says what is missing), the documents made
// so far with their date and code, and Buka / Simpan sebagai… for each. Making a
// document runs off the UI goroutine.
type documentsPanel struct {
	g  *gui
	v  *partnershipView
	id model.ID

	request, proposal, mou, agreement, monev *docSlot
	school                                   model.School // as update last saw it: the options' defaults
	ps                                       model.Partnership
	evalSelect                               *widget.Select
	evals                                    []model.Evaluation // latest first, as evalSelect lists them
	progress                                 *widget.ProgressBarInfinite
	status                                   *widget.Label
	busy                                     bool

	docs  []model.Attachment // newest first
	list  *widget.List
	empty *widget.Label
	files *attachmentsView // Buka and Simpan sebagai… of the files, as the Lampiran tab does them

	content fyne.CanvasObject
}

func newDocumentsPanel(v *partnershipView, id model.ID) *documentsPanel {
	g := v.g
	p := &documentsPanel{g: g, v: v, id: id}
	slot := func(kind model.DocumentKind, label string) *docSlot {
		s := &docSlot{kind: kind}
		s.button = widget.NewButtonWithIcon(label, theme.DocumentPrintIcon(), func() { p.generate(s) })
		s.note = widget.NewLabel("")
		s.note.Wrapping = fyne.TextWrapWord
		s.note.SizeName = theme.SizeNameCaptionText
		s.note.Importance = widget.LowImportance
		return s
	}
	p.request = slot(model.DocRequest, lang.L("letter.print"))
	p.proposal = slot(model.DocProposal, lang.L("doc.make.proposal"))
	p.mou = slot(model.DocMoU, lang.L("doc.make.mou"))
	p.agreement = slot(model.DocPKS, lang.L("doc.make.pks"))
	p.monev = slot(model.DocMonev, lang.L("doc.make.monev"))
	p.evalSelect = widget.NewSelect(nil, nil)
	p.evalSelect.PlaceHolder = lang.L("doc.evaluation")

	p.progress = widget.NewProgressBarInfinite()
	p.progress.Stop()
	p.progress.Hide()
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapBreak
	p.status.Hide()

	row := func(s *docSlot, extra ...fyne.CanvasObject) fyne.CanvasObject {
		left := container.NewHBox(append([]fyne.CanvasObject{fixedWidth(250, s.button)}, extra...)...)
		return container.NewBorder(nil, nil, left, nil, s.note)
	}
	maker := widget.NewCard("", lang.L("doc.section.make"), container.NewVBox(
		row(p.request), row(p.proposal), row(p.mou), row(p.agreement),
		row(p.monev, fixedWidth(200, p.evalSelect)),
		container.NewBorder(nil, nil, nil, nil, p.progress),
	))

	p.list = widget.NewList(
		func() int { return len(p.docs) },
		func() fyne.CanvasObject { return newFileRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < 0 || i >= len(p.docs) {
				return
			}
			a := p.docs[i]
			title := a.Name // "PKS - Bank Sampah Sekolah - 2026-12-01.pdf" names its kind already
			if !strings.HasPrefix(a.Name, a.DocKind.Label()) {
				title = docKindLabel(a.DocKind) + " — " + a.Name
			}
			setFileRow(o, theme.FileTextIcon(), title,
				lang.L("doc.detail", map[string]string{"Date": longDate(a.Added.Local()), "Code": a.Code}),
				func() { p.files.open(a) }, func() { p.files.chooseSaveAs(a) })
		})
	p.list.OnSelected = func(widget.ListItemID) { p.list.UnselectAll() }
	p.empty = widget.NewLabel(lang.L("doc.empty"))
	p.empty.Wrapping = fyne.TextWrapWord
	p.files = &attachmentsView{st: g.db, win: g.win, app: g.app, id: id, status: p.status}

	hint := widget.NewLabel(lang.L("doc.hint", map[string]string{"Dir": g.opts.DocumentsDir}))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	made := container.NewBorder(container.NewVBox(widget.NewLabelWithStyle(lang.L("doc.section.made"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), hint), nil, nil, nil,
		container.NewStack(p.list, container.NewVBox(p.empty)))
	p.content = container.NewBorder(container.NewVBox(maker, p.status), nil, nil, nil, made)
	p.refresh()
	return p
}

func (p *documentsPanel) object() fyne.CanvasObject { return p.content }

// docKindLabel is a document kind's name in the user's language.
func docKindLabel(k model.DocumentKind) string { return lang.X("doc.kind."+string(k), k.Label()) }

// refresh lists the documents made again; no file data is read.
func (p *documentsPanel) refresh() {
	files, err := p.g.db.Attachments(p.id)
	if err != nil {
		p.say(lang.L("error.read", map[string]string{"Err": errText(err)}), widget.DangerImportance)
		return
	}
	p.docs = p.docs[:0]
	for i := len(files) - 1; i >= 0; i-- {
		if files[i].IsDocument() {
			p.docs = append(p.docs, files[i])
		}
	}
	if len(p.docs) == 0 {
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	p.list.Refresh()
}

// update enables the buttons the stored partnership's data allow, and says on each
// disabled one what is missing.
func (p *documentsPanel) update(ps model.Partnership, school model.School) {
	p.school = school
	partner := p.v.partner(ps.PartnerID)
	set := func(s *docSlot, kind model.DocumentKind) {
		s.kind = kind
		miss := document.Missing(school, ps, partner, kind)
		if p.busy {
			s.button.Disable()
		} else {
			setEnabled(s.button, len(miss) == 0)
		}
		s.note.SetText(missingText(miss))
	}
	set(p.request, model.DocRequest)
	set(p.proposal, model.DocProposal)
	p.ps = ps
	// the MoU's row when stage 4 makes one, the PKS's when it makes one (or nothing
	// is chosen yet, to say what is missing)
	set(p.mou, model.DocMoU)
	set(p.agreement, model.DocPKS)
	if ps.Agreement.Kind.HasMoU() {
		p.mou.button.Show()
		p.mou.note.Show()
	} else {
		p.mou.button.Hide()
		p.mou.note.Hide()
	}
	if ps.Agreement.Kind == model.AgreementMoU {
		p.agreement.note.SetText(missingText(document.Missing(school, ps, partner, model.DocPKS)))
	}
	set(p.monev, model.DocMonev)

	p.evals = document.Evaluations(ps)
	options := make([]string, len(p.evals))
	for i, e := range p.evals {
		options[i] = lang.L("doc.evaluation.option", map[string]string{"Date": longDate(e.Date), "N": fmt.Sprint(len(p.evals) - i)})
	}
	keep := p.evalSelect.SelectedIndex()
	p.evalSelect.SetOptions(options)
	switch {
	case len(options) == 0:
		p.evalSelect.ClearSelected()
		p.evalSelect.Disable()
	case keep >= 0 && keep < len(options):
		p.evalSelect.SetSelectedIndex(keep)
		p.evalSelect.Enable()
	default:
		p.evalSelect.SetSelectedIndex(0) // the latest
		p.evalSelect.Enable()
	}
}

// missingText says what a document lacks, one item a line; "" when nothing.
func missingText(miss []model.Requirement) string {
	if len(miss) == 0 {
		return ""
	}
	lines := make([]string, len(miss))
	for i, r := range miss {
		lines[i] = "• " + requirementText(r)
	}
	return lang.L("doc.missing") + "\n" + strings.Join(lines, "\n")
}

// say shows a line under the buttons.
func (p *documentsPanel) say(msg string, imp widget.Importance) {
	p.status.Importance = imp
	p.status.SetText(msg)
	p.status.Show()
}

// generate asks for the document's options, when it has any, then makes it.
func (p *documentsPanel) generate(s *docSlot) {
	if p.busy {
		return
	}
	showDocumentOptions(p.g.win, s.kind, p.context(s.kind), func(opts model.DocumentOptions, date time.Time) { p.make(s, opts, date) })
}

// context is what the options of a document of the kind depend on.
func (p *documentsPanel) context(kind model.DocumentKind) docContext {
	ctx := docContext{school: p.school, today: p.g.opts.Now()}
	ps := p.ps
	partner := p.v.partner(ps.PartnerID)
	if l, _, ok := document.Issued(p.g.db, ps, kind); ok && (kind == model.DocRequest || kind == model.DocProposal) {
		ctx.issued = &l
	}
	ctx.proposalOK = len(document.Missing(p.school, ps, partner, model.DocProposal)) == 0
	if files, err := p.g.db.Attachments(ps.ID); err == nil {
		for _, a := range files {
			if !a.IsDocument() {
				ctx.attachments = append(ctx.attachments, strings.TrimSuffix(a.Name, filepath.Ext(a.Name)))
			}
		}
	}
	ctx.register = func(year int) []model.Letter {
		entries, err := p.g.db.Register(year)
		if err != nil {
			return nil
		}
		out := make([]model.Letter, len(entries))
		for i, e := range entries {
			out[i] = e.Letter
		}
		return out
	}
	if w, ok := model.LateRequestWarning(ps); ok && kind == model.DocRequest && ctx.issued == nil {
		ctx.warnings = append(ctx.warnings, w)
	}
	for _, w := range model.FundingWarnings(p.school, ps, partner) {
		if kind == model.DocPKS || w.Key == "warning.pungutan" && (kind == model.DocProposal || kind == model.DocMoU) {
			ctx.warnings = append(ctx.warnings, w)
		}
	}
	return ctx
}

// make makes the slot's document off the UI goroutine, with a progress indicator.
func (p *documentsPanel) make(s *docSlot, opts model.DocumentOptions, date time.Time) {
	if p.busy {
		return
	}
	req := document.Request{Partnership: p.id, Kind: s.kind, Date: date, Today: p.g.opts.Now(), Options: opts}
	if s.kind == model.DocMonev {
		if i := p.evalSelect.SelectedIndex(); i >= 0 && i < len(p.evals) {
			req.Evaluation = p.evals[i].ID
		}
	}
	p.busy = true
	for _, o := range []*docSlot{p.request, p.proposal, p.mou, p.agreement, p.monev} {
		o.button.Disable()
	}
	p.progress.Show()
	p.progress.Start()
	p.say(lang.L("doc.making", map[string]string{"Doc": docKindLabel(s.kind)}), widget.MediumImportance)
	g := p.g
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		made, path, err := g.makeDocument(req)
		fyne.Do(func() { p.made(req.Kind, made, path, err) })
	}()
}

// made shows the outcome of generate; it runs on the UI goroutine.
func (p *documentsPanel) made(kind model.DocumentKind, made document.Made, path string, err error) {
	p.busy = false
	p.progress.Stop()
	p.progress.Hide()
	p.status.Hide()
	p.v.documentMade()
	p.refresh()
	if err != nil {
		dialog.ShowError(userError{lang.L("doc.failed", map[string]string{
			"Doc": docKindLabel(kind), "Err": docErrorText(err)})}, p.g.win)
		return
	}
	p.g.showMade(kind, made, path)
	p.say(lang.L("doc.done.status", map[string]string{"Doc": docKindLabel(kind), "Code": made.Code}), widget.SuccessImportance)
}

// showMade says that a document was made: whether it is printed again, its number,
// date and code, and where its PDF is (showSaved offers Buka folder).
func (g *gui) showMade(kind model.DocumentKind, made document.Made, path string) {
	var lines []string
	if made.Reprint {
		lines = append(lines, lang.L("doc.done.reprint"))
	}
	if made.Number != "" {
		lines = append(lines, lang.L("doc.done.number", map[string]string{"Number": made.Number}))
	}
	if !made.Date.IsZero() {
		lines = append(lines, lang.L("doc.done.date", map[string]string{"Date": model.LongDate(made.Date)}))
	}
	lines = append(lines, lang.L("doc.done.code", map[string]string{"Code": made.Code}))
	title := lang.L("doc.done.title", map[string]string{"Doc": docKindLabel(kind)})
	if kind == model.DocRequest {
		title = lang.L("letter.done.title")
	}
	g.showSaved(title, lines, path)
}

// docErrorText says why a document was not made: a wording that cannot be used names
// the article and its line (pdf.ClauseError) and says where to mend it; missing data
// say what is missing.
func docErrorText(err error) string {
	var ce *pdf.ClauseError
	if errors.As(err, &ce) {
		return pdf.ClauseTitle(ce.Name) + ": " + clauseProblem(err) + " — " + lang.L("doc.templatefix")
	}
	return errText(err)
}

// makeDocument makes a document of a partnership (document.Make: numbered, kept with
// the partnership and on its timeline) and writes a copy into the documents folder,
// for printing. The folder is made first, so a letter number is not used up when
// nothing could be written. It touches no widget.
func (g *gui) makeDocument(req document.Request) (document.Made, string, error) {
	dir := g.opts.DocumentsDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return document.Made{}, "", fmt.Errorf("folder %s: %w", dir, err)
	}
	made, err := document.Make(g.db, req)
	if err != nil {
		return made, "", err
	}
	path := freePath(dir, made.Attachment.Name)
	if err := safefile.WriteFile(path, made.PDF); err != nil {
		return made, "", err
	}
	return made, path, nil
}
