package ui

import (
	"io"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// DataStore is what Pengaturan → Data needs of the data file as a whole: backups,
// restore, export and import. store.DB satisfies it; when the Store given to Create
// does not, the Data tab is left out. The automatic backup at start is not here:
// cmd/kemitraan runs it.
type DataStore interface {
	// Path is the data file's location.
	Path() string
	// BackupToProgress writes a verified backup into dir, telling progress (on the
	// writing goroutine) how much is written.
	BackupToProgress(dir string, now time.Time, progress model.Progress) (model.BackupInfo, error)
	// Backups lists the automatic backups, newest first (Counts are zero).
	Backups() ([]model.BackupInfo, error)
	// Restore replaces the data with the file at from after checking it, backing up
	// the current data first (the returned backup); a file that fails the check
	// changes nothing.
	Restore(from string, now time.Time) (model.BackupInfo, error)

	ExportXLSX(w io.Writer) error           // one workbook of four sheets
	ExportCSV(dir string) ([]string, error) // four CSV files in dir; their paths
	Export(w io.Writer) error               // the JSON bundle of everything

	// PlanImport says what merging the bundle would do; it changes nothing.
	PlanImport(b *model.Bundle) (model.ImportPlan, error)
	// ApplyImport merges the plan's bundle, each Changed or Conflict record as chosen.
	ApplyImport(plan model.ImportPlan, choices map[model.ID]model.Choice) (model.ImportResult, error)
}

// DataFuncs are the store's package functions the Data tab uses, given by
// cmd/kemitraan (store.Inspect, store.ReadBundle, store.LooksLikeNetworkPath), so
// that ui need not import the store. A nil field turns off what needs it.
type DataFuncs struct {
	// Inspect checks a file without changing it and says what it holds.
	Inspect func(path string) (model.Preview, error)
	// ReadBundle reads an export bundle of at most limit bytes (≤ 0: the default).
	ReadBundle func(r io.Reader, limit int64) (*model.Bundle, error)
	// LooksLikeNetworkPath reports whether path seems to be on a network share.
	LooksLikeNetworkPath func(path string) bool
}
