package preannotate

import (
	"os"
	"testing"
)

// TestHeldOutWikinews scores the quote finder on testdata/wikinews-quotes-gold.jsonl, ten Wikinews
// articles annotated by hand before the detector's errors on them were studied: since then they have
// served as a development set (see testdata/README.md), so TestUnseenWikinews is the honest measure.
// The floors sit a little under the measured values, so that a regression fails; raise them when the
// detector improves, never lower them to make a change pass. Run with -v for the per-document errors
// (missed and false quotes, wrong speakers).
func TestHeldOutWikinews(t *testing.T) {
	scoreQuoteSets(t, []quoteSet{{"wikinews-quotes-gold.jsonl", 10, 44, 0.95, 0.97, 0.96, 0.95, false}}, true)
}

// TestUnseenWikinews scores the quote finder on the last held-out sets (docs/quality.md): test-29, 30
// professional French translations of English news articles (NTREX-128), stored one sentence per line
// as annotated and scored both so and joined into one paragraph per article; test-30, the last 44
// Wikinews articles with a single « each (both measured once at the end of the second 2026-11-27
// session; the quotations of test-29 that run over lines were read in the third); test-32, the
// Canadian French translations of test-29's stories, measured once at the end of the third session;
// test-33, the 80 articles with a « among the WiNER-fr Wikinews articles that ../shared/data leaves
// out, measured once in the fourth; test-34, the Canadian French translations of the stories of test-27
// and test-31, measured once in the fifth. Their annotators never ran the detector. Do not study their errors: take new articles to tune on.
// The floors sit a little under the last measurement.
func TestUnseenWikinews(t *testing.T) {
	scoreQuoteSets(t, []quoteSet{
		{"wikinews-quotes-test-29.jsonl", 30, 134, 0.91, 0.93, 0.92, 0.84, false}, // 0.753 when measured, before quotations were kept whole over lines
		{"wikinews-quotes-test-29.jsonl", 30, 134, 0.94, 0.94, 0.94, 0.84, true},
		{"wikinews-quotes-test-30.jsonl", 44, 27, 0.94, 0.91, 0.92, 0.87, false},
		// measured once at the end of the third 2026-11-27 session: the Canadian French translations of
		// test-29's stories (their errors on test-29 were read, not on these texts)
		{"wikinews-quotes-test-32.jsonl", 29, 137, 0.93, 0.94, 0.93, 0.88, false},
		{"wikinews-quotes-test-32.jsonl", 29, 137, 0.93, 0.93, 0.93, 0.87, true},
		// measured once in the fourth 2026-11-27 session: Wikinews articles no set had drawn from
		{"wikinews-quotes-test-33.jsonl", 80, 293, 0.94, 0.92, 0.93, 0.80, false},
		// measured once in the fifth 2026-11-27 session: the Canadian French translations of the stories
		// of test-27 and test-31 (their errors on those French translations were read, not on these)
		{"wikinews-quotes-test-34.jsonl", 75, 312, 0.95, 0.93, 0.94, 0.83, false},
		{"wikinews-quotes-test-34.jsonl", 75, 312, 0.95, 0.93, 0.94, 0.84, true},
	}, false)
}

func readHeldOut(t *testing.T, name string) []GoldDoc {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// heldOutErrors lists, for one gold document, the differences QuoteErrors finds.
func heldOutErrors(t *testing.T, g GoldDoc) []string {
	t.Helper()
	errs, err := QuoteErrors(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.String()
	}
	return out
}
