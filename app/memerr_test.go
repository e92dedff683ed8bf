package app

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// The Suggestions panel says why the memory cannot be opened in the user's language, with the words
// of a failed save, not the system's English ("mkdir …: read-only file system"): a configuration
// folder on a read-only disk, and a memory file that is no database.
func TestMemoryProblemInFrench(t *testing.T) {
	useLanguage(t, "fr")
	readOnly := fmt.Errorf("creating directory for /ro/glose/tm.db: %w", &fs.PathError{Op: "mkdir", Path: "/ro/glose", Err: syscall.EROFS})
	if got, want := memoryProblem(readOnly), "Mémoire de traduction indisponible\u00a0: impossible de créer ou d’ouvrir «\u00a0/ro/glose\u00a0»\u00a0: le disque est en lecture seule."; got != want {
		t.Errorf("read-only:\n got %q\nwant %q", got, want)
	}

	damaged := filepath.Join(t.TempDir(), "tm.db")
	must(t, os.WriteFile(damaged, []byte(strings.Repeat("not a database\n", 400)), 0o644))
	d := pairDoc("Le ministre était à Washington.")
	ui := suggestUI(t, d, nil, func(s *settings) { s.TMPath = damaged })
	ui.focusSegment(0, annotate.Target)
	want := "Mémoire de traduction indisponible\u00a0: son fichier est endommagé, ou n’est pas une mémoire Glose. Choisissez un autre fichier dans Outils › Réglages."
	if p := strings.Join(ui.sugg.problems(), "\n"); p != want {
		t.Errorf("a damaged memory: the panel says %q, want %q", p, want)
	}
}
