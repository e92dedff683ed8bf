package tm

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/internal/shareddata"
)

// syntheticUnits makes n units from the NTREX pairs: each a pair with one to three words replaced
// by words drawn from the whole corpus, so that many near-duplicates compete; and 200 queries,
// NTREX sentences with two words replaced.
func syntheticUnits(tb testing.TB, n int) ([]Unit, []string) {
	pairs := shareddata.NTREX(tb)
	v := shareddata.NewVariator(pairs)
	units := make([]Unit, 0, n)
	for _, p := range v.Variants(pairs, n) {
		units = append(units, Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN})
	}
	queries := make([]string, 200)
	for i := range queries {
		queries[i] = v.Vary(v.Pick(pairs).FR, 2)
	}
	return units, queries
}

// BenchmarkLookup100k measures a top-5 look-up, as the Proposals tab makes one, in a memory of
// 100,000 segments; building the memory reports the import rate (units/s).
func BenchmarkLookup100k(b *testing.B) { benchmarkLookup(b, 100_000) }

// BenchmarkLookup20k does so in a memory of 20,000 segments.
func BenchmarkLookup20k(b *testing.B) { benchmarkLookup(b, 20_000) }

func benchmarkLookup(b *testing.B, n int) {
	units, queries := syntheticUnits(b, n)
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

// BenchmarkReplaceAtPlaces20k measures undoing Fix all over a document of 20,000 confirmed segments:
// each segment's English, stored from its place in a memory holding them, is replaced by another
// (AddBatch, in bulk: a deletion and an insertion each), and then restored (Restore). The sentences
// are the NTREX pairs' variants, as in BenchmarkLookup20k (run with -benchtime=1x).
func BenchmarkReplaceAtPlaces20k(b *testing.B) {
	units, _ := syntheticUnits(b, 20_000)
	ctx := context.Background()
	m, err := Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	fixed := make([]Unit, len(units))
	for i := range units {
		units[i].Origin, units[i].Segment = "news.txt", fmt.Sprint("s", i)
		fixed[i] = units[i]
		fixed[i].Target = "“" + units[i].Target + "”"
	}
	if err := m.AddBatch(ctx, units); err != nil {
		b.Fatal(err)
	}
	benchmarkUndo(b, m, fixed)
}
