package store

import "os"

// onNetworkFS reports whether path is on a network mount, from /proc/mounts.
func onNetworkFS(path string) bool {
	f, err := os.Open("/proc/mounts")
	if err != nil {
		return false
	}
	defer f.Close()
	return mountIsNetwork(f, path)
}
