package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// AutosaveDir is where autosaves of documents without a file (the sample, a new import) go.
func AutosaveDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding the cache directory for autosaves: %w", err)
	}
	return filepath.Join(dir, "glose", "autosave"), nil
}

// SidecarPath returns the autosave file of a document: beside it as ".NAME.autosave.json" when it has a
// path, else in AutosaveDir under a name derived from the document ID.
func SidecarPath(docPath, docID string) (string, error) {
	if docPath != "" {
		return filepath.Join(filepath.Dir(docPath), "."+filepath.Base(docPath)+".autosave.json"), nil
	}
	dir, err := AutosaveDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(docID))
	return filepath.Join(dir, safeName(docID)+"-"+hex.EncodeToString(sum[:4])+".autosave.json"), nil
}

func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return '_'
	}, s)
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// Autosave writes d to its sidecar (atomically, without a backup of the previous autosave).
func Autosave(docPath string, d *annotate.Document) error {
	side, err := SidecarPath(docPath, d.ID)
	if err != nil {
		return err
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		return fmt.Errorf("autosaving: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(side), 0o755); err != nil {
		return fmt.Errorf("autosaving: %w", err)
	}
	tmp := side + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("autosaving to %s: %w", side, err)
	}
	if err := os.Rename(tmp, side); err != nil {
		return fmt.Errorf("autosaving to %s: %w", side, err)
	}
	return nil
}

// Recovery reports an autosave left by a session that did not end cleanly: the sidecar exists and is
// newer than the document's file (or the document has no file).
func Recovery(docPath, docID string) (sidecar string, ok bool) {
	side, err := SidecarPath(docPath, docID)
	if err != nil {
		return "", false
	}
	si, err := os.Stat(side)
	if err != nil {
		return "", false
	}
	if docPath != "" {
		if di, err := os.Stat(docPath); err == nil && !si.ModTime().After(di.ModTime()) {
			return "", false
		}
	}
	return side, true
}

// LoadRecovery reads an autosave sidecar.
func LoadRecovery(sidecar string) (*annotate.Document, error) {
	data, err := os.ReadFile(sidecar)
	if err != nil {
		return nil, fmt.Errorf("reading the autosave %s: %w", sidecar, err)
	}
	return annotate.Unmarshal(data, sidecar)
}

// DiscardAutosave removes a document's sidecar, after a save or when the user declines recovery.
func DiscardAutosave(docPath, docID string) error {
	side, err := SidecarPath(docPath, docID)
	if err != nil {
		return err
	}
	if err := os.Remove(side); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("removing the autosave %s: %w", side, err)
	}
	return nil
}
