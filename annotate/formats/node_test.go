package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// jsSlice is an independent reader of the exports' offsets: JavaScript, as doccano's and Label
// Studio's browsers count, String.prototype.slice for UTF-16 code units and Array.from (which
// iterates code points) for code points. It gives "label text" of each span, by record.
const jsSlice = `
const recs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = {};
for (const r of recs) {
  const cps = Array.from(r.text);
  out[r.id] = (out[r.id] || []).concat(r.spans.map(([s, e, l]) =>
    l + " " + (r.unit === "utf16" ? r.text.slice(s, e) : cps.slice(s, e).join(""))));
}
process.stdout.write(JSON.stringify(out));
`

// TestOffsetsSliceInJavaScript reads the exports as TestExportedOffsetsMatchText does, but slices
// their texts in node instead of with Glose's own conversion (annotate.Offsets, which the exporters
// share): every span of doccano, Label Studio (both units), spaCy, brat and W3C gives the text Glose
// annotated, on both sides, in texts with accents, « » with narrow no-break spaces, emoji (skin
// tones, ZWJ sequences, flags, keycaps) and combining marks.
func TestOffsetsSliceInJavaScript(t *testing.T) {
	node := needTool(t, "node")
	docs := []*annotate.Document{translatedEmojiDoc(t)}
	for seed := int64(1); seed <= 8; seed++ {
		docs = append(docs, genDoc(t, seed))
	}
	type jsRecord struct {
		ID    string   `json:"id"`
		Unit  string   `json:"unit"`
		Text  string   `json:"text"`
		Spans [][4]any `json:"spans"`
	}
	var recs []jsRecord
	add := func(format, unit string, rs []record) {
		for _, r := range rs {
			recs = append(recs, jsRecord{ID: format + "/" + unit + "/" + r.id, Unit: unit, Text: r.text, Spans: r.spans})
		}
	}
	formats := []string{"doccano/codepoints", "doccano/utf16", "labelstudio/codepoints", "labelstudio/utf16", "spacy/codepoints", "brat/codepoints", "w3c/codepoints"}
	for _, d := range docs {
		for _, u := range []string{"codepoints", "utf16"} {
			add("doccano", u, doccanoRecords(t, exportMain(t, "doccano", d, WriteOptions{Unit: u})[0].Data))
			add("labelstudio", u, lsRecords(t, exportMain(t, "labelstudio", d, WriteOptions{Unit: u})[0].Data))
		}
		add("spacy", "codepoints", spacyRecords(t, exportMain(t, "spacy", d, WriteOptions{})[0].Data))
		add("brat", "codepoints", bratRecords(t, exportMain(t, "brat", d, WriteOptions{})))
		add("w3c", "codepoints", w3cRecords(t, d, exportMain(t, "w3c", d, WriteOptions{})[0].Data))
	}
	payload, err := json.Marshal(recs)
	mustDo(t, err)
	cmd := exec.Command(node, "-e", jsSlice)
	cmd.Stdin = bytes.NewReader(payload)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got map[string][]string
	mustDo(t, json.Unmarshal(out, &got))
	for _, f := range formats {
		for _, d := range docs {
			for id, side := range map[string]annotate.Side{d.ID: annotate.Source, d.ID + "#target": annotate.Target} {
				g := got[f+"/"+id]
				sort.Strings(g)
				if w := wantSpans(d, side); !slices.Equal(g, w) {
					t.Errorf("%s %s: JavaScript slices\n%q\nwant\n%q", f, id, g, w)
				}
			}
		}
	}
}

// translatedEmojiDoc is a translated article with the characters that count differently in each unit, spans on
// both sides over and after them.
func translatedEmojiDoc(t *testing.T) *annotate.Document {
	text := "Emmanuel Macron a déclaré\u00a0: «\u202fNous gagnerons 👨\u200d👩\u200d👧 ensemble\u202f». Le drapeau 🇫🇷 de Ag\u0303ustín 👍🏽 à Paris, 1\ufe0f\u20e3 Berlin."
	d := annotate.NewDocument("emoji", "", text, "fr", "en")
	second := strings.Index(text, "Le drapeau")
	d.AddSegment(0, second-1, 0, annotate.KindSentence)
	d.AddSegment(second, len(text), 0, annotate.KindSentence)
	d.Segments[0].Target = "Emmanuel Macron said: “We will win 👨\u200d👩\u200d👧 together.”"
	d.Segments[1].Target = "The 🇫🇷 flag of José\u0301 👍🏽 in Paris, 1\ufe0f\u20e3 Berlin."
	add := func(side annotate.Side, seg *annotate.Segment, s, label string) {
		in := text
		if seg != nil {
			in = seg.Target
		}
		i := strings.Index(in, s)
		sp := &annotate.Span{ID: fmt.Sprint("t", len(d.Spans)+1), Side: side, Start: i, End: i + len(s), Label: label, Origin: annotate.Human, Confidence: 1}
		if seg != nil {
			sp.Segment = seg.ID
		}
		d.Spans = append(d.Spans, sp)
	}
	add(annotate.Source, nil, "Emmanuel Macron", annotate.LabelPER)
	add(annotate.Source, nil, "«\u202fNous gagnerons 👨\u200d👩\u200d👧 ensemble\u202f»", annotate.LabelQuote)
	add(annotate.Source, nil, "👨\u200d👩\u200d👧", annotate.LabelMISC)
	add(annotate.Source, nil, "drapeau 🇫🇷", annotate.LabelMISC)
	add(annotate.Source, nil, "Ag\u0303ustín", annotate.LabelPER)
	add(annotate.Source, nil, "Berlin", annotate.LabelLOC)
	add(annotate.Target, d.Segments[0], "We will win 👨\u200d👩\u200d👧 together.", annotate.LabelQuote)
	add(annotate.Target, d.Segments[1], "🇫🇷 flag", annotate.LabelMISC)
	add(annotate.Target, d.Segments[1], "José\u0301", annotate.LabelPER)
	add(annotate.Target, d.Segments[1], "Berlin", annotate.LabelLOC)
	d = fresh(d)
	mustDo(t, d.Validate())
	return d
}
