package app

import (
	"testing"
)

// TestNoDocumentOpen: with no document open (at the start, or after a file failed to open), the
// actions on the document are greyed in their menus and, from their shortcuts, say on the status
// line that no document is open, in the interface's language: no Export dialog for an empty
// document, no "all segments have their English", no notes of a segment 1 that does not exist.
func TestNoDocumentOpen(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	for _, a := range []*action{ui.acts.file[2], ui.acts.file[3], ui.acts.file[4], ui.acts.file[5], ui.acts.file[6]} {
		if a.item == nil || !a.item.Disabled {
			t.Errorf("File › %s is not greyed with no document open", a.name)
		}
		ui.setStatus("")
		a.run()
		if ui.dialogOpen() {
			t.Fatalf("%s opened a dialog with no document open", a.name)
		}
		if got, want := ui.status.Text, "Aucun document n’est ouvert."; got != want {
			t.Errorf("%s says %q, want %q", a.name, got, want)
		}
	}
	for _, a := range ui.acts.tools {
		if a.name != "Prétraduire le document…" && a.name != "Pré-annoter le document" {
			continue
		}
		ui.setStatus("")
		a.run()
		if ui.dialogOpen() || ui.status.Text != "Aucun document n’est ouvert." {
			t.Errorf("%s: dialog %v, status %q", a.name, ui.dialogOpen(), ui.status.Text)
		}
	}
	ui.Open(savedDoc(t))
	if ui.acts.file[4].item.Disabled {
		t.Error("Export is still greyed with a document open")
	}
}
