package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowEditor is the widgets of one row of a rowList: what it shows, and how its value
// is read and written. get's error is shown under the row.
type rowEditor[T any] struct {
	object fyne.CanvasObject
	get    func() (T, error)
	set    func(T)
}

// rowList edits a short list (roles, budget items, activities …) as rows that can be
// added, edited, removed and reordered: ↑ ↓ × per row and "+ Tambah" below. Rows are
// few (< 50), so they sit in a VBox; long lists stay widget.List.
type rowList[T any] struct {
	build func(changed func()) rowEditor[T]
	// onChanged runs after any edit, addition, removal or move.
	onChanged func()
	// onAdd, when set, replaces what "+ Tambah" does (e.g. open a dialog first).
	onAdd func()
	// stacked puts × under ↑ ↓, leaving the width to rows of several lines.
	stacked bool

	rows      []*listRow[T]
	box       *fyne.Container
	empty     *widget.Label
	addButton *widget.Button
	content   fyne.CanvasObject
}

type listRow[T any] struct {
	editor       rowEditor[T]
	number       *widget.Label
	err          *widget.Label
	up, down, rm *widget.Button
	object       fyne.CanvasObject
}

// newRowList makes an empty list; build makes the editor of one row and calls changed
// whenever the person edits it.
func newRowList[T any](addText, emptyText string, build func(changed func()) rowEditor[T]) *rowList[T] {
	l := &rowList[T]{build: build, box: container.NewVBox()}
	l.empty = widget.NewLabel(emptyText)
	l.empty.TextStyle = fyne.TextStyle{Italic: true}
	l.empty.Importance = widget.LowImportance
	l.addButton = widget.NewButtonWithIcon(addText, theme.ContentAddIcon(), func() {
		if l.onAdd != nil {
			l.onAdd()
			return
		}
		var zero T
		l.add(zero)
		// what the person types next goes into the new row
		if f := firstFocusable(l.rows[len(l.rows)-1].editor.object); f != nil {
			if c := fyne.CurrentApp().Driver().CanvasForObject(l.addButton); c != nil {
				c.Focus(f)
			}
		}
	})
	l.content = container.NewVBox(l.box, l.empty, container.NewHBox(l.addButton))
	return l
}

func (l *rowList[T]) object() fyne.CanvasObject { return l.content }

func (l *rowList[T]) changed() {
	if l.onChanged != nil {
		l.onChanged()
	}
}

// add appends a row holding v.
func (l *rowList[T]) add(v T) {
	l.appendRow(v)
	l.layout()
	l.changed()
}

func (l *rowList[T]) appendRow(v T) *listRow[T] {
	r := &listRow[T]{}
	r.number = widget.NewLabel("")
	r.err = widget.NewLabel("")
	r.err.Importance = widget.DangerImportance
	r.err.Wrapping = fyne.TextWrapWord
	r.err.Hide()
	setting := true
	r.editor = l.build(func() {
		if setting {
			return
		}
		if r.err.Visible() {
			r.err.SetText("")
			r.err.Hide()
		}
		l.changed()
	})
	r.editor.set(v)
	setting = false
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { l.move(l.indexOf(r), -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { l.move(l.indexOf(r), +1) })
	r.rm = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { l.remove(l.indexOf(r)) })
	for _, b := range []*widget.Button{r.up, r.down, r.rm} {
		b.Importance = widget.LowImportance
	}
	var buttons fyne.CanvasObject = container.NewVBox(container.NewHBox(r.up, r.down, r.rm))
	if l.stacked {
		buttons = container.NewVBox(container.NewHBox(r.up, r.down), container.NewHBox(r.rm))
	}
	r.object = container.NewBorder(nil, r.err, container.NewVBox(r.number), buttons, r.editor.object)
	l.rows = append(l.rows, r)
	return r
}

func (l *rowList[T]) indexOf(r *listRow[T]) int {
	for i, x := range l.rows {
		if x == r {
			return i
		}
	}
	return -1
}

// move moves row i by d places (−1 up, +1 down).
func (l *rowList[T]) move(i, d int) {
	j := i + d
	if i < 0 || j < 0 || j >= len(l.rows) {
		return
	}
	l.rows[i], l.rows[j] = l.rows[j], l.rows[i]
	l.layout()
	l.changed()
}

// remove deletes row i.
func (l *rowList[T]) remove(i int) {
	if i < 0 || i >= len(l.rows) {
		return
	}
	l.rows = append(l.rows[:i], l.rows[i+1:]...)
	l.layout()
	l.changed()
}

// layout puts the rows in the box in their order, numbered, with the buttons that
// make sense at each place.
func (l *rowList[T]) layout() {
	objs := make([]fyne.CanvasObject, len(l.rows))
	for i, r := range l.rows {
		objs[i] = r.object
		r.number.SetText(strconv.Itoa(i+1) + ".")
		setEnabled(r.up, i > 0)
		setEnabled(r.down, i < len(l.rows)-1)
	}
	l.box.Objects = objs
	l.box.Refresh()
	if len(l.rows) == 0 {
		l.empty.Show()
	} else {
		l.empty.Hide()
	}
}

// setValues replaces every row.
func (l *rowList[T]) setValues(vs []T) {
	l.rows = nil
	for _, v := range vs {
		l.appendRow(v)
	}
	l.layout()
}

// values reads every row; ok is false when some row could not be read, and that row
// shows why.
func (l *rowList[T]) values() (vs []T, ok bool) {
	ok = true
	for _, r := range l.rows {
		v, err := r.editor.get()
		if err != nil {
			l.showError(r, errText(err))
			ok = false
			continue
		}
		vs = append(vs, v)
	}
	return vs, ok
}

// peek reads every row that can be read, without showing errors.
func (l *rowList[T]) peek() (vs []T, ok bool) {
	ok = true
	for _, r := range l.rows {
		v, err := r.editor.get()
		if err != nil {
			ok = false
			continue
		}
		vs = append(vs, v)
	}
	return vs, ok
}

// setRowError shows msg under row i.
func (l *rowList[T]) setRowError(i int, msg string) {
	if i >= 0 && i < len(l.rows) {
		l.showError(l.rows[i], msg)
	}
}

func (l *rowList[T]) showError(r *listRow[T], msg string) {
	r.err.SetText(msg)
	r.err.Show()
}

// rowError is the message under row i, "" when none.
func (l *rowList[T]) rowError(i int) string {
	if i < 0 || i >= len(l.rows) || !l.rows[i].err.Visible() {
		return ""
	}
	return l.rows[i].err.Text
}

// len is the number of rows.
func (l *rowList[T]) len() int { return len(l.rows) }

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// newTextRows is a list of single-line texts (roles, obligations); empty rows are
// dropped when read.
func newTextRows(placeholder string, changed func()) *rowList[string] {
	l := newRowList(lang.L("rows.add"), lang.L("rows.empty"), func(ch func()) rowEditor[string] {
		e := widget.NewEntry()
		e.PlaceHolder = placeholder
		e.OnChanged = func(string) { ch() }
		return rowEditor[string]{object: e,
			get: func() (string, error) { return strings.TrimSpace(e.Text), nil },
			set: func(s string) { e.SetText(s) }}
	})
	l.onChanged = changed
	return l
}

// texts reads a text list without its empty rows; nil when none.
func texts(l *rowList[string]) []string {
	vs, _ := l.peek()
	var out []string
	for _, v := range vs {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
