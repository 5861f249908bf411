package store

import (
	"runtime"
	"strings"
	"testing"
)

func TestLooksLikeNetworkPath(t *testing.T) {
	for path, want := range map[string]bool{
		`\\server\share\kemitraan.db`:    true,
		`//server/share/kemitraan.db`:    true,
		`\\?\UNC\server\share\data.db`:   true,
		`\\?\C:\Users\guru\kemitraan.db`: false,
		t.TempDir() + "/kemitraan.db":    false,
	} {
		if got := LooksLikeNetworkPath(path); got != want {
			t.Errorf("LooksLikeNetworkPath(%q) = %v, want %v", path, got, want)
		}
	}
}

const mounts = `sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//nas/guru /home/guru/Dokumen\040Sekolah cifs rw,vers=3.0 0 0
nas:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/nfs/usb vfat rw 0 0
`

func TestMountIsNetwork(t *testing.T) {
	for path, want := range map[string]bool{
		"/home/guru/kemitraan.db":                   false,
		"/home/guru/Dokumen Sekolah/kemitraan.db":   true,
		"/home/guru/Dokumen Sekolah":                true,
		"/home/guru/Dokumen Sekolahku/kemitraan.db": false,
		"/mnt/nfs/data/kemitraan.db":                true,
		"/mnt/nfs/usb/kemitraan.db":                 false,
		"/var/lib/kemitraan.db":                     false,
	} {
		if got := mountIsNetwork(strings.NewReader(mounts), path); got != want {
			t.Errorf("%s: %v, want %v", path, got, want)
		}
	}
	if runtime.GOOS == "linux" && onNetworkFS("/") {
		t.Log("note: / is on a network filesystem here")
	}
}
