package formats

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// foreignText is an article as the annotation tools hold it: CRLF line ends, « » with no-break
// spaces, an emoji and a flag outside the BMP, and "café" written e + U+0301.
const foreignText = "Le président Emmanuel Macron a déclaré\u00a0: «\u00a0Nous irons à Montréal 😀 boire un cafe\u0301.\u00a0»\r\n" +
	"Selon l'AFP, Zoë Dupré a répondu\u00a0: «\u00a0Non\u00a0! 🇫🇷\u00a0»\r\n"

// foreignSpans are the spans of foreignText (label, text) and its relations (from, to: indices).
var (
	foreignSpans = [][2]string{{"PER", "Emmanuel Macron"}, {"QUOTE", "«\u00a0Nous irons à Montréal 😀 boire un cafe\u0301.\u00a0»"},
		{"LOC", "Montréal"}, {"ORG", "AFP"}, {"PER", "Zoë Dupré"}, {"QUOTE", "«\u00a0Non\u00a0! 🇫🇷\u00a0»"}, {"CUE", "déclaré"}, {"CUE", "répondu"}}
	foreignLinks = []struct {
		from, to int
		typ      string
	}{{1, 0, "speaker"}, {5, 4, "speaker"}, {1, 6, "cue"}, {5, 7, "cue"}}
)

// foreignAt is where s starts and ends in foreignText, in code points or UTF-16 code units.
func foreignAt(s string, units annotate.Unit) (int, int) {
	i := strings.Index(foreignText, s)
	count := func(t string) int {
		if units == annotate.UTF16 {
			return len(utf16.Encode([]rune(t)))
		}
		return len([]rune(t))
	}
	return count(foreignText[:i]), count(foreignText[:i+len(s)])
}

// foreignFiles writes foreignText and its annotations as doccano (in code points and in UTF-16, as its
// browser counts), Label Studio's JSON export and a brat collection write them.
func foreignFiles(t *testing.T) map[string]map[string][]byte {
	t.Helper()
	out := map[string]map[string][]byte{}
	for _, u := range []annotate.Unit{annotate.CodePoints, annotate.UTF16} {
		var ents, rels []map[string]any
		for i, s := range foreignSpans {
			a, b := foreignAt(s[1], u)
			ents = append(ents, map[string]any{"id": 100 + i, "label": s[0], "start_offset": a, "end_offset": b})
		}
		for i, l := range foreignLinks {
			rels = append(rels, map[string]any{"id": 200 + i, "from_id": 100 + l.from, "to_id": 100 + l.to, "type": l.typ})
		}
		rec, _ := json.Marshal(map[string]any{"id": 17, "text": foreignText, "entities": ents, "relations": rels, "Comments": []any{}})
		out["doccano-"+u.String()+".jsonl"] = map[string][]byte{"": append(rec, '\n')}
	}
	var res []map[string]any
	for i, s := range foreignSpans {
		a, b := foreignAt(s[1], annotate.CodePoints)
		res = append(res, map[string]any{"id": fmt.Sprint("r", i), "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
			"value": map[string]any{"start": a, "end": b, "text": s[1], "labels": []string{s[0]}}})
	}
	for _, l := range foreignLinks { // drawn from the speaker or verb to the quote, as "left"
		res = append(res, map[string]any{"from_id": fmt.Sprint("r", l.to), "to_id": fmt.Sprint("r", l.from), "type": "relation", "direction": "left", "labels": []string{l.typ}})
	}
	tasks, _ := json.Marshal([]any{map[string]any{"id": 42, "data": map[string]any{"text": foreignText},
		"annotations": []any{map[string]any{"id": 7, "completed_by": 1, "was_cancelled": false, "result": res}}}})
	out["labelstudio.json"] = map[string][]byte{"": tasks}
	var ann strings.Builder
	for i, s := range foreignSpans {
		a, b := foreignAt(s[1], annotate.CodePoints)
		fmt.Fprintf(&ann, "T%d\t%s %d %d\t%s\r\n", i+1, s[0], a+1, b+1, s[1]) // +1: the byte-order mark, a character to brat
	}
	for i, l := range foreignLinks {
		fmt.Fprintf(&ann, "R%d\t%s Arg1:T%d Arg2:T%d\t\r\n", i+1, l.typ, l.from+1, l.to+1)
	}
	out["doc.ann"] = map[string][]byte{"": []byte(ann.String()), "doc.txt": []byte("\uFEFF" + foreignText)}
	return out
}

// TestForeignFilesThroughEveryFormat: files made as doccano, Label Studio and brat make them come
// through Glose, and through every other span format and back, with each span and relation on the
// same characters (the text NFC with LF line ends, as every import makes it).
func TestForeignFilesThroughEveryFormat(t *testing.T) {
	want := func() (spans, links []string) {
		for _, s := range foreignSpans {
			spans = append(spans, s[0]+" "+norm.NFC.String(s[1]))
		}
		for _, l := range foreignLinks {
			links = append(links, l.typ+" "+norm.NFC.String(foreignSpans[l.from][1])+" → "+norm.NFC.String(foreignSpans[l.to][1]))
		}
		slices.Sort(spans)
		slices.Sort(links)
		return spans, links
	}
	wantSpans, wantLinks := want()
	check := func(what string, d *annotate.Document, links bool) {
		t.Helper()
		if d.Text != norm.NFC.String(strings.ReplaceAll(foreignText, "\r\n", "\n")) {
			t.Fatalf("%s: text %q", what, d.Text)
		}
		var spans, ls []string
		for _, sp := range d.Spans {
			spans = append(spans, sp.Label+" "+d.SpanText(sp))
		}
		for _, l := range d.Links {
			ls = append(ls, l.Type+" "+d.SpanText(d.Span(l.From))+" → "+d.SpanText(d.Span(l.To)))
		}
		slices.Sort(spans)
		slices.Sort(ls)
		if !slices.Equal(spans, wantSpans) || links && !slices.Equal(ls, wantLinks) {
			t.Errorf("%s:\n spans %q\n want  %q\n links %q\n want  %q", what, spans, wantSpans, ls, wantLinks)
		}
	}
	for name, files := range foreignFiles(t) {
		docs, _, err := Read(name, files[""], ReadOptions{Open: func(n string) ([]byte, error) {
			if b, ok := files[n[strings.LastIndex(n, "/")+1:]]; ok {
				return b, nil
			}
			return nil, fmt.Errorf("no file %s", n)
		}})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		check(name, docs[0], true)
		for _, f := range []string{"glose", "jsonl", "doccano", "labelstudio", "brat", "spacy", "xliff", "xliff12"} {
			for _, unit := range []string{"", "utf16"} {
				if unit != "" && f != "doccano" && f != "labelstudio" {
					continue
				}
				back := exportImport(t, f, docs[0], WriteOptions{Unit: unit}, ReadOptions{Unit: unit})
				check(name+" → "+f+unit, back[0], f != "spacy" && !strings.HasPrefix(f, "xliff"))
			}
		}
	}
}
