package ui

import (
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/safefile"
)

// attachmentExtensions are the files the open dialog offers.
var attachmentExtensions = []string{".pdf", ".png", ".jpg", ".jpeg", ".PDF", ".PNG", ".JPG", ".JPEG"}

// attachmentsPanel is the Lampiran tab of a partnership: its files (signed agreement
// scans, photos, attendance lists), which can be added, opened in the system's viewer,
// saved elsewhere and removed. It is a small handle on the panel's state, so copies
// of it show and refresh the same panel.
type attachmentsPanel struct{ *attachmentsView }

type attachmentsView struct {
	st  Store
	win fyne.Window
	app App
	id  model.ID

	files []model.Attachment // newest first
	// owners are the owner codes the "for" choice offers ("" the partnership itself,
	// "agreement", "activity:<ID>"), parallel to ownerChoice's options; activities
	// names the partnership's activities by ID.
	owners      []string
	activities  map[model.ID]string
	ownerChoice *widget.Select

	list      *widget.List
	empty     *widget.Label
	addButton *widget.Button
	status    *widget.Label
	content   fyne.CanvasObject

	jobs            sync.WaitGroup // reads and writes of file data; tests wait on it
	onChangeHandler func()
}

// newAttachmentsPanel builds the attachments of partnership id and lists them.
func newAttachmentsPanel(st Store, w fyne.Window, a App, id model.ID) attachmentsPanel {
	v := &attachmentsView{st: st, win: w, app: a, id: id}
	v.list = widget.NewList(
		func() int { return len(v.files) },
		func() fyne.CanvasObject {
			del := widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), nil)
			del.Importance = widget.DangerImportance
			return newFileRow(del)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < 0 || i >= len(v.files) {
				return
			}
			a := v.files[i]
			setFileRow(o, attachmentIcon(a), a.Name, v.detail(a),
				func() { v.open(a) }, func() { v.chooseSaveAs(a) }, func() { v.confirmDelete(a) })
		})
	v.list.OnSelected = func(widget.ListItemID) { v.list.UnselectAll() }
	v.empty = widget.NewLabel(lang.L("attach.empty"))
	v.empty.Wrapping = fyne.TextWrapWord
	v.addButton = widget.NewButtonWithIcon(lang.L("attach.add"), theme.ContentAddIcon(), v.chooseFile)
	hint := widget.NewLabel(lang.L("attach.hint"))
	hint.SizeName = theme.SizeNameCaptionText
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapBreak
	v.status.Hide()
	v.ownerChoice = widget.NewSelect(nil, nil)
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("attach.for")), nil, v.ownerChoice),
		container.NewBorder(nil, nil, v.addButton, nil, hint))
	v.content = container.NewBorder(top, v.status, nil, nil, container.NewStack(v.list, container.NewVBox(v.empty)))
	v.refresh()
	return attachmentsPanel{v}
}

func (v *attachmentsView) object() fyne.CanvasObject { return v.content }

// newFileRow is a list row for a file kept in the data file: an icon, the name in
// bold over a detail line, and Buka, Simpan sebagai… and any more buttons at the
// right, keeping their own height, centred on the two lines.
func newFileRow(more ...fyne.CanvasObject) fyne.CanvasObject {
	name := widget.NewLabel("")
	name.TextStyle = fyne.TextStyle{Bold: true}
	name.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	buttons := []fyne.CanvasObject{
		widget.NewButtonWithIcon(lang.L("attach.open"), theme.FolderOpenIcon(), nil),
		widget.NewButtonWithIcon(lang.L("attach.saveas"), theme.DocumentSaveIcon(), nil),
	}
	return container.NewBorder(nil, nil, widget.NewIcon(theme.FileIcon()),
		container.NewCenter(container.NewHBox(append(buttons, more...)...)), container.NewVBox(name, detail))
}

// setFileRow fills a row made by newFileRow; actions are its buttons' in order.
func setFileRow(o fyne.CanvasObject, icon fyne.Resource, name, detail string, actions ...func()) {
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container)
	texts.Objects[0].(*widget.Label).SetText(name)
	texts.Objects[1].(*widget.Label).SetText(detail)
	c.Objects[1].(*widget.Icon).SetResource(icon)
	buttons := c.Objects[2].(*fyne.Container).Objects[0].(*fyne.Container)
	for i, act := range actions {
		buttons.Objects[i].(*widget.Button).OnTapped = act
	}
}

// setOnChange sets what runs after a file was added or removed (the timeline has a
// new event then).
func (v *attachmentsView) setOnChange(fn func()) { v.onChangeHandler = fn }

// wait blocks until reads and writes of file data have finished; for tests.
func (v *attachmentsView) wait() { v.jobs.Wait() }

// refresh lists the attachments again (no file data is read) and what a new file may
// belong to: the partnership, its agreement (the signed scan) or one of its activities.
func (v *attachmentsView) refresh() {
	v.refreshOwners()
	files, err := v.st.Attachments(v.id)
	if err != nil {
		v.say(lang.L("error.read", map[string]string{"Err": errText(err)}), widget.DangerImportance)
		return
	}
	for i, j := 0, len(files)-1; i < j; i, j = i+1, j-1 {
		files[i], files[j] = files[j], files[i]
	}
	v.files = files
	if len(files) == 0 {
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	v.list.Refresh()
}

// refreshOwners offers the partnership, its agreement and its activities as what a
// new file belongs to, keeping the choice when it is still there.
func (v *attachmentsView) refreshOwners() {
	keep := v.selectedOwner()
	v.owners = []string{"", "agreement"}
	options := []string{lang.L("attach.for.partnership"), lang.L("attach.for.agreement")}
	v.activities = map[model.ID]string{}
	if p, err := v.st.Partnership(v.id); err == nil {
		for _, a := range p.Activities {
			v.activities[a.ID] = a.Title
			v.owners = append(v.owners, "activity:"+string(a.ID))
			options = append(options, lang.L("attach.owner.activity")+": "+a.Title)
		}
	}
	v.ownerChoice.Options = options
	v.ownerChoice.SetSelectedIndex(max(indexOf(v.owners, keep), 0))
}

// selectedOwner is the owner code chosen for the next file.
func (v *attachmentsView) selectedOwner() string {
	if i := v.ownerChoice.SelectedIndex(); i >= 0 && i < len(v.owners) {
		return v.owners[i]
	}
	return ""
}

func (v *attachmentsView) changed() {
	v.refresh()
	if v.onChangeHandler != nil {
		v.onChangeHandler()
	}
}

// say shows a line under the list: what was done, or what went wrong.
func (v *attachmentsView) say(msg string, imp widget.Importance) {
	v.status.Importance = imp
	v.status.SetText(msg)
	v.status.Show()
}

// detail is a row's second line: "1,5 MB · 26 November 2026 · Perjanjian", or
// "… · Kegiatan: Pelatihan guru" for a file of an activity.
func (v *attachmentsView) detail(a model.Attachment) string {
	parts := []string{sizeText(a.Size), lang.L("attach.added", map[string]string{"Date": longDate(a.Added.Local())})}
	if o := ownerLabel(a.Owner); o != "" {
		if title, ok := v.activities[model.ID(strings.TrimPrefix(a.Owner, "activity:"))]; ok && strings.HasPrefix(a.Owner, "activity:") {
			o += ": " + title
		}
		parts = append(parts, o)
	}
	return strings.Join(parts, " · ")
}

func attachmentIcon(a model.Attachment) fyne.Resource {
	if strings.HasPrefix(a.Type, "image/") {
		return theme.FileImageIcon()
	}
	return theme.FileTextIcon()
}

// ownerLabel says what a file belongs to, "" for the partnership itself.
func ownerLabel(owner string) string {
	switch {
	case owner == "":
		return ""
	case owner == "agreement":
		return lang.L("attach.owner.agreement")
	case owner == "document":
		return lang.L("attach.owner.document")
	case strings.HasPrefix(owner, "activity:"):
		return lang.L("attach.owner.activity")
	}
	return owner
}

// sizeText is a file's size as people read it: "12 KB", "1,5 MB".
func sizeText(n int64) string { return byteSize(n) }

// chooseFile lets the person pick a PDF, PNG or JPG file to attach.
func (v *attachmentsView) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.refused(lang.L("attach.unreadable", map[string]string{"Err": err.Error()}))
			return
		}
		if r == nil {
			return // cancelled
		}
		v.addFrom(r.URI().Name(), r)
	}, v.win)
	d.SetFilter(storage.NewExtensionFileFilter(attachmentExtensions))
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// addFrom reads the file off the UI goroutine, checks it and stores it with the
// partnership; the open dialog's callback calls it. r is closed.
func (v *attachmentsView) addFrom(name string, r io.ReadCloser) {
	v.addButton.Disable()
	v.say(lang.L("attach.adding", map[string]string{"Name": name}), widget.MediumImportance)
	owner := v.selectedOwner()
	v.jobs.Add(1)
	go func() {
		defer v.jobs.Done()
		saved, err := v.readAndStore(name, owner, r)
		fyne.Do(func() { v.added(name, saved, err) })
	}()
}

// readAndStore reads at most one byte more than may be attached, then checks and
// stores the file. It touches no widget.
func (v *attachmentsView) readAndStore(name, owner string, r io.ReadCloser) (model.Attachment, error) {
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, model.MaxAttachmentBytes+1))
	if err != nil {
		// the file could not be read to its end (a stick pulled out, a damaged disk)
		return model.Attachment{}, userError{lang.L("attach.unreadable", map[string]string{"Err": errText(err)})}
	}
	if _, err := model.CheckAttachment(name, data); err != nil {
		return model.Attachment{}, err
	}
	return v.st.AddAttachment(model.Attachment{PartnershipID: v.id, Owner: owner, Name: name}, data)
}

// added shows the outcome of addFrom; it runs on the UI goroutine.
func (v *attachmentsView) added(name string, a model.Attachment, err error) {
	v.addButton.Enable()
	if err != nil {
		v.status.Hide()
		var fe model.FieldError
		if errors.As(err, &fe) {
			v.refused(problemText(fe))
			return
		}
		v.refused(errText(err))
		return
	}
	v.say(lang.L("attach.done", map[string]string{"Name": a.Name}), widget.SuccessImportance)
	v.changed()
}

// refused says plainly why a file was not attached.
func (v *attachmentsView) refused(msg string) {
	dialog.ShowInformation(lang.L("attach.refused.title"), msg, v.win)
}

// open writes the file to a temporary folder and opens it in the system's viewer.
func (v *attachmentsView) open(a model.Attachment) {
	v.jobs.Add(1)
	go func() {
		defer v.jobs.Done()
		path, err := v.writeTemp(a)
		fyne.Do(func() {
			if err != nil {
				v.say(lang.L("attach.openfailed", map[string]string{"Err": errText(err)}), widget.DangerImportance)
				return
			}
			u, err := url.Parse(storage.NewFileURI(path).String())
			if err == nil {
				err = v.app.OpenURL(u)
			}
			if err != nil {
				v.say(lang.L("attach.notopened", map[string]string{"Path": path}), widget.WarningImportance)
				return
			}
			v.say(lang.L("attach.opened", map[string]string{"Path": path}), widget.MediumImportance)
		})
	}()
}

// writeTemp writes the attachment's data, under its own name, into a folder of its
// own in this run's private temporary folder (jobs.go: made new for this run, 0700,
// so never a folder or a link someone else prepared). The file is made new (O_EXCL,
// which follows no link); one already written there this run is the same
// attachment, whose content never changes, and is opened again.
func (v *attachmentsView) writeTemp(a model.Attachment) (string, error) {
	root, err := tempFiles.Path()
	if err != nil {
		return "", err
	}
	name := model.CleanFileName(a.Name)
	if name == "" {
		name = string(a.ID) + strings.ToLower(filepath.Ext(a.Name))
	}
	dir := filepath.Join(root, model.CleanFileName(string(a.ID)))
	path := filepath.Join(dir, name)
	if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() {
		return path, nil
	}
	data, err := v.st.AttachmentData(a.ID)
	if err != nil {
		return "", err
	}
	if err := os.Mkdir(dir, safefile.DirMode); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", safefile.Failed(dir, err)
	}
	if err := safefile.WriteNew(path, data); err != nil {
		return "", err
	}
	return path, nil
}

// chooseSaveAs asks where to save a copy of the file.
func (v *attachmentsView) chooseSaveAs(a model.Attachment) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			v.say(lang.L("attach.savefailed", map[string]string{"Err": err.Error()}), widget.DangerImportance)
			return
		}
		if w == nil {
			return // cancelled
		}
		v.saveTo(a, w, w.URI().Path())
	}, v.win)
	d.SetFileName(a.Name)
	if ext := filepath.Ext(a.Name); ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{strings.ToLower(ext), strings.ToUpper(ext)}))
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// saveTo writes the file's data to where off the UI goroutine, the safe way
// (safefile: beside it, synced, renamed over it), after closing w, which the save
// dialog opened there; the dialog's callback calls it.
func (v *attachmentsView) saveTo(a model.Attachment, w io.WriteCloser, where string) {
	_ = w.Close()
	v.jobs.Add(1)
	go func() {
		defer v.jobs.Done()
		err := func() error {
			data, err := v.st.AttachmentData(a.ID)
			if err != nil {
				return err
			}
			return safefile.WriteFile(where, data)
		}()
		fyne.Do(func() {
			if err != nil {
				v.say(lang.L("attach.savefailed", map[string]string{"Err": errText(err)}), widget.DangerImportance)
				return
			}
			v.say(lang.L("attach.saved", map[string]string{"Path": where}), widget.SuccessImportance)
		})
	}()
}

// confirmDelete asks, naming the file, before removing it.
func (v *attachmentsView) confirmDelete(a model.Attachment) {
	d := dialog.NewConfirm(lang.L("attach.delete.title"),
		lang.L("attach.delete.question", map[string]string{"Name": a.Name}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := v.st.DeleteAttachment(a.ID); err != nil {
				v.say(lang.L("error.delete", map[string]string{"Err": errText(err)}), widget.DangerImportance)
				return
			}
			v.say(lang.L("attach.deleted", map[string]string{"Name": a.Name}), widget.MediumImportance)
			v.changed()
		}, v.win)
	d.SetConfirmText(lang.L("action.delete"))
	d.SetDismissText(lang.L("action.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}
