package annotate

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// golden is the test document as Glose writes it.
func golden(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/doc.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// What encoding/json reads without a word but loses is refused, by Unmarshal (the app's open) and
// ValidateJSON (glose-cli validate) alike, naming the file, the JSON path, the line and the column:
// a key given twice kept only its last value, and a lone surrogate escape became U+FFFD.
func TestLossyJSONIsRefused(t *testing.T) {
	doc := golden(t)
	for _, c := range []struct {
		name, from, to string
		code           ErrorCode
		want           []string
	}{
		{"key twice", `"status": "translated"`, `"status": "translated", "status": "new"`, InvalidDuplicateKey,
			[]string{"doc.json: segments[0].status: ", `key "status" is given twice`, "line 21, column 31"}},
		{"lone high surrogate", `"title": "Test « doc »"`, `"title": "Test \ud83d doc"`, InvalidSurrogate,
			[]string{"doc.json: title: ", `\ud83d is half of a UTF-16 surrogate pair`, "line 5, column 18"}},
		{"lone low surrogate in a key", `"paragraph": 1,`, `"paragraph": 1, "x\ude00": 2,`, InvalidSurrogate,
			[]string{"doc.json: segments[1].(a key): ", `\ude00`}},
		{"key twice, escaped", `"id": "doc-1",`, `"id": "doc-1", "\u0069d": "doc-2",`, InvalidDuplicateKey,
			[]string{"doc.json: id: ", `key "id" is given twice`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(strings.Replace(doc, c.from, c.to, 1))
			for _, read := range []func([]byte, string) (*Document, error){Unmarshal, ValidateJSON} {
				_, err := read(data, "doc.json")
				var ve *ValidationError
				if !errors.As(err, &ve) || ve.Code != c.code {
					t.Fatalf("got %v, want a %s error", err, c.code)
				}
				for _, w := range c.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("%q does not say %q", err, w)
					}
				}
			}
		})
	}
}

// A pair of surrogate escapes is one character, and a key may appear once in each of two objects:
// neither is refused.
func TestLosslessJSONIsRead(t *testing.T) {
	data := strings.Replace(golden(t), `"title": "Test « doc »"`, `"title": "Test \ud83d\ude00 \"\\ud83d\" doc"`, 1)
	d, err := ValidateJSON([]byte(data), "doc.json")
	if err != nil {
		t.Fatal(err)
	}
	if want := `Test 😀 "\ud83d" doc`; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
}

// An object with more keys than are compared one by one still has its second "x" found.
func TestDuplicateKeyInABigObject(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"names": {`)
	for i := range 100 {
		b.WriteString(`"k` + strings.Repeat("a", i) + `": 1, `)
	}
	b.WriteString(`"ka": 2}}`)
	err := checkLossless("x.json", []byte(b.String()), 0)
	if err == nil || !strings.Contains(err.Error(), `names.ka: key "ka" is given twice`) {
		t.Errorf("got %v", err)
	}
}

// The line of a corpus is counted in the place said.
func TestLossyJSONLine(t *testing.T) {
	line := strings.ReplaceAll(golden(t), "\n", "")
	line = strings.Replace(line, `"id": "doc-1",`, `"id": "doc-1", "id": "doc-2",`, 1)
	_, err := ValidateJSONLines([]byte(line+"\n"+line+"\n"), "c.jsonl")
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Args["Line"] != 1 {
		t.Fatalf("got %v (%v)", err, ve)
	}
}

// Notes of one list sharing an ID, and a client's file for merge-back that is not XML, are warned of.
func TestIntegrityWarnings(t *testing.T) {
	d := testDoc(t)
	d.Segments[0].Notes = []Note{{ID: "n1", Text: "a"}, {ID: "n2", Text: "b"}, {ID: "n1", Text: "c"}}
	d.Notes = []Note{{ID: "n1", Text: "the document's own n1 is another list"}}
	d.Meta.Original = &Original{Format: OriginalXLIFF, Name: "client.xlf", Data: []byte("<xliff><file></xliff>")}
	var got []string
	for _, w := range d.Warnings() {
		if w.Code == WarnNoteID || w.Code == WarnOriginal {
			got = append(got, w.Path+": "+w.Msg)
		}
	}
	want := []string{`segments[0].notes[2].id: note ID "n1" is also the ID of segments[0].notes[0]`, "meta.original.text: the client's file kept for merge-back (client.xlf) is not well-formed XML"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("got %q, want %q…", got[i], want[i])
		}
	}
	d.Meta.Original.Data = []byte(`<?xml version="1.0"?><xliff version="2.0"><file id="f"/></xliff>`)
	d.Segments[0].Notes[2].ID = "n3"
	if w := d.IntegrityWarnings(); len(w) != 0 {
		t.Errorf("well-formed: %v", w[0])
	}
}

// BenchmarkCheckLossless4MB: the scan a document's load now makes, over 4 MB of Glose JSON.
func BenchmarkCheckLossless4MB(b *testing.B) {
	data, err := os.ReadFile("testdata/doc.golden.json")
	if err != nil {
		b.Fatal(err)
	}
	var big strings.Builder
	big.WriteString(`{"docs": [`)
	for big.Len() < 4<<20 {
		big.Write(data)
		big.WriteString(",\n")
	}
	big.Write(data)
	big.WriteString("]}")
	in := []byte(big.String())
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if err := checkLossless("big.json", in, 0); err != nil {
			b.Fatal(err)
		}
	}
}
