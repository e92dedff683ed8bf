package annotate

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// equalDocs compares the serialisable content of two documents.
func equalDocs(t *testing.T, a, b *Document) {
	t.Helper()
	a.idx, b.idx = nil, nil
	a.srcOff, b.srcOff, a.srcOffText, b.srcOffText = nil, nil, "", ""
	norm := func(d *Document) Document {
		c := *d
		c.Spans = sortedByID(d.Spans, func(s *Span) string { return s.ID })
		c.Links = sortedByID(d.Links, func(l *Link) string { return l.ID })
		c.Entities = sortedByID(d.Entities, func(e *Entity) string { return e.ID })
		if d.Rejected != nil {
			c.Rejected = d.sortedRejections()
		}
		return c
	}
	if x, y := norm(a), norm(b); !reflect.DeepEqual(x, y) {
		ja, _ := Marshal(a)
		jb, _ := Marshal(b)
		t.Fatalf("documents differ:\n%s\nvs\n%s", ja, jb)
	}
}

func TestRoundTrip(t *testing.T) {
	d := testDoc(t)
	d.Labels = append(DefaultLabels(), Label{Name: "DATE", Color: "#aabbcc", Key: "d"})
	d.Meta = Meta{Origin: "x.txt", Created: time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC), Annotators: []string{"Zoé"}}
	rejectSome(t, d)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data, "rt.json")
	if err != nil {
		t.Fatal(err)
	}
	equalDocs(t, d, back)
	again, _ := Marshal(back)
	if !bytes.Equal(data, again) {
		t.Fatal("encoding is not deterministic across a round trip")
	}
	line, err := MarshalLine(back)
	if err != nil || bytes.ContainsRune(line, '\n') {
		t.Fatalf("MarshalLine: %v, contains newline: %v", err, bytes.ContainsRune(line, '\n'))
	}
	if _, err := Unmarshal(line, "line"); err != nil {
		t.Fatal(err)
	}
}

// TestJSONOffsetsAreCodePoints checks the exported offsets against Python-style indices.
func TestJSONOffsetsAreCodePoints(t *testing.T) {
	d := testDoc(t)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		Source   struct{ Text string }
		Segments []struct {
			ID     string
			Target string
		}
		Spans []struct {
			Side, Segment, Text string
			Start, End          int
		}
	}
	if err := json.Unmarshal(data, &w); err != nil {
		t.Fatal(err)
	}
	targets := map[string][]rune{}
	for _, s := range w.Segments {
		targets[s.ID] = []rune(s.Target)
	}
	src := []rune(w.Source.Text)
	for _, sp := range w.Spans {
		text := src
		if sp.Side == "target" {
			text = targets[sp.Segment]
		}
		if got := string(text[sp.Start:sp.End]); got != sp.Text {
			t.Errorf("span %q at code points [%d, %d) reads %q", sp.Text, sp.Start, sp.End, got)
		}
	}
	if len(w.Spans) != 6 {
		t.Fatalf("got %d spans, want 6", len(w.Spans))
	}
}

func TestGolden(t *testing.T) {
	d := testDoc(t)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "doc.golden.json")
	if *update {
		if err := os.WriteFile(golden, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("encoding changed; if intended, run go test -update and review testdata/doc.golden.json\n%s", data)
	}
	if _, err := ValidateJSON(want, golden); err != nil {
		t.Errorf("golden file does not validate: %v", err)
	}
}

// jsonEditor returns d in glose/1 and a function that replaces the first occurrence of old by new in
// it, failing the test when old is not there.
func jsonEditor(t *testing.T, d *Document) (good []byte, edit func(old, new string) []byte) {
	t.Helper()
	good, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return good, func(old, new string) []byte {
		if !bytes.Contains(good, []byte(old)) {
			t.Fatalf("test setup: %q not in the document", old)
		}
		return bytes.Replace(good, []byte(old), []byte(new), 1)
	}
}

func TestDecodeErrors(t *testing.T) {
	good, edit := jsonEditor(t, testDoc(t))
	tests := []struct {
		name string
		data []byte
		want []string // substrings of the message
	}{
		{"unknown major version", edit(`"glose/1"`, `"glose/2"`), []string{"bad.json", "format", "glose/2", "newer version of Glose", "reads \"glose/1\""}},
		{"not glose", []byte(`{"hello": 1}`), []string{"bad.json", "format", "not a Glose document"}},
		{"truncated", good[:len(good)/2], []string{"bad.json", "cut short"}},
		{"syntax", edit(`"title":`, `"title" `), []string{"bad.json", "line 5, column 12", "invalid JSON"}}, // the second quote: two spaces after "title"
		{"syntax, column of the bad character", []byte("{\n\"id\": x, \"t\": \"« é »\"}"), []string{"bad.json", "line 2, column 7", "invalid character 'x'"}},
		{"syntax after accents and emoji", []byte("{\"t\": \"« Déjà 😀 »\" x}"), []string{"line 1, column 20", "invalid character 'x'"}},
		{"not an object", []byte("[1, 2, 3]"), []string{"bad.json", "line 1, column 1", "expected a Glose document", "found an array"}},
		{"wrong type", edit(`"start": 0`, `"start": "0"`), []string{"bad.json", "line 16, column 16", "segments[0].start", "expected a whole number, found a string"}},
		{"offset out of range", edit(`"end": 63,`, `"end": 6300,`), []string{"bad.json", "segments[0]", "6300", "not inside source.text"}},
		{"text mismatch", edit(`"text": "Moscou"`, `"text": "Paris"`), []string{"bad.json", "spans[", ".text", `"Paris" does not match`, `"Moscou"`}},
		{"link to missing span", edit(`"to": "t2"`, `"to": "t99"`), []string{"bad.json", "links[0].to", `no span "t99"`}},
		{"mention of missing span", edit("\"mentions\": [\n        \"t2\"", "\"mentions\": [\n        \"t77\""), []string{"bad.json", "entities[0].mentions[0]", "t77"}},
		{"bad status", edit(`"status": "translated"`, `"status": "done"`), []string{"bad.json", "segments[0].status", `"done"`}},
		{"unknown label", edit(`"label": "LOC"`, `"label": "PLACE"`), []string{"bad.json", "spans[", `unknown label "PLACE"`}},
		{"two documents", append(append([]byte{}, good...), good...), []string{"bad.json", "one document per file"}},
		// Decoder.More is false before a ] or }: the stray brace after the document must still be seen
		{"stray closing brace after the document", append(append([]byte{}, good...), "\n}\"é"...), []string{"bad.json", "unexpected data after the document"}},
		{"stray closing bracket after an empty object", []byte("{}\n ]"), []string{"bad.json", "line 2, column 2", "unexpected data after the document"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal(tc.data, "bad.json")
			if err == nil {
				t.Fatal("accepted a bad document")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestValidateJSONSchema(t *testing.T) {
	good, _ := Marshal(testDoc(t))
	if _, err := ValidateJSON(good, "good.json"); err != nil {
		t.Fatalf("valid document refused: %v", err)
	}
	bad := bytes.Replace(good, []byte(`"origin": "auto"`), []byte(`"origin": "robot"`), 1)
	_, err := ValidateJSON(bad, "bad.json")
	if err == nil || !strings.Contains(err.Error(), "bad.json: spans[") || !strings.Contains(err.Error(), "origin") {
		t.Fatalf("schema error %v should name the file and spans[i].origin", err)
	}
	var schema map[string]any
	if err := json.Unmarshal(SchemaJSON(), &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
}

// A Latin-1 byte inside a JSON string used to become U+FFFD silently; every JSON reader refuses it,
// naming the file, the line and the byte offset in the file.
func TestJSONReadersRefuseInvalidUTF8(t *testing.T) {
	good, _ := Marshal(testDoc(t))
	at := bytes.Index(good, []byte("é"))
	bad := append(append(bytes.Clone(good[:at]), 0xe9), good[at+2:]...) // é in Latin-1
	line := bytes.Count(good[:at], []byte("\n")) + 1
	one, _ := MarshalLine(testDoc(t))
	corpus := append(append(bytes.Clone(one), '\n'), bytes.Replace(one, []byte("é"), []byte{0xe9}, 1)...)
	cl := bytes.IndexByte(corpus, 0xe9)
	for _, tc := range []struct {
		name string
		read func() error
		want string
	}{
		{"Unmarshal", func() error { _, err := Unmarshal(bad, "l1.json"); return err }, fmt.Sprintf("l1.json: line %d, byte offset %d: invalid UTF-8 (byte 0xe9)", line, at)},
		{"ValidateJSON", func() error { _, err := ValidateJSON(bad, "l1.json"); return err }, fmt.Sprintf("l1.json: line %d, byte offset %d: invalid UTF-8", line, at)},
		{"ValidateJSONLines", func() error { _, err := ValidateJSONLines(corpus, "l1.jsonl"); return err }, fmt.Sprintf("l1.jsonl: line 2, byte offset %d: invalid UTF-8", cl)},
	} {
		err := tc.read()
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "the file must be UTF-8") {
			t.Errorf("%s: error %v; want %q and what to do", tc.name, err, tc.want)
		}
	}
}

// JSON with a UTF-8 byte-order mark (Windows editors write one) or in UTF-16 with a mark is read.
func TestJSONReadersDecodeByteOrderMarks(t *testing.T) {
	good, _ := Marshal(testDoc(t))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(good)
	for name, data := range map[string][]byte{"UTF-8 mark": append([]byte("\uFEFF"), good...), "UTF-16LE": u16} {
		if _, err := Unmarshal(data, "bom.json"); err != nil {
			t.Errorf("%s: Unmarshal: %v", name, err)
		}
		if _, err := ValidateJSON(data, "bom.json"); err != nil {
			t.Errorf("%s: ValidateJSON: %v", name, err)
		}
	}
}

// Import must never write what validate refuses: whatever Unmarshal accepts, written back, passes the
// schema. A segment without kind is a sentence (the schema's default); an empty document ID is
// refused by both, as are language tags the schema's pattern refuses.
func TestImportWritesOnlyWhatValidateAccepts(t *testing.T) {
	_, edit := jsonEditor(t, testDoc(t))
	tests := []struct {
		name   string
		data   []byte
		accept bool
	}{
		{"segment without kind", edit(`"kind": "sentence",`, ``), true},
		{"segment with an empty kind", edit(`"kind": "sentence",`, `"kind": "",`), false},
		{"empty document ID", edit(`"id": "doc-1"`, `"id": ""`), false},
		{"language tag with an underscore", edit(`"lang": "en"`, `"lang": "en_US"`), false},
		{"private-use language tag", edit(`"lang": "en"`, `"lang": "x-piglatin"`), false},
		{"regional language tag", edit(`"lang": "en"`, `"lang": "en-GB"`), true},
	}
	for _, tc := range tests {
		d, err := Unmarshal(tc.data, "in.json")
		if (err == nil) != tc.accept {
			t.Errorf("%s: Unmarshal error %v, want accepted %v", tc.name, err, tc.accept)
		}
		if _, verr := ValidateJSON(tc.data, "in.json"); (verr == nil) != tc.accept {
			t.Errorf("%s: ValidateJSON error %v, want accepted %v", tc.name, verr, tc.accept)
		}
		if err != nil {
			continue
		}
		out, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ValidateJSON(out, "out.json"); err != nil {
			t.Errorf("%s: import wrote a document validate refuses: %v", tc.name, err)
		}
	}
}

// TestValidateJSONTrailingData: ValidateJSON, which reads with the schema library first, names data
// after the document and where it starts, as Unmarshal does, instead of calling the file cut short.
func TestValidateJSONTrailingData(t *testing.T) {
	good, _ := Marshal(testDoc(t))
	for _, c := range []struct {
		name string
		data string
		want []string
	}{
		{"stray bracket", "{} ]", []string{"bad.json: line 1, column 4", `"]"`, "after the document"}},
		{"stray brace", "{}}", []string{"line 1, column 3", `"}"`}},
		{"on a later line", "{}\n\n  x", []string{"line 3, column 3", `"x"`}},
		{"a second document", "{} {}", []string{"line 1, column 4", `"{}"`}},
		{"after accents, emoji and « »", "{\"t\": \"« é\u00a0» 😀 e\u0301\"} ]", []string{"line 1, column 21", `"]"`}},
		{"long, shortened", string(good) + "« Déjà vu », a-t-il dit, et encore bien d’autres choses", []string{`"« Déjà vu », a-t-il…"`}},
	} {
		_, err := ValidateJSON([]byte(c.data), "bad.json")
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		for _, w := range append(c.want, "unexpected data after the document") {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not mention %s", c.name, err, w)
			}
		}
		if strings.Contains(err.Error(), "cut short") {
			t.Errorf("%s: %q", c.name, err)
		}
	}
}
