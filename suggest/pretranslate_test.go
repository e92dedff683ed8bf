package suggest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/tm"
)

// failingMT translates its first ok texts, then fails, returning what it translated (as the
// OpenAI-compatible provider does, one request a text); cancel, if set, is called instead.
type failingMT struct {
	ok     int
	cancel func()
}

func (f *failingMT) Name() string { return "failing MT" }

func (f *failingMT) Translate(_ context.Context, texts []string, _, _ string) ([]string, error) {
	var out []string
	for _, t := range texts {
		if f.ok == 0 {
			if f.cancel != nil {
				f.cancel()
				return out, context.Canceled
			}
			return out, errors.New("HTTP 500: busy")
		}
		f.ok--
		out = append(out, "EN "+t)
	}
	return out, nil
}

func pretranslateSegments() []SegmentText {
	segs := make([]SegmentText, 12)
	for i := range segs {
		segs[i] = SegmentText{Source: fmt.Sprintf("Phrase numéro %d « à traduire » 👍🏽.", i+1)}
	}
	segs[0].Source = "Le café est très bon aujourd’hui."
	segs[2].Target = "done before"
	return segs
}

// TestPretranslateKeepsWorkBeforeAnError: a machine translation error half-way returns every draft
// made before it (memory and machine translation, even from the failing batch) and says which
// segments are left.
func TestPretranslateKeepsWorkBeforeAnError(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t)
	if err := e.TM.Add(ctx, tm.Unit{SourceLang: "fr", TargetLang: "en", Source: "Le café est très bon aujourd’hui.", Target: "The coffee is very good today."}); err != nil {
		t.Fatal(err)
	}
	e.MT = &failingMT{ok: 5}
	drafts, err := e.Pretranslate(ctx, pretranslateSegments(), PretranslateOptions{BatchSize: 4})
	var perr *PretranslateError
	if !errors.As(err, &perr) {
		t.Fatalf("error %v, want a *PretranslateError", err)
	}
	var got []string
	for _, d := range drafts {
		got = append(got, fmt.Sprint(d.Index+1, " ", d.Kind))
	}
	if strings.Join(got, " ") != "1 tm 2 mt 4 mt 5 mt 6 mt 7 mt" {
		t.Errorf("drafts %v", got)
	}
	want := "pre-translation failed at segment 8 (6 segments done, 5 segments left untranslated: segments 8–12): machine translation: HTTP 500: busy"
	if perr.Done != 6 || err.Error() != want {
		t.Errorf("got %d done, %q\nwant %q", perr.Done, err, want)
	}
}

// TestPretranslateCancelKeepsWork: cancelling returns the drafts made, with context.Canceled.
func TestPretranslateCancelKeepsWork(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e := newEngine(t)
	e.TM = nil
	e.MT = &failingMT{ok: 3, cancel: cancel}
	drafts, err := e.Pretranslate(ctx, pretranslateSegments(), PretranslateOptions{BatchSize: 2})
	var perr *PretranslateError
	if !errors.As(err, &perr) || !errors.Is(err, context.Canceled) || len(drafts) != 3 || len(perr.Failed) != 0 || len(perr.Left) != 8 {
		t.Errorf("%d drafts, %v", len(drafts), err)
	}
}

// TestPretranslateThresholdIsHonest: a sentence that stems like a memory source but differs in
// tense, accents or punctuation is no exact match: at 100 it is left alone, below it is a draft
// with its real score.
func TestPretranslateThresholdIsHonest(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t)
	e.MT = nil
	const src = "Cette proposition découle du projet de modification du nom de l’assemblée."
	if err := e.TM.Add(ctx, tm.Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: "This proposal follows from the plan to rename the assembly."}); err != nil {
		t.Fatal(err)
	}
	segs := []SegmentText{
		{Source: src},
		{Source: "Cette proposition découlait du projet de modification du nom de l’assemblée."},
		{Source: "cette proposition decoule du projet de modification du nom de l'assemblee"},
	}
	drafts, err := e.Pretranslate(ctx, segs, PretranslateOptions{Threshold: 100})
	if err != nil || len(drafts) != 1 || drafts[0].Index != 0 || drafts[0].Score != 100 {
		t.Errorf("threshold 100: %+v, %v", drafts, err)
	}
	drafts, err = e.Pretranslate(ctx, segs, PretranslateOptions{Threshold: 75})
	if err != nil || len(drafts) != 3 || drafts[1].Score >= 100 || drafts[2].Score >= 100 || drafts[2].Score < 90 {
		t.Errorf("threshold 75: %+v, %v", drafts, err)
	}
}

func TestRanges(t *testing.T) {
	for in, want := range map[string]string{"7": "segment 8", "7 8 9 10 11": "segments 8–12", "0 2 3 9": "segments 1, 3–4, 10"} {
		var idx []int
		for _, f := range strings.Fields(in) {
			var n int
			fmt.Sscan(f, &n)
			idx = append(idx, n)
		}
		if got := Ranges(idx); got != want {
			t.Errorf("Ranges(%v) = %q, want %q", idx, got, want)
		}
	}
}
