package ui

import (
	"errors"
	"strconv"
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
)

// The PKL dan Siswa tab of an SMK's partnership: the students' activities under its
// agreement (PKL, teaching factory) and each student's placement in them, with the
// supervising teacher, the DUDI's instructor and the monitoring visits. Activities
// and placements are edited in dialogs, each saved to the data file when the dialog's
// Simpan is tapped, so nothing typed here waits unsaved behind the stage forms.
//
// The students are minors and their data personal data (UU 27/2022): the tab says so,
// asks only what the model keeps (name, NISN, class, kompetensi keahlian), and
// records nothing of them on the timeline, which bundles carry.
type pklPanel struct {
	v   *partnershipView
	id  model.ID
	box *fyne.Container

	acts []model.StudentActivity // as last read

	// the dialog shown, while it is (tests drive them)
	actDialog *activityDialog
	plDialog  *placementDialog
}

func newPKLPanel(v *partnershipView, id model.ID) *pklPanel {
	return &pklPanel{v: v, id: id, box: container.NewVBox()}
}

func (p *pklPanel) object() fyne.CanvasObject { return p.box }

func activityKindLabel(k model.StudentActivityKind) string {
	return lang.X("studentactivity."+string(k), k.Label())
}

// refresh reads the activities again and shows them, or says why there are none yet.
func (p *pklPanel) refresh() {
	var objs []fyne.CanvasObject
	privacy := hintLabel(lang.L("smk.pkl.privacy"))
	if err := model.StudentActivitiesAllowed(p.v.school, p.v.stored.Stage); err != nil {
		msg := widget.NewLabel(lang.L("smk.pkl.notyet"))
		msg.Wrapping = fyne.TextWrapWord
		p.box.Objects = []fyne.CanvasObject{msg, privacy}
		p.box.Refresh()
		return
	}
	acts, err := p.v.g.db.StudentActivities(p.id)
	if err != nil {
		msg := widget.NewLabel(lang.L("error.read", map[string]string{"Err": errText(err)}))
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.DangerImportance
		p.box.Objects = []fyne.CanvasObject{msg}
		p.box.Refresh()
		return
	}
	p.acts = acts
	add := widget.NewButtonWithIcon(lang.L("smk.pkl.activity.add"), theme.ContentAddIcon(), func() { p.editActivity(model.StudentActivity{}) })
	add.Importance = widget.HighImportance
	objs = append(objs, privacy, container.NewHBox(add))
	if len(acts) == 0 {
		none := widget.NewLabel(lang.L("smk.pkl.none"))
		none.Importance = widget.LowImportance
		none.Wrapping = fyne.TextWrapWord
		objs = append(objs, none)
	}
	for _, a := range acts {
		objs = append(objs, p.activityCard(a))
	}
	p.box.Objects = objs
	p.box.Refresh()
}

// activityCard shows one activity with its placements.
func (p *pklPanel) activityCard(a model.StudentActivity) fyne.CanvasObject {
	info := []string{activityKindLabel(a.Kind)}
	if a.SKNumber != "" {
		info = append(info, lang.L("smk.pkl.sk", map[string]string{"Number": a.SKNumber, "Date": longDate(a.SKDate)}))
	}
	info = append(info, lang.L("smk.pkl.count", map[string]int{"N": len(a.Placements)}))
	line := widget.NewLabel(strings.Join(info, " · "))
	line.Wrapping = fyne.TextWrapWord
	edit := widget.NewButtonWithIcon(lang.L("smk.pkl.activity.edit"), theme.DocumentCreateIcon(), func() { p.editActivity(a) })
	del := widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), func() { p.confirmDeleteActivity(a) })
	del.Importance = widget.LowImportance
	addPl := widget.NewButtonWithIcon(lang.L("smk.pkl.placement.add"), theme.ContentAddIcon(), func() { p.editPlacement(a, -1) })
	rows := container.NewVBox()
	for i, pl := range a.Placements {
		rows.Add(p.placementRow(a, i, pl))
	}
	if len(a.Placements) == 0 {
		none := widget.NewLabel(lang.L("smk.pkl.placement.none"))
		none.Importance = widget.LowImportance
		rows.Add(none)
	}
	title := widget.NewLabelWithStyle(a.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	// the surat pengantar of the activity, to the DUDI: once there are students
	letter := widget.NewButtonWithIcon(lang.L("smk.pkl.print.letter"), theme.DocumentPrintIcon(), func() {
		p.print(document.Request{Partnership: p.id, Kind: model.DocPKLLetter, Activity: a.ID})
	})
	if len(a.Placements) == 0 {
		letter.Disable()
	}
	return widget.NewCard("", "", container.NewVBox(title, line,
		container.NewHBox(addPl, edit, del), container.NewHBox(letter), widget.NewSeparator(), rows))
}

// placementRow is one placement: who, when, with whom, and its buttons.
func (p *pklPanel) placementRow(a model.StudentActivity, i int, pl model.Placement) fyne.CanvasObject {
	s := pl.Student
	who := widget.NewLabelWithStyle(strconv.Itoa(i+1)+". "+s.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	who.Wrapping = fyne.TextWrapWord
	parts := []string{lang.L("smk.pkl.nisn.short", map[string]string{"NISN": s.NISN}), s.Class, s.Kompetensi,
		shortDate(pl.Start) + " – " + shortDate(pl.End)}
	if pl.Teacher.Name != "" {
		parts = append(parts, lang.L("smk.pkl.teacher.short", map[string]string{"Name": pl.Teacher.Name}))
	}
	if n := len(pl.Visits); n > 0 {
		parts = append(parts, lang.L("smk.pkl.visits.count", map[string]int{"N": n}))
	}
	detail := widget.NewLabel(strings.Join(parts, " · "))
	detail.Wrapping = fyne.TextWrapWord
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.editPlacement(a, i) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.confirmDeletePlacement(a, i) })
	del.Importance = widget.LowImportance
	// the monitoring sheet of this placement, for the visits on paper
	sheet := widget.NewButtonWithIcon(lang.L("smk.pkl.print.sheet"), theme.DocumentPrintIcon(), func() {
		p.print(document.Request{Partnership: p.id, Kind: model.DocPKLMonitoring, Activity: a.ID, Placement: pl.ID})
	})
	sheet.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, container.NewVBox(container.NewHBox(edit, del)),
		container.NewVBox(who, detail, container.NewHBox(sheet)))
}

// print makes a PKL document as the Dokumen tab makes the others: numbered from the
// register when it is a letter, kept with the partnership, saved as a PDF whose
// place the window says. A letter issued before prints again as it was.
func (p *pklPanel) print(req document.Request) {
	g := p.v.g
	g.jobs.Add(1)
	go func() {
		defer g.jobs.Done()
		made, path, err := g.makeDocument(req)
		fyne.Do(func() {
			p.v.documentMade()
			if err != nil {
				dialog.ShowError(userError{lang.L("doc.failed", map[string]string{
					"Doc": docKindLabel(req.Kind), "Err": docErrorText(err)})}, g.win)
				return
			}
			g.showMade(req.Kind, made, path)
		})
	}()
}

// save saves the activity and shows the tab again; it reports the error it met.
func (p *pklPanel) save(a *model.StudentActivity) error {
	a.PartnershipID = p.id
	if err := p.v.g.db.SaveStudentActivity(a); err != nil {
		return err
	}
	p.refresh()
	return nil
}

// confirmDeleteActivity asks before deleting an activity with its students' data.
func (p *pklPanel) confirmDeleteActivity(a model.StudentActivity) {
	d := dialog.NewConfirm(lang.L("smk.pkl.activity.delete.title"),
		lang.L("smk.pkl.activity.delete.question", map[string]any{"Title": a.Title, "N": len(a.Placements)}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := p.v.g.db.DeleteStudentActivity(a.ID); err != nil {
				p.v.g.showError("error.delete", err)
			}
			p.refresh()
		}, p.v.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// confirmDeletePlacement asks before removing a student's placement.
func (p *pklPanel) confirmDeletePlacement(a model.StudentActivity, i int) {
	if i < 0 || i >= len(a.Placements) {
		return
	}
	d := dialog.NewConfirm(lang.L("smk.pkl.placement.delete.title"),
		lang.L("smk.pkl.placement.delete.question", map[string]string{"Name": a.Placements[i].Student.Name}),
		func(ok bool) {
			if !ok {
				return
			}
			a.Placements = append(append([]model.Placement(nil), a.Placements[:i]...), a.Placements[i+1:]...)
			if err := p.save(&a); err != nil {
				p.v.g.showError("error.save", err)
			}
		}, p.v.g.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// pklDialog is a dialog of the tab with its own Simpan and Batal: Simpan keeps it
// open while something typed is wrong, and says what at its field.
func (p *pklPanel) pklDialog(title string, content fyne.CanvasObject, save func() bool, onClose func()) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, container.NewVScroll(content), p.v.g.win)
	ok := widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() {
		if save() {
			d.Hide()
		}
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("action.cancel"), theme.CancelIcon(), func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.SetOnClosed(onClose)
	// room for the form on the laptop at 125 %: the content scrolls inside
	d.Resize(fyne.NewSize(560, 520))
	return d
}

// activityDialog edits an activity's own data: kind, title, the decree, notes.
type activityDialog struct {
	fs       *fieldSet
	kind     *widget.Select
	title    *widget.Entry
	skNumber *widget.Entry
	skDate   *dateEntry
	notes    *widget.Entry
	dialog   *dialog.CustomDialog
}

func (p *pklPanel) editActivity(a model.StudentActivity) {
	d := &activityDialog{fs: newFieldSet()}
	fs := d.fs
	d.kind = widget.NewSelect(labelsOf(model.StudentActivityKinds, activityKindLabel), nil)
	kindField := fs.add("kind", lang.L("smk.pkl.kind"), d.kind, "")
	d.kind.OnChanged = func(string) { kindField.setError("") }
	d.title = fs.entry("title", lang.L("smk.pkl.title"), lang.L("smk.pkl.title.hint"))
	d.skNumber = fs.entry("sk_number", lang.L("smk.pkl.sknumber"), lang.L("smk.pkl.sknumber.hint"))
	var skField *field
	d.skDate = newDateEntry(func() {
		if skField != nil {
			skField.setError("")
		}
	})
	skField = fs.add("sk_date", lang.L("smk.pkl.skdate"), d.skDate, "")
	d.notes = fs.multiEntry("notes", lang.L("smk.pkl.notes"), "", 2)

	if a.Kind == "" {
		a.Kind = model.ActivityKindPKL
	}
	selectValue(d.kind, model.StudentActivityKinds, a.Kind)
	d.title.SetText(a.Title)
	d.skNumber.SetText(a.SKNumber)
	setDateValue(d.skDate, a.SKDate)
	d.notes.SetText(a.Notes)

	title := lang.L("smk.pkl.activity.new")
	if a.ID != "" {
		title = lang.L("smk.pkl.activity.edit")
	}
	content := stacked(fs, "kind", "title", "sk_number", "sk_date", "notes")
	p.actDialog = d
	d.dialog = p.pklDialog(title, content, func() bool {
		next := a
		next.Kind = selectedOf(d.kind, model.StudentActivityKinds)
		next.Title = strings.TrimSpace(d.title.Text)
		next.SKNumber = strings.TrimSpace(d.skNumber.Text)
		next.Notes = strings.TrimSpace(d.notes.Text)
		date, err := readDate(d.skDate, a.SKDate)
		if err != nil {
			skField.setError(errText(err))
			return false
		}
		next.SKDate = date
		if problems := next.Validate(); len(problems) > 0 {
			if rest := fs.show(problems); len(rest) > 0 {
				p.v.g.showError("error.invalid", rest)
			}
			return false
		}
		if err := p.save(&next); err != nil {
			p.v.g.showError("error.save", err)
			return false
		}
		return true
	}, func() { p.actDialog = nil })
	d.dialog.Show()
	focus(p.v.g.win, d.title)
}

// placementDialog edits one student's placement.
type placementDialog struct {
	fs         *fieldSet
	name       *widget.Entry
	nisn       *widget.Entry
	class      *widget.Entry
	kompetensi *widget.SelectEntry
	start, end *dateEntry
	unit       *widget.Entry
	teacher    *widget.Entry
	teacherNIP *widget.Entry
	instructor *widget.Entry
	instrPos   *widget.Entry
	instrPhone *widget.Entry
	visits     *rowList[model.Visit]
	dialog     *dialog.CustomDialog
}

// editPlacement edits placement i of a (i < 0: a new one).
func (p *pklPanel) editPlacement(a model.StudentActivity, i int) {
	var pl model.Placement
	if i >= 0 && i < len(a.Placements) {
		pl = a.Placements[i]
	} else {
		i = -1
		// a new student of the group goes the same time, with the same teacher, as
		// the one before
		if n := len(a.Placements); n > 0 {
			last := a.Placements[n-1]
			pl = model.Placement{Start: last.Start, End: last.End, Teacher: last.Teacher, Instructor: last.Instructor,
				Student: model.Student{Class: last.Student.Class, Kompetensi: last.Student.Kompetensi}}
		}
	}
	d := &placementDialog{fs: newFieldSet()}
	fs := d.fs
	d.name = fs.entry("student.name", lang.L("smk.pkl.student.name"), "")
	d.nisn = fs.entry("student.nisn", lang.L("smk.pkl.student.nisn"), lang.L("smk.pkl.student.nisn.hint"))
	d.class = fs.entry("student.class", lang.L("smk.pkl.student.class"), lang.L("smk.pkl.student.class.hint"))
	d.kompetensi = widget.NewSelectEntry(p.v.school.Kompetensi())
	kompField := fs.add("student.kompetensi", lang.L("smk.kompetensi"), d.kompetensi, "")
	d.kompetensi.OnChanged = clearOnChange(kompField, nil)
	dateField := func(name, label string) *dateEntry {
		var f *field
		e := newDateEntry(func() {
			if f != nil {
				f.setError("")
			}
		})
		f = fs.add(name, label, e, "")
		return e
	}
	d.start = dateField("start", lang.L("smk.pkl.start"))
	d.end = dateField("end", lang.L("smk.pkl.end"))
	d.unit = fs.entry("unit", lang.L("smk.pkl.unit"), lang.L("smk.pkl.unit.hint"))
	d.teacher = fs.entry("teacher.name", lang.L("smk.pkl.teacher"), "")
	d.teacherNIP = fs.entry("teacher.nip", lang.L("smk.pkl.teacher.nip"), lang.L("smk.pkl.teacher.nip.hint"))
	d.instructor = fs.entry("instructor.name", lang.L("smk.pkl.instructor"), "")
	d.instrPos = fs.entry("instructor.position", lang.L("smk.pkl.instructor.position"), "")
	d.instrPhone = fs.entry("instructor.phone", lang.L("smk.pkl.instructor.phone"), "")
	d.visits = newRowList(lang.L("smk.pkl.visit.add"), lang.L("smk.pkl.visit.none"), visitRow)
	d.visits.stacked = true

	d.name.SetText(pl.Student.Name)
	d.nisn.SetText(pl.Student.NISN)
	d.class.SetText(pl.Student.Class)
	d.kompetensi.SetText(pl.Student.Kompetensi)
	setDateValue(d.start, pl.Start)
	setDateValue(d.end, pl.End)
	d.unit.SetText(pl.Unit)
	d.teacher.SetText(pl.Teacher.Name)
	d.teacherNIP.SetText(pl.Teacher.NIP)
	d.instructor.SetText(pl.Instructor.Name)
	d.instrPos.SetText(pl.Instructor.Position)
	d.instrPhone.SetText(pl.Instructor.Phone)
	d.visits.setValues(pl.Visits)

	dudi := ""
	if pt := p.v.partner(p.v.stored.PartnerID); pt != nil {
		dudi = pt.Name
	}
	dudiLine := widget.NewLabel(lang.L("smk.pkl.dudi", map[string]string{"Name": dudi}))
	dudiLine.Wrapping = fyne.TextWrapWord
	// two short fields a line at most: the dialog stays narrow
	pair := func(a, b string) fyne.CanvasObject {
		return container.NewGridWithColumns(2, stacked(fs, a), stacked(fs, b))
	}
	content := container.NewVBox(
		section(lang.L("smk.pkl.section.student"), stacked(fs, "student.name"), pair("student.nisn", "student.class"),
			stacked(fs, "student.kompetensi")),
		section(lang.L("smk.pkl.section.place"), dudiLine, pair("start", "end"), stacked(fs, "unit")),
		section(lang.L("smk.pkl.section.supervisors"), stacked(fs, "teacher.name", "teacher.nip", "instructor.name"),
			pair("instructor.position", "instructor.phone")),
		section(lang.L("smk.pkl.section.visits"), d.visits.object()),
	)
	title := lang.L("smk.pkl.placement.new")
	if i >= 0 {
		title = lang.L("smk.pkl.placement.edit")
	}
	p.plDialog = d
	d.dialog = p.pklDialog(title, content, func() bool { return p.savePlacement(a, i, pl, d) }, func() { p.plDialog = nil })
	d.dialog.Show()
	focus(p.v.g.win, d.name)
}

// savePlacement reads the dialog into the activity's placement i (i < 0: a new one
// at the end), checks the activity and saves it; it reports whether it saved.
func (p *pklPanel) savePlacement(a model.StudentActivity, i int, old model.Placement, d *placementDialog) bool {
	fs := d.fs
	fs.clear()
	pl := old
	pl.Student = model.Student{Name: strings.TrimSpace(d.name.Text), NISN: strings.ReplaceAll(strings.TrimSpace(d.nisn.Text), " ", ""),
		Class: strings.TrimSpace(d.class.Text), Kompetensi: strings.TrimSpace(d.kompetensi.Text)}
	pl.Unit = strings.TrimSpace(d.unit.Text)
	pl.Teacher = model.Teacher{Name: strings.TrimSpace(d.teacher.Text), NIP: strings.ReplaceAll(strings.TrimSpace(d.teacherNIP.Text), " ", "")}
	pl.Instructor = model.Instructor{Name: strings.TrimSpace(d.instructor.Text), Position: strings.TrimSpace(d.instrPos.Text),
		Phone: strings.TrimSpace(d.instrPhone.Text)}
	ok := true
	var err error
	if pl.Start, err = readDate(d.start, old.Start); err != nil {
		fs.field("start").setError(errText(err))
		ok = false
	}
	if pl.End, err = readDate(d.end, old.End); err != nil {
		fs.field("end").setError(errText(err))
		ok = false
	}
	visits, readable := d.visits.values()
	pl.Visits = nil
	for _, v := range visits {
		if !v.Date.IsZero() || v.Notes != "" {
			pl.Visits = append(pl.Visits, v)
		}
	}
	if !ok || !readable {
		return false
	}
	next := a
	next.Placements = append([]model.Placement(nil), a.Placements...)
	at := i
	if i < 0 {
		next.Placements = append(next.Placements, pl)
		at = len(next.Placements) - 1
	} else {
		next.Placements[i] = pl
	}
	if problems := next.Validate(); len(problems) > 0 {
		prefix := "placements[" + strconv.Itoa(at) + "]."
		var mine, rest model.Problems
		for _, pr := range problems {
			if name, ok := strings.CutPrefix(pr.Field, prefix); ok {
				if j, _ := fmtSscanIndex(name, "visits"); j >= 0 {
					d.visits.setRowError(j, problemText(pr))
					continue
				}
				pr.Field = name
				mine = append(mine, pr)
				continue
			}
			rest = append(rest, pr)
		}
		rest = append(rest, fs.show(mine)...)
		if len(rest) > 0 {
			p.v.g.showError("error.invalid", rest)
		}
		return false
	}
	if err := p.save(&next); err != nil {
		if errors.Is(err, model.ErrNoAgreementYet) || errors.Is(err, model.ErrNotSMK) {
			p.refresh()
		}
		p.v.g.showError("error.save", err)
		return false
	}
	return true
}

// visitRow is one monitoring visit: its date and what was seen.
func visitRow(changed func()) rowEditor[model.Visit] {
	var old time.Time
	date := newDateEntry(changed)
	notes := widget.NewMultiLineEntry()
	notes.Wrapping = fyne.TextWrapWord
	notes.SetMinRowsVisible(2)
	notes.PlaceHolder = lang.L("smk.pkl.visit.notes")
	grow := growWithText(notes, 2)
	notes.OnChanged = func(string) {
		grow()
		changed()
	}
	return rowEditor[model.Visit]{
		object: container.NewVBox(fixedWidth(dateWidth, date), notes),
		get: func() (model.Visit, error) {
			d, err := readDate(date, old)
			return model.Visit{Date: d, Notes: strings.TrimSpace(notes.Text)}, err
		},
		set: func(v model.Visit) {
			old = v.Date
			setDateValue(date, v.Date)
			notes.SetText(v.Notes)
		},
	}
}
