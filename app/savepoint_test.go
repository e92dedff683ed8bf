package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// TestUndoBackToTheSavedText: a document whose undo history is back at the point it was saved (or
// opened) is not modified: no • in the title, no autosave left to recover, no question on Ctrl+Q.
// Undo past the save point, or a save point left behind by a new change after undo, leaves it
// modified; redo back to it does not.
func TestUndoBackToTheSavedText(t *testing.T) {
	undo := func(t *testing.T, ui *UI) { pressShortcut(ui, undoKey) }
	redo := func(t *testing.T, ui *UI) { pressShortcut(ui, redoKey) }
	save := func(t *testing.T, ui *UI) { pressShortcut(ui, custom(fyne.KeyS, ctrl)) }
	typ := func(s string) func(*testing.T, *UI) {
		return func(t *testing.T, ui *UI) {
			typeIn(t, ui, 2, s)
			ui.AutosaveNow() // as the pause after typing does: what undo back to the save must remove
		}
	}
	type step = func(*testing.T, *UI)
	for _, c := range []struct {
		name     string
		steps    []step
		modified bool
	}{
		{"edit, undo", []step{typ(" « été »"), undo}, false},
		{"edit, save, edit, undo", []step{typ(" Zoe\u0301"), save, typ(" 👍🏽"), undo}, false},
		{"edit, save, undo past the save point", []step{typ(" Zoe\u0301"), save, undo}, true},
		{"edit, save, undo past it, redo to it", []step{typ(" Zoe\u0301"), save, undo, redo}, false},
		{"edit, undo, another edit", []step{typ(" café"), save, undo, typ(" thé"), undo}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			useLanguage(t, "fr")
			path := savedDoc(t)
			ui, asked := newTestUI(t, nil, false)
			ui.Open(path)
			for _, s := range c.steps {
				s(t, ui)
			}
			ui.AutosaveNow() // as the pause after the last change does
			side, err := workspace.SidecarPath(ui.path, workspace.AutosaveID(ui.doc))
			must(t, err)
			_, statErr := os.Stat(side)
			marked := strings.HasPrefix(ui.win.Title(), "• ")
			if ui.dirty != c.modified || marked != c.modified || (statErr == nil) != c.modified {
				t.Errorf("modified %v, title %q, autosave kept %v; want modified %v (English %q)",
					ui.dirty, ui.win.Title(), statErr == nil, c.modified, ui.doc.Segments[2].Target)
			}
			pressShortcut(ui, custom(fyne.KeyQ, ctrl))
			if q := slices.Contains(*asked, "Modifications non enregistrées"); q != c.modified || !ui.closed {
				t.Errorf("Ctrl+Q asked %q and closed %v; want a question %v", *asked, ui.closed, c.modified)
			}
		})
	}
}

// TestChangesOutsideTheHistory: what is not the document's (the segment filter) leaves the flag as
// it is, a background job's change to the document counts as a change that undo takes back, and
// work recovered from an autosave stays modified when what was typed after it is undone.
func TestChangesOutsideTheHistory(t *testing.T) {
	d := testDoc(t)
	d.Segments[0].Target, d.Segments[0].Status = "Sergei Lavrov « était » là, café́ 👍🏽.", annotate.StatusTranslated
	path := filepath.Join(t.TempDir(), "article.json")
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, nil, true)
	ui.Open(path)
	ui.filter.apply(showDrafts)
	ui.filter.apply(showAll)
	if ui.dirty {
		t.Error("filtering the segments marked the document modified")
	}
	ui.projectAll() // a background job, applied as one undo step
	if !ui.ed.CanUndo() || !ui.dirty {
		t.Fatalf("the projection's spans: undo %v, modified %v", ui.ed.CanUndo(), ui.dirty)
	}
	pressShortcut(ui, undoKey)
	if ui.dirty {
		t.Error("undoing the projection left the document modified")
	}

	ui.quit()
	crashedFile(t, path, " Tapé avant la panne.")
	again, asked := newTestUI(t, nil, true)
	again.Open(path) // Yes to the recovery
	typeIn(t, again, 2, " Et après.")
	pressShortcut(again, undoKey)
	if len(*asked) != 1 || !strings.HasSuffix(again.doc.Segments[2].Target, "panne.") || !again.dirty {
		t.Errorf("asked %q; recovered %q, modified %v after undoing what was typed since", *asked, again.doc.Segments[2].Target, again.dirty)
	}
}
