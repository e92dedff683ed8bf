package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// TestMergeBackExportNeverProposesTheClientsFile: a document imported from a client's XLIFF, saved
// as Glose JSON beside it and opened again, proposes its XLIFF export as client.export.xlf, not as
// client.xlf, the client's file, which Enter then Yes would have replaced.
func TestMergeBackExportNeverProposesTheClientsFile(t *testing.T) {
	src := filepath.Join("..", "annotate", "formats", "testdata", "merge", "client.xlf")
	data, err := os.ReadFile(src)
	must(t, err)
	docs, _, err := formats.Read(src, data, formats.ReadOptions{})
	must(t, err)
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "client.xlf"), data, 0o644))
	path := filepath.Join(dir, "client.json")
	must(t, workspace.Save(path, docs[0]))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	exportChoices(t, ui, "XLIFF 2.1", false)
	if box := exportNameBox(t, ui); box.Text != "client.export.xlf" {
		t.Errorf("the merge-back export is proposed as %q, want client.export.xlf", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)
}
