package store

import "syscall"

// onNetworkFS reports whether path is on a network mount, from statfs's type name.
func onNetworkFS(path string) bool {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return false
	}
	var name []byte
	for _, c := range st.Fstypename {
		if c == 0 {
			break
		}
		name = append(name, byte(c))
	}
	return networkFSTypes[string(name)]
}
