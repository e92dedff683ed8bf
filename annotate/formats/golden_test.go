package formats

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenExports pins the exact output of every writer for one generated document (both sides) and
// the warnings each gives, so that format changes are seen in review.
func TestGoldenExports(t *testing.T) {
	d := genDoc(t, 3)
	for _, f := range All() {
		if !f.CanWrite() {
			continue
		}
		opts := WriteOptions{Side: BothSides}
		if f.Name == "tmx" {
			opts.Paragraphs = true
		}
		docs, opts := exportable(f, []*annotate.Document{d}, opts)
		files, warns, err := f.Write(docs, opts)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		var b bytes.Buffer
		for _, fl := range files {
			b.WriteString("=== " + fl.Name + "\n")
			b.Write(fl.Data)
		}
		b.WriteString("=== warnings\n")
		for _, w := range warns {
			b.WriteString(w.String() + "\n")
		}
		p := filepath.Join("testdata", "golden", f.Name+".txt")
		if *update {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(want, b.Bytes()) {
			t.Fatalf("%s: output differs from %s (run go test -update and review the diff)", f.Name, p)
		}
	}
}

func TestAllFormatsListed(t *testing.T) {
	want := "glose jsonl doccano labelstudio spacy brat conll w3c xliff xliff12 tmx text markdown html docx odt quotes-csv"
	var got []string
	for _, f := range All() {
		if f.Title == "" || len(f.Extensions) == 0 || f.Offsets == "" || f.Description == "" {
			t.Fatalf("%s: incomplete description", f.Name)
		}
		got = append(got, f.Name)
	}
	if strings.Join(got, " ") != want {
		t.Fatalf("got %q", got)
	}
	if _, ok := Lookup("nope"); ok {
		t.Fatal("Lookup found an unknown format")
	}
	if _, _, err := Write("nope", nil, WriteOptions{}); err == nil || !strings.Contains(err.Error(), "doccano") {
		t.Fatalf("unknown format: %v", err)
	}
}
