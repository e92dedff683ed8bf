package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/formats"
)

// TestFolderExportKeepsTheImportedText exports a document opened from article.txt to brat, into the
// folder of that text, as the folder dialog proposes: brat names its files after the document's ID,
// and its article.txt replaced the article (kept as article.txt.bak, with nothing said). The pair now
// goes to article.export.txt and article.export.ann, the article stays as it was, and the status
// line names them.
func TestFolderExportKeepsTheImportedText(t *testing.T) {
	ui, txt := openedText(t)
	dir := filepath.Dir(txt)
	crlf := strings.ReplaceAll(sampleText, "\n", "\r\n") // what the export would not write back
	must(t, os.WriteFile(txt, []byte(crlf), 0o644))
	f, _ := formats.Lookup("brat")
	ui.export(f, formats.WriteOptions{}, dir, true)
	if got, _ := os.ReadFile(txt); string(got) != crlf {
		t.Errorf("the imported article.txt was replaced: %q", got)
	}
	if _, err := os.Stat(txt + ".bak"); err == nil {
		t.Error("article.txt.bak written: the export replaced the article")
	}
	for _, name := range []string{"article.export.txt", "article.export.ann"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if !strings.Contains(ui.status.Text, "article.export.ann") || !strings.Contains(ui.status.Text, "comes from") {
		t.Errorf("status %q does not name the files written", ui.status.Text)
	}
}

// TestFolderExportKeepsTheTextOfAGloseFile: the Glose file saved beside article.txt, opened again and
// exported to brat into its folder, replaced the article with brat's article.txt (kept as a .bak,
// nothing said): only the text opened in the same window was kept. The text it was imported from
// (meta.origin) is kept too, the pair renamed.
func TestFolderExportKeepsTheTextOfAGloseFile(t *testing.T) {
	ui, txt := openedText(t)
	dir := filepath.Dir(txt)
	doc := filepath.Join(dir, "article.json")
	must(t, ui.saveTo(doc))
	crlf := strings.ReplaceAll(sampleText, "\n", "\r\n") // what the export would not write back
	must(t, os.WriteFile(txt, []byte(crlf), 0o644))
	ui.Open(doc)
	if ui.origin != "" || ui.path != doc {
		t.Fatalf("opened %q (origin %q), want the Glose file alone", ui.path, ui.origin)
	}
	f, _ := formats.Lookup("brat")
	ui.export(f, formats.WriteOptions{}, dir, true)
	if got, _ := os.ReadFile(txt); string(got) != crlf {
		t.Errorf("the article the document was imported from was replaced: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "article.export.ann")); err != nil || !strings.Contains(ui.status.Text, "comes from") {
		t.Errorf("article.export.ann: %v; status %q", err, ui.status.Text)
	}
}
