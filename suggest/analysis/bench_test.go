package analysis

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/internal/cputime"
	"github.com/glose-app/glose/suggest/internal/shareddata"
	"github.com/glose-app/glose/suggest/tm"
)

// BenchmarkDocument analyses a 4 MB article of about 26,000 segments: the ~2,000 NTREX sentences,
// then twelve copies of them each changed by one word (so most look-ups are fuzzy and few segments
// repeat), against a memory of the NTREX pairs ("memory"), of 20,000 pairs, the NTREX ones and
// copies of them each with one to three words replaced ("memory20k"); "words" leaves the memory out.
func BenchmarkDocument(b *testing.B) {
	pairs := shareddata.NTREX(b)
	var sentences []string
	for c := range 13 {
		for i, p := range pairs {
			src := strings.Join(strings.Fields(p.FR), " ")
			if w := strings.Fields(src); c > 0 && len(w) > 3 {
				w[(c*3+i)%len(w)] = "changé"
				src = strings.Join(w, " ")
			}
			sentences = append(sentences, src)
		}
	}
	d := testDoc("bench", sentences...)
	for _, bc := range []struct {
		name  string
		units int
	}{{"memory", len(pairs)}, {"memory20k", 20_000}, {"words", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			var mem *tm.Memory
			if bc.units > 0 {
				mem = benchMemory(b, shareddata.NewVariator(pairs).Variants(pairs, bc.units))
			}
			b.SetBytes(int64(len(d.Text)))
			b.ResetTimer()
			cpu := cputime.Used()
			for b.Loop() {
				r, err := Document(context.Background(), d, Options{Memory: mem})
				if err != nil || r.Total.Segments != len(d.Segments) {
					b.Fatalf("%v, %+v", err, r)
				}
			}
			b.ReportMetric(float64(len(d.Segments)), "segments")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(d.Segments)), "µs/segment")
			// The process's CPU time tells more than the wall clock on a machine others load.
			b.ReportMetric((cputime.Used()-cpu).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// benchMemory returns a memory of the pairs, closed with b.
func benchMemory(b *testing.B, pairs []shareddata.Pair) *tm.Memory {
	mem, err := tm.Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { mem.Close() })
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tm.Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN}
	}
	for i := 0; i < len(units); i += 5000 {
		if err := mem.AddBatch(context.Background(), units[i:min(i+5000, len(units))]); err != nil {
			b.Fatal(err)
		}
	}
	return mem
}
