package formats

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// qaIgnoredDoc is a document whose segments ignore warnings of the checks that name accented
// letters, « » with no-break spaces, an emoji, e + U+0301 and line breaks: two segments of one
// paragraph (the second's ignore names it in a unit of two) and one of another.
func qaIgnoredDoc(t *testing.T) *annotate.Document {
	t.Helper()
	text := "Il a dit « oui\u00a0» 😀 en 2026. Élodie a 10 ans.\n\nRe\u0301née part."
	d := annotate.NewDocument("qa", "QA", annotate.NFC(text), "fr", "en")
	p1 := len(annotate.NFC("Il a dit « oui\u00a0» 😀 en 2026. "))
	p2 := len(annotate.NFC("Il a dit « oui\u00a0» 😀 en 2026. Élodie a 10 ans."))
	d.AddSegment(0, p1-1, 0, annotate.KindSentence)
	d.AddSegment(p1, p2, 0, annotate.KindSentence)
	d.AddSegment(p2+2, len(d.Text), 1, annotate.KindSentence)
	d.Segments[0].Target, d.Segments[0].Status = "He said “yes” 😀 in 2026.", annotate.StatusTranslated
	d.Segments[1].Target, d.Segments[1].Status = "Élodie is a decade old.", annotate.StatusTranslated
	d.Segments[2].Target, d.Segments[2].Status = "Rene\u0301e leaves.", annotate.StatusDraft
	d.Segments[0].QAIgnored = []annotate.QAIgnore{{Check: "quote-style", About: "english: He said “yes” 😀 in 2026."}}
	d.Segments[1].QAIgnored = []annotate.QAIgnore{
		{Check: "number-mismatch", About: "missing: 10"},
		{Check: "same-as-source", About: "english: « Élodie »\u00a0! <&> \"x\" 'y'\nligne\t2\r"},
	}
	d.Segments[2].QAIgnored = []annotate.QAIgnore{{Check: "spacing", About: "english: Rene\u0301e leaves. 👍🏽"}}
	mustDo(t, d.Validate())
	return d
}

// TestExportsKeepQAIgnored: Glose's XLIFF 2 and 1.2, Glose JSON and JSON Lines keep the warnings a
// translator ignored, byte for byte, so that the document read back ignores the same warnings; the
// XLIFF 2 still validates against the official schema, and XLIFF 1.2's context groups have no name,
// which the strict schema would want unique in the file.
func TestExportsKeepQAIgnored(t *testing.T) {
	for _, format := range []string{"xliff", "xliff12", "glose", "jsonl"} {
		d := qaIgnoredDoc(t)
		files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		for _, w := range warns {
			if w.Code == WarnQAIgnoredLeftOut {
				t.Errorf("%s: %v", format, w)
			}
		}
		switch format {
		case "xliff":
			xmllintXLIFF(t, files[0].Data)
		case "xliff12": // the strict schema wants a file's context-group names unique: none given
			if n := bytes.Count(files[0].Data, []byte(`<context-group purpose="x-glose-qa-ignored">`)); n != 3 {
				t.Errorf("xliff12: %d context groups without a name, want one per segment ignoring warnings, 3:\n%s", n, files[0].Data)
			}
		}
		back := readExport(t, format, files)
		if len(back.Segments) != len(d.Segments) {
			t.Fatalf("%s: %d segments read back, want %d", format, len(back.Segments), len(d.Segments))
		}
		for i, s := range back.Segments {
			if want := d.Segments[i].QAIgnored; !reflect.DeepEqual(s.QAIgnored, want) {
				t.Errorf("%s: segment %d ignores %q, want %q", format, i+1, s.QAIgnored, want)
			}
		}
	}
}

// TestXLIFFQAIgnoredNamesItsSegment: an ignore of the XLIFF 2 that names no segment of its unit, or
// no check, ignores nothing; the others go to the segment they name, whatever their order.
func TestXLIFFQAIgnoredNamesItsSegment(t *testing.T) {
	files, _, err := Write("xliff", []*annotate.Document{qaIgnoredDoc(t)}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	data := bytes.Replace(files[0].Data, []byte(`<glose:qaIgnored segment="s1"`),
		[]byte(`<glose:qaIgnored segment="s9" check="x" about="y"/><glose:qaIgnored segment="s2" about="no check"/><glose:qaIgnored segment="s1"`), 1)
	back := readExport(t, "xliff", []File{{Name: "qa.xlf", Data: data}})
	if n := len(back.Segments[1].QAIgnored); n != 2 {
		t.Errorf("segment 2 ignores %d warnings, want 2: %q", n, back.Segments[1].QAIgnored)
	}
	if n := len(back.Segments[0].QAIgnored); n != 1 {
		t.Errorf("segment 1 ignores %d warnings, want 1: %q", n, back.Segments[0].QAIgnored)
	}
}
