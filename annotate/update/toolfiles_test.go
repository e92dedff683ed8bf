package update

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// A reviewer returns the tool's file under the tool's own name (.sdlxliff, .mqxliff, .mxliff), which
// updating refused as no XLIFF; a status the reviewer set in Trados (conf) is a change.
func TestUpdateFromTradosFile(t *testing.T) {
	const real = "../formats/testdata/realfiles/trados-statuses.sdlxliff" // Trados Studio's own file (MIT)
	docs, _, err := formats.ReadFile(real, formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	returned := bytes.Replace(data, []byte(`<sdl:seg id="3" conf="Translated"`), []byte(`<sdl:seg id="3" conf="ApprovedSignOff"`), 1)
	for _, ext := range []string{".sdlxliff", ".mqxliff", ".mxliff"} {
		path := filepath.Join(t.TempDir(), "returned"+ext)
		if err := os.WriteFile(path, returned, 0o644); err != nil {
			t.Fatal(err)
		}
		p, _, err := ReadFile(docs[0], path)
		if err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		if len(p.Changes) != 1 || p.Changes[0].Segment != "3" || p.Changes[0].Status != annotate.StatusReviewed {
			t.Errorf("%s: changes %+v, want segment 3 reviewed", ext, p.Changes)
		}
	}
}
