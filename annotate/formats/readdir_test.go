package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestReadBratDirectory: a brat collection, as export --to brat writes it, imports from its directory
// (it used to be "read DIR: is a directory"): every .ann with its .txt, in name order; a .txt without
// an .ann is left out with a warning; a directory without any .ann says what to give.
func TestReadBratDirectory(t *testing.T) {
	docs := []*annotate.Document{genDoc(t, 11), genDoc(t, 12)} // accents, « », emoji, combining marks
	docs[0].ID, docs[1].ID = "b-second", "a-first"
	files, _, err := Write("brat", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range append(files, File{Name: "LISEZ-MOI.txt", Data: []byte("Notes « à part » 👍🏽\n")}) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.ann"), 0o755); err != nil { // a directory is no file
		t.Fatal(err)
	}
	got, warns, err := ReadFile(dir, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "a-first" || got[1].ID != "b-second" || got[0].Text != docs[1].Text || got[1].Text != docs[0].Text {
		t.Fatalf("read %d documents from the directory; want a-first then b-second, with their texts", len(got))
	}
	for _, d := range got { // as when each .ann is imported alone
		one, _, err := ReadFile(filepath.Join(dir, d.ID+".ann"), ReadOptions{})
		if err != nil || len(one[0].Spans) != len(d.Spans) || len(one[0].Links) != len(d.Links) {
			t.Errorf("%s: %d spans and %d links from the directory; alone: %v", d.ID, len(d.Spans), len(d.Links), err)
		}
	}
	lone := 0
	for _, w := range warns {
		if w.Code == WarnTextWithoutAnn {
			lone++
			checkImportWarning(t, "dir", w)
			if w.Args["N"] != 1 || w.Args["Name"] != "LISEZ-MOI.txt" {
				t.Errorf("warning %q, args %v", w.Msg, w.Args)
			}
		}
	}
	if lone != 1 {
		t.Errorf("warnings %v; want one about LISEZ-MOI.txt", warns)
	}
	if _, _, err := ReadFile(dir, ReadOptions{Format: "doccano"}); err == nil || !strings.Contains(err.Error(), "is a directory: give the doccano file") {
		t.Errorf("--from doccano on a directory: %v", err)
	}
	empty := t.TempDir()
	if _, _, err := ReadFile(empty, ReadOptions{}); err == nil || !strings.Contains(err.Error(), "no brat .ann file") {
		t.Errorf("a directory without .ann: %v", err)
	}
}
