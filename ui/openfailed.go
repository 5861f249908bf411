package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// When the data file does not open at start, the window shows why and what can be
// done instead of the screens:
//
//   - locked (another program has it; which one when its note says so): Coba lagi, Tutup;
//   - damaged (when opening, or found by the check after opening): never
//     overwritten; Pulihkan cadangan terbaru when an automatic backup passes the
//     check (named with its date and counts: the damaged file is renamed and kept for
//     support, the backup copied in its place and opened), Buka berkas lain…, Tutup;
//   - empty (0 bytes, as a full disk leaves it): as damaged, and Mulai berkas baru
//     (the empty file kept aside) when there is no backup;
//   - written by a newer Kemitraan: update the program; Tutup;
//   - anything else (a folder that cannot be written…): Coba lagi, Buka berkas lain…, Tutup.
//
// What is offered is a function of the error and of the backup found (startChoices);
// what the buttons do is given in a Startup, so the flows are tested headless.

// Startup is what the start-up screens do. cmd/kemitraan gives the store's functions;
// tests give theirs.
type Startup struct {
	// Open opens the data file at path and, when it opens, shows the program's screens
	// in the window (and does what follows opening, like the automatic backup). The
	// error says why it did not open.
	Open func(path string) error
	// NewestGoodBackup finds the newest automatic backup of the data file at dataPath
	// that passes the check (store.NewestGoodBackup).
	NewestGoodBackup func(dataPath string) (model.BackupInfo, error)
	// QuarantineDamaged renames a damaged data file out of the way, keeping it, and
	// returns its new name (store.QuarantineDamaged).
	QuarantineDamaged func(path string, now time.Time) (string, error)
	// RestoreBackupInto copies a checked backup to dataPath, which must not exist
	// (store.RestoreBackupInto).
	RestoreBackupInto func(dataPath, backupPath string) error
	// Quit ends the program.
	Quit func()
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// openProblem is why the data file did not open.
type openProblem int

const (
	openOther openProblem = iota
	openLocked
	openDamaged
	openEmpty
	openNewer
)

func problemOf(err error) openProblem {
	switch {
	case errors.Is(err, model.ErrLocked):
		return openLocked
	case errors.Is(err, model.ErrNewerSchema):
		return openNewer
	case errors.Is(err, model.ErrEmptyFile):
		return openEmpty
	case errors.Is(err, model.ErrDamaged):
		return openDamaged
	}
	return openOther
}

// startAction is a button of the start-up screen.
type startAction int

const (
	actRestoreNewest startAction = iota // Pulihkan cadangan terbaru
	actRetry                            // Coba lagi
	actOpenOther                        // Buka berkas lain…
	actStartNew                         // Mulai berkas baru
	actClose                            // Tutup
)

// startChoices says what the screen offers, the first being the one suggested, for an
// open error and the newest good backup (nil when there is none).
func startChoices(err error, backup *model.BackupInfo) []startAction {
	switch problemOf(err) {
	case openLocked:
		return []startAction{actRetry, actClose}
	case openNewer:
		return []startAction{actClose}
	case openDamaged:
		if backup != nil {
			return []startAction{actRestoreNewest, actOpenOther, actClose}
		}
		return []startAction{actOpenOther, actClose}
	case openEmpty:
		if backup != nil {
			return []startAction{actRestoreNewest, actOpenOther, actClose}
		}
		return []startAction{actStartNew, actOpenOther, actClose}
	}
	return []startAction{actRetry, actOpenOther, actClose}
}

// startScreen is the content shown when the data file at path did not open.
type startScreen struct {
	win    fyne.Window
	s      Startup
	path   string
	err    error
	backup *model.BackupInfo

	content fyne.CanvasObject
	buttons map[startAction]*widget.Button
	dialog  dialog.Dialog
	jobs    sync.WaitGroup // the restore running; tests wait on it
}

// ShowOpenFailed shows in w, instead of the screens, why the data file at path did
// not open (err, from Open), and offers what can be done: see Startup. For a damaged
// file it looks for the newest good automatic backup first.
func ShowOpenFailed(w fyne.Window, path string, err error, s Startup) {
	showOpenFailed(w, path, err, s)
}

func showOpenFailed(w fyne.Window, path string, err error, s Startup) *startScreen {
	if s.Now == nil {
		s.Now = time.Now
	}
	sc := &startScreen{win: w, s: s, path: path, err: err}
	if p := problemOf(err); (p == openDamaged || p == openEmpty) && s.NewestGoodBackup != nil {
		if b, berr := s.NewestGoodBackup(path); berr == nil {
			sc.backup = &b
		}
	}
	sc.build()
	// what the screens showed before (an error reading the damaged file) goes with
	// them, and so do their menu, shortcuts and question on closing: they worked on
	// the file that is closed now
	for top := w.Canvas().Overlays().Top(); top != nil; top = w.Canvas().Overlays().Top() {
		w.Canvas().Overlays().Remove(top)
	}
	w.SetMainMenu(nil)
	for _, key := range []fyne.KeyName{fyne.KeyS, fyne.KeyN, fyne.KeyF, "1", "2", "3", "4"} {
		w.Canvas().RemoveShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault})
	}
	w.Canvas().SetOnTypedKey(nil) // F1's guide
	w.SetCloseIntercept(nil)
	w.SetContent(sc.content)
	FitWindow(w)
	return sc
}

// message says what happened, in the user's language.
func (sc *startScreen) message() string {
	switch problemOf(sc.err) {
	case openLocked:
		// the kind says who holds it, as far as is known, and what to do
		return errText(sc.err)
	case openNewer:
		return lang.L("open.newer")
	case openEmpty:
		return lang.L("start.empty")
	case openDamaged:
		return lang.L("start.damaged")
	}
	return errText(sc.err) + "\n" + lang.L("open.failed")
}

// backupText names the newest good backup with its date and what it holds.
func backupText(b model.BackupInfo) string {
	return lang.L("start.backup", map[string]any{
		"Date": dateTime(b.Time), "Partnerships": b.Counts.Partnerships, "Partners": b.Counts.Partners,
		"Attachments": b.Counts.Attachments, "Name": filepath.Base(b.Path)})
}

func (sc *startScreen) build() {
	locked := problemOf(sc.err) == openLocked
	heading := lang.L("open.title")
	if locked {
		heading = lang.L("start.locked.title")
	}
	title := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(sc.message())
	msg.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(msg)
	if p := problemOf(sc.err); p == openDamaged || p == openEmpty {
		var b *widget.Label
		if sc.backup != nil {
			b = widget.NewLabel(backupText(*sc.backup))
		} else {
			b = widget.NewLabel(lang.L("start.nobackup"))
		}
		b.Wrapping = fyne.TextWrapWord
		b.Importance = widget.HighImportance
		body.Add(b)
	}
	file := widget.NewLabel(lang.L("open.file", map[string]string{"Path": sc.path}))
	file.Wrapping = fyne.TextWrapBreak
	detail := widget.NewLabel("")
	detail.Wrapping = fyne.TextWrapWord
	detail.Importance = widget.LowImportance
	if sc.err != nil && !locked { // a lock's details would say its message again
		detail.SetText(errDetail(sc.err))
	}
	body.Add(file)
	body.Add(detail)

	sc.buttons = map[startAction]*widget.Button{}
	row := container.NewHBox()
	for i, a := range startChoices(sc.err, sc.backup) {
		var b *widget.Button
		switch a {
		case actRestoreNewest:
			b = widget.NewButtonWithIcon(lang.L("start.restore"), theme.HistoryIcon(), sc.restoreNewest)
		case actRetry:
			b = widget.NewButtonWithIcon(lang.L("start.retry"), theme.ViewRefreshIcon(), sc.retry)
		case actOpenOther:
			b = widget.NewButtonWithIcon(lang.L("start.openother"), theme.FolderOpenIcon(), sc.chooseOther)
		case actStartNew:
			b = widget.NewButtonWithIcon(lang.L("start.new"), theme.DocumentCreateIcon(), sc.startNew)
		case actClose:
			b = widget.NewButtonWithIcon(lang.L("action.close"), theme.CancelIcon(), sc.quit)
		}
		if i == 0 {
			b.Importance = widget.HighImportance
		}
		sc.buttons[a] = b
		row.Add(b)
	}
	icon := theme.ErrorIcon()
	size := fyne.NewSize(720, 420)
	if locked {
		// a small window, as a dialog: nothing is wrong with the file
		icon, size = theme.InfoIcon(), fyne.NewSize(560, 240)
	}
	sc.content = newStartPane(container.NewPadded(container.NewBorder(
		container.NewHBox(widget.NewIcon(icon), title), row, nil, nil,
		container.NewVScroll(body))), size)
}

// startPane is what the window shows instead of the screens when the data file did
// not open: the start screen, in a window of its own size (FitWindow), smaller than
// the screens'.
type startPane struct {
	widget.BaseWidget
	content fyne.CanvasObject
	size    fyne.Size
}

func newStartPane(content fyne.CanvasObject, size fyne.Size) *startPane {
	p := &startPane{content: content, size: size}
	p.ExtendBaseWidget(p)
	return p
}

func (p *startPane) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.content) }

// FitWindow gives the window the size of what it shows: the screens get WindowSize
// (as large as the laptop's work area allows at the screen's scaling), a start
// screen its own smaller size; never smaller than the content needs.
func FitWindow(w fyne.Window) {
	content := w.Content()
	if content == nil {
		return
	}
	if p, ok := content.(*startPane); ok {
		room := workArea(w.Canvas().Scale())
		w.Resize(fyne.NewSize(min(p.size.Width, room.Width), min(p.size.Height, room.Height)).Max(p.MinSize()))
		return
	}
	w.Resize(WindowSize(w.Canvas().Scale(), content.MinSize()))
}

func (sc *startScreen) quit() {
	if sc.s.Quit != nil {
		sc.s.Quit()
	}
}

// retry opens the same file again.
func (sc *startScreen) retry() { sc.openPath(sc.path) }

// startNew keeps the empty data file aside (renamed, as a damaged one) and opens a
// new one in its place.
func (sc *startScreen) startNew() {
	kept, err := sc.s.QuarantineDamaged(sc.path, sc.s.Now())
	if err != nil {
		sc.dialog = dialog.NewError(userError{msg: lang.L("start.restore.failed", map[string]string{"Err": errText(err)})}, sc.win)
		sc.dialog.Show()
		return
	}
	if err := sc.s.Open(sc.path); err != nil {
		showOpenFailed(sc.win, sc.path, err, sc.s)
		return
	}
	sc.dialog = dialog.NewInformation(lang.L("start.new"), lang.L("start.kept", map[string]string{"Name": filepath.Base(kept)}), sc.win)
	sc.dialog.Show()
}

// openPath opens the file at path; if it does not open, the screen says why.
func (sc *startScreen) openPath(path string) {
	if err := sc.s.Open(path); err != nil {
		showOpenFailed(sc.win, path, err, sc.s)
	}
}

// chooseOther lets the person pick another data file (a backup on a USB stick).
func (sc *startScreen) chooseOther() {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		sc.openPath(path)
	}, sc.win)
	dlg.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".DB"}))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(sc.path))); err == nil {
		dlg.SetLocation(l)
	}
	dlg.Resize(fyne.NewSize(700, 400))
	dlg.Show()
}

// restoreNewest renames the damaged file (kept for support), copies the newest good
// backup in its place and opens it; the window then shows the screens, and a message
// names the backup and the damaged file's new name.
func (sc *startScreen) restoreNewest() {
	if sc.backup == nil {
		return
	}
	b := *sc.backup
	wait := dialog.NewCustomWithoutButtons(lang.L("start.restore"),
		container.NewVBox(widget.NewLabel(lang.L("start.restoring")), widget.NewProgressBarInfinite()), sc.win)
	sc.dialog = wait
	wait.Show()
	for _, btn := range sc.buttons {
		btn.Disable()
	}
	var (
		kept string
		err  error
	)
	sc.jobs.Add(1)
	go func() {
		defer sc.jobs.Done()
		kept, err = sc.putBackupInPlace(b)
		fyne.Do(func() {
			wait.Hide()
			for _, btn := range sc.buttons {
				btn.Enable()
			}
			if err != nil {
				msg := lang.L("start.restore.failed", map[string]string{"Err": errText(err)})
				if kept != "" {
					msg += "\n" + lang.L("start.kept", map[string]string{"Name": kept})
				}
				sc.dialog = dialog.NewError(userError{msg: msg}, sc.win)
				sc.dialog.Show()
				return
			}
			if err := sc.s.Open(sc.path); err != nil {
				showOpenFailed(sc.win, sc.path, err, sc.s)
				return
			}
			done := lang.L("start.restored", map[string]string{"Date": dateTime(b.Time)})
			if kept != "" {
				done += "\n" + lang.L("start.kept", map[string]string{"Name": kept})
			}
			sc.dialog = dialog.NewInformation(lang.L("start.restore"), done, sc.win)
			sc.dialog.Show()
		})
	}()
}

// putBackupInPlace moves the damaged file away (when it is still there) and copies the
// backup to the data file's place. It returns the damaged file's new name.
func (sc *startScreen) putBackupInPlace(b model.BackupInfo) (string, error) {
	kept := ""
	if _, err := os.Lstat(sc.path); err == nil {
		kept, err = sc.s.QuarantineDamaged(sc.path, sc.s.Now())
		if err != nil {
			return "", err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return kept, sc.s.RestoreBackupInto(sc.path, b.Path)
}

// ShowAutoBackupFailed tells, without stopping the work, that today's automatic backup
// could not be written (the disk is full or refuses writes).
func ShowAutoBackupFailed(w fyne.Window, err error) {
	dialog.ShowInformation(lang.L("start.autobackup.title"),
		lang.L("start.autobackup.failed", map[string]string{"Err": errText(err)}), w)
}

// ReadOnlyBanner puts above content the line that says the data file is open read
// only ("hanya baca"): nothing typed can be saved, and every save says so.
func ReadOnlyBanner(content fyne.CanvasObject) fyne.CanvasObject {
	msg := widget.NewLabel(lang.L("readonly.banner"))
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.WarningImportance
	bar := container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.WarningIcon()), nil, msg)
	return container.NewBorder(bar, nil, nil, nil, content)
}

// ReadOnlyTitle is the window's title while the data file is open read-only.
func ReadOnlyTitle() string {
	return lang.L("app.title") + " — " + lang.L("readonly.title")
}
