package formats

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFolderNames: only the files that would replace one of keep are renamed, a document's .txt and
// .ann alike, whatever the case of the name kept; brat's annotation.conf keeps its name, also beside a
// document whose ID is "annotation".
func TestFolderNames(t *testing.T) {
	dir := t.TempDir()
	files := []File{{Name: "a.txt"}, {Name: "a.ann"}, {Name: "b.txt"}, {Name: "b.ann"}, {Name: "annotation.conf"},
		{Name: "annotation.txt"}, {Name: "annotation.ann"}}
	renamed := FolderNames(files, dir, []string{"", filepath.Join(dir, "A.TXT"), filepath.Join(dir, "annotation.txt")})
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	if got, want := strings.Join(names, " "), "a.export.txt a.export.ann b.txt b.ann annotation.conf annotation.export.txt annotation.export.ann"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
	if len(renamed) != 4 || renamed[0] != filepath.Join(dir, "a.export.txt") {
		t.Errorf("renamed %v", renamed)
	}
}
