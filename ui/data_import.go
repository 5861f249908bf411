package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Pengaturan → Data → Impor bundel…: a bundle from another PC is read and compared
// with the data (the store's plan says, for each record, new, changed, the same or in
// conflict, and which fields differ); the preview shows both versions of every
// record changed on both sides with a choice; Impor merges in one transaction.

func (d *dataView) chooseImportFile() {
	d.chooseFile([]string{".json", ".JSON"}, "", d.planImport)
}

// chooseFile asks for a file with one of the extensions, starting in the folder
// start when there is one, and gives its path to then.
func (d *dataView) chooseFile(exts []string, start string, then func(path string)) {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		then(path)
	}, d.g.win)
	dlg.SetFilter(storage.NewExtensionFileFilter(exts))
	if start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			dlg.SetLocation(l)
		}
	}
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// importDecision is a Changed or Conflict record of a plan, as the preview shows it,
// with the person's choice.
type importDecision struct {
	item   model.ImportItem
	choice model.Choice
}

// planImport reads the bundle at path and shows what importing it would do.
func (d *dataView) planImport(path string) {
	if d.g.opts.ReadBundle == nil {
		return
	}
	var (
		plan model.ImportPlan
		err  error
	)
	d.run(lang.L("data.import.title"), lang.L("data.import.reading"), false,
		func(ctx context.Context, _ *progress) { plan, err = d.readPlan(ctx, path) },
		func() {
			if err != nil {
				d.fail(lang.L("data.import.refused", map[string]string{"Name": filepath.Base(path), "Err": errText(err)}), err)
				return
			}
			d.showImportPreview(path, plan, decisions(plan))
		})
}

func (d *dataView) readPlan(ctx context.Context, path string) (model.ImportPlan, error) {
	f, err := os.Open(path)
	if err != nil {
		return model.ImportPlan{}, err
	}
	defer f.Close()
	b, err := d.g.opts.ReadBundle(&ctxReader{ctx: ctx, r: f}, 0)
	if err != nil {
		if ctx.Err() != nil {
			return model.ImportPlan{}, fmt.Errorf("%w (%w)", model.ErrCancelled, ctx.Err())
		}
		return model.ImportPlan{}, err
	}
	return d.ds.PlanImportContext(ctx, b)
}

// ctxReader reads from r until ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// nothingToImport reports whether the plan would change nothing whatever is chosen.
func nothingToImport(plan model.ImportPlan) bool {
	c := plan.Counts()
	return c.New == 0 && c.Changed == 0 && c.Conflict == 0 && len(plan.LetterCounters) == 0
}

// decisions lists the plan's records that can go either way (changed here and there);
// the choice starts as the plan's default, the newer. Conflicts come first.
func decisions(plan model.ImportPlan) []*importDecision {
	var list []*importDecision
	for _, it := range plan.Items {
		if it.Status == model.ImportConflict || it.Status == model.ImportChanged {
			list = append(list, &importDecision{item: it, choice: it.Default})
		}
	}
	slices.SortStableFunc(list, func(a, b *importDecision) int {
		ac, bc := a.item.Status == model.ImportConflict, b.item.Status == model.ImportConflict
		switch {
		case ac && !bc:
			return -1
		case bc && !ac:
			return 1
		}
		return 0
	})
	return list
}

// fieldLabels names the fields that differ, as the plan lists them.
func fieldLabels(fields []string) []string {
	labels := make([]string, len(fields))
	for i, k := range fields {
		labels[i] = lang.X("data.field."+k, strings.ReplaceAll(k, "_", " "))
	}
	return labels
}

// importPreview is the dialog that shows a plan and collects the choices.
type importPreview struct {
	plan      model.ImportPlan
	decisions []*importDecision
	dialog    dialog.Dialog
}

// showImportPreview shows what importing would do: counts of new, changed, same and
// conflicting records, and each record changed on both sides with both versions and a
// choice. A plan that changes nothing says "Tidak ada perubahan" and stops there.
func (d *dataView) showImportPreview(path string, plan model.ImportPlan, decisions []*importDecision) {
	if nothingToImport(plan) {
		d.info(lang.L("data.import.title"), lang.L("data.import.nothing", map[string]string{"Name": filepath.Base(path)}))
		return
	}
	d.setStatus("", widget.MediumImportance)
	file := widget.NewLabel(path)
	file.Wrapping = fyne.TextWrapBreak
	file.Importance = widget.LowImportance
	top := container.NewVBox(file, importCountsTable(plan))
	if plan.OtherSchool {
		other := widget.NewLabel(lang.L("data.import.otherschool"))
		other.Wrapping = fyne.TextWrapWord
		other.Importance = widget.WarningImportance
		top.Add(other)
	}
	var body fyne.CanvasObject = layoutSpacer()
	if len(decisions) > 0 {
		top.Add(widget.NewLabelWithStyle(lang.L("data.import.decide"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body = decisionList(decisions)
	}
	p := &importPreview{plan: plan, decisions: decisions}
	p.dialog = dialog.NewCustomConfirm(lang.L("data.import.title"), lang.L("data.import.do"), lang.L("action.cancel"),
		container.NewBorder(top, nil, nil, nil, body), func(ok bool) {
			if ok {
				d.applyImport(plan, p.choices())
			}
		}, d.g.win)
	p.dialog.Resize(fyne.NewSize(860, 680))
	d.show(p.dialog)
}

func (p *importPreview) choices() map[model.ID]model.Choice {
	return choicesOf(p.decisions)
}

func choicesOf(decisions []*importDecision) map[model.ID]model.Choice {
	m := make(map[model.ID]model.Choice, len(decisions))
	for _, dc := range decisions {
		m[dc.item.ID] = dc.choice
	}
	return m
}

// importCountsTable is a table of counts: one row per kind of record, one column per status.
func importCountsTable(plan model.ImportPlan) fyne.CanvasObject {
	cells := []fyne.CanvasObject{widget.NewLabel("")}
	for _, s := range []string{"data.import.new", "data.import.changed", "data.import.same", "data.import.conflict"} {
		cells = append(cells, widget.NewLabelWithStyle(lang.L(s), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	}
	for _, k := range []model.RecordKind{model.RecordSchool, model.RecordPartner, model.RecordPartnership, model.RecordEvent, model.RecordAttachment, model.RecordStudentActivity} {
		c := plan.CountsOf(k)
		if c == (model.ImportCounts{}) {
			continue
		}
		cells = append(cells, widget.NewLabel(recordKindText(k)))
		for _, n := range []int{c.New, c.Changed, c.Same, c.Conflict} {
			cells = append(cells, widget.NewLabelWithStyle(fmt.Sprint(n), fyne.TextAlignTrailing, fyne.TextStyle{}))
		}
	}
	return container.NewGridWithColumns(5, cells...)
}

// decisionList shows each record changed on both sides: its two versions, the fields
// that differ, and a choice between them.
func decisionList(decisions []*importDecision) *widget.List {
	mine, theirs := lang.L("data.import.keep"), lang.L("data.import.take")
	return widget.NewList(func() int { return len(decisions) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			local := widget.NewLabel("")
			local.Truncation = fyne.TextTruncateEllipsis
			incoming := widget.NewLabel("")
			incoming.Truncation = fyne.TextTruncateEllipsis
			diff := widget.NewLabel("")
			diff.Truncation = fyne.TextTruncateEllipsis
			diff.Importance = widget.LowImportance
			choice := widget.NewRadioGroup([]string{mine, theirs}, nil)
			choice.Horizontal = true
			choice.Required = true
			return container.NewVBox(title, local, incoming, diff, choice, widget.NewSeparator())
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(decisions) {
				return
			}
			dc := decisions[i]
			c := o.(*fyne.Container)
			status := lang.L("data.import.conflict")
			if dc.item.Status == model.ImportChanged {
				status = lang.L("data.import.changed")
			}
			c.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · %s", recordKindText(dc.item.Kind), status))
			c.Objects[1].(*widget.Label).SetText(lang.L("data.import.local", map[string]string{
				"Title": dc.item.Local.Title, "Date": dateTime(dc.item.Local.UpdatedAt)}))
			c.Objects[2].(*widget.Label).SetText(lang.L("data.import.incoming", map[string]string{
				"Title": dc.item.Incoming.Title, "Date": dateTime(dc.item.Incoming.UpdatedAt)}))
			diff := ""
			if labels := fieldLabels(dc.item.Fields); len(labels) > 0 {
				shown := labels[:min(len(labels), 5)]
				diff = lang.L("data.import.diff", map[string]string{"Fields": strings.Join(shown, ", ")})
				if len(labels) > len(shown) {
					diff += " …"
				}
			}
			c.Objects[3].(*widget.Label).SetText(diff)
			radio := c.Objects[4].(*widget.RadioGroup)
			radio.OnChanged = nil
			if dc.choice == model.ChoiceIncoming {
				radio.SetSelected(theirs)
			} else {
				radio.SetSelected(mine)
			}
			radio.OnChanged = func(s string) {
				if s == theirs {
					dc.choice = model.ChoiceIncoming
				} else {
					dc.choice = model.ChoiceLocal
				}
			}
		})
}

// applyImport merges the plan with the choices and says what it wrote.
func (d *dataView) applyImport(plan model.ImportPlan, choices map[model.ID]model.Choice) {
	var (
		res model.ImportResult
		err error
	)
	d.run(lang.L("data.import.title"), lang.L("data.import.running"), false,
		func(ctx context.Context, _ *progress) { res, err = d.ds.ApplyImportContext(ctx, plan, choices) },
		func() {
			if err != nil {
				d.fail(lang.L("data.import.failed", map[string]string{"Err": errText(err)}), err)
				return
			}
			d.g.refreshAll()
			if !res.Changes() {
				d.info(lang.L("data.import.title"), lang.L("data.import.nochange"))
				return
			}
			d.info(lang.L("data.import.title"), lang.L("data.import.done", map[string]int{
				"Added": res.Added, "Updated": res.Updated, "Kept": res.Kept, "Unchanged": res.Unchanged}))
		})
}
