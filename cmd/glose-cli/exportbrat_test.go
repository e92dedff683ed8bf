package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBratExportKeepsTheImportedText: exported to brat into the folder of the article.txt it reads,
// the CLI named its pair after the document's ID and replaced the article (kept as article.txt.bak,
// with nothing said), as the app did before its folder export learnt better. It now renames the pair
// as the app does, article.export.txt and article.export.ann, and says so on standard error; a folder
// elsewhere keeps the plain names.
func TestBratExportKeepsTheImportedText(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "article.txt")
	article := "Sergueï Lavrov a déclaré\u00a0: «\u00a0Le dialogue 😀 est libre\u00a0».\r\nUne ide\u0301e.\r\n"
	if err := os.WriteFile(txt, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "export", "--to", "brat", "-o", dir, txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(txt); string(got) != article {
		t.Errorf("the article read was replaced: %q", got)
	}
	if _, err := os.Stat(txt + ".bak"); err == nil {
		t.Error("article.txt.bak written: the export replaced the article")
	}
	for _, name := range []string{"article.export.txt", "article.export.ann", "annotation.conf"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if !strings.Contains(stderr, "article.export.ann") {
		t.Errorf("standard error %q does not name the files renamed", stderr)
	}
	other := filepath.Join(t.TempDir(), "brat")
	if code, _, stderr := runCLI(t, "export", "--to", "brat", "-o", other, txt); code != 0 || stderr != "" {
		t.Fatalf("into another folder: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(other, "article.txt")); err != nil {
		t.Errorf("into another folder, the plain name: %v", err)
	}
}
