package preannotate

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/quotes"
)

// TestQuoteConfidenceCalibrated checks that the confidence of a « … » says how often such candidates
// are quotations: over the development sets, every confidence level held by 100 candidates or more
// is within 0.1 of the share of its candidates the gold holds, so that a user who keeps only
// quotations above 0.8 keeps mostly right ones.
func TestQuoteConfidenceCalibrated(t *testing.T) {
	files, err := filepath.Glob("testdata/wikinews-quotes-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	skip := regexp.MustCompile(`dev-12b|test-29|test-30|test-32|test-33|test-34`) // second annotations, held-out sets
	type tally struct{ n, gold int }
	levels := map[float64]*tally{}
	for _, f := range files {
		if skip.MatchString(f) {
			continue
		}
		for _, g := range readHeldOut(t, filepath.Base(f)) {
			gold := map[[2]int]bool{}
			for _, q := range g.Quotes {
				gold[[2]int{q.Start, q.End}] = true
			}
			for _, q := range quotes.Find(g.Text) {
				if !strings.HasPrefix(g.Text[q.Start:], "«") { // the levels are set for « … »
					continue
				}
				l := levels[q.Confidence]
				if l == nil {
					l = &tally{}
					levels[q.Confidence] = l
				}
				l.n++
				l.gold += b2i(gold[[2]int{q.Start, q.End}])
			}
		}
	}
	checked := 0
	for conf, l := range levels {
		share := float64(l.gold) / float64(l.n)
		t.Logf("confidence %.2f: %d candidates, %.3f quotations", conf, l.n, share)
		if l.n < 100 {
			continue
		}
		checked++
		if share < conf-0.1 || share > conf+0.1 {
			t.Errorf("confidence %.2f: %d candidates of which %.3f are quotations", conf, l.n, share)
		}
	}
	if checked < 3 {
		t.Errorf("only %d confidence levels with 100 candidates or more", checked)
	}
}
