package tm

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestRestoreRandomRuns: runs of stores over many segments, each its own French, drawn at random
// over what the memory held of it (nothing, an English from the segment or from its document
// before segments were recorded, the same pair imported or from another document), stored in
// batches small or bulk, then restored all at once, small or bulk, leave the memory exactly as it
// was, its indexes sound and the terms' frequencies those of the index.
func TestRestoreRandomRuns(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(17, 2026))
	tgts := []string{"The Welsh Parliament voted “yes” 👍🏽.", "Summer is hot.", "It rains on the Élysée.", "Nothing."}
	base := time.UnixMilli(1_700_000_000_000)
	for round, segments := range []int{3, bulkUnits - 1, bulkUnits + 30, 7} {
		m := openTemp(t)
		var held, runs [][]Unit
		for i := range segments {
			src := fmt.Sprintf("Le Parlement n° %d a voté « oui » à l’e\u0301te\u0301 👍🏽.", i)
			seg := fmt.Sprint("s", i)
			var h []Unit
			switch r.IntN(5) {
			case 1:
				h = append(h, at(src, tgts[r.IntN(len(tgts))], "doc-é", seg, "a", "b"))
			case 2:
				h = append(h, at(src, tgts[r.IntN(len(tgts))], "doc-é", "", "", ""))
			case 3:
				h = append(h, fr(src, tgts[r.IntN(len(tgts))]))
			case 4:
				h = append(h, at(src, tgts[r.IntN(len(tgts))], "autre", seg, "", ""))
			}
			for j := range h {
				h[j].Changed, h[j].Note = base.Add(time.Duration(r.IntN(1000))*time.Second), fmt.Sprint("note ", i)
			}
			held = append(held, h)
			var run []Unit
			for range 1 + r.IntN(3) {
				run = append(run, at(src, tgts[r.IntN(len(tgts))], "doc-é", seg, "a", "b"))
			}
			runs = append(runs, run)
		}
		add(t, m, slices.Concat(held...)...)
		add(t, m, padding(r.IntN(2)*bulkUnits)...)
		want := state(t, m)
		priors := make([]Prior, segments)
		for step := 0; ; step++ { // the step-th English of every run that has one, in one batch
			var batch []Unit
			for i, run := range runs {
				if step < len(run) {
					if err := m.Before(ctx, &priors[i], run[step]); err != nil {
						t.Fatal(err)
					}
					batch = append(batch, run[step])
				}
			}
			if len(batch) == 0 {
				break
			}
			add(t, m, batch...)
		}
		if got := restoreAll(t, m, priors); !slices.Equal(got, want) {
			t.Errorf("round %d (%d segments): after Restore the memory holds\n%s\nwant\n%s", round, segments,
				strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
