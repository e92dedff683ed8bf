package tm

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/internal/shareddata"
	"github.com/glose-app/glose/suggest/token"
)

// syntheticUnits makes n units from the NTREX pairs: each a pair with one to three words replaced
// by words drawn from the whole corpus, so that many near-duplicates compete.
func syntheticUnits(tb testing.TB, n int) ([]Unit, []string) {
	pairs := shareddata.NTREX(tb)
	rng := rand.New(rand.NewPCG(1, 2))
	var vocab []string
	for _, p := range pairs {
		for _, t := range token.Tokenize(p.FR) {
			if t.Kind == token.Word {
				vocab = append(vocab, t.Text)
			}
		}
	}
	units := make([]Unit, 0, n)
	for i := 0; len(units) < n; i++ {
		p := pairs[i%len(pairs)]
		src := p.FR
		if i >= len(pairs) {
			src = mutate(rng, src, vocab, 1+rng.IntN(3))
		}
		units = append(units, Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: p.EN})
	}
	queries := make([]string, 200)
	for i := range queries {
		queries[i] = mutate(rng, pairs[rng.IntN(len(pairs))].FR, vocab, 2)
	}
	return units, queries
}

func mutate(rng *rand.Rand, s string, vocab []string, k int) string {
	words := strings.Fields(s)
	for range k {
		words[rng.IntN(len(words))] = vocab[rng.IntN(len(vocab))]
	}
	return strings.Join(words, " ")
}

// BenchmarkLookup100k measures a top-5 look-up in a memory of 100,000 segments; building the
// memory reports the import rate (units/s).
func BenchmarkLookup100k(b *testing.B) {
	units, queries := syntheticUnits(b, 100_000)
	m, err := Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < len(units); i += 5000 {
		if err := m.AddBatch(ctx, units[i:min(i+5000, len(units))]); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("imported %d units in %v: %.0f units/s", len(units), time.Since(start).Round(time.Millisecond),
		float64(len(units))/time.Since(start).Seconds())
	i := 0
	lookups := 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := m.Lookup(ctx, Query{Text: queries[i%len(queries)], SourceLang: "fr", TargetLang: "en"}); err != nil {
			b.Fatal(err)
		}
		i++
		lookups++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(lookups), "ms/lookup")
}
