package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// appID is the desktop program's ID (FyneApp.toml); its data folder is named after it.
const appID = "id.sch.kemitraan"

// defaultDBPath is where the desktop program keeps its data file: Fyne's app storage
// folder, kemitraan.db. The desktop program asks Fyne (Storage().RootURI()); this
// command has no Fyne app (it builds without cgo), so it follows the same rule Fyne
// uses on each desktop system.
func defaultDBPath() (string, error) {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("folder pengguna tidak diketahui: %w", err)
		}
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("folder pengguna tidak diketahui: %w", err)
		}
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	default:
		cfg, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("folder konfigurasi tidak diketahui: %w", err)
		}
		root = filepath.Join(cfg, "fyne")
	}
	return filepath.Join(root, appID, "kemitraan.db"), nil
}
