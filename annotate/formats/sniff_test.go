package formats

import (
	"bytes"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestDoccanoRecognisedWhateverItsName: Glose's own doccano export (one record is one line, a whole
// JSON document too) is read as doccano under any name, as with --from doccano; it used to be read
// as Glose JSON and fail on "entities.id: expected a string, found a number".
func TestDoccanoRecognisedWhateverItsName(t *testing.T) {
	one := genDoc(t, 5) // accents, « », 😀, 👩‍👩‍👧, combining marks
	for _, c := range []struct {
		docs  []*annotate.Document
		names []string
	}{
		{[]*annotate.Document{one}, []string{"x.doccano", "x.json", "x.glose", "x.bak", "x", "/dev/stdin", "-"}},
		{[]*annotate.Document{one, genDoc(t, 6)}, []string{"x.doccano", "x.json", "x.bak"}},
	} {
		files, _, err := Write("doccano", c.docs, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want, _, err := Read("x", files[0].Data, ReadOptions{Format: "doccano"})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range c.names {
			got, _, err := Read(name, files[0].Data, ReadOptions{})
			if err != nil {
				t.Fatalf("%d records as %s: %v", len(c.docs), name, err)
			}
			if len(got) != len(want) || got[0].Text != want[0].Text || len(got[0].Spans) != len(want[0].Spans) {
				t.Errorf("%d records as %s: %d documents, %d spans; want %d, %d", len(c.docs), name, len(got), len(got[0].Spans), len(want), len(want[0].Spans))
			}
		}
	}
}

func TestSniffJSONShapes(t *testing.T) {
	gloseDoc, err := annotate.Marshal(genDoc(t, 7))
	if err != nil {
		t.Fatal(err)
	}
	corpus, _, err := Write("jsonl", []*annotate.Document{genDoc(t, 7), genDoc(t, 8)}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what, data, want string
	}{
		{"Glose JSON", string(gloseDoc), "glose"},
		{"a Glose corpus saved as .json", string(corpus[0].Data), "jsonl"},
		{"doccano label triples", `{"id": 1, "text": "Zoé « 👍🏽 » à Paris 🇫🇷", "label": [[12, 17, "LOC"]]}`, "doccano"},
		{"doccano entities", `{"id": 2, "text": "Zoé", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 3}], "relations": []}`, "doccano"},
		{"doccano without labels", `{"id": 3, "text": "Noe\u0308l à Paris."}`, "doccano"},
		{"doccano entities without text", `{"id": 4, "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 3}]}`, "doccano"},
		{"Label Studio task", `{"data": {"text": "Zoé"}}`, "labelstudio"},
		{"Glose JSON without its format", `{"id": "d", "source": {"lang": "fr", "text": "Zoé"}, "entities": [{"id": "e1", "type": "PER"}]}`, "glose"},
		{"Glose-shaped entities beside a text", `{"text": "Zoé", "entities": [{"id": "e1", "type": "PER"}]}`, "glose"},
		{"a format key", `{"format": "news", "text": "Zoé", "label": [[0, 3, "PER"]]}`, "glose"},
	} {
		if got := sniffContent([]byte(c.data)); got != c.want {
			t.Errorf("%s: sniffed %s, want %s", c.what, got, c.want)
		}
		f, err := detect("x.json", []byte(c.data), ReadOptions{})
		if err != nil || f.Name != c.want {
			t.Errorf("%s as x.json: detected %s (%v), want %s", c.what, f.Name, err, c.want)
		}
	}
}

// TestFailedReadNamesTheFormatThatReads: a file detected as one JSON format that another one reads
// says so, with the --from to use.
func TestFailedReadNamesTheFormatThatReads(t *testing.T) {
	// doccano keeps a project's extra columns as keys, and a column may be called "format".
	data := `{"id": 1, "text": "Zoé « 👍🏽 » à Paris 🇫🇷", "label": [[12, 17, "LOC"]], "format": "news"}`
	for _, name := range []string{"x.json", "x.jsonl", "x.bak"} {
		_, _, err := Read(name, []byte(data), ReadOptions{})
		if err == nil || !strings.Contains(err.Error(), "--from doccano") {
			t.Errorf("%s: error %v, want one that says --from doccano", name, err)
		}
	}
	if _, _, err := Read("x.json", []byte(`{"format": "glose/1", "id": 3}`), ReadOptions{}); err == nil || strings.Contains(err.Error(), "--from") {
		t.Errorf("a broken Glose file: error %v, want no --from hint", err)
	}
	if _, _, err := Read("x.json", bytes.Repeat([]byte("{"), 3), ReadOptions{}); err == nil || strings.Contains(err.Error(), "--from") {
		t.Errorf("broken JSON: error %v, want no --from hint", err)
	}
}
