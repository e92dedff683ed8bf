package update

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
)

// BenchmarkUpdate4MB updates the QA's 4 MB article (Wikinews texts from the shared development data,
// as scripts/mkbig writes them, pre-annotated; some 32,000 segments) from its full XLIFF 2 export,
// returned with one translation in ten corrected: reading the file and matching it (read), then
// applying the changes with projection onto them as the app does (apply). Skipped without the data.
func BenchmarkUpdate4MB(b *testing.B) {
	d := translatedWikinews(b, 4<<20)
	var saved strings.Builder
	if err := annotate.Encode(&saved, d); err != nil {
		b.Fatal(err)
	}
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "returned.xlf")
	if err := os.WriteFile(path, correctEveryTenth(string(files[0].Data)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d segments, %d spans, a returned file of %d bytes", len(d.Segments), len(d.Spans), len(files[0].Data))
	fresh := func(b *testing.B) *annotate.Document {
		b.StopTimer()
		defer b.StartTimer()
		d, err := annotate.Unmarshal([]byte(saved.String()), "big")
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			p, _, err := ReadFile(d, path)
			if err != nil || len(p.Changes) == 0 {
				b.Fatalf("%v, %v", p, err)
			}
		}
	})
	b.Run("apply", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			d := fresh(b)
			p, _, err := ReadFile(d, path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Apply(annotate.NewEditor(d), p, Options{Project: &project.Options{}}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// translatedWikinews returns about size bytes of Wikinews texts, pre-annotated, each segment
// translated by a copy of its French (a stand-in for an English of the same length).
func translatedWikinews(b *testing.B, size int) *annotate.Document {
	b.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "ner-wikinews-train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("no Wikinews texts: %v", err)
	}
	defer f.Close()
	var text strings.Builder
	for text.Len() < size {
		if _, err := f.Seek(0, 0); err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() && text.Len() < size {
			var doc struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				b.Fatal(err)
			}
			text.WriteString(doc.Text + "\n\n")
		}
	}
	d := plaintext.Build("big.txt", text.String(), nil, plaintext.Options{})
	if err := preannotate.Run(d, preannotate.Options{MinConfidence: preannotate.DefaultMinConfidence}); err != nil {
		b.Fatal(err)
	}
	for _, seg := range d.Segments {
		seg.Target = d.SourceText(seg)
		seg.Status = annotate.StatusTranslated
	}
	return d
}

// correctEveryTenth changes the translation of one segment in ten of an XLIFF 2 file, as a reviewer
// would.
func correctEveryTenth(xliff string) []byte {
	parts := strings.Split(xliff, "<target>")
	for i := 10; i < len(parts); i += 10 {
		parts[i] = "Corrected: " + parts[i]
	}
	return []byte(strings.Join(parts, "<target>"))
}
