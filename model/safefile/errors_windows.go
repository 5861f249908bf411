package safefile

import (
	"errors"
	"syscall"
)

// Windows says a full disk and a write-protected medium with its own error numbers.
const (
	errorWriteProtect   syscall.Errno = 19  // ERROR_WRITE_PROTECT
	errorHandleDiskFull syscall.Errno = 39  // ERROR_HANDLE_DISK_FULL
	errorDiskFull       syscall.Errno = 112 // ERROR_DISK_FULL
)

func isDiskFull(err error) bool {
	var e syscall.Errno
	return errors.As(err, &e) && (e == errorDiskFull || e == errorHandleDiskFull)
}

func isWriteProtected(err error) bool {
	var e syscall.Errno
	return errors.As(err, &e) && e == errorWriteProtect
}
