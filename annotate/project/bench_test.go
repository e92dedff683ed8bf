package project_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/project"
)

// bigDoc repeats the translated sample with its gold source spans until the source reaches about size
// bytes.
func bigDoc(b *testing.B, size int) *annotate.Document {
	b.Helper()
	text, err := os.ReadFile(filepath.Join(repoRoot(b), "assets", "sample-article.fr.txt"))
	if err != nil {
		b.Fatal(err)
	}
	one := strings.TrimSpace(string(text)) + "\n\n"
	copies := size/len(one) + 1
	var pairs []pair
	readJSON(b, "testdata/sample-article.en.json", &pairs)
	var golds []goldSpan
	readJSON(b, "testdata/sample-gold.json", &golds)
	d := plaintext.Build("big.txt", strings.Repeat(one, copies), nil, plaintext.Options{})
	if len(d.Segments) != copies*len(pairs) {
		b.Fatalf("%d segments, want %d", len(d.Segments), copies*len(pairs))
	}
	n := 0
	for c := range copies {
		for i, p := range pairs {
			d.Segments[c*len(pairs)+i].Target = p.EN
		}
		for _, g := range golds {
			seg := d.Segments[c*len(pairs)+d.SegmentIndex(g.Seg)%len(pairs)]
			a := nth(d.Text, g.FR, seg.Start, g.N)
			n++
			d.Spans = append(d.Spans, &annotate.Span{ID: "t" + itoa(n), Side: annotate.Source, Start: a, End: a + len(g.FR),
				Label: g.Label, Origin: annotate.Human, Confidence: 1})
		}
	}
	return d
}

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		if n /= 10; n == 0 {
			return string(buf[i:])
		}
	}
}

func benchDocument(b *testing.B, opts project.Options) {
	d0 := bigDoc(b, 1<<20)
	data, err := annotate.Marshal(d0)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d0.Text)))
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		d, err := annotate.Unmarshal(data, "big")
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if n, err := project.Document(annotate.NewEditor(d), opts); err != nil || n == 0 {
			b.Fatalf("%d, %v", n, err)
		}
	}
}

// BenchmarkDocument projects a 1 MB translated document (the sample repeated) with entities.
func BenchmarkDocument(b *testing.B) { benchDocument(b, project.Options{}) }

// BenchmarkDocumentNoEntities is the same without filing mentions under entities.
func BenchmarkDocumentNoEntities(b *testing.B) { benchDocument(b, project.Options{NoEntities: true}) }
