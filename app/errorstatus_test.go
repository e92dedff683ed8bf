package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestRefusedImportSaidOnce: a Markdown file refused (not UTF-8) is said in the error dialog, and the
// status line under it shows nothing more: it said the same four lines a second time. Closed, the
// dialog leaves the message on the status line, to be read again while the file is mended; a message
// that came meanwhile is not replaced by it.
func TestRefusedImportSaidOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.md")
	must(t, os.WriteFile(path, []byte("# Titre\n\nLe ministre a d\xe9clar\xe9.\n"), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.win.Resize(fyne.NewSize(1366, 740))
	ui.Open(path)
	want := "Could not open “article.md”. Detail: The file is not in UTF-8"
	top := ui.win.Canvas().Overlays().Top()
	if top == nil || !strings.HasPrefix(ui.status.full, want) {
		t.Fatalf("dialog %v, status holds %q", top != nil, ui.status.full)
	}
	ui.win.Content().Refresh()
	if ui.status.label.Text != "" {
		t.Errorf("under the dialog the status line shows %q", ui.status.label.Text)
	}
	pressKey(ui, fyne.KeyEscape)
	ui.win.Content().Refresh()
	if ui.win.Canvas().Overlays().Top() != nil || !strings.HasPrefix(shownStatus(t, ui, ""), want) {
		t.Errorf("the dialog closed, the status line shows %q", ui.status.label.Text)
	}

	ui.Open(path)
	ui.setStatus("Saved")
	pressKey(ui, fyne.KeyEscape)
	ui.win.Content().Refresh()
	if ui.status.label.Text != "Saved" {
		t.Errorf("a message given under the dialog: the line shows %q once it closed", ui.status.label.Text)
	}
}
