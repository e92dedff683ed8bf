package formats

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// TestCoNLLExportIsNotQuadratic: 8,000 short paragraphs with three names and a quote each (about 700 KB)
// export in 0.2 s; looking every span up for every segment took 26 s (and 231 s for 8,000 paragraphs of
// a pre-annotated text in the CLI).
func TestCoNLLExportIsNotQuadratic(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const para = "« Nous ne céderons rien 👍🏽 », a déclaré Emmanuel Macron à Paris, selon l'Élysée 🇫🇷."
	var text strings.Builder
	var starts []int
	for i := 0; i < 8_000; i++ {
		if i > 0 {
			text.WriteString("\n\n")
		}
		starts = append(starts, text.Len())
		text.WriteString(para)
	}
	d := annotate.NewDocument("big", "", text.String(), "fr", "en")
	for i, p := range starts {
		d.AddSegment(p, p+len(para), i, annotate.KindSentence)
		for _, name := range [][2]string{{"Emmanuel Macron", annotate.LabelPER}, {"Paris", annotate.LabelLOC}, {"Élysée", annotate.LabelORG}, {"« Nous ne céderons rien 👍🏽 »", annotate.LabelQuote}} {
			at := p + strings.Index(para, name[0])
			d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprint("t", len(d.Spans)+1), Side: annotate.Source, Start: at, End: at + len(name[0]), Label: name[1], Origin: annotate.Human, Confidence: 1})
		}
	}
	d = fresh(d)
	start := time.Now()
	files, _, err := Write("conll", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Fatalf("CoNLL export of %d bytes took %v", len(d.Text), el)
	}
	if want := "Emmanuel\tB-PER\nMacron\tI-PER\nà\tO\nParis\tB-LOC\n"; strings.Count(string(files[0].Data), want) != 8_000 {
		t.Fatalf("every paragraph should hold %q", want)
	}
}
