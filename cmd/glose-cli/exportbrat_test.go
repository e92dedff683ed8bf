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

// TestBratExportKeepsTheTextAnnotatedFrom: the Glose file annotate wrote beside article.txt, exported
// to brat into that folder, replaced the article with the brat .txt (in NFC, LF line ends: no longer
// the file as written), keeping it as a .bak with nothing said, as the file read was the .json. The
// text it was imported from (meta.origin) is kept as the file read is: the pair is renamed.
func TestBratExportKeepsTheTextAnnotatedFrom(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "article.txt")
	article := "Sergueï Lavrov a déclaré\u00a0: «\u00a0Le dialogue 😀 est libre\u00a0».\r\nUne ide\u0301e.\r\n"
	if err := os.WriteFile(txt, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "article.json")
	if code, _, stderr := runCLI(t, "annotate", "-o", doc, txt); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "export", "--to", "brat", "-o", dir, doc)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(txt); string(got) != article {
		t.Errorf("the article annotated was replaced: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "article.export.ann")); err != nil || !strings.Contains(stderr, "article.export.ann") {
		t.Errorf("article.export.ann: %v; standard error %q should name it", err, stderr)
	}
}
