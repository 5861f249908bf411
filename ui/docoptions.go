package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// docContext is what the options of a document depend on: the school's defaults, the
// partnership, what it issued before and what it has attached, the register's letters
// of the year (for the date order), and what must be read before it prints.
type docContext struct {
	school      model.School
	issued      *model.Letter // the request letter or proposal issued before, when any
	proposalOK  bool          // the proposal can be made: a request letter may enclose it
	attachments []string      // the partnership's own files (Lampiran tab), by name
	register    func(year int) []model.Letter
	warnings    []model.Warning
	today       time.Time
}

// documentOptions is the small form of what a person chooses each time a document is
// made: a letter's date, Sifat and Tembusan, whether it encloses the proposal, a
// proposal's cover letter and attachments, an agreement's e-Meterai; for a letter
// issued before, whether to print it again or issue a new one. It is a list of form
// rows.
type documentOptions struct {
	kind         model.DocumentKind
	ctx          docContext
	reissue      *widget.Check
	date         *dateEntry
	dateNote     *widget.Label
	sifat        *widget.Select
	tembusan     *widget.Entry
	withProposal *widget.Check
	cover        *widget.Check
	attachments  *widget.CheckGroup
	eMeterai     *widget.Check
	fresh        []fyne.Disableable // what only a new letter asks for
	items        []*widget.FormItem
}

// newDocumentOptions makes the rows the kind of document has, filled with the
// school's defaults; none for a document without options.
func newDocumentOptions(kind model.DocumentKind, ctx docContext) *documentOptions {
	o := &documentOptions{kind: kind, ctx: ctx}
	if ctx.today.IsZero() {
		o.ctx.today = time.Now()
	}
	letter := kind == model.DocRequest || kind == model.DocProposal
	if letter && ctx.issued != nil {
		l := ctx.issued
		text := lang.L("docopt.issued.unnumbered", map[string]string{"Date": model.LongDate(l.Date)})
		if l.Number != "" {
			text = lang.L("docopt.issued", map[string]string{"Number": l.Number, "Date": model.LongDate(l.Date)})
		}
		o.reissue = widget.NewCheck(lang.L("docopt.reissue"), func(bool) { o.enable() })
		o.items = append(o.items, &widget.FormItem{Text: lang.L("docopt.issued.title"), Widget: o.reissue, HintText: text})
	}
	if letter {
		o.date = newDateEntry(func() { o.checkDate() })
		o.date.check = func(d time.Time) error {
			if d.After(o.ctx.today) {
				return userError{lang.L("error.letterdate")}
			}
			return nil
		}
		setDateValue(o.date, o.ctx.today)
		o.dateNote = widget.NewLabel("")
		o.dateNote.Wrapping = fyne.TextWrapWord
		o.dateNote.Importance = widget.WarningImportance
		o.dateNote.Hide()
		o.items = append(o.items, &widget.FormItem{Text: lang.L("docopt.date"),
			Widget: container.NewVBox(fixedWidth(dateWidth, o.date), o.dateNote), HintText: lang.L("docopt.date.hint")})
		o.fresh = append(o.fresh, o.date)
	}
	if kind == model.DocProposal {
		o.cover = widget.NewCheck(lang.L("docopt.cover"), func(bool) { o.enable() })
		o.cover.SetChecked(ctx.issued == nil)
		o.items = append(o.items, &widget.FormItem{Text: lang.L("docopt.cover.title"), Widget: o.cover, HintText: lang.L("docopt.cover.hint")})
		o.attachments = widget.NewCheckGroup(ctx.attachments, nil)
		o.attachments.SetSelected(ctx.attachments)
		var att fyne.CanvasObject = o.attachments
		if len(ctx.attachments) == 0 {
			att = widget.NewLabel(lang.L("docopt.attachments.none"))
		}
		o.items = append(o.items, &widget.FormItem{Text: lang.L("docopt.attachments"), Widget: att, HintText: lang.L("docopt.attachments.hint")})
		o.fresh = append(o.fresh, o.cover, o.attachments)
	}
	if kind == model.DocRequest {
		o.withProposal = widget.NewCheck(lang.L("docopt.withproposal"), nil)
		o.withProposal.SetChecked(ctx.proposalOK)
		hint := lang.L("docopt.withproposal.hint")
		if !ctx.proposalOK {
			o.withProposal.Disable()
			hint = lang.L("docopt.withproposal.notyet")
		}
		o.items = append(o.items, &widget.FormItem{Text: lang.L("docopt.enclosure"), Widget: o.withProposal, HintText: hint})
		if ctx.proposalOK {
			o.fresh = append(o.fresh, o.withProposal)
		}
	}
	if letter {
		o.sifat = widget.NewSelect(append([]string{lang.L("docopt.sifat.none")}, model.Sifat...), nil)
		o.sifat.SetSelectedIndex(0)
		o.tembusan = widget.NewMultiLineEntry()
		o.tembusan.SetMinRowsVisible(3)
		o.tembusan.SetText(strings.Join(ctx.school.Tembusan, "\n"))
		o.tembusan.SetPlaceHolder(lang.L("docopt.tembusan.placeholder"))
		o.items = append(o.items,
			&widget.FormItem{Text: lang.L("docopt.sifat"), Widget: o.sifat},
			&widget.FormItem{Text: lang.L("docopt.tembusan"), Widget: o.tembusan, HintText: lang.L("docopt.tembusan.hint")})
		o.fresh = append(o.fresh, o.sifat, o.tembusan)
	}
	if kind == model.DocPKS || kind == model.DocMoU {
		o.eMeterai = widget.NewCheck(lang.L("docopt.emeterai.check"), nil)
		o.items = append(o.items,
			&widget.FormItem{Text: lang.L("docopt.emeterai"), Widget: o.eMeterai, HintText: lang.L("docopt.emeterai.hint")})
	}
	if len(ctx.warnings) > 0 {
		var lines []string
		for _, w := range ctx.warnings {
			lines = append(lines, "⚠ "+lang.X(w.Key, w.Message, w.Args))
		}
		l := widget.NewLabel(strings.Join(lines, "\n\n"))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.WarningImportance
		o.items = append([]*widget.FormItem{{Text: lang.L("docopt.warnings"), Widget: l}}, o.items...)
	}
	o.enable()
	return o
}

// enable enables what a new letter asks for: all of it, unless a letter issued
// before is printed again as it was.
func (o *documentOptions) enable() {
	again := o.reissue != nil && !o.reissue.Checked
	for _, w := range o.fresh {
		setEnabled(w, !again)
	}
	if o.withProposal != nil && !o.ctx.proposalOK {
		o.withProposal.Disable()
	}
	if o.attachments != nil && again {
		o.attachments.Disable()
	}
	o.checkDate()
}

// checkDate says when the date chosen would break the register's date order: a letter
// of that year dated later already has a smaller number.
func (o *documentOptions) checkDate() {
	if o.dateNote == nil {
		return
	}
	d := dateOf(o.date)
	numbered := o.kind == model.DocRequest || o.cover != nil && o.cover.Checked
	again := o.reissue != nil && !o.reissue.Checked
	if d.IsZero() || !numbered || again || o.ctx.register == nil {
		o.dateNote.Hide()
		return
	}
	if d.After(o.ctx.today) {
		o.dateNote.SetText(lang.L("error.letterdate"))
		o.dateNote.Show()
		return
	}
	later := model.OutOfOrder(o.ctx.register(d.Year()), d)
	if len(later) == 0 {
		o.dateNote.Hide()
		return
	}
	last := later[len(later)-1]
	o.dateNote.SetText(lang.L("docopt.date.order", map[string]string{"Number": last.Number, "Date": model.LongDate(last.Date),
		"N": fmt.Sprint(len(later))}))
	o.dateNote.Show()
}

// options are the choices the form holds.
func (o *documentOptions) options() model.DocumentOptions {
	var opts model.DocumentOptions
	if o.sifat != nil && o.sifat.SelectedIndex() > 0 {
		opts.Sifat = o.sifat.Selected
	}
	if o.tembusan != nil {
		opts.Tembusan = []string{} // the letter's own list, even when empty: no tembusan
		for _, l := range strings.Split(o.tembusan.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				opts.Tembusan = append(opts.Tembusan, l)
			}
		}
	}
	if o.eMeterai != nil {
		opts.EMeterai = o.eMeterai.Checked
	}
	if o.withProposal != nil {
		opts.WithProposal = o.withProposal.Checked && o.ctx.proposalOK
	}
	if o.cover != nil {
		opts.CoverLetter = o.cover.Checked
	}
	if o.attachments != nil {
		opts.Attachments = append([]string(nil), o.attachments.Selected...)
	}
	if o.reissue != nil {
		opts.Reissue = o.reissue.Checked
	}
	return opts
}

// issueDate is the date chosen for a new letter; zero for today.
func (o *documentOptions) issueDate() time.Time {
	if o.date == nil {
		return time.Time{}
	}
	return dateOf(o.date)
}

// showDocumentOptions asks for the options of a document of the kind and calls onMake
// with them and the date chosen; a kind without options is made at once. Options the
// model refuses (too many tembusan lines, a date after today) are said in the form,
// which stays open.
func showDocumentOptions(win fyne.Window, kind model.DocumentKind, ctx docContext, onMake func(model.DocumentOptions, time.Time)) {
	o := newDocumentOptions(kind, ctx)
	if len(o.items) == 0 {
		onMake(model.DocumentOptions{}, time.Time{})
		return
	}
	if o.tembusan != nil {
		o.tembusan.Validator = func(string) error {
			if p := o.options().Validate(); len(p) > 0 {
				return userError{lang.X(p[0].Key, p[0].Message)}
			}
			return nil
		}
	}
	var d *dialog.FormDialog
	d = dialog.NewForm(lang.L("docopt.title", map[string]string{"Doc": docKindLabel(kind)}),
		lang.L("docopt.make"), lang.L("action.cancel"), o.items, func(ok bool) {
			if !ok {
				return
			}
			// a wrong date is said, and the form comes back as it was: no letter is
			// made (and no number taken) on a date the person did not mean
			if err := o.dateProblem(); err != nil {
				e := dialog.NewError(err, win)
				e.SetOnClosed(d.Show)
				e.Show()
				return
			}
			onMake(o.options(), o.issueDate())
		}, win)
	d.Resize(fyne.NewSize(600, 0))
	d.Show()
}

// dateProblem is what is wrong with the date of a new letter: not a date, or after
// today; nil when it is good, empty (today) or not asked for.
func (o *documentOptions) dateProblem() error {
	if o.date == nil || o.date.Disabled() {
		return nil
	}
	return o.date.validate("")
}
