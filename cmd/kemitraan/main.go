// Command kemitraan is the desktop program: it opens the data file, loads the
// translations and shows the window.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
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
	ui.SetTheme(a) // readable colours, in the appearance chosen

	path := *dbPath
	if path == "" {
		path = filepath.Join(a.Storage().RootURI().Path(), "kemitraan.db")
	}

	w := a.NewWindow(lang.L("app.title"))
	if windowHook != nil {
		windowHook(w) // the real-window test's view of it (e2edump.go, e2e builds only)
	}
	// fit sizes the window for a 1366 × 768 laptop at the screen's scaling, which is
	// known once the window shows (a start screen, smaller)
	fit := func() { ui.FitWindow(w) }
	w.Resize(fyne.NewSize(1280, 700))

	_, statErr := os.Stat(path)
	firstStart := errors.Is(statErr, fs.ErrNotExist) // the welcome shows on a new file
	// the sample data live in a file of their own beside the school's, in a folder of
	// their own (with its own backups and documents), never in the school's file
	schoolPath, samplePath := path, filepath.Join(filepath.Dir(path), "contoh", "kemitraan-contoh.db")
	smkSamplePath := filepath.Join(filepath.Dir(samplePath), "kemitraan-contoh-smk.db")
	var (
		s       session
		open    func(path string) error
		startup ui.Startup
		files   ui.Files
		started bool
	)
	// open opens a data file and shows the screens; at start, and again from the
	// screen that says why the file did not open (Coba lagi, a restored backup, another
	// file), or after the check found the open file damaged
	open = func(path string) error {
		s.end()
		sample := path == samplePath || path == smkSamplePath
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
		opts := ui.Options{DocumentsDir: docs, FirstStart: firstStart && !sample, Background: s.bg, Sample: sample, Files: files,
			DraftInterval: ui.DraftInterval, StudentExports: studentExports(db),
			DataFuncs: ui.DataFuncs{Inspect: store.InspectContext, ReadBundle: store.ReadBundle, LooksLikeNetworkPath: store.LooksLikeNetworkPath}}
		content := ui.Create(a, w, db, opts)
		switch {
		case db.ReadOnly():
			content = ui.ReadOnlyBanner(content)
			w.SetTitle(ui.ReadOnlyTitle())
		case sample:
			w.SetTitle(ui.SampleTitle())
		default:
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
			if !db.ReadOnly() && !sample {
				autoBackup(db, w)
			}
		})
		if started && !sample {
			go ui.NotifyDue(a, db, time.Now())
		}
		return nil
	}
	// switching between the school's file and the sample's; a file that does not
	// open shows why, as at start
	show := func(path string) {
		if err := open(path); err != nil {
			ui.ShowOpenFailed(w, path, err, startup)
		}
	}
	files = ui.Files{
		OpenSample: func() error {
			if err := makeSample(samplePath, time.Now()); err != nil {
				log.Println("contoh data:", err)
				return err
			}
			show(samplePath)
			return nil
		},
		OpenSMKSample: func() error {
			if err := makeSMKSample(smkSamplePath, time.Now()); err != nil {
				log.Println("contoh data SMK:", err)
				return err
			}
			show(smkSamplePath)
			return nil
		},
		OpenSchool: func() error {
			firstStart = true // the welcome greets again while the school's file is empty
			show(schoolPath)
			return nil
		},
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

// windowHook is set by the real-window test's build (e2edump.go): nil in the program.
var windowHook func(fyne.Window)

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

// makeSample makes the sample data file at path afresh (model/demo's school on the
// day now): a sample explored before is replaced, the school's own file is never
// touched.
func makeSample(path string, now time.Time) error {
	d := demo.Dataset(now)
	return makeSampleFile(path, store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.Timeline(d), LetterCounters: d.LetterCounters})
}

// makeSMKSample makes the SMK sample's data file afresh (model/demo's SMK, with its
// students' activities), as makeSample does the other.
func makeSMKSample(path string, now time.Time) error {
	d := demo.SMK(now)
	return makeSampleFile(path, store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.SMKTimeline(d), LetterCounters: d.LetterCounters, StudentActivities: d.StudentActivities})
}

// makeSampleFile makes a data file at path afresh holding recs.
func makeSampleFile(path string, recs store.Records) error {
	if err := safefile.MkdirAll(filepath.Dir(path)); err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	db, err := store.Open(path)
	if err != nil {
		return err
	}
	err = db.LoadIntoEmpty(recs)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// The data file is what the screens read and write through, and what Pengaturan →
// Data backs up, restores, exports and imports into.
var (
	_ ui.Store     = (*store.DB)(nil)
	_ ui.DataStore = (*store.DB)(nil)
)

// studentExports gives the window the exports that take the store's options: an
// SMK's Dapodik workbook and the exports with its students (ui.StudentExports).
func studentExports(db *store.DB) ui.StudentExports {
	opts := func(with bool) store.ExportOptions { return store.ExportOptions{WithStudents: with} }
	return ui.StudentExports{
		Dapodik: func(ctx context.Context, w io.Writer, with bool) error { return db.ExportDapodik(ctx, w, opts(with)) },
		XLSX:    func(ctx context.Context, w io.Writer, with bool) error { return db.ExportXLSXWith(ctx, w, opts(with)) },
		CSV: func(ctx context.Context, dir string, with bool) ([]string, error) {
			return db.ExportCSVWith(ctx, dir, opts(with))
		},
		Bundle: func(ctx context.Context, w io.Writer, with bool) error { return db.ExportWith(ctx, w, opts(with)) },
	}
}
