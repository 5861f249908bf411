package store

import (
	"bufio"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// LooksLikeNetworkPath reports whether path seems to be on a network share: a UNC path
// (\\server\share or //server/share), or, as far as the system tells, a folder on an
// NFS or SMB/CIFS mount or a network drive. bbolt's locking is not safe on a share,
// so the data file should not be put there; this is a best-effort warning.
func LooksLikeNetworkPath(path string) bool {
	switch {
	case strings.HasPrefix(path, `\\?\UNC\`):
		return true
	case strings.HasPrefix(path, `\\?\`), strings.HasPrefix(path, `\\.\`):
		// a local path in Windows' long form: \\?\C:\…
	case strings.HasPrefix(path, `\\`), strings.HasPrefix(path, "//"):
		return true
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	return onNetworkFS(existingPart(abs))
}

// existingPart is the longest leading part of path that exists, with its symbolic
// links resolved: the data file may not exist yet, but its folder usually does.
func existingPart(path string) string {
	for p := path; ; {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return real
		}
		parent := filepath.Dir(p)
		if parent == p {
			return path
		}
		p = parent
	}
}

// networkFSTypes are the filesystem types of network shares, as /proc/mounts and
// statfs name them.
var networkFSTypes = map[string]bool{
	"nfs": true, "nfs4": true, "cifs": true, "smb3": true, "smbfs": true, "smb": true,
	"afpfs": true, "webdav": true, "ncpfs": true, "9p": true, "fuse.sshfs": true,
}

// mountIsNetwork reads a mount table in the format of /proc/mounts and reports whether
// the mount holding path (the longest mount point that contains it) is a network share.
func mountIsNetwork(mounts io.Reader, path string) bool {
	best, network := "", false
	sc := bufio.NewScanner(mounts)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 {
			continue
		}
		dir, fstype := unescapeMount(f[1]), f[2]
		if !within(path, dir) || len(dir) < len(best) {
			continue
		}
		best, network = dir, networkFSTypes[fstype]
	}
	return network
}

// within reports whether path is dir or lies beneath it.
func within(path, dir string) bool {
	if dir == "/" || path == dir {
		return true
	}
	return strings.HasPrefix(path, dir+"/")
}

// unescapeMount undoes the octal escapes /proc/mounts uses: \040 is a space.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
