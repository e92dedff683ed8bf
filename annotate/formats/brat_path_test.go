package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBratPlacesNameThePath: an error or a warning about a line of an .ann names the file as the
// caller gave it, directory included, whether the .ann, its .txt or the collection's directory was
// given: in a team's collections, several of which hold a doc.ann, "doc.ann:2" alone says not which
// one to fix. The warnings' Args keep the base name, which the app shows in the folder opened.
func TestBratPlacesNameThePath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "équipe « B »", "lot 2")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("doc.txt", bratText)
	ann := filepath.Join(dir, "doc.ann")
	for _, given := range []string{ann, filepath.Join(dir, "doc.txt"), dir} {
		write("doc.ann", "T1\tPER 5 9\tcafé\nR1\tat Arg1:T1 Arg2:T1\n#1\tAnnotatorNotes R1\tà vérifier\n")
		_, warns, err := ReadFile(given, ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", given, err)
		}
		if len(warns) != 1 || !strings.HasPrefix(warns[0].String(), ann+":3: ") || warns[0].Args["File"] != "doc.ann" {
			t.Errorf("%s: warnings %q (Args %v), want one at %s:3, File doc.ann", given, warningTexts(warns), warns, ann)
		}
		write("doc.ann", "T1\tPER 5 9\tcafé\nT2 PER 0 2\n")
		if _, _, err := ReadFile(given, ReadOptions{}); err == nil || !strings.HasPrefix(err.Error(), ann+":2: ") {
			t.Errorf("%s: error %v, want one at %s:2", given, err, ann)
		}
	}
}
