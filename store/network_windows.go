package store

import (
	"path/filepath"
	"syscall"
	"unsafe"
)

var getDriveType = syscall.NewLazyDLL("kernel32.dll").NewProc("GetDriveTypeW")

const driveRemote = 4 // DRIVE_REMOTE: a mapped network drive

// onNetworkFS reports whether path is on a mapped network drive.
func onNetworkFS(path string) bool {
	root := filepath.VolumeName(path) + `\`
	p, err := syscall.UTF16PtrFromString(root)
	if err != nil || getDriveType.Find() != nil {
		return false
	}
	r, _, _ := getDriveType.Call(uintptr(unsafe.Pointer(p)))
	return r == driveRemote
}
