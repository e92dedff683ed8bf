package app

import (
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestNothingRunsAfterTheAppEnded: when the app is told to end (SIGTERM), Fyne stops its event loop,
// then runs what goroutines hand to fyne.Do right away on their own goroutine, while afterRun writes
// the autosave on the main one. A timer firing then (the pause after typing projects the English, the
// autosave's own timer) must not edit the document afterRun is writing, nor write or discard the
// autosave after it.
func TestNothingRunsAfterTheAppEnded(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	path := filepath.Join(t.TempDir(), "dépêche « été » 🇫🇷.json")
	must(t, ui.saveTo(path))
	typeEnglish(t, ui, 0, lavrovEN)
	if len(ui.proj.pending) != 1 || !ui.dirty {
		t.Fatalf("pending projections %v, dirty %v", ui.proj.pending, ui.dirty)
	}
	ui.opts.Sync = false // from here on, as the app runs: goroutines hand work over through fyne.Do
	spans := len(ui.doc.Spans)

	ui.afterRun()
	ran := false
	ui.do(func() { ran = true })
	ui.do(ui.projectTyped)          // the projection timer, firing after the loop ended
	ui.do(ui.autosave.inBackground) // the autosave timer, likewise
	if ran {
		t.Error("a function handed to the UI goroutine ran after the app ended")
	}
	if n := len(ui.doc.Spans); n != spans {
		t.Errorf("the document changed after the app ended: %d spans, was %d", n, spans)
	}
	side, ok := workspace.Recovery(path, ui.doc.ID)
	if !ok {
		t.Fatal("no autosave to recover after the app ended with unsaved changes")
	}
	d, err := workspace.LoadRecovery(side)
	if err != nil || d.Segments[0].Target != lavrovEN || len(d.Spans) != spans {
		t.Errorf("the autosave holds %v (err %v), want the English typed and %d spans", d, err, spans)
	}
}
