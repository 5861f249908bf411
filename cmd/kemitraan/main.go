// Command kemitraan is the desktop program: it opens the data file, loads the
// translations and shows the window.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan"
	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/store"
	"github.com/kemitraan/kemitraan/ui"
)

func main() {
	dbPath := flag.String("db", "", "data file (default: kemitraan.db in the app's storage folder)")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		fmt.Println(kemitraan.Version())
		return
	}

	a := app.NewWithID("id.sch.kemitraan")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		log.Println("translations:", err)
	}
	if err := ui.SelectLanguage(a.Preferences().StringWithFallback(ui.PreferenceLanguage, ui.LanguageIndonesian)); err != nil {
		log.Println(err)
	}

	path := *dbPath
	if path == "" {
		path = filepath.Join(a.Storage().RootURI().Path(), "kemitraan.db")
	}

	w := a.NewWindow(lang.L("app.title"))
	// fit sizes the window for a 1366 × 768 laptop at the screen's scaling, which is
	// known once the window shows
	fit := func() { w.Resize(ui.WindowSize(w.Canvas().Scale(), w.Content().MinSize())) }
	w.Resize(fyne.NewSize(1280, 700))

	_, statErr := os.Stat(path)
	firstStart := errors.Is(statErr, fs.ErrNotExist) // the welcome shows on a new file
	// open opens a data file and shows the screens; at start, and again from the
	// screen that says why the file did not open (Coba lagi, a restored backup, another file)
	var db *store.DB
	started := false
	open := func(path string) error {
		d, err := store.Open(path)
		if err != nil {
			log.Println(err)
			return err
		}
		db = d
		opts := ui.Options{DocumentsDir: filepath.Join(filepath.Dir(db.Path()), "dokumen"), FirstStart: firstStart,
			DataFuncs: ui.DataFuncs{Inspect: store.Inspect, ReadBundle: store.ReadBundle, LooksLikeNetworkPath: store.LooksLikeNetworkPath}}
		w.SetContent(ui.Create(a, w, db, opts))
		fit()
		if store.LooksLikeNetworkPath(db.Path()) {
			dialog.ShowInformation(lang.L("open.network.title"), lang.L("open.network", map[string]string{"Path": db.Path()}), w)
		}
		go autoBackup(db, w)
		if started {
			go ui.NotifyDue(a, db, time.Now())
		}
		return nil
	}
	// once the window shows: one notification of what is due today, once a day
	a.Lifecycle().SetOnStarted(func() {
		started = true
		fyne.Do(fit)
		if db != nil {
			go ui.NotifyDue(a, db, time.Now())
		}
	})
	if err := open(path); err != nil {
		ui.ShowOpenFailed(w, path, err, ui.Startup{Open: open, NewestGoodBackup: store.NewestGoodBackup,
			QuarantineDamaged: store.QuarantineDamaged, RestoreBackupInto: store.RestoreBackupInto, Quit: a.Quit})
	}
	w.ShowAndRun()
	if db != nil {
		db.Close()
	}
}

// autoBackup writes the day's automatic backup (once a day). A failure is logged; the
// person is told only when the disk refused the write (full), which saves will meet too.
func autoBackup(db *store.DB, w fyne.Window) {
	if _, err := db.AutoBackup(time.Now()); err != nil {
		log.Println("cadangan otomatis:", err)
		if errors.Is(err, store.ErrWriteFailed) {
			fyne.Do(func() { ui.ShowAutoBackupFailed(w, err) })
		}
	}
}

// The data file is what the screens read and write through.
var _ ui.Store = (*store.DB)(nil)

// The data file is also what Pengaturan → Data backs up, restores, exports and imports into.
var _ ui.DataStore = (*store.DB)(nil)
