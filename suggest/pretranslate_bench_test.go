package suggest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/internal/shareddata"
	"github.com/glose-app/glose/suggest/tm"
)

// BenchmarkPretranslateMemory pre-translates from a memory of the ~2,000 NTREX pairs a document of
// as many sentences, each repeated twice (news reuses sentences), a third of them changed by a
// word so that the look-ups are fuzzy: what glose-cli pretranslate --mt none does on a long text.
func BenchmarkPretranslateMemory(b *testing.B) {
	pairs := shareddata.NTREX(b)
	ctx := context.Background()
	mem, err := tm.Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer mem.Close()
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tm.Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN}
	}
	if err := mem.AddBatch(ctx, units); err != nil {
		b.Fatal(err)
	}
	var segs []SegmentText
	for range 2 {
		for i, p := range pairs {
			src := p.FR
			if w := strings.Fields(src); i%3 == 0 && len(w) > 3 {
				w[len(w)/2] = "changé"
				src = strings.Join(w, " ")
			}
			segs = append(segs, SegmentText{Source: src, At: tm.Place{Origin: "d", Segment: fmt.Sprint(len(segs))}})
		}
	}
	e := &Engine{TM: mem, SourceLang: "fr", TargetLang: "en"}
	for b.Loop() {
		drafts, err := e.Pretranslate(ctx, segs, PretranslateOptions{NoMT: true})
		if err != nil || len(drafts) < len(segs)/2 {
			b.Fatalf("%d drafts, %v", len(drafts), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(segs)), "µs/segment")
}
