//go:build !windows

package safefile

// On Unix the standard error numbers (ENOSPC, EROFS) say it all.
func isDiskFull(error) bool       { return false }
func isWriteProtected(error) bool { return false }
