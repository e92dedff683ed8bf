package app

import (
	"os"
	"strings"
	"testing"
)

// TestSaveUnchangedToAnUnwritableFile (QA polish #3): Ctrl+S on a document with no unsaved changes,
// whose file cannot be written, says why the file cannot be written and that nothing is lost; it
// does not claim changes that the autosave keeps ("Your changes are autosaved"). Once there are
// changes, a failed save says they are autosaved. In English and in French.
func TestSaveUnchangedToAnUnwritableFile(t *testing.T) {
	for _, c := range []struct{ lang, claim, none, later string }{
		{"en", "Your changes are", "no unsaved changes", "Any changes you make are autosaved"},
		{"fr", "Vos modifications sont", "aucune modification non enregistrée", "Les modifications que vous ferez sont enregistrées automatiquement"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			useLanguage(t, c.lang)
			path := savedDoc(t)
			must(t, os.Chmod(path, 0o444))
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			if got := ui.alerts.Text(); strings.Contains(got, c.claim) || !strings.Contains(got, c.later) {
				t.Errorf("opened unchanged, the warning says %q: it claims changes, or does not say what happens to those to come", got)
			}

			ui.save()
			if ui.topModal() == nil {
				t.Fatal("Ctrl+S on an unwritable file: no error shown")
			}
			if got := ui.status.Text; strings.Contains(got, c.claim) || !strings.Contains(got, c.none) {
				t.Errorf("Ctrl+S with no changes: the error says %q, want it to say there are no unsaved changes", got)
			}
			if got := ui.alerts.Text(); strings.Contains(got, c.claim) || !strings.Contains(got, c.later) {
				t.Errorf("Ctrl+S with no changes: the warning says %q, which claims changes", got)
			}
			closeAll(ui)

			typeIn(t, ui, 0, "x")
			ui.save()
			if got := ui.alerts.Text(); !strings.Contains(got, c.claim) {
				t.Errorf("a failed save with changes: the warning says %q, want that the changes are autosaved", got)
			}
			if got := ui.status.Text; strings.Contains(got, c.none) {
				t.Errorf("a failed save with changes: the error says %q", got)
			}
			closeAll(ui)
		})
	}
}
