package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// The folder of an open document moved away (mv project project-old): the window's look at its
// file and lock must not make the folder again, and a save says in the user's words that the
// folder is gone, keeping the typing in the window and in the autosave.
func TestSaveIntoAMovedFolderSaysSo(t *testing.T) {
	useLanguage(t, "fr")
	dir := filepath.Join(t.TempDir(), "projet")
	must(t, os.Mkdir(dir, 0o755))
	path := filepath.Join(dir, "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	ui, asked := newTestUI(t, nil, true) // Save asks first, the file being gone: Save here again
	ui.Open(path)
	must(t, os.Rename(dir, dir+"-ancien"))
	typeIn(t, ui, 1, " Tapé après le déplacement.")
	ui.checkDisk(true)
	ui.save()
	if len(*asked) != 1 || (*asked)[0] != "Fichier supprimé ou déplacé" {
		t.Errorf("asked %q before saving", *asked)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the moved folder is there again (%v)", err)
	}
	if got := ui.status.Text; !strings.Contains(got, "son dossier n’existe plus (supprimé ou déplacé).") {
		t.Errorf("the failed save says %q", got)
	}
	if !ui.dirty || !strings.HasSuffix(ui.doc.Segments[1].Target, "Tapé après le déplacement.") {
		t.Errorf("after the failed save: dirty %v, English %q", ui.dirty, ui.doc.Segments[1].Target)
	}
	ui.AutosaveNow()
	side, ok := workspace.Recovery(path, ui.doc.ID)
	if data, err := os.ReadFile(side); !ok || err != nil || !strings.Contains(string(data), "Tapé après le déplacement.") {
		t.Errorf("the autosave %s (found: %v) does not hold the typing: %v", side, ok, err)
	}
}
