package formats

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBadInputGivesClearErrors(t *testing.T) {
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff version="2.1"><file id="f"><unit id="u"><segment><source>&lol3;</source></segment></unit></file></xliff>`
	cases := []struct {
		name, data string
		want       []string
	}{
		{"cut.xlf", `<?xml version="1.0"?>` + "\n<xliff version=\"2.1\" srcLang=\"fr\">\n<file id=\"f1\"><unit id=\"u1\"><segment><source>Le caf", []string{"cut.xlf", "line 3", "cut short"}},
		{"cut.tmx", "<tmx version=\"1.4\"><header srclang=\"fr\"/><body><tu><tuv xml:lang=\"fr\"><seg>a</seg>", []string{"cut.tmx", "line 1", "cut short"}},
		{"laughs.xlf", laughs, []string{"laughs.xlf", "line 2", "entities"}},
		{"undeclared.tmx", "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>&lol9;</seg></tuv></tu></body></tmx>", []string{"undeclared.tmx", "line 1", "entity"}},
		{"range.jsonl", `{"text": "Le café", "entities": [{"id": 1, "label": "PER", "start_offset": 3, "end_offset": 40}], "relations": []}`, []string{"range.jsonl: line 1", "entities[0]", "[3, 40)", "outside the text (7 Unicode code points)"}},
		{"inside.jsonl", `{"text": "😀 x", "entities": [[1, 5, "PER"]]}`, []string{"inside.jsonl: line 1", "entities[0]", "outside the text"}},
		{"surrogate.jsonl", `{"text": "😀 x", "entities": [[1, 3, "PER"]]}`, []string{"surrogate.jsonl: line 1", "inside a character"}},
		// doccano's sequence-labelling export holds its triples under "label": the error names that key.
		{"label.jsonl", `{"id": 4, "text": "Zoé à Paris", "label": [[0, 3, "PER"], [6, 40, "LOC"]], "Comments": []}`, []string{"label.jsonl: line 1: label[1]", "[6, 40)", "outside the text (11 Unicode code points)"}},
		{"bad.json", `[{"data": {"text": "abc"}, "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": 2, "end": 9, "labels": ["PER"]}}]}]}]`, []string{"bad.json: task 1: annotation 1 result[0]", "[2, 9)"}},
		{"broken.json", `{"format": "glose/1", "id": `, []string{"broken.json"}},
		{"dup.jsonl", `{"text": "« Non », dit Zoé 😀 à Paris.", "entities": [{"id": 1, "label": "PER", "start_offset": 13, "end_offset": 16}, {"id": 1, "label": "LOC", "start_offset": 21, "end_offset": 26}], "relations": [{"id": 1, "from_id": 1, "to_id": 1, "type": "speaker"}]}`,
			[]string{"dup.jsonl: line 1", "two spans have the ID 1", `PER "Zoé"`, `LOC "Paris"`}},
		{"notxliff.xlf", `<html><body>x</body></html>`, []string{"notxliff.xlf", "not <xliff>"}},
		{"v3.xlf", `<xliff version="3.0"></xliff>`, []string{"v3.xlf", "version \"3.0\""}},
	}
	for _, c := range cases {
		opts := ReadOptions{}
		if c.name == "surrogate.jsonl" {
			opts.Unit = "utf16"
		}
		_, _, err := Read(c.name, []byte(c.data), opts)
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Fatalf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
}

func TestHugeFileRefusedBeforeReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // sparse: no disk used
		t.Skip("sparse files not supported here")
	}
	f.Close()
	_, _, err = ReadFile(p, ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "huge.jsonl") || !strings.Contains(err.Error(), "1024 MB, more than Glose imports (256 MB)") {
		t.Fatalf("got %v", err)
	}
}

func TestUnknownLabelsJoinTheSchema(t *testing.T) {
	data := `{"id": "d1", "text": "Le Tour de France passe à Pau.", "entities": [{"id": 1, "label": "EVENT", "start_offset": 3, "end_offset": 17}, {"id": 2, "label": "LOC", "start_offset": 26, "end_offset": 29}], "relations": []}`
	docs, _, err := Read("x.jsonl", []byte(data), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	l, ok := d.Label("EVENT")
	if !ok || !strings.HasPrefix(l.Color, "#") {
		t.Fatalf("EVENT not in the schema: %+v", d.Labels)
	}
	if _, ok := d.Label("PER"); !ok || len(d.Labels) != 7 {
		t.Fatalf("default labels lost: %+v", d.Labels)
	}
}

// TestImportNormalisesCombiningMarks: a foreign file with "e" + U+0301 becomes NFC and spans follow.
func TestImportNormalisesCombiningMarks(t *testing.T) {
	data := "{\"text\": \"Le cafe\u0301 « Élysée » x\u0301 😀 fin\", \"entities\": [[3, 8, \"ORG\"], [9, 19, \"QUOTE\"], [23, 24, \"MISC\"], [25, 28, \"LOC\"]]}"
	docs, _, err := Read("c.jsonl", []byte(data), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	var got []string
	for _, sp := range d.Spans {
		got = append(got, d.SpanText(sp))
	}
	want := []string{"café", "« Élysée »", "😀", "fin"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if _, _, err := Read("split.jsonl", []byte("{\"text\": \"cafe\u0301\", \"entities\": [[0, 4, \"ORG\"]]}"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "combining") {
		t.Fatalf("a span ending between e and its accent: %v", err)
	}
}

// A span edge between a letter and its combining mark is refused whether or not NFC composes them
// ("q" + U+0307 has no precomposed form, and was accepted), and the error names the entity, its label
// and its offsets in the file's unit.
func TestImportRefusesSplitCharacters(t *testing.T) {
	cases := []struct {
		name, data, unit string
		want             []string
	}{
		{"q.jsonl", `{"id": 1, "text": "Le mot q\u0307a est ici.", "entities": [{"id": 7, "label": "MISC", "start_offset": 7, "end_offset": 8}]}`, "",
			[]string{"q.jsonl: line 1: entity 7 (MISC) at [7, 8) (Unicode code points)", "its end falls between 'q' and the combining mark U+0307"}},
		{"e.jsonl", "{\"text\": \"« Ok »\"}\n" + `{"id": 2, "text": "😀 « Élyse\u0301e »", "entities": [[3, 8, "LOC"], [10, 12, "MISC"]]}`, "utf16",
			[]string{"e.jsonl: line 2: span 2 (MISC) at [10, 12) (UTF-16 code units)", "its start falls between 'e' and the combining mark U+0301"}},
		{"vs.jsonl", `{"text": "Vu \u2764\ufe0f à Paris", "entities": [{"id": 3, "label": "MISC", "start_offset": 3, "end_offset": 4}]}`, "",
			[]string{"entity 3 (MISC) at [3, 4)", "U+FE0F"}},
	}
	for _, c := range cases {
		_, _, err := Read(c.name, []byte(c.data), ReadOptions{Unit: c.unit})
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
}

// JSON errors used to name Go types ("Go value of type formats.doccanoIn", "expected
// annotate.wireDoc") or the wrong field; they say the file, line and column, and what was expected.
func TestJSONErrorsSayWhatWasExpected(t *testing.T) {
	ls := `[{"data": {"text": "Emmanuel Macron à « Paris »"}, "annotations": []}]`
	cases := []struct {
		name, data, from string
		want             []string
	}{
		{"notext.jsonl", `{"id": 1, "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 15}]}`, "", []string{"notext.jsonl: line 1", `no "text"`, "doccano record"}},
		{"arr.jsonl", "[1, 2, 3]\n[4]", "", []string{"arr.jsonl: line 1, column 1", "expected a Glose document", "found an array"}},
		{"ls.json", ls, "doccano", []string{"ls.json: line 1, column 1", "expected a doccano record", "found an array", "--from labelstudio"}},
		{"type.jsonl", `{"text": "café 😀", "entities": [{"id": 1, "label": "PER", "start_offset": "0", "end_offset": 4}]}`, "", []string{"type.jsonl: line 1, column 75", "start_offset: expected a whole number, found a string"}},
		{"col.json", `{"format": "glose/1", "id": x}`, "", []string{"col.json: line 1, column 29", "invalid character 'x'"}},
		{"lstype.json", `[{"data": {"text": "Zoé à « Paris » 😀"}, "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": "8", "end": 15, "labels": ["LOC"]}}]}]}]`, "",
			[]string{"lstype.json: line 1, column 119", "value.start: expected a whole number, found a string"}},
		{"lscut.json", `[{"data": {"text": "Zoé`, "", []string{"lscut.json: line 1", "cut short", "list of Label Studio tasks"}},
	}
	for _, c := range cases {
		_, _, err := Read(c.name, []byte(c.data), ReadOptions{Format: c.from})
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
		if strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "annotate.") || strings.Contains(err.Error(), "formats.") {
			t.Errorf("%s: error %q names Go internals", c.name, err)
		}
	}
}

// A text file read as TMX used to be "empty"; a character reference to a control character was
// placed by its offset in the extracted text, not in the file.
func TestXMLAndHTMLErrorsPointIntoTheFile(t *testing.T) {
	page := `<html><body><article><p>« Bonjour » à Paris, un long texte.</p><p>Encore &#1; ici.</p></article></body></html>`
	cases := []struct {
		name, data, from string
		want             []string
	}{
		{"a.txt", "\n« Emmanuel Macron » est à Paris.\n", "tmx", []string{"a.txt: line 2: not XML", "« Emmanuel Macron »", "<tmx>"}},
		{"empty.xlf", " \n", "", []string{"empty.xlf: the file is empty", "<xliff>"}},
		{"c.html", page, "", []string{fmt.Sprintf("c.html: line 1, byte offset %d:", strings.Index(page, "&#1;")), "&#1;", "U+0001"}},
	}
	for _, c := range cases {
		_, _, err := Read(c.name, []byte(c.data), ReadOptions{Format: c.from})
		if err == nil {
			t.Fatalf("%s: no error", c.name)
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
}
