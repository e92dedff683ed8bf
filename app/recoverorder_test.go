package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestStartAsksOneRecoveryAtATime: with the file named on the command line and another document both
// left with autosaves, the start shows one dialog, the file's own question, which takes the keys;
// answering it (Enter: Yes recovers the typing, Escape: No drops it) shows the list of the other
// work, alone, whose Enter recovers that work. The file's work is neither listed again nor lost: Yes
// keeps it for the question about saving that comes before another document replaces it.
func TestStartAsksOneRecoveryAtATime(t *testing.T) {
	useLanguage(t, "fr")
	for _, c := range []struct {
		name string
		key  fyne.KeyName
		yes  bool
	}{
		{"yes", fyne.KeyReturn, true},
		{"no", fyne.KeyEscape, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := savedDoc(t)
			crashedFile(t, path, " Tapé avant la panne, « été » 👍🏽.")
			typed := crashedPaste(t)

			ui, _ := newTestUI(t, nil, true) // the question about saving: Save
			ui.opts.Confirm = nil            // the app's own recovery question
			ui.Start([]string{path})
			shown := ui.win.Canvas().Overlays().List()
			if len(shown) != 1 || shownText(shown[0], "Récupérer les modifications") == nil || ui.unsavedList != nil {
				t.Fatalf("the start shows %d dialogs (the list among them: %v), want the file's question alone", len(shown), ui.unsavedList != nil)
			}
			pressKey(ui, c.key)
			if recovered := strings.HasSuffix(ui.doc.Segments[2].Target, "👍🏽."); recovered != c.yes || ui.dirty != c.yes {
				t.Errorf("segment 3 is %q, modified %v", ui.doc.Segments[2].Target, ui.dirty)
			}
			shown = ui.win.Canvas().Overlays().List()
			l := ui.unsavedList
			if len(shown) != 1 || l == nil || shownText(shown[0], "Récupérer le travail non enregistré") == nil {
				t.Fatalf("once answered, %d dialogs (list %v); want the list of the other work alone", len(shown), l != nil)
			}
			if len(l.items) != 1 || l.items[0].DocPath != "" {
				t.Fatalf("listed %+v, want the pasted work only", l.items)
			}
			pressKey(ui, fyne.KeyReturn) // the list has the keys: Enter recovers the newest (the only) work
			if ui.path != "" || !strings.HasSuffix(ui.doc.Segments[0].Target, typed) || ui.dialogOpen() {
				t.Errorf("Enter on the list shows %q (file %q), dialog open %v", ui.doc.Segments[0].Target, ui.path, ui.dialogOpen())
			}
			if saved := strings.HasSuffix(onDisk(t, path, 2), "👍🏽."); saved != c.yes {
				t.Errorf("the file's segment 3 is %q", onDisk(t, path, 2))
			}
		})
	}
}
