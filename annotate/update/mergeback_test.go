package update

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestUpdateMergeBackLoop: the whole loop of a client's file, for XLIFF 2 and XLIFF 1.2: import the
// tool's file, translate in Glose, export it merged back, a reviewer corrects a target (« », an emoji
// and e + U+0301 in it) and marks it reviewed in the tool, update finds that segment by the tool's IDs
// and takes its English, and the reviewer's file becomes the document's original: the next export
// is the reviewer's file byte for byte (its e + U+0301 and its signed-off without approved included,
// as the reviewer's tool wrote them, since Glose changed nothing the file says).
func TestUpdateMergeBackLoop(t *testing.T) {
	for _, c := range []struct {
		file, format, state, reviewed string
	}{
		{"client.xlf", "xliff", `<segment state="translated">`, `<segment state="reviewed">`},
		{"client12.xlf", "xliff12", `<target state="translated">EN: Fin.`, `<target state="signed-off">EN: Fin.`},
	} {
		t.Run(c.format, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "formats", "testdata", "merge", c.file))
			must(t, err)
			docs, _, err := formats.Read(c.file, data, formats.ReadOptions{})
			must(t, err)
			d := docs[0]
			e := annotate.NewEditor(d)
			for _, s := range d.Segments {
				if strings.HasPrefix(d.SourceText(s), "SKU") {
					continue // translate="no"
				}
				_, err := e.SetTarget(s.ID, "EN: "+d.SourceText(s))
				must(t, err)
				must(t, e.SetStatus(s.ID, annotate.StatusTranslated))
			}
			files, _, err := formats.Write(c.format, docs, formats.WriteOptions{})
			must(t, err)
			first := files[0].Data
			fix := "The end « 😀 » of Rene\u0301e."
			returned := bytes.Replace(first, []byte("EN: Fin."), []byte(fix), 1)
			if i := bytes.Index(returned, []byte(fix)); i < 0 || !bytes.Contains(first, []byte(c.state)) {
				t.Fatalf("the export lacks the segment to correct:\n%s", first)
			}
			returned = bytes.Replace(returned, []byte(strings.Replace(c.state, "EN: Fin.", fix, 1)), []byte(strings.Replace(c.reviewed, "EN: Fin.", fix, 1)), 1)
			path := filepath.Join(t.TempDir(), c.file)
			must(t, os.WriteFile(path, returned, 0o644))

			p, _, err := ReadFile(d, path)
			must(t, err)
			if len(p.Changes) != 1 || p.Changes[0].Target != annotate.NFC(fix) || p.Changes[0].Status != annotate.StatusReviewed || len(p.Refused) > 0 || len(p.NotFound) > 0 || p.BySource > 0 {
				t.Fatalf("plan %+v", p)
			}
			_, err = Apply(annotate.NewEditor(d), p, Options{})
			must(t, err)
			again, _, err := formats.Write(c.format, docs, formats.WriteOptions{})
			must(t, err)
			if !bytes.Equal(again[0].Data, returned) {
				t.Errorf("the export after the update is not the reviewer's file:\n%s\nwant:\n%s", again[0].Data, returned)
			}
		})
	}
}
