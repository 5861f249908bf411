//go:build !windows

package store

import (
	"errors"
	"syscall"
)

// processRunning reports whether a process with that number exists: signal 0 asks
// without sending anything; EPERM means it exists but belongs to another user.
func processRunning(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
