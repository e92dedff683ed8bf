package formats

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// emojiDoc is a document whose PER and LOC come after characters outside the BMP, which UTF-16 counts
// as two code units each: offsets read in the wrong unit land on other words.
func emojiDoc(t *testing.T) *annotate.Document {
	t.Helper()
	text := "👍🏽 🇫🇷 Anne Hidalgo est à Lyon."
	d := annotate.NewDocument("emoji", "Emoji", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	e := annotate.NewEditor(d)
	for _, w := range []struct{ s, label string }{{"Anne Hidalgo", annotate.LabelPER}, {"Lyon", annotate.LabelLOC}} {
		i := strings.Index(text, w.s)
		if err := e.AddSpan(&annotate.Span{Side: annotate.Source, Start: i, End: i + len(w.s), Label: w.label}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func spanWords(d *annotate.Document) string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, sp.Label+" "+d.SpanText(sp))
	}
	return strings.Join(out, ", ")
}

// TestDoccanoUnitRoundTrip: a doccano export in UTF-16 code units came back shifted unless the reader
// was told --unit utf16. Each record now says its unit ("offset_unit"), which the reader honours: the
// round trip needs no flag, in either unit, also when doccano put the key under "meta"; a unit the
// user gives still wins over the record's.
func TestDoccanoUnitRoundTrip(t *testing.T) {
	want := "PER Anne Hidalgo, LOC Lyon"
	for _, unit := range []string{"utf16", "codepoints"} {
		files, _, err := Write("doccano", []*annotate.Document{emojiDoc(t)}, WriteOptions{Unit: unit})
		if err != nil {
			t.Fatal(err)
		}
		data := files[0].Data
		if !bytes.Contains(data, []byte(`"offset_unit":"`+unit+`"`)) {
			t.Errorf("%s: the record does not say its unit: %s", unit, data)
		}
		docs, warns, err := Read("back.jsonl", data, ReadOptions{})
		if err != nil || spanWords(docs[0]) != want {
			t.Errorf("%s read back with no unit: %v, spans %q, want %q", unit, err, spanWords(docs[0]), want)
		}
		for _, w := range warns {
			if w.Code == WarnOffsetsReadUTF16 || unit == "utf16" && w.Code == WarnCodePointsAssumed {
				t.Errorf("%s: warning %q about a unit the record says", unit, w)
			}
		}
	}

	// doccano before 1.5 exported the keys it did not know under "meta".
	files, _, err := Write("doccano", []*annotate.Document{emojiDoc(t)}, WriteOptions{Unit: "utf16"})
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(files[0].Data, &rec); err != nil {
		t.Fatal(err)
	}
	rec["meta"] = map[string]any{"offset_unit": rec["offset_unit"]}
	delete(rec, "offset_unit")
	nested, _ := json.Marshal(rec)
	docs, _, err := Read("meta.jsonl", nested, ReadOptions{})
	if err != nil || spanWords(docs[0]) != want {
		t.Errorf("unit under meta: %v, spans %q", err, spanWords(docs[0]))
	}

	// The user's --unit codepoints wins: the UTF-16 offsets, read as code points, land elsewhere.
	docs, _, err = Read("back.jsonl", files[0].Data, ReadOptions{Unit: "codepoints"})
	if err == nil && spanWords(docs[0]) == want {
		t.Error("--unit codepoints did not override the record's utf16")
	}
}
