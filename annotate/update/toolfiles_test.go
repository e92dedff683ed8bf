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

// A document imported before an XLIFF source's final line break (Xcode's, through Weblate) was left
// to the gap has it in its segment; the reviewer's file, read now without it, still finds the segment
// by its French and by its ID, rather than refusing it as another French.
func TestUpdateOlderDocumentWithLineBreak(t *testing.T) {
	const tool = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="Localizable.strings" source-language="fr" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="hello">
        <source xml:space="preserve">Bonjour « le monde » 😀 !
</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`
	docs, _, err := formats.Read("Localizable.xliff", []byte(tool), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	d.Segments[0].End += len("\n") // as the import left it before
	returned := bytes.Replace([]byte(tool), []byte("😀 !\n</source>"), []byte("😀 !\n</source><target state=\"translated\">Hello « world » 😀!\n</target>"), 1)
	path := filepath.Join(t.TempDir(), "returned.xliff")
	if err := os.WriteFile(path, returned, 0o644); err != nil {
		t.Fatal(err)
	}
	p, _, err := ReadFile(d, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Refused) > 0 || len(p.Changes) != 1 || p.Changes[0].Target != "Hello « world » 😀!" {
		t.Errorf("refused %+v, changes %+v", p.Refused, p.Changes)
	}
}
