package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestSaveAsAfterAReadOnlyFileProposesAWritableOne: a save that fails because the document's file
// is read-only offers Save As; the dialog then proposes a name that can be written beside it
// ("article (2).glose.json", or the next free one), never the failing file again. With the folder
// read-only too, it proposes the same name in the home folder. A writable file keeps its own name.
func TestSaveAsAfterAReadOnlyFileProposesAWritableOne(t *testing.T) {
	if os.Getuid() == 0 {
		t.Log("running as root: only the file's mode makes it read-only (Glose refuses a file without u+w)")
	}
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	path := filepath.Join(dir, "article.glose.json")
	must(t, ui.saveTo(path))
	if name, _ := ui.saveAsPlace(); name != "article.glose.json" {
		t.Errorf("a writable document: Save As proposes %q, want its own name", name)
	}

	must(t, os.Chmod(path, 0o444))
	must(t, ui.ed.SetStatus(ui.doc.Segments[0].ID, annotate.StatusDraft))
	ui.save()
	if !ui.dirty || ui.topModal() == nil {
		t.Fatalf("the save to a read-only file: unsaved changes %v, error shown %v", ui.dirty, ui.topModal() != nil)
	}
	pressKey(ui, fyne.KeyEscape) // the error
	ui.saveAsDialog()
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T, want the Save As name box", ui.win.Canvas().Focused())
	}
	if box.Text != "article (2).glose.json" {
		t.Errorf("after the failed save, Save As proposes %q, want \"article (2).glose.json\"", box.Text)
	}
	pressKey(ui, fyne.KeyReturn)
	saved := filepath.Join(dir, "article (2).glose.json")
	if ui.path != saved || ui.dirty {
		t.Errorf("Enter saved to %q (unsaved %v), want %q", ui.path, ui.dirty, saved)
	}

	must(t, os.WriteFile(filepath.Join(dir, "article (3).glose.json"), []byte("{}"), 0o644))
	ui.path = path
	if name, d := ui.saveAsPlace(); name != "article (4).glose.json" || d != dir {
		t.Errorf("with (2) and (3) taken: %q in %q, want \"article (4).glose.json\" in %q", name, d, dir)
	}

	home := t.TempDir()
	t.Setenv("HOME", home)
	must(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
	if os.Getuid() == 0 {
		return // root writes into a read-only folder
	}
	if name, d := ui.saveAsPlace(); name != "article.glose.json" || d != home {
		t.Errorf("with the folder read-only: %q in %q, want \"article.glose.json\" in the home folder %q", name, d, home)
	}
}

// TestSaveOfAnImportDoesNotProposeAnExistingFile: a text opened again (Open Recent's "new import")
// is a new document, fresh from pre-annotation; its Save proposed the name of the Glose file saved
// from that text before, holding the earlier work, which Enter then replaced after Fyne's English
// "Overwrite?" (and a second save replaced the .bak too). It proposes the first free name beside
// the text instead; with none taken, the text's own name.
func TestSaveOfAnImportDoesNotProposeAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "Élysée « 1 ».txt")
	must(t, os.WriteFile(text, []byte("Le président a parlé. Il a dit « oui » 👍.\n"), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(text)
	if ui.path != "" || ui.origin != text {
		t.Fatalf("opened as %q from %q, want an import of %q", ui.path, ui.origin, text)
	}
	if name, _ := ui.saveAsPlace(); name != "Élysée « 1 ».json" {
		t.Errorf("nothing taken: Save proposes %q, want \"Élysée « 1 ».json\"", name)
	}
	earlier := filepath.Join(dir, "Élysée « 1 ».json")
	must(t, os.WriteFile(earlier, []byte("{}"), 0o644))
	ui.saveAsDialog()
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T, want the Save As name box", ui.win.Canvas().Focused())
	}
	if box.Text != "Élysée « 1 » (2).json" {
		t.Errorf("with the earlier work's file there, Save proposes %q, want \"Élysée « 1 » (2).json\"", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)
	if got, _ := os.ReadFile(earlier); string(got) != "{}" {
		t.Errorf("the earlier file changed: %q", got)
	}
}
