package formats

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// bigDoc builds a ~1 MB annotated document from the Wikinews texts and gold entities of
// ../shared/data/ner-wikinews-dev.jsonl (CC BY 2.5 / CC BY 4.0, WiNER-fr; see shared/data/README.md),
// joined into one article and read through the doccano importer; half the segments get a target.
func bigDoc(b *testing.B) *annotate.Document {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir(b, "data"), "ner-wikinews-dev.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	type ent struct {
		Label string `json:"label"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
	}
	var text strings.Builder
	var ents [][3]any
	for cp := 0; text.Len() < 1<<20; {
		_ = eachLine(data, func(_ int, line []byte) error {
			var r struct {
				Text     string `json:"text"`
				Entities []ent  `json:"entities"`
			}
			if json.Unmarshal(line, &r) != nil || text.Len() >= 1<<20 {
				return nil
			}
			if text.Len() > 0 {
				text.WriteString("\n\n")
				cp += 2
			}
			for _, e := range r.Entities {
				ents = append(ents, [3]any{cp + e.Start, cp + e.End, e.Label})
			}
			text.WriteString(r.Text)
			cp += len([]rune(r.Text))
			return nil
		})
	}
	rec, _ := json.Marshal(map[string]any{"id": "wikinews-1mb", "text": text.String(), "entities": ents})
	docs, _, err := Read("big.jsonl", rec, ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	d := docs[0]
	for i, s := range d.Segments {
		if i%2 == 0 {
			s.Target, s.Status = d.SourceText(s), annotate.StatusTranslated
		}
	}
	return d
}

func BenchmarkExport(b *testing.B) {
	d := bigDoc(b)
	docs := []*annotate.Document{d}
	for _, f := range All() {
		if !f.CanWrite() {
			continue
		}
		b.Run(f.Name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				if _, _, err := f.Write(exportable(f, docs, WriteOptions{})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkImport(b *testing.B) {
	d := bigDoc(b)
	for _, name := range []string{"glose", "jsonl", "doccano", "labelstudio", "brat", "xliff", "tmx"} {
		files, _, err := Write(name, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		byName := map[string][]byte{}
		main := files[0]
		for _, f := range files {
			byName[f.Name] = f.Data
			if f.Main || strings.HasSuffix(f.Name, ".ann") {
				main = f
			}
		}
		opts := ReadOptions{Format: name, Open: func(n string) ([]byte, error) {
			if b, ok := byName[filepath.Base(n)]; ok {
				return b, nil
			}
			return nil, fmt.Errorf("no %s", n)
		}}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				if _, _, err := Read(main.Name, main.Data, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
