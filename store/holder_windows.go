package store

import "os"

// processRunning reports whether a process with that number exists: on Windows
// FindProcess opens it, and fails when there is none.
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
