package formats

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// flattenNaive is flatten's rule written the plain way: candidates in flatten's order, each kept
// unless it overlaps one kept before.
func flattenNaive(spans []vspan, only func(string) bool) (kept, dropped []vspan) {
	var cand []vspan
	for _, s := range spans {
		if only == nil || only(s.Label) {
			cand = append(cand, s)
		} else {
			dropped = append(dropped, s)
		}
	}
	slices.SortStableFunc(cand, func(a, b vspan) int {
		if ea, eb := isEntityLabel(a.Label), isEntityLabel(b.Label); ea != eb {
			if ea {
				return -1
			}
			return 1
		}
		return (b.End - b.Start) - (a.End - a.Start)
	})
next:
	for _, s := range cand {
		for _, k := range kept {
			if k.Start < s.End && s.Start < k.End {
				dropped = append(dropped, s)
				continue next
			}
		}
		kept = append(kept, s)
	}
	slices.SortFunc(kept, func(a, b vspan) int { return a.Start - b.Start })
	return kept, dropped
}

func randomSpans(r *rand.Rand, n, textLen int) []vspan {
	labels := []string{annotate.LabelPER, annotate.LabelLOC, annotate.LabelQuote, annotate.LabelCue}
	spans := make([]vspan, n)
	for i := range spans {
		start := r.Intn(textLen - 1)
		end := start + 1 + r.Intn(min(40, textLen-start))
		spans[i] = vspan{Span: &annotate.Span{ID: fmt.Sprint("t", i), Label: labels[r.Intn(len(labels))]}, Start: start, End: end}
	}
	return spans
}

func spanIDs(spans []vspan) []string {
	ids := make([]string, len(spans))
	for i, s := range spans {
		ids[i] = s.ID
	}
	return ids
}

func TestFlattenKeepsTheGreedyChoice(t *testing.T) {
	for seed := int64(1); seed <= 200; seed++ {
		r := rand.New(rand.NewSource(seed))
		spans := randomSpans(r, 1+r.Intn(60), 20+r.Intn(300))
		for _, only := range []func(string) bool{nil, isEntityLabel} {
			kept, dropped := flatten(slices.Clone(spans), only)
			wantKept, wantDropped := flattenNaive(slices.Clone(spans), only)
			if !slices.Equal(spanIDs(kept), spanIDs(wantKept)) {
				t.Fatalf("seed %d: kept %v, want %v", seed, spanIDs(kept), spanIDs(wantKept))
			}
			got, want := spanIDs(dropped), spanIDs(wantDropped)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d: dropped %v, want %v", seed, got, want)
			}
		}
	}
}

// BenchmarkFlatten: 300,000 spans of every length (a 10 MB book); inserting each kept span into a
// sorted slice took 38 s, the Fenwick tree 0.4 s.
func BenchmarkFlatten(b *testing.B) {
	spans := randomSpans(rand.New(rand.NewSource(1)), 300_000, 10_000_000)
	b.ResetTimer()
	for range b.N {
		flatten(spans, nil)
	}
}

// TestCoNLLExportOfManyParagraphs: 8,000 short paragraphs with three names and a quote each (about
// 700 KB) are all tagged. Their export takes 0.2 s here; looking every span up for every segment took
// 26 s (and 231 s for 8,000 paragraphs of a pre-annotated text in the CLI): see BenchmarkExportCoNLL.
func TestCoNLLExportOfManyParagraphs(t *testing.T) {
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
	files, _, err := Write("conll", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Emmanuel\tB-PER\nMacron\tI-PER\nà\tO\nParis\tB-LOC\n"; strings.Count(string(files[0].Data), want) != 8_000 {
		t.Fatalf("every paragraph should hold %q", want)
	}
}

// A quotation of two sentences is written as two QUOTE spans, CoNLL having a sentence per segment:
// the export says so, once per document, instead of giving a reader two quotations where there was one.
func TestCoNLLSaysWhenASpanCrossesSentences(t *testing.T) {
	text := "«\u202fNous partirons 👍🏽. Tout est prêt\u202f», a dit Zoé. «\u202fOui\u202f», dit Noé."
	d := annotate.NewDocument("q1", "", text, "fr", "en")
	second := strings.Index(text, "Tout")
	third := strings.Index(text, "«\u202fOui")
	d.AddSegment(0, second-1, 0, annotate.KindSentence)
	d.AddSegment(second, third-1, 0, annotate.KindSentence)
	d.AddSegment(third, len(text), 0, annotate.KindSentence)
	quote := func(s string) {
		i := strings.Index(text, s)
		d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprint("t", len(d.Spans)+1), Side: annotate.Source,
			Start: i, End: i + len(s), Label: annotate.LabelQuote, Origin: annotate.Human, Confidence: 1})
	}
	quote("«\u202fNous partirons 👍🏽. Tout est prêt\u202f»")
	quote("«\u202fOui\u202f»")
	d = fresh(d)
	files, warns, err := Write("conll", []*annotate.Document{d}, WriteOptions{Labels: []string{annotate.LabelQuote}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(files[0].Data), "B-QUOTE"); got != 3 {
		t.Fatalf("%d B-QUOTE tags, want 3 (two sentences of the first quotation, then the second):\n%s", got, files[0].Data)
	}
	var split []Warning
	for _, w := range warns {
		if w.Code == WarnSplitBySentences {
			split = append(split, w)
		}
	}
	if len(split) != 1 || split[0].Args["N"] != 1 || split[0].Args["Label"] != annotate.LabelQuote ||
		!strings.Contains(split[0].Msg, "1 span crosses a sentence break") {
		t.Errorf("warnings %v, want one %s about 1 QUOTE", warns, WarnSplitBySentences)
	}
}

// A span that starts with white space (a selection in doccano's browser often takes the space before
// the word) begins at its first token, B-: it gave I- after O, which no IOB2 reader accepts.
func TestCoNLLSpanStartingWithSpaceIsIOB2(t *testing.T) {
	text := "Je vais à  Paris 👍🏽 avec\u202fAnne Hidalgo et «\u202fOui\u202f»."
	d := annotate.NewDocument("sp", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	add := func(s, label string) {
		i := strings.Index(text, s)
		d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprint("t", len(d.Spans)+1), Side: annotate.Source,
			Start: i, End: i + len(s), Label: label, Origin: annotate.Human, Confidence: 1})
	}
	add("  Paris", annotate.LabelLOC)
	add("\u202fAnne Hidalgo", annotate.LabelPER)
	add(" «\u202fOui", annotate.LabelQuote)
	d = fresh(d)
	files, _, err := Write("conll", []*annotate.Document{d}, WriteOptions{Labels: []string{annotate.LabelLOC, annotate.LabelPER, annotate.LabelQuote}})
	mustDo(t, err)
	want := "Paris\tB-LOC\n👍🏽\tO\navec\tO\nAnne\tB-PER\nHidalgo\tI-PER\net\tO\n«\tB-QUOTE\nOui\tI-QUOTE\n»\tO\n"
	if got := string(files[0].Data); !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant it to hold\n%s", got, want)
	}
}
