package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kemitraan/kemitraan/model"
)

// LetterKindRequest is the kind of the request letter (surat permohonan kerja sama).
const LetterKindRequest = string(model.DocRequest)

// writeBytesAtomic writes a document through a temporary file in the same folder,
// synced and renamed, so a half-written document never carries the final name.
func writeBytesAtomic(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil { // CreateTemp makes it private
		return err
	}
	return os.Rename(tmp.Name(), path)
}
