package formats

import (
	"bytes"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestGloseXLIFFKeepsLocks: Glose's own XLIFF 2 and 1.2 say which segments are locked (a unit all of
// whose segments are locked and translated says translate="no", as translation tools read it), and
// reading the file back locks the same segments, with the same English.
func TestGloseXLIFFKeepsLocks(t *testing.T) {
	text := "SKU-12345 « bleu ». Le maire parle 😀.\n\nRéf. e\u0301té 2026."
	d := annotate.NewDocument("doc", "Doc", annotate.NFC(text), "fr", "en")
	d.AddSegment(0, len("SKU-12345 « bleu »."), 0, annotate.KindSentence)
	d.AddSegment(len("SKU-12345 « bleu ». "), len("SKU-12345 « bleu ». Le maire parle 😀."), 0, annotate.KindSentence)
	d.AddSegment(len("SKU-12345 « bleu ». Le maire parle 😀.\n\n"), len(d.Text), 1, annotate.KindSentence)
	d.Segments[0].Target, d.Segments[0].Status, d.Segments[0].Locked = "SKU-12345 “blue”.", annotate.StatusReviewed, true
	d.Segments[2].Target, d.Segments[2].Status, d.Segments[2].Locked = "Ref. summer 2026.", annotate.StatusReviewed, true
	for _, c := range []struct{ format, want string }{
		{"xliff", `<unit id="u1" glose:locked="yes no">`},
		{"xliff12", `<trans-unit id="s1" translate="no"`},
	} {
		files, _, err := Write(c.format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(files[0].Data, []byte(c.want)) {
			t.Errorf("%s: no %s in\n%s", c.format, c.want, files[0].Data)
		}
		docs, _, err := Read("back.xlf", files[0].Data, ReadOptions{Format: c.format})
		if err != nil {
			t.Fatalf("%s: %v", c.format, err)
		}
		for i, s := range docs[0].Segments {
			w := d.Segments[i]
			if s.Locked != w.Locked || s.Target != w.Target || s.Status != w.Status {
				t.Errorf("%s: segment %d reads back locked %v, %q, %s; want %v, %q, %s", c.format, i+1, s.Locked, s.Target, s.Status, w.Locked, w.Target, w.Status)
			}
		}
	}
}
