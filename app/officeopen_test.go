package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenWordDocument: File › Open and a drop (both ui.Open) take a Word or LibreOffice document as
// LibreOffice wrote it: its text without the deleted words of a tracked change, the footnote's call in
// its sentence, the footnote after the body; Save does not write over the document.
func TestOpenWordDocument(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	for _, name := range []string{"notes.docx", "notes.odt"} {
		data, err := os.ReadFile(filepath.Join("..", "annotate", "formats", "testdata", "office", name))
		must(t, err)
		path := filepath.Join(t.TempDir(), name)
		must(t, os.WriteFile(path, data, 0o644))
		ui.Open(path)
		if ui.doc == nil || strings.Contains(ui.doc.Text, "hier soir") || !strings.HasSuffix(ui.doc.Text, "[1] Propos recueillis par téléphone.") {
			t.Fatalf("%s: document %v", name, ui.doc)
		}
		var segs []string
		for _, s := range ui.doc.Segments {
			segs = append(segs, ui.doc.SourceText(s))
		}
		if !strings.Contains(strings.Join(segs, "|"), "|« Nous ne céderons pas », a déclaré Laurent Brun ce matin à Paris.[1]|") {
			t.Errorf("%s: segments %q", name, segs)
		}
		if isNative(path) {
			t.Errorf("%s: taken for a Glose file, which Save would write over", name)
		}
	}
}
