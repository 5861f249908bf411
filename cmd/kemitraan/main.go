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
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/safefile"
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
	// known once the window shows (a start screen, smaller)
	fit := func() { ui.FitWindow(w) }
	w.Resize(fyne.NewSize(1280, 700))

	_, statErr := os.Stat(path)
	firstStart := errors.Is(statErr, fs.ErrNotExist) // the welcome shows on a new file
	var (
		s       session
		open    func(path string) error
		startup ui.Startup
		started bool
	)
	// open opens a data file and shows the screens; at start, and again from the
	// screen that says why the file did not open (Coba lagi, a restored backup, another
	// file), or after the check found the open file damaged
	open = func(path string) error {
		s.end()
		db, err := store.OpenWith(path, store.Options{ReadOnlyFallback: true, Holder: store.HolderWindow})
		if err != nil {
			log.Println(err)
			return err
		}
		s = session{db: db, bg: ui.NewBackground()}
		docs := filepath.Join(filepath.Dir(db.Path()), "dokumen")
		if !db.ReadOnly() {
			// printed documents are the school's: owner-only, as the data file is
			if err := safefile.MakePrivate(docs); err != nil {
				log.Println(err)
			}
		}
		opts := ui.Options{DocumentsDir: docs, FirstStart: firstStart, Background: s.bg,
			DataFuncs: ui.DataFuncs{Inspect: store.InspectContext, ReadBundle: store.ReadBundle, LooksLikeNetworkPath: store.LooksLikeNetworkPath}}
		content := ui.Create(a, w, withSample{db}, opts)
		if db.ReadOnly() {
			content = ui.ReadOnlyBanner(content)
			w.SetTitle(ui.ReadOnlyTitle())
		} else {
			w.SetTitle(lang.L("app.title"))
		}
		w.SetContent(content)
		fit()
		if store.LooksLikeNetworkPath(db.Path()) {
			dialog.ShowInformation(lang.L("open.network.title"), lang.L("open.network", map[string]string{"Path": db.Path()}), w)
		}
		// the whole file is checked in the background; damage found stops writes and
		// shows the screen that offers the newest good backup
		db.VerifyInBackground(func(err error) {
			if errors.Is(err, store.ErrDamaged) {
				log.Println("pemeriksaan berkas data:", err)
				fyne.Do(func() {
					if s.db == db {
						s.end()
						ui.ShowOpenFailed(w, path, err, startup)
					}
				})
				return
			}
			if !db.ReadOnly() {
				autoBackup(db, w)
			}
		})
		if started {
			go ui.NotifyDue(a, db, time.Now())
		}
		return nil
	}
	startup = ui.Startup{Open: open, NewestGoodBackup: store.NewestGoodBackup,
		QuarantineDamaged: store.QuarantineDamaged, RestoreBackupInto: store.RestoreBackupInto, Quit: a.Quit}
	// once the window shows: one notification of what is due today, once a day
	a.Lifecycle().SetOnStarted(func() {
		started = true
		fyne.Do(fit)
		if s.db != nil {
			go ui.NotifyDue(a, s.db, time.Now())
		}
	})
	if err := open(path); err != nil {
		ui.ShowOpenFailed(w, path, err, startup)
	}
	w.ShowAndRun()
	// the window is gone: its background work stops (or finishes what cannot stop
	// half way) before the data file closes
	s.end()
	ui.RemoveTempFiles()
}

// session is an open data file and the background work of the screens showing it.
type session struct {
	db *store.DB
	bg *ui.Background
}

// end stops the screens' background work, then closes the data file.
func (s *session) end() {
	if s.bg != nil {
		s.bg.Stop()
	}
	if s.db != nil {
		if err := s.db.Close(); err != nil {
			log.Println(err)
		}
	}
	*s = session{}
}

// autoBackup writes the day's automatic backup (once a day), after the file passed
// its check. A failure is logged; the person is told only when the disk refused the
// write (full), which saves will meet too.
func autoBackup(db *store.DB, w fyne.Window) {
	if _, err := db.AutoBackup(time.Now()); err != nil {
		log.Println("cadangan otomatis:", err)
		if errors.Is(err, store.ErrWriteFailed) {
			fyne.Do(func() { ui.ShowAutoBackupFailed(w, err) })
		}
	}
}

// withSample is the data file with the sample data of model/demo, which the first
// start's welcome offers: the store itself does not know the sample.
type withSample struct{ *store.DB }

// LoadSample fills an empty data file with the sample data on the day now.
func (s withSample) LoadSample(now time.Time) error {
	d := demo.Dataset(now)
	return s.LoadIntoEmpty(store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.Timeline(d), LetterCounters: d.LetterCounters})
}

// The data file is what the screens read and write through, what Pengaturan → Data
// backs up, restores, exports and imports into, and what the welcome fills with
// the sample.
var (
	_ ui.Store        = withSample{}
	_ ui.DataStore    = withSample{}
	_ ui.SampleLoader = withSample{}
)
