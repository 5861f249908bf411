package store

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/kemitraan/kemitraan/model/safefile"
)

// bbolt's lock says that someone holds the file, not who. So that the message can
// name the holder when it is known, our programs write a small note beside the file
// they open for writing (".kemitraan.db.pemakai": which program, its process, this
// computer) and remove it when they close the file. The note is a claim, not a
// proof: a program killed leaves it behind, and anyone can write one. It is believed
// only when it is a small regular file that parses, was written on this computer,
// names a known program and a process that is still running (the
// process that holds the lock cannot be another one that ran later, unless the
// system reused its number, which is rare). Otherwise the message says that another
// program holds the file, without guessing which.

// The holders a note may name (Options.Holder).
const (
	HolderWindow = "jendela"       // the desktop program
	HolderCLI    = "kemitraan-cli" // the command line
)

// holderNote is what the note says.
type holderNote struct {
	Program string    `json:"program"`
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Since   time.Time `json:"since"`
}

// maxHolderNote bounds what is read of a note: a real one is about 100 bytes.
const maxHolderNote = 4 << 10

func holderNotePath(dataPath string) string {
	return filepath.Join(filepath.Dir(dataPath), "."+filepath.Base(dataPath)+".pemakai")
}

// writeHolderNote writes the note of this process; a note that cannot be written
// (a folder gone read-only) only costs a vaguer message elsewhere.
func writeHolderNote(dataPath, program string) {
	if program == "" {
		return
	}
	host, _ := os.Hostname()
	data, err := json.Marshal(holderNote{Program: program, PID: os.Getpid(), Host: host, Since: time.Now().Round(time.Second)})
	if err != nil {
		return
	}
	_ = safefile.WriteFile(holderNotePath(dataPath), data)
}

// removeHolderNote removes the note if it is this process's.
func removeHolderNote(dataPath string) {
	if n, ok := readHolderNote(dataPath); ok && n.PID == os.Getpid() {
		_ = os.Remove(holderNotePath(dataPath))
	}
}

// readHolderNote reads the note beside the data file, if there is a well-formed one.
func readHolderNote(dataPath string) (holderNote, bool) {
	var n holderNote
	path := holderNotePath(dataPath)
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxHolderNote {
		return n, false
	}
	f, err := os.Open(path)
	if err != nil {
		return n, false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxHolderNote))
	if err != nil || json.Unmarshal(data, &n) != nil {
		return n, false
	}
	return n, true
}

// lockedError is ErrLocked for the file at path, naming the holder when its note is
// believable.
func lockedError(path string) error {
	n, ok := readHolderNote(path)
	host, _ := os.Hostname()
	if !ok || n.Host != host || n.PID <= 0 || !processRunning(n.PID) {
		return fmt.Errorf("%s: %w", path, ErrLocked)
	}
	switch n.Program {
	case HolderWindow:
		return fmt.Errorf("%s: %w (proses %d)", path, ErrLockedByWindow, n.PID)
	case HolderCLI:
		return fmt.Errorf("%s: %w (proses %d)", path, ErrLockedByCLI, n.PID)
	}
	return fmt.Errorf("%s: %w", path, ErrLocked)
}
