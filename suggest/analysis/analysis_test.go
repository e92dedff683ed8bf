package analysis

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// testDoc builds a document of the given sentences, one segment each.
func testDoc(id string, sentences ...string) *annotate.Document {
	text := strings.Join(sentences, " ")
	d := annotate.NewDocument(id, id, text, "fr", "en")
	at := 0
	for i, s := range sentences {
		d.AddSegment(at, at+len(s), i, annotate.KindSentence)
		at += len(s) + 1
	}
	return d
}

func openMemory(t *testing.T, units ...tm.Unit) *tm.Memory {
	t.Helper()
	m, err := tm.Open(filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	if err := m.AddBatch(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	return m
}

func unit(src, tgt string) tm.Unit {
	return tm.Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: tgt, Origin: "other.json"}
}

const (
	known   = "Le président a parlé hier soir devant les députés."
	changed = "Le président a parlé hier matin devant les sénateurs."
	fresh   = "Une averse de grêle a surpris les vendangeurs bourguignons."
	mine    = "La séance est levée à minuit."
)

// TestBands analyses a document against a real memory: each segment in the band of the score the
// Proposals tab shows, a repeated sentence once in its band and then as a repetition, and a
// sentence confirmed in this very segment as a context match.
func TestBands(t *testing.T) {
	d := testDoc("doc", known, changed, fresh, known, mine, fresh)
	mem := openMemory(t, unit(known, "The president spoke last night to MPs."),
		tm.Unit{SourceLang: "fr", TargetLang: "en", Source: mine, Target: "The sitting rises at midnight.",
			Origin: d.ID, Segment: d.Segments[4].ID})
	var calls, last int
	r, err := Document(context.Background(), d, Options{Memory: mem, Progress: func(done, total int) { calls, last = calls+1, done }})
	if err != nil {
		t.Fatal(err)
	}
	fuzzy := lookupScore(t, mem, d, 1)
	if fuzzy >= 100 || fuzzy < 50 {
		t.Fatalf("the changed sentence scores %v: the test needs a fuzzy match", fuzzy)
	}
	want := map[Band]int{Exact: 1, BandOf(fuzzy, false): 1, NoMatch: 1, Repetition: 2, Context: 1}
	for b := range NumBands {
		if got := r.Bands[b].Segments; got != want[b] {
			t.Errorf("band %s: %d segments, want %d", Names[b], got, want[b])
		}
	}
	if r.Bands[Repetition].Words != Words(known)+Words(fresh) {
		t.Errorf("repetitions: %d words, want %d", r.Bands[Repetition].Words, Words(known)+Words(fresh))
	}
	if r.Total.Segments != 6 || r.Total.Words != 2*Words(known)+Words(changed)+2*Words(fresh)+Words(mine) {
		t.Errorf("total = %+v", r.Total)
	}
	if calls != 4 || last != 4 {
		t.Errorf("progress called %d times, last at %d, want 4 and 4 (one per distinct sentence)", calls, last)
	}
}

// lookupScore is the score of the first offer of the Proposals tab for segment i.
func lookupScore(t *testing.T, mem *tm.Memory, d *annotate.Document, i int) float64 {
	t.Helper()
	ms, err := mem.Lookup(context.Background(), tm.Query{Text: d.SourceText(d.Segments[i]), SourceLang: "fr",
		TargetLang: "en", At: suggest.PlaceOf(d, i)})
	if err != nil || len(ms) == 0 {
		t.Fatalf("lookup: %v, %d matches", err, len(ms))
	}
	return ms[0].Score
}

// TestNoMemory counts every first occurrence as new, later ones as repetitions.
func TestNoMemory(t *testing.T) {
	r, err := Document(context.Background(), testDoc("d", known, known, "  ", fresh), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Memory || r.Bands[NoMatch].Segments != 2 || r.Bands[Repetition].Segments != 1 || r.Total.Segments != 3 {
		t.Errorf("report = %+v, want 2 new, 1 repetition, the blank segment left out", r)
	}
	want := float64(Words(known)+Words(fresh)) + float64(Words(known))*0.2
	if r.Weighted != want {
		t.Errorf("weighted = %v, want %v (repetitions at 20 %%)", r.Weighted, want)
	}
}

// TestLocked counts a locked segment (a client's translate="no") in a band of its own, billed
// nothing, and never as the first occurrence of its French: the same French unlocked later is new, not
// a repetition, since the locked English is no translation of it.
func TestLocked(t *testing.T) {
	d := testDoc("d", known, known, fresh)
	d.Segments[0].Locked = true
	r, err := Document(context.Background(), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Bands[Locked].Segments != 1 || r.Bands[NoMatch].Segments != 2 || r.Bands[Repetition].Segments != 0 || r.Total.Segments != 3 {
		t.Errorf("bands = %+v, want 1 locked, 2 new, no repetition", r.Bands)
	}
	if want := float64(Words(known) + Words(fresh)); r.Weighted != want {
		t.Errorf("weighted = %v, want %v (the locked segment billed nothing)", r.Weighted, want)
	}
	if r.Status[annotate.StatusNew].Segments != 3 {
		t.Errorf("progress = %+v, want the locked segment counted by its status", r.Status)
	}
}

// TestLockedNotTranslated: a client's translate="no" unit comes "translated", its French copied,
// and is no part of the job: a fresh job is 0 % translated, and the share counts the words to
// translate only, in one document and in a sum.
func TestLockedNotTranslated(t *testing.T) {
	d := testDoc("d", known, changed, fresh)
	d.Segments[0].Locked, d.Segments[0].Target, d.Segments[0].Status = true, known, annotate.StatusTranslated
	r, err := Document(context.Background(), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Translated(); got != 0 {
		t.Errorf("a fresh job with a locked segment is %v translated, want 0", got)
	}
	d.Segments[1].Target, d.Segments[1].Status = "x", annotate.StatusReviewed
	r, _ = Document(context.Background(), d, Options{})
	want := float64(Words(changed)) / float64(Words(changed)+Words(fresh))
	if got := r.Translated(); got != want {
		t.Errorf("translated = %v, want %v (of the words to translate)", got, want)
	}
	if got := Sum(r, r).Translated(); got != want {
		t.Errorf("the sum of two is %v translated, want %v", got, want)
	}
}

// TestStatus counts progress by the segments' statuses, and the share of words translated.
func TestStatus(t *testing.T) {
	d := testDoc("d", known, changed, fresh, mine)
	d.Segments[0].Target, d.Segments[0].Status = "x", annotate.StatusReviewed
	d.Segments[1].Target, d.Segments[1].Status = "x", annotate.StatusTranslated
	d.Segments[2].Target, d.Segments[2].Status = "x", annotate.StatusDraft
	r, err := Document(context.Background(), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for st, n := range map[annotate.Status]int{annotate.StatusNew: 1, annotate.StatusDraft: 1, annotate.StatusTranslated: 1, annotate.StatusReviewed: 1} {
		if r.Status[st].Segments != n {
			t.Errorf("%s: %d segments, want %d", st, r.Status[st].Segments, n)
		}
	}
	want := float64(Words(known)+Words(changed)) / float64(r.Total.Words)
	if r.Translated() != want {
		t.Errorf("translated = %v, want %v", r.Translated(), want)
	}
}

// TestSum adds two documents up, and TestCancel stops with the context.
func TestSum(t *testing.T) {
	a, _ := Document(context.Background(), testDoc("a", known, known), Options{})
	b, _ := Document(context.Background(), testDoc("b", known), Options{})
	s := Sum(a, b)
	if s.Documents != 2 || s.Total.Segments != 3 || s.Bands[Repetition].Segments != 1 || s.Bands[NoMatch].Segments != 2 {
		t.Errorf("sum = %+v; repetitions are within a document", s)
	}
	if s.Weighted != a.Weighted+b.Weighted {
		t.Errorf("weighted sum %v, want %v", s.Weighted, a.Weighted+b.Weighted)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Document(ctx, testDoc("d", known), Options{Memory: openMemory(t, unit(known, "x"))})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestParseWeights(t *testing.T) {
	w, err := ParseWeights("repetitions=30, 100=25%,context=0")
	if err != nil || w[Repetition] != 30 || w[Exact] != 25 || w[Context] != 0 || w[NoMatch] != 100 {
		t.Errorf("ParseWeights = %v, %v", w, err)
	}
	for _, bad := range []string{"fuzzy=10", "repetitions", "100=much", "100=-5", "100=NaN", "100=inf"} {
		if _, err := ParseWeights(bad); err == nil {
			t.Errorf("ParseWeights(%q) accepted", bad)
		}
	}
}

func TestWholePercent(t *testing.T) {
	for share, want := range map[float64]int{0: 0, 0.001: 1, 0.125: 13, 0.996: 99, 1: 100} {
		if got := WholePercent(share); got != want {
			t.Errorf("WholePercent(%v) = %d, want %d", share, got, want)
		}
	}
}

// TestBandTableNumbers: the weighted words read as a person writes them, at most one decimal, not
// as the sum of binary fractions prints (0.1 + 0.2 = 0.30000000000000004).
func TestBandTableNumbers(t *testing.T) {
	r := &Report{Weights: DefaultWeights}
	r.Bands[Context] = Counts{Segments: 1, Words: 1}
	r.Bands[Repetition] = Counts{Segments: 1, Words: 1}
	r.Total = Counts{Segments: 2, Words: 2}
	r.Weighted = r.Weights.Apply(r.Bands)
	rows := r.BandTable(func(s string) string { return s })
	if got := rows[len(rows)-1]; got[len(got)-1] != "0.3" {
		t.Errorf("total row %q: weighted words %q, want 0.3", got, got[len(got)-1])
	}
	r.Weights[Context] = 33
	r.Bands[Context].Words, r.Total.Words = 7, 8 // 2.31 words
	if got := r.BandTable(func(s string) string { return s })[Context]; got[len(got)-1] != "2.3" {
		t.Errorf("context row %q: weighted words %q, want 2.3", got, got[len(got)-1])
	}
}
