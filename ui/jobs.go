package ui

import (
	"context"
	"sync"

	"github.com/kemitraan/kemitraan/model/safefile"
)

// Background is the window's work off the UI goroutine (printing, backups, exports,
// imports, restores): its context ends when the window closes, and main waits for
// it before it closes the data file, so that no job writes into a closed file or is
// cut off half way. Jobs that cannot stop half way (a restore's swap) finish; the
// others stop at their next step and change nothing more.
type Background struct {
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewBackground returns the background of a window that has just opened.
func NewBackground() *Background {
	ctx, cancel := context.WithCancel(context.Background())
	return &Background{ctx: ctx, cancel: cancel}
}

// Stop cancels the work that runs and waits until it has ended.
func (b *Background) Stop() {
	b.cancel()
	b.wg.Wait()
}

// tempFiles is this run's private temporary folder: attachments and documents opened
// in the system's viewer are written there (attachments.go).
var tempFiles = safefile.NewRunDir("kemitraan-*")

// RemoveTempFiles deletes this run's temporary folder; main calls it at the end.
func RemoveTempFiles() { _ = tempFiles.Remove() }
