package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/store"
)

// BenchmarkOpenAndDraw opens a data file and builds the window's screens with Beranda
// and the list filled, the newest partnership shown in Kemitraan and the drafts
// looked for, lays the window out at 1280 × 696 and draws its first frame (the test
// driver's software painter: Capture): what a principal waits for at start. It runs
// on the file named by KEMITRAAN_BENCH_DB (make one with
// `kemitraan-cli --db FILE demo --partnerships 10000 --events 20`); the file is only
// read.
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
		w.SetContent(g.content)
		w.Resize(fyne.NewSize(1280, 696))
		if img := w.Canvas().Capture(); img.Bounds().Dx() == 0 {
			b.Fatal("no frame drawn")
		}
		db.Close()
	}
}
