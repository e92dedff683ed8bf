package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/workspace"
)

// TestRecoverWorkOverAChangedFile: Glose was killed with unsaved work, then another program saved the
// document's file (a colleague's Glose, a git checkout). The start's list has the work, saying the
// file changed since, and opening the document offers it all the same, where it used to open the file silently and keep the work out of reach; recovered, the
// work is there, and saving it asks before replacing the colleague's version, which Overwrite keeps
// beside it as a copy.
func TestRecoverWorkOverAChangedFile(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	typed := " Tapé avant la panne, « été » 👍🏽."
	crashedFile(t, path, typed)
	other, _, err := workspace.Load(path)
	must(t, err)
	other.Title = "Titre d’un collègue"
	must(t, workspace.Save(path, other)) // now, after the autosave
	list := workspace.ListUnsaved()
	if len(list) != 1 || !strings.Contains(unsavedDetail(list[0], time.Now()), path+" (modifié sur le disque depuis)") {
		t.Errorf("the start lists %+v", list)
	}

	ui, asked := newTestUI(t, nil, true)
	ui.Open(path)
	if len(*asked) != 1 || (*asked)[0] != "Récupérer les modifications" {
		t.Fatalf("asked %q, want the recovery question", *asked)
	}
	if !strings.HasSuffix(ui.doc.Segments[2].Target, typed) || !ui.dirty {
		t.Fatalf("recovered segment 3 %q, dirty %v", ui.doc.Segments[2].Target, ui.dirty)
	}
	ui.save() // the question's answer: Overwrite, keeping the colleague's version
	if len(*asked) != 2 || (*asked)[1] != "Fichier modifié sur le disque" {
		t.Fatalf("saving asked %q, want whether to overwrite the file changed on disk", *asked)
	}
	saved, _, err := workspace.Load(path)
	must(t, err)
	if !strings.HasSuffix(saved.Segments[2].Target, typed) {
		t.Errorf("the file saved holds segment 3 %q", saved.Segments[2].Target)
	}
	copies, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "article.disk-*.json"))
	if len(copies) != 1 {
		t.Fatalf("copies of the version on disk: %v", copies)
	}
	kept, _, err := workspace.Load(copies[0])
	if err != nil || kept.Title != other.Title {
		t.Errorf("the copy kept is titled %v (%v), want the colleague's", kept, err)
	}
}

// TestDeclinedWorkOverAChangedFileGoes: No to the question about work older than the file removes the
// autosave, which is not asked about again; the file is as the other program saved it.
func TestDeclinedWorkOverAChangedFileGoes(t *testing.T) {
	path := savedDoc(t)
	crashedFile(t, path, " Typed before the crash.")
	other, _, err := workspace.Load(path)
	must(t, err)
	other.Title = "A colleague's title"
	must(t, workspace.Save(path, other))

	ui, asked := newTestUI(t, nil, false)
	ui.Open(path)
	if !slices.Equal(*asked, []string{"Recover unsaved changes"}) || ui.dirty || ui.doc.Title != other.Title {
		t.Fatalf("asked %q, dirty %v, title %q", *asked, ui.dirty, ui.doc.Title)
	}
	if _, ok := workspace.Superseded(path, workspace.AutosaveID(ui.doc)); ok {
		t.Error("the autosave declined is still offered")
	}
	ui2, asked2 := newTestUI(t, nil, false)
	ui2.Open(path)
	if len(*asked2) != 0 {
		t.Errorf("opening again asked %q", *asked2)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

// TestRecoveredWorkIsUndoable: after a crash, the work recovered over the file's version is one undo
// step: Ctrl+Z gives the file's version back, unmodified (the status line says what was undone), and
// Ctrl+Y the work again, modified, which saves without a question (the file did not change).
func TestRecoveredWorkIsUndoable(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	file, _, err := workspace.Load(path)
	must(t, err)
	typed := " Tapé avant la panne, « été » 👍🏽."
	crashedFile(t, path, typed)

	ui, asked := newTestUI(t, nil, true)
	ui.Open(path)
	if len(*asked) != 1 || !strings.HasSuffix(ui.doc.Segments[2].Target, typed) || !ui.dirty {
		t.Fatalf("asked %q; recovered %q, modified %v", *asked, ui.doc.Segments[2].Target, ui.dirty)
	}
	pressShortcut(ui, undoKey)
	if ui.doc.Segments[2].Target != file.Segments[2].Target || ui.dirty {
		t.Errorf("undone: segment 3 %q, modified %v; want the file's %q", ui.doc.Segments[2].Target, ui.dirty, file.Segments[2].Target)
	}
	if !strings.Contains(ui.status.Text, "Annulé\u00a0: la récupération des modifications enregistrées automatiquement") {
		t.Errorf("the status says %q", ui.status.Text)
	}
	pressShortcut(ui, redoKey)
	if !strings.HasSuffix(ui.doc.Segments[2].Target, typed) || !ui.dirty {
		t.Fatalf("redone: segment 3 %q, modified %v", ui.doc.Segments[2].Target, ui.dirty)
	}
	ui.save()
	saved, _, err := workspace.Load(path)
	must(t, err)
	if len(*asked) != 1 || !strings.HasSuffix(saved.Segments[2].Target, typed) || ui.dirty {
		t.Errorf("saving asked %q; the file holds %q, modified %v", *asked, saved.Segments[2].Target, ui.dirty)
	}
}
