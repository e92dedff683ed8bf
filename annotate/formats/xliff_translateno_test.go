package formats

import (
	"bytes"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestXLIFFTranslateNoKeepsSource: a segment whose unit, group or file says translate="no" opens with
// its French as its English, reviewed, so that the translator is not asked to translate it (QA,
// Ctrl+U, the status bars); a unit saying translate="yes" inside such a group is to translate as
// usual; a target the file gives is kept; every segment of such a unit is locked, saying that the
// file locked it (LockTranslateNo), and only those; and
// the merge-back leaves the client's file as it was.
func TestXLIFFTranslateNoKeepsSource(t *testing.T) {
	x2 := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1">
  <unit id="u1"><segment id="s1"><source>Le maire parle.</source></segment></unit>
  <unit id="u2" translate="no"><segment id="s1"><source>REF-2026 « 0412 »</source></segment><segment id="s2"><source>Code B.</source><target>Code B!</target></segment></unit>
  <group id="g1" translate="no">
   <unit id="u3"><segment id="s1"><source>SKU-1</source></segment></unit>
   <unit id="u4" translate="yes"><segment id="s1"><source>À traduire.</source></segment></unit>
  </group>
 </file>
</xliff>`)
	x12 := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.docx" source-language="fr" target-language="en" datatype="plaintext"><body>
  <trans-unit id="t1"><source>Le maire parle.</source></trans-unit>
  <trans-unit id="t2" translate="no"><source>REF-2026 « 0412 »</source></trans-unit>
  <group id="g1" translate="no"><trans-unit id="t3"><source>SKU-1</source></trans-unit>
   <trans-unit id="t4" translate="yes"><source>À traduire.</source></trans-unit></group>
 </body></file>
</xliff>`)
	for _, c := range []struct {
		name, format string
		data         []byte
		want         map[string]string // by French, the English it opens with ("" to translate)
	}{
		{"client.xlf", "xliff", x2, map[string]string{"Le maire parle.": "", "REF-2026 « 0412 »": "REF-2026 « 0412 »", "Code B.": "Code B!", "SKU-1": "SKU-1", "À traduire.": ""}},
		{"client12.xlf", "xliff12", x12, map[string]string{"Le maire parle.": "", "REF-2026 « 0412 »": "REF-2026 « 0412 »", "SKU-1": "SKU-1", "À traduire.": ""}},
	} {
		docs, _, err := Read(c.name, c.data, ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		d := docs[0]
		if len(d.Segments) != len(c.want) {
			t.Fatalf("%s: %d segments, want %d", c.name, len(d.Segments), len(c.want))
		}
		for _, s := range d.Segments {
			fr := d.SourceText(s)
			want, ok := c.want[fr]
			if !ok || s.Target != want {
				t.Errorf("%s: %q opens with English %q, want %q", c.name, fr, s.Target, want)
			}
			if want == fr && s.Status != annotate.StatusReviewed {
				t.Errorf("%s: %q (translate=no) is %s, want reviewed", c.name, fr, s.Status)
			}
			if noTr := want != ""; s.Locked != noTr || noTr && s.LockReason != annotate.LockTranslateNo {
				t.Errorf("%s: %q is locked %v (%q), want %v (locked by translate=no exactly when the file says so)", c.name, fr, s.Locked, s.LockReason, noTr)
			}
		}
		files, warns, err := Write(c.format, docs, WriteOptions{Side: BothSides})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(files[0].Data, c.data) || len(warns) > 0 {
			t.Errorf("%s: the untouched document does not merge back as the client's file (warnings %v):\n%s", c.name, warns, files[0].Data)
		}
	}
}
