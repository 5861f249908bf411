package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/store"
)

// BenchmarkOpenAndDraw opens a data file and builds the window's screens with Beranda
// and the list filled, then lays the window out: what a principal waits for at start.
// It runs on the file named by KEMITRAAN_BENCH_DB (make one with
// `kemitraan-cli --db FILE demo --partnerships 10000 --events 20`); the file is only read.
func BenchmarkOpenAndDraw(b *testing.B) {
	path := os.Getenv("KEMITRAAN_BENCH_DB")
	if path == "" {
		b.Skip("KEMITRAAN_BENCH_DB names no data file")
	}
	a := &recordingApp{App: test.NewTempApp(b)}
	for b.Loop() {
		db, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		w := test.NewTempWindow(b, nil)
		g := newGUI(a, w, db, Options{DocumentsDir: b.TempDir()})
		w.SetContent(g.tabs)
		w.Resize(fyne.NewSize(1280, 720))
		w.Canvas().Content().Refresh()
		db.Close()
	}
}
