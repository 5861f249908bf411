package ui

import (
	"encoding/json"
	"errors"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Schools lose power often. What a principal typed into a form and has not saved
// survives a power cut: every few seconds the window keeps a draft of each form
// that holds unsaved edits (the partnership shown, the partner, the school's
// profile) in the data file, apart from the records (store.KeepDraft). At the next
// start it offers each draft: "Ada isian yang belum disimpan dari 5 Desember 2026
// 14.02 — Pulihkan / Buang". Saving the form, or discarding its edits, drops its
// draft.

// DraftStore is what keeping drafts needs of the data file; store.DB satisfies it.
// A Store without it keeps none.
type DraftStore interface {
	KeepDraft(key, title string, data []byte) error
	Drafts() ([]model.Draft, error)
	Draft(key string) (model.Draft, error)
	DiscardDraft(key string) error
}

// DraftInterval is how often the window keeps the drafts of forms with unsaved
// edits: at most this much typing is lost in a power cut.
const DraftInterval = 5 * time.Second

// The forms' draft keys.
const (
	draftSchool         = "sekolah"
	draftPartnerPrefix  = "mitra/"
	draftPartnershipPre = "kemitraan/"
	draftNew            = "baru"
)

// drafter is a form that can be kept as a draft.
type drafter interface {
	// draftKey names the form with the record it edits: "kemitraan/01J…", "kemitraan/baru".
	draftKey() string
	// draftTitle says in words what is typed: "Kemitraan: Bank Sampah Sekolah".
	draftTitle() string
	// draftData is the form's content, as JSON of the record it edits, when it holds
	// unsaved edits; nil when it holds none.
	draftData() []byte
}

// draftOp is one draft to keep (data set) or drop.
type draftOp struct {
	key, title string
	data       []byte
}

// draftStore is the data file's drafts, nil when it keeps none (a read-only file, a
// store without them).
func (g *gui) draftStore() DraftStore {
	ds, ok := g.db.(DraftStore)
	if !ok {
		return nil
	}
	if ro, ok := g.db.(interface{ ReadOnly() bool }); ok && ro.ReadOnly() {
		return nil
	}
	return ds
}

// drafters are the forms whose drafts are kept.
func (g *gui) drafters() []drafter {
	var out []drafter
	if d := g.partnerships.detail; d != nil {
		out = append(out, d)
	}
	return append(out, g.partners, g.settings)
}

// draftOps says, on the UI goroutine, which drafts to keep and which to drop: a form
// with unsaved edits is kept; one without, whose draft this window kept, dropped.
func (g *gui) draftOps() []draftOp {
	var ops []draftOp
	for _, f := range g.drafters() {
		key := f.draftKey()
		if data := f.draftData(); data != nil {
			ops = append(ops, draftOp{key: key, title: f.draftTitle(), data: data})
		} else if g.drafted[key] {
			ops = append(ops, draftOp{key: key})
		}
	}
	return ops
}

// writeDrafts keeps and drops drafts; it touches no widget. A draft that cannot be
// written is only logged: the save will say what is wrong with the disk.
func writeDrafts(ds DraftStore, ops []draftOp) {
	for _, op := range ops {
		var err error
		if op.data != nil {
			err = ds.KeepDraft(op.key, op.title, op.data)
		} else {
			err = ds.DiscardDraft(op.key)
		}
		if err != nil {
			log.Println("isian belum disimpan:", err)
		}
	}
}

// noteDrafts remembers which drafts this window has kept.
func (g *gui) noteDrafts(ops []draftOp) {
	for _, op := range ops {
		if op.data != nil {
			g.drafted[op.key] = true
		} else {
			delete(g.drafted, op.key)
		}
	}
}

// keepDrafts keeps the drafts now, on the UI goroutine (tests, and before closing).
func (g *gui) keepDrafts() {
	ds := g.draftStore()
	if ds == nil {
		return
	}
	ops := g.draftOps()
	g.noteDrafts(ops)
	writeDrafts(ds, ops)
}

// keepDraftsEvery keeps the drafts every interval until the window's work ends: the
// forms are read on the UI goroutine, the file written off it.
func (g *gui) keepDraftsEvery(interval time.Duration) {
	ds := g.draftStore()
	if ds == nil || interval <= 0 {
		return
	}
	ctx := g.ctx
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			got := make(chan []draftOp, 1)
			fyne.Do(func() {
				ops := g.draftOps()
				g.noteDrafts(ops)
				got <- ops
			})
			select {
			case <-ctx.Done():
				return
			case ops := <-got:
				writeDrafts(ds, ops)
			}
		}
	}()
}

// dropDraft drops the draft of key, after its form was saved or its edits discarded.
func (g *gui) dropDraft(key string) {
	ds := g.draftStore()
	if ds == nil || key == "" {
		return
	}
	delete(g.drafted, key)
	if err := ds.DiscardDraft(key); err != nil {
		log.Println("isian belum disimpan:", err)
	}
}

// offerDrafts offers, one after the other, the drafts the data file holds: the
// typing a power cut (or a crash) left unsaved. Pulihkan puts it back in its form,
// unsaved; Buang drops it.
func (g *gui) offerDrafts() {
	ds := g.draftStore()
	if ds == nil {
		return
	}
	list, err := ds.Drafts()
	if err != nil {
		log.Println("isian belum disimpan:", err)
		return
	}
	g.offerDraft(ds, list)
}

// draftOffer is the question about one draft, while shown (tests answer it).
type draftOffer struct {
	dlg              *dialog.CustomDialog
	msg              *widget.Label
	restore, discard *widget.Button
}

func (g *gui) offerDraft(ds DraftStore, list []model.Draft) {
	if len(list) == 0 {
		g.draftOffer = nil
		return
	}
	d, rest := list[0], list[1:]
	msg := widget.NewLabel(lang.L("draft.offer", map[string]string{"When": longDateTime(d.Kept), "What": d.Title}))
	msg.Wrapping = fyne.TextWrapWord
	o := &draftOffer{msg: msg}
	next := func() {
		o.dlg.Hide()
		g.offerDraft(ds, rest)
	}
	o.discard = widget.NewButtonWithIcon(lang.L("draft.discard"), theme.DeleteIcon(), func() {
		g.dropDraft(d.Key)
		next()
	})
	o.restore = widget.NewButtonWithIcon(lang.L("draft.restore"), theme.HistoryIcon(), func() {
		if err := g.restoreDraft(d); err != nil {
			g.showError("draft.failed", err)
		}
		next()
	})
	o.restore.Importance = widget.HighImportance
	o.dlg = dialog.NewCustomWithoutButtons(lang.L("draft.title"), container.NewPadded(msg), g.win)
	o.dlg.SetButtons([]fyne.CanvasObject{o.discard, o.restore})
	o.dlg.Resize(fitDialog(g.win, fyne.NewSize(520, 0)))
	g.draftOffer = o
	o.dlg.Show()
}

// restoreDraft shows the draft's form with the draft in it, unsaved.
func (g *gui) restoreDraft(d model.Draft) error {
	switch {
	case d.Key == draftSchool:
		var s model.School
		if err := json.Unmarshal(d.Data, &s); err != nil {
			return err
		}
		g.show(tabPengaturan)
		g.settings.tabs.SelectIndex(0)
		g.settings.fill(s)
		g.drafted[d.Key] = true
	case strings.HasPrefix(d.Key, draftPartnerPrefix):
		var p model.Partner
		if err := json.Unmarshal(d.Data, &p); err != nil {
			return err
		}
		g.show(tabMitra)
		base := model.Partner{}
		if p.ID != "" {
			stored, err := g.db.Partner(p.ID)
			switch {
			case err == nil:
				base = stored
			case errors.Is(err, model.ErrNotFound):
				p.ID = "" // deleted meanwhile: a new partner
			default:
				return err
			}
		}
		g.partners.edit(base)
		g.partners.fill(p)
		g.drafted[g.partners.draftKey()] = true
	case strings.HasPrefix(d.Key, draftPartnershipPre):
		var p model.Partnership
		if err := json.Unmarshal(d.Data, &p); err != nil {
			return err
		}
		g.show(tabKemitraan)
		if p.ID != "" {
			if _, err := g.db.Partnership(p.ID); err == nil {
				g.partnerships.open(p.ID)
			} else if errors.Is(err, model.ErrNotFound) {
				p.ID = ""
				g.partnerships.startNew()
			} else {
				return err
			}
		} else {
			g.partnerships.startNew()
		}
		if v := g.partnerships.detail; v != nil {
			v.restoreDraft(p)
			g.drafted[v.draftKey()] = true
		}
	default:
		return nil
	}
	return nil
}

// The forms as drafters.

func (v *partnershipView) draftKey() string {
	if v.stored.ID == "" {
		return draftPartnershipPre + draftNew
	}
	return draftPartnershipPre + string(v.stored.ID)
}

func (v *partnershipView) draftTitle() string {
	p, _ := v.collect(false)
	title := p.Title
	if title == "" {
		title = lang.L("partnership.heading.new")
	}
	return lang.L("draft.what.partnership", map[string]string{"Title": title})
}

func (v *partnershipView) draftData() []byte {
	p, ok := v.collect(false)
	if !v.differs(p, ok) {
		return nil
	}
	data, err := json.Marshal(p)
	if err != nil {
		return nil
	}
	return data
}

// restoreDraft puts the draft d in the widgets, over the stored partnership: it shows
// as unsaved until saved.
func (v *partnershipView) restoreDraft(d model.Partnership) {
	v.loading = true
	for _, f := range v.forms[1:] {
		f.load(d)
	}
	v.loading = false
	v.changed()
}

func (s *partnersScreen) draftKey() string {
	if s.current.ID == "" {
		return draftPartnerPrefix + draftNew
	}
	return draftPartnerPrefix + string(s.current.ID)
}

func (s *partnersScreen) draftTitle() string {
	name := strings.TrimSpace(s.name.Text)
	if name == "" {
		name = lang.L("partner.heading.new")
	}
	return lang.L("draft.what.partner", map[string]string{"Name": name})
}

func (s *partnersScreen) draftData() []byte {
	if !s.dirty() {
		return nil
	}
	data, err := json.Marshal(s.fromForm())
	if err != nil {
		return nil
	}
	return data
}

func (s *settingsScreen) draftKey() string   { return draftSchool }
func (s *settingsScreen) draftTitle() string { return lang.L("draft.what.school") }

func (s *settingsScreen) draftData() []byte {
	if !s.dirty() {
		return nil
	}
	data, err := json.Marshal(s.fromForm())
	if err != nil {
		return nil
	}
	return data
}
