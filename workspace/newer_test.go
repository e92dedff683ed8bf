package workspace

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNewerAutosaveKept: an autosave a newer Glose wrote (a higher major version, or a minor revision
// whose keys this Glose would drop) is not read as damaged but said to be newer, with both versions;
// and this Glose neither removes it (a save, a declined recovery) nor writes over it (its own
// autosaves of the document go beside it), so that the newer Glose recovers it byte for byte.
func TestNewerAutosaveKept(t *testing.T) {
	for _, format := range []string{"glose/2", "glose/1.3"} {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "doc.json")
			d, err := SampleDocument()
			if err != nil {
				t.Fatal(err)
			}
			if err := Save(path, d); err != nil {
				t.Fatal(err)
			}
			old := time.Now().Add(-time.Minute)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			d.Segments[0].Target = "« Typed » in the newer Glose 😀 e\u0301"
			if err := Autosave(path, d); err != nil {
				t.Fatal(err)
			}
			side, ok := Recovery(path, d.ID)
			if !ok {
				t.Fatal("no autosave offered")
			}
			newer := rewriteFormat(t, side, format)

			_, err = LoadRecovery(side)
			if f, ok := IsNewer(err); !ok || f != format {
				t.Fatalf("LoadRecovery: %v; want a NewerError of %s", err, format)
			}
			for _, want := range []string{side, `"` + format + `"`, `"glose/1"`, "newer version of Glose"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%q: want %q in it", err, want)
				}
			}
			if strings.Contains(err.Error(), "damaged") {
				t.Errorf("%q calls it damaged", err)
			}

			d.Segments[1].Target = "typed in this Glose"
			if err := Autosave(path, d); err != nil {
				t.Fatal(err)
			}
			if err := DiscardAutosave(path, d.ID); err != nil {
				t.Fatal(err)
			}
			if got, err := os.ReadFile(side); err != nil || !bytes.Equal(got, newer) {
				t.Fatalf("the newer autosave was changed or removed (%v)", err)
			}
		})
	}
}

// rewriteFormat makes the autosave side one a newer Glose wrote, in format, with a key this Glose
// does not know, and returns its bytes.
func rewriteFormat(t *testing.T, side, format string) []byte {
	t.Helper()
	data, err := os.ReadFile(side)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"format": "glose/1",`), []byte(`"format": "`+format+`",
  "newerKey": {"kept": true},`), 1)
	if err := os.WriteFile(side, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return data
}
