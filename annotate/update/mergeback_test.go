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
// and takes its English, and the next export is the reviewer's file: the tool's file with every
// translation, the correction included, and nothing else changed.
func TestUpdateMergeBackLoop(t *testing.T) {
	for _, c := range []struct {
		file, format, state, reviewed string
		approved                      [2]string // what Glose's export adds to the reviewer's file
	}{
		{"client.xlf", "xliff", `<segment state="translated">`, `<segment state="reviewed">`, [2]string{}},
		{"client12.xlf", "xliff12", `<target state="translated">EN: Fin.`, `<target state="signed-off">EN: Fin.`,
			[2]string{`<trans-unit id="tu6" resname="end">`, `<trans-unit id="tu6" resname="end" approved="yes">`}}, // signed-off is approved
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
			want := bytes.Replace(returned, []byte(fix), []byte(annotate.NFC(fix)), 1)
			want = bytes.Replace(want, []byte(c.approved[0]), []byte(c.approved[1]), 1)
			if !bytes.Equal(again[0].Data, want) {
				t.Errorf("the export after the update is not the reviewer's file:\n%s\nwant:\n%s", again[0].Data, want)
			}
		})
	}
}
