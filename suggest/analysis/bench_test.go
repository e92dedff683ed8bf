package analysis

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/internal/shareddata"
	"github.com/glose-app/glose/suggest/tm"
)

// BenchmarkDocument analyses a 4 MB article of about 26,000 segments: the ~2,000 NTREX sentences,
// then twelve copies of them each changed by one word (so most look-ups are fuzzy and few segments
// repeat), against a memory of the NTREX pairs; "words" leaves the memory out.
func BenchmarkDocument(b *testing.B) {
	pairs := shareddata.NTREX(b)
	ctx := context.Background()
	mem, err := tm.Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer mem.Close()
	units := make([]tm.Unit, len(pairs))
	var sentences []string
	for i, p := range pairs {
		units[i] = tm.Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN}
	}
	if err := mem.AddBatch(ctx, units); err != nil {
		b.Fatal(err)
	}
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
		name string
		mem  *tm.Memory
	}{{"memory", mem}, {"words", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				r, err := Document(ctx, d, Options{Memory: bc.mem})
				if err != nil || r.Total.Segments != len(d.Segments) {
					b.Fatalf("%v, %+v", err, r)
				}
			}
			b.ReportMetric(float64(len(d.Segments)), "segments")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(d.Segments)), "µs/segment")
		})
	}
}
