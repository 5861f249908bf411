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
	w.Resize(fyne.NewSize(1280, 720))

	_, statErr := os.Stat(path)
	firstStart := errors.Is(statErr, fs.ErrNotExist) // the welcome shows on a new file
	db, err := store.Open(path)
	if err != nil {
		log.Println(err)
		w.SetContent(ui.OpenFailed(openFailure(err), err, path, a.Quit))
		w.Resize(fyne.NewSize(640, 320))
		w.ShowAndRun()
		return
	}
	defer db.Close()

	opts := ui.Options{DocumentsDir: filepath.Join(filepath.Dir(db.Path()), "dokumen"), FirstStart: firstStart}
	w.SetContent(ui.Create(a, w, db, opts))
	if store.LooksLikeNetworkPath(db.Path()) {
		dialog.ShowInformation(lang.L("open.network.title"), lang.L("open.network", map[string]string{"Path": db.Path()}), w)
	}
	// once the window shows: one notification of what is due today, once a day
	a.Lifecycle().SetOnStarted(func() { go ui.NotifyDue(a, db, time.Now()) })
	w.ShowAndRun()
}

// openFailure says, in the user's language, why the data file did not open.
func openFailure(err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return lang.L("open.locked")
	case errors.Is(err, store.ErrNewerSchema):
		return lang.L("open.newer")
	case errors.Is(err, store.ErrDamaged):
		return lang.L("open.damaged")
	default:
		return lang.L("open.failed")
	}
}

// The data file is what the screens read and write through.
var _ ui.Store = (*store.DB)(nil)
