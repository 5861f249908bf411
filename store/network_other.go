//go:build !linux && !darwin && !windows

package store

// onNetworkFS cannot tell on this system; only UNC paths are recognised.
func onNetworkFS(string) bool { return false }
