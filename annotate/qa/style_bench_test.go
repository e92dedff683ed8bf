package qa

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// ntrex4MB is a 4 MB document of the NTREX-128 pairs (../shared/data, CC BY-SA 4.0) over and over:
// the French as source, one segment a sentence, the professional English as translation, with its
// straight quotes and apostrophes; every tenth French sentence holds an emoji, a symbol and an
// address too, which its English drops.
func ntrex4MB(b *testing.B) *annotate.Document {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "parallel-ntrex-en-fr.jsonl"))
	if err != nil {
		b.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	var pairs [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var p struct{ EN, FR string }
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			b.Fatal(err)
		}
		pairs = append(pairs, [2]string{strings.TrimSpace(p.FR), strings.TrimSpace(p.EN)})
	}
	var text strings.Builder
	var bounds [][2]int
	var targets []string
	for i := 0; text.Len() < 4<<20; i++ {
		p := pairs[i%len(pairs)]
		if i%10 == 0 {
			p[0] += " 😀 5\u00a0€ #Glose https://glose.example/a"
		}
		if i > 0 {
			text.WriteString("\n\n")
		}
		bounds = append(bounds, [2]int{text.Len(), text.Len() + len(p[0])})
		text.WriteString(p[0])
		targets = append(targets, p[1])
	}
	d := annotate.NewDocument("big", "big", text.String(), "fr", "en")
	for i, bd := range bounds {
		s := d.AddSegment(bd[0], bd[1], i, annotate.KindSentence)
		s.Target, s.Status = targets[i], annotate.StatusTranslated
	}
	return d
}

// onlyChecks is a configuration running the checks ids only.
func onlyChecks(ids ...string) Config {
	off := map[string]bool{}
	for _, c := range Checks() {
		off[c.ID] = !strings.Contains(strings.Join(ids, " "), c.ID)
	}
	return Config{Disabled: off}
}

// benchSegmentCheck runs one check on the 4 MB document as the app does after a pause in typing:
// "typed", one segment's English changed since the last run (the per-segment cache holds the others);
// "cold", the first run on the document (an empty cache); "none", runs without a cache.
func benchSegmentCheck(b *testing.B, id string) {
	d := ntrex4MB(b)
	cfg := onlyChecks(id)
	cfg.Cache = &Cache{}
	b.Run("typed", func(b *testing.B) {
		Run(d, cfg)
		s := d.Segments[len(d.Segments)/2]
		for i := range b.N {
			s.Target = fmt.Sprintf("He said \"%d\".", i)
			if len(Run(d, cfg)) == 0 {
				b.Fatal("no issue")
			}
		}
	})
	b.Run("cold", func(b *testing.B) {
		for range b.N {
			cfg.Cache = &Cache{}
			Run(d, cfg)
		}
	})
	b.Run("none", func(b *testing.B) {
		cfg.Cache = nil
		for range b.N {
			Run(d, cfg)
		}
	})
}

// BenchmarkQuoteStyle4MB: the quotation style check (46% of the English holds straight marks: the
// issues, some 12,000, are most of its time).
func BenchmarkQuoteStyle4MB(b *testing.B) {
	benchSegmentCheck(b, QuotationStyle)
}

// BenchmarkSymbolMissing4MB: the dropped-symbol check.
func BenchmarkSymbolMissing4MB(b *testing.B) {
	benchSegmentCheck(b, SymbolMissing)
}

// BenchmarkNumbers4MB is the number check on the document, for comparison: it keeps nothing between runs.
func BenchmarkNumbers4MB(b *testing.B) {
	d := ntrex4MB(b)
	cfg := onlyChecks(NumberMismatch)
	b.ResetTimer()
	for range b.N {
		Run(d, cfg)
	}
}

// BenchmarkQuoteFixesLongSegment: the fixes of one 160 KB English of ’ before words that no mark
// closes, and of 56 KB of « »: each ’ looks for a closing mark only closingReach bytes ahead, so the
// time grows with the length, not its square (before the bound: 21 s for the first, machine loaded).
func BenchmarkQuoteFixesLongSegment(b *testing.B) {
	for _, s := range []string{strings.Repeat(" ’word", 20000), strings.Repeat("«\u202fmot\u202f» ", 4000)} {
		b.Run(fmt.Sprint(len(s)), func(b *testing.B) {
			for range b.N {
				QuoteFixes(s, Curly)
			}
		})
	}
}

// BenchmarkSameAsSource4MB: the check of Englishes still French, which reads each segment's words
// (NTREX's copy "Il faut bien le faire." is its issue, repeated).
func BenchmarkSameAsSource4MB(b *testing.B) {
	benchSegmentCheck(b, SameAsSource)
}
