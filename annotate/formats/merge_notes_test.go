package formats

import (
	"bytes"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestXLIFFMergeBackNotes: notes added in Glose go into their unit's <notes> as category="glose" (a
// unit without notes gets one before its originalData), a later segment's naming it in glose:segment;
// the file stays valid, the client's notes untouched; imported again, each note is on its segment,
// and a second export of the merged file writes none twice.
func TestXLIFFMergeBackNotes(t *testing.T) {
	orig, d := readClient(t)
	translateClient(t, d)
	s := clientSeg(t, d, "tu2", "Rene\u0301e")
	s.Notes = append(s.Notes, annotate.Note{Text: "Rene\u0301e: « the client's spelling » 😀", AppliesTo: annotate.Target})
	s = clientSeg(t, d, "tu3", "Merci")
	s.Notes = append(s.Notes, annotate.Note{Text: "Checked & kept.", Priority: 3, Category: "review"})
	files, _, err := Write("xliff", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := files[0].Data
	xmllintXLIFF(t, out)
	for _, want := range []string{
		`<notes><note id="un1" appliesTo="source" priority="2">Brand names stay as they are.</note>` +
			`<note xmlns:glose="urn:glose:xliff:1" glose:segment="2" appliesTo="target" category="glose">Rene` + "\u0301" + `e: « the client's spelling » 😀</note></notes>`,
		"<unit id=\"tu3\" name=\"p2\" okp:style=\"Normal\">\n    <notes><note category=\"review\" priority=\"3\">Checked &amp; kept.</note></notes>\n    <segment id=\"1\" state=\"final\"",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the merged file lacks %s:\n%s", want, out)
		}
	}
	if a, b := bytes.Count(orig, []byte("<note ")), bytes.Count(out, []byte("<note ")); b != a+2 {
		t.Errorf("%d notes, want %d", b, a+2)
	}
	docs, _, err := Read("client.xlf", out, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := clientSeg(t, docs[0], "tu2", "Rene\u0301e").Notes; len(n) != 1 || !strings.HasPrefix(n[0].Text, "Rene") {
		t.Errorf("the note of tu2's second segment reads back as %+v", n)
	}
	again, _, err := Write("xliff", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again[0].Data, out) {
		t.Errorf("the merged file imported and exported again changed:\n%s\nvs\n%s", again[0].Data, out)
	}
}
