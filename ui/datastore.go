package ui

import (
	"context"
	"io"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// DataStore is what Pengaturan → Data needs of the data file as a whole: backups,
// restore, export and import, each stoppable with a context. store.DB satisfies it;
// when the Store given to Create does not, the Data tab is left out. The automatic
// backup at start is not here: cmd/kemitraan runs it.
type DataStore interface {
	// Path is the data file's location.
	Path() string
	// ReadOnly reports whether the file is open read-only (nothing can change it).
	ReadOnly() bool
	// BackupContext writes a verified backup into dir, telling progress (on the
	// writing goroutine) how much is written; it never replaces another backup.
	BackupContext(ctx context.Context, dir string, now time.Time, progress model.Progress) (model.BackupInfo, error)
	// Backups lists the automatic backups, newest first (Counts are zero).
	Backups() ([]model.BackupInfo, error)
	// RestoreContext replaces the data with the file at from after checking it,
	// backing up the current data first (the returned backup, or the damaged file
	// kept aside); a file that fails the check changes nothing. It can be cancelled
	// until the file is swapped, which is quick.
	RestoreContext(ctx context.Context, from string, now time.Time) (model.BackupInfo, error)

	ExportXLSXContext(ctx context.Context, w io.Writer) error           // one workbook of four sheets
	ExportCSVContext(ctx context.Context, dir string) ([]string, error) // four CSV files in dir; their paths
	ExportContext(ctx context.Context, w io.Writer) error               // the JSON bundle of everything

	// PlanImportContext says what merging the bundle would do; it changes nothing.
	PlanImportContext(ctx context.Context, b *model.Bundle) (model.ImportPlan, error)
	// ApplyImportContext merges the plan's bundle, each Changed or Conflict record as
	// chosen, in one transaction: cancelled, it writes nothing.
	ApplyImportContext(ctx context.Context, plan model.ImportPlan, choices map[model.ID]model.Choice) (model.ImportResult, error)
}

// DataFuncs are the store's package functions the Data tab uses, given by
// cmd/kemitraan (store.InspectContext, store.ReadBundle, store.LooksLikeNetworkPath),
// so that ui need not import the store. A nil field turns off what needs it.
type DataFuncs struct {
	// Inspect checks a file without changing it and says what it holds.
	Inspect func(ctx context.Context, path string) (model.Preview, error)
	// ReadBundle reads an export bundle of at most limit bytes (≤ 0: the default).
	ReadBundle func(r io.Reader, limit int64) (*model.Bundle, error)
	// LooksLikeNetworkPath reports whether path seems to be on a network share.
	LooksLikeNetworkPath func(path string) bool
}
