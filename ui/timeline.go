package ui

import (
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
)

// timelinePanel is the Linimasa tab of a partnership: its events, newest first, and
// the buttons that add a note or a meeting by hand. It is a small handle on the
// panel's state, so copies of it show and refresh the same panel.
type timelinePanel struct{ *timelineView }

type timelineView struct {
	st  Store
	win fyne.Window
	id  model.ID
	now func() time.Time

	events []model.Event // newest first

	list       *widget.List
	empty      *widget.Label
	addNote    *widget.Button
	addMeeting *widget.Button
	content    fyne.CanvasObject

	// the inputs of the dialog shown, while it is shown (tests drive them)
	noteText        *widget.Entry
	meetingDate     *dateEntry
	meetingTime     *widget.Entry
	meetingSubject  *widget.Entry
	meetingPeople   *widget.Entry
	meetingMinutes  *widget.Entry
	dialogError     *widget.Label
	onChangeHandler func()
}

// newTimelinePanel builds the timeline of partnership id and reads it; now is the
// clock (the meeting dialog starts at its date and time).
func newTimelinePanel(st Store, w fyne.Window, id model.ID, now func() time.Time) timelinePanel {
	v := &timelineView{st: st, win: w, id: id, now: now}
	v.list = widget.NewList(
		func() int { return len(v.events) },
		func() fyne.CanvasObject {
			head := widget.NewLabel("")
			head.TextStyle = fyne.TextStyle{Bold: true}
			head.Truncation = fyne.TextTruncateEllipsis
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(head, text)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < 0 || i >= len(v.events) {
				return
			}
			e := v.events[i]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(eventHeading(e))
			c.Objects[1].(*widget.Label).SetText(eventLine(e))
		})
	v.list.OnSelected = func(i widget.ListItemID) {
		v.list.UnselectAll()
		if i >= 0 && i < len(v.events) {
			v.showDetails(v.events[i])
		}
	}
	v.empty = widget.NewLabel(lang.L("timeline.empty"))
	v.empty.Wrapping = fyne.TextWrapWord
	v.addNote = widget.NewButtonWithIcon(lang.L("timeline.addnote"), theme.ContentAddIcon(), v.showNoteDialog)
	v.addMeeting = widget.NewButtonWithIcon(lang.L("timeline.addmeeting"), theme.ContentAddIcon(), v.showMeetingDialog)
	hint := widget.NewLabel(lang.L("timeline.hint"))
	hint.SizeName = theme.SizeNameCaptionText
	top := container.NewBorder(nil, nil, nil, hint, container.NewHBox(v.addNote, v.addMeeting))
	v.content = container.NewBorder(top, nil, nil, nil, container.NewStack(v.list, container.NewVBox(v.empty)))
	v.refresh()
	return timelinePanel{v}
}

func (v *timelineView) object() fyne.CanvasObject { return v.content }

// setOnChange sets what runs after the person added a note or a meeting.
func (v *timelineView) setOnChange(fn func()) { v.onChangeHandler = fn }

// refresh reads the timeline again: one range scan of the store.
func (v *timelineView) refresh() {
	events, err := v.st.Events(v.id)
	if err != nil {
		dialog.ShowError(userError{lang.L("error.read", map[string]string{"Err": errText(err)})}, v.win)
		return
	}
	// the store gives them oldest first; the newest is what a principal looks for
	for i, j := 0, len(events)-1; i < j; i, j = i+1, j-1 {
		events[i], events[j] = events[j], events[i]
	}
	v.events = events
	if len(events) == 0 {
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	v.list.Refresh()
}

// eventHeading is an event's first line: "26 November 2026 10.05 · Rapat · Tahap 3".
func eventHeading(e model.Event) string {
	parts := []string{longDateTime(e.Time), eventKindLabel(e.Kind)}
	if e.Stage.Valid() {
		parts = append(parts, lang.L("timeline.stage", map[string]int{"N": int(e.Stage)}))
	}
	return strings.Join(parts, " · ")
}

// eventLine is an event's second line: its text, and for a meeting who took part.
func eventLine(e model.Event) string {
	text := strings.Join(strings.Fields(eventText(e)), " ")
	if e.Kind == model.EventMeeting && strings.TrimSpace(e.Participants) != "" {
		text += " · " + lang.L("timeline.participants.short", map[string]string{"People": strings.Join(strings.Fields(e.Participants), " ")})
	}
	return text
}

// eventText is what an event says: in the user's language when the program wrote it
// (its Phrase, with stage names and dates in that language; an event recorded before
// phrases, when its text is one of the program's sentences: model.WithPhrase); notes,
// meetings and texts the program did not write say their Text, as it was written.
func eventText(e model.Event) string {
	e = model.WithPhrase(e) // an event recorded before phrases, when it is one of the program's sentences
	a := e.Args
	data := map[string]string{}
	switch e.Phrase {
	case model.PhraseStagesEdited:
		var nums, names []string
		for _, st := range a.Stages.List() {
			nums, names = append(nums, strconv.Itoa(int(st))), append(names, stageName(st))
		}
		data["Numbers"], data["Names"] = strings.Join(nums, ", "), strings.Join(names, "; ")
	case model.PhraseActivityDone:
		data["Title"] = a.Title
	case model.PhraseEvaluationRecorded, model.PhraseEvaluationChanged:
		data["Date"] = longDate(a.Date)
	case model.PhraseStageMoved, model.PhraseReopened:
		data["From"], data["FromName"] = strconv.Itoa(int(a.From)), stageName(a.From)
		data["To"], data["ToName"] = strconv.Itoa(int(a.To)), stageName(a.To)
		data["Reason"] = a.Reason
	case model.PhraseAttachmentAdded, model.PhraseAttachmentRemoved:
		data["Name"] = a.Name
	case model.PhraseDocumentMade:
		data["Doc"], data["Code"] = docKindLabel(a.Doc), a.Code
	case model.PhraseLetterNumbered:
		data["Number"] = a.Number
	case model.PhraseSigned:
		data["Doc"], data["Date"] = docKindLabel(a.Doc), longDate(a.Date)
	case model.PhraseExtended, model.PhraseNewPeriod, model.PhraseCreated:
	default:
		return e.Text
	}
	return lang.X("timeline.phrase."+string(e.Phrase), e.Text, data)
}

// eventKindLabel is the kind's name in the user's language ("event.<kind>").
func eventKindLabel(k model.EventKind) string {
	if k.Label() == "" {
		return string(k)
	}
	return lang.X("event."+string(k), k.Label())
}

// showDetails shows an event in full: a meeting's participants and minutes, or a long text.
func (v *timelineView) showDetails(e model.Event) {
	var rows []fyne.CanvasObject
	add := func(label, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		l := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		t := widget.NewLabel(text)
		t.Wrapping = fyne.TextWrapWord
		rows = append(rows, l, t)
	}
	when := longDateTime(e.Time)
	if e.Stage.Valid() {
		when += " · " + lang.L("timeline.stage", map[string]int{"N": int(e.Stage)})
	}
	add(lang.L("timeline.when"), when)
	if e.Kind == model.EventMeeting {
		add(lang.L("timeline.subject"), e.Text)
		add(lang.L("timeline.participants"), e.Participants)
		add(lang.L("timeline.minutes"), e.Minutes)
	} else {
		add(lang.L("timeline.text"), eventText(e))
	}
	d := dialog.NewCustom(eventKindLabel(e.Kind), lang.L("action.close"), container.NewVScroll(container.NewVBox(rows...)), v.win)
	d.Resize(fyne.NewSize(600, 540))
	d.Show()
}

// showNoteDialog asks for a note's text and adds it to the timeline.
func (v *timelineView) showNoteDialog() {
	v.noteText = widget.NewMultiLineEntry()
	v.noteText.Wrapping = fyne.TextWrapWord
	v.noteText.SetMinRowsVisible(5)
	v.noteText.SetPlaceHolder(lang.L("timeline.note.hint"))
	v.dialogError = newDialogError()
	content := container.NewBorder(nil, v.dialogError, nil, nil, v.noteText)
	v.showFormDialog(lang.L("timeline.note.title"), content, fyne.NewSize(520, 300), v.saveNote)
	focus(v.win, v.noteText)
}

// saveNote adds the note typed; it refuses an empty one.
func (v *timelineView) saveNote() bool {
	text := strings.TrimSpace(v.noteText.Text)
	if text == "" {
		showDialogError(v.dialogError, lang.L("timeline.note.empty"))
		return false
	}
	p, err := v.st.Partnership(v.id)
	if err != nil {
		showDialogError(v.dialogError, lang.L("error.read", map[string]string{"Err": errText(err)}))
		return false
	}
	return v.store(model.NewNote(p, text, time.Time{}))
}

// showMeetingDialog asks for a meeting's date and time, subject, participants and
// minutes, and adds it to the timeline.
func (v *timelineView) showMeetingDialog() {
	now := v.now()
	v.meetingDate = newDateEntry(nil)
	setDateValue(v.meetingDate, now)
	v.meetingTime = widget.NewEntry()
	v.meetingTime.SetText(clock(now))
	v.meetingTime.SetPlaceHolder("09.30")
	v.meetingSubject = widget.NewEntry()
	v.meetingSubject.SetPlaceHolder(lang.L("timeline.subject.hint"))
	v.meetingPeople = widget.NewMultiLineEntry()
	v.meetingPeople.Wrapping = fyne.TextWrapWord
	v.meetingPeople.SetMinRowsVisible(2)
	v.meetingPeople.SetPlaceHolder(lang.L("timeline.participants.hint"))
	v.meetingMinutes = widget.NewMultiLineEntry()
	v.meetingMinutes.Wrapping = fyne.TextWrapWord
	v.meetingMinutes.SetMinRowsVisible(8)
	v.dialogError = newDialogError()
	timeBox := container.NewGridWrap(fyne.NewSize(88, v.meetingTime.MinSize().Height), v.meetingTime)
	when := container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(lang.L("timeline.time")), timeBox), v.meetingDate)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("timeline.date"), when),
		widget.NewFormItem(lang.L("timeline.subject"), v.meetingSubject),
		widget.NewFormItem(lang.L("timeline.participants"), v.meetingPeople),
		widget.NewFormItem(lang.L("timeline.minutes"), v.meetingMinutes),
	)
	content := container.NewBorder(nil, v.dialogError, nil, nil, container.NewVScroll(form))
	v.showFormDialog(lang.L("timeline.meeting.title"), content, fyne.NewSize(620, 520), v.saveMeeting)
	focus(v.win, v.meetingSubject)
}

// saveMeeting adds the meeting typed; it needs a date and a subject.
func (v *timelineView) saveMeeting() bool {
	date, err := readDate(v.meetingDate, time.Time{})
	if err != nil || date.IsZero() {
		showDialogError(v.dialogError, lang.L("timeline.meeting.nodate"))
		return false
	}
	hour, minute, ok := parseClock(v.meetingTime.Text)
	if !ok {
		showDialogError(v.dialogError, lang.L("timeline.meeting.badtime"))
		return false
	}
	subject := strings.TrimSpace(v.meetingSubject.Text)
	if subject == "" {
		showDialogError(v.dialogError, lang.L("timeline.meeting.nosubject"))
		return false
	}
	p, err := v.st.Partnership(v.id)
	if err != nil {
		showDialogError(v.dialogError, lang.L("error.read", map[string]string{"Err": errText(err)}))
		return false
	}
	y, m, d := date.Date()
	when := time.Date(y, m, d, hour, minute, 0, 0, time.Local)
	return v.store(model.NewMeeting(p, when, subject, strings.TrimSpace(v.meetingPeople.Text), strings.TrimSpace(v.meetingMinutes.Text)))
}

// store writes the event and shows it.
func (v *timelineView) store(e model.Event) bool {
	if err := v.st.AddEvent(e); err != nil {
		showDialogError(v.dialogError, lang.L("error.save", map[string]string{"Err": errText(err)}))
		return false
	}
	v.refresh()
	if v.onChangeHandler != nil {
		v.onChangeHandler()
	}
	return true
}

// parseClock reads "9.30", "09.30", "09:30" or "9"; empty is 00.00.
func parseClock(s string) (hour, minute int, ok bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ":", ".")
	if s == "" {
		return 0, 0, true
	}
	parts := strings.Split(s, ".")
	if len(parts) > 2 {
		return 0, 0, false
	}
	nums := []int{0, 0}
	for i, part := range parts {
		n, err := strconv.Atoi(part)
		if err != nil || len(part) > 2 || n < 0 {
			return 0, 0, false
		}
		nums[i] = n
	}
	if nums[0] > 23 || nums[1] > 59 {
		return 0, 0, false
	}
	return nums[0], nums[1], true
}

// newDialogError is the line in a dialog that says what is wrong with its input.
func newDialogError() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func showDialogError(l *widget.Label, msg string) {
	l.SetText(msg)
	l.Show()
}

// showFormDialog shows content with Batal and Simpan; Simpan runs save and closes the
// dialog only when save reports success.
func (v *timelineView) showFormDialog(title string, content fyne.CanvasObject, size fyne.Size, save func() bool) {
	var d *dialog.CustomDialog
	cancel := widget.NewButtonWithIcon(lang.L("action.cancel"), theme.CancelIcon(), func() { d.Hide() })
	ok := widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), func() {
		if save() {
			d.Hide()
		}
	})
	ok.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(title, content, v.win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(size)
	d.Show()
}
