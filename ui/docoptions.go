package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// documentOptions is the small form of what a person chooses each time a document is
// made: a letter's Sifat and Tembusan, an agreement's e-Meterai. It is a list of form
// rows, so that another choice (a letter's date) is one more row.
type documentOptions struct {
	kind     model.DocumentKind
	sifat    *widget.Select
	tembusan *widget.Entry
	eMeterai *widget.Check
	items    []*widget.FormItem
}

// newDocumentOptions makes the rows the kind of document has, filled with the
// school's defaults; none for a document without options.
func newDocumentOptions(kind model.DocumentKind, school model.School) *documentOptions {
	o := &documentOptions{kind: kind}
	switch kind {
	case model.DocRequest:
		o.sifat = widget.NewSelect(append([]string{lang.L("docopt.sifat.none")}, model.Sifat...), nil)
		o.sifat.SetSelectedIndex(0)
		o.tembusan = widget.NewMultiLineEntry()
		o.tembusan.SetMinRowsVisible(3)
		o.tembusan.SetText(strings.Join(school.Tembusan, "\n"))
		o.tembusan.SetPlaceHolder(lang.L("docopt.tembusan.placeholder"))
		o.items = append(o.items,
			&widget.FormItem{Text: lang.L("docopt.sifat"), Widget: o.sifat},
			&widget.FormItem{Text: lang.L("docopt.tembusan"), Widget: o.tembusan, HintText: lang.L("docopt.tembusan.hint")})
	case model.DocPKS, model.DocMoU:
		o.eMeterai = widget.NewCheck(lang.L("docopt.emeterai.check"), nil)
		o.items = append(o.items,
			&widget.FormItem{Text: lang.L("docopt.emeterai"), Widget: o.eMeterai, HintText: lang.L("docopt.emeterai.hint")})
	}
	return o
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
	return opts
}

// showDocumentOptions asks for the options of a document of the kind and calls onMake
// with them; a kind without options is made at once. Options the model refuses (too
// many tembusan lines) are said in the form, which stays open.
func showDocumentOptions(win fyne.Window, kind model.DocumentKind, school model.School, onMake func(model.DocumentOptions)) {
	o := newDocumentOptions(kind, school)
	if len(o.items) == 0 {
		onMake(model.DocumentOptions{})
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
	d := dialog.NewForm(lang.L("docopt.title", map[string]string{"Doc": docKindLabel(kind)}),
		lang.L("docopt.make"), lang.L("action.cancel"), o.items, func(ok bool) {
			if ok {
				onMake(o.options())
			}
		}, win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
