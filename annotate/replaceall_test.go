package annotate

import (
	"fmt"
	"testing"
)

// TestReplaceAllStatuses: Replace over a document's English, as the app's Replace all and glose-cli
// replace make it: every segment by its status and lock, the English and status each ends with, the
// counts the plan gives, and one Undo taking it all back.
func TestReplaceAllStatuses(t *testing.T) {
	segs := []struct {
		target string
		status Status
		locked bool
		want   string
		after  Status
	}{
		{"The deal 😀 is « a\u00a0deal ».", StatusNew, false, "The agreement 😀 is « a\u00a0agreement ».", StatusDraft},
		{"DEAL or no Deal", StatusDraft, false, "AGREEMENT or no Agreement", StatusDraft},
		{"A cafe\u0301 deal.", StatusTranslated, false, "A cafe\u0301 agreement.", StatusTranslated},
		{"The ordeal, the deal.", StatusReviewed, false, "The ordeal, the agreement.", StatusTranslated},
		{"A locked deal.", StatusTranslated, true, "A locked deal.", StatusTranslated},
		{"Nothing here.", StatusNew, false, "Nothing here.", StatusNew},
	}
	for _, only := range []bool{false, true} {
		t.Run(fmt.Sprintf("unconfirmed only %v", only), func(t *testing.T) {
			d := NewDocument("d", "D", "Un accord.", "fr", "en")
			ed := NewEditor(d)
			for _, s := range segs {
				seg := d.AddSegment(0, len(d.Text), 0, KindSentence)
				seg.Target, seg.Status, seg.Locked = s.target, s.status, s.locked
			}
			opts := ReplaceOptions{SearchOptions: SearchOptions{WholeWords: true}, UnconfirmedOnly: only}
			plan := PlanReplace(d, NewSearcher("deal", opts.SearchOptions), "agreement", opts)
			wantCount, wantSegs, wantSkipped := 6, 4, 0
			if only {
				wantCount, wantSegs, wantSkipped = 4, 2, 2
			}
			if plan.Count() != wantCount || len(plan.Segments) != wantSegs || plan.Skipped != wantSkipped || plan.Locked != 1 {
				t.Fatalf("plan: %d replacements in %d segments, %d skipped, %d locked; want %d in %d, %d skipped, 1 locked",
					plan.Count(), len(plan.Segments), plan.Skipped, plan.Locked, wantCount, wantSegs, wantSkipped)
			}
			if want := map[bool]int{false: 1, true: 0}[only]; plan.Reviewed != want {
				t.Errorf("the plan makes %d reviewed segments translated, want %d", plan.Reviewed, want)
			}
			reviewed, err := ed.Replace("replace all", plan.Segments)
			if err != nil {
				t.Fatal(err)
			}
			if want := map[bool]int{false: 1, true: 0}[only]; reviewed != want {
				t.Errorf("%d reviewed segments made translated, want %d", reviewed, want)
			}
			for i, s := range segs {
				seg := d.Segments[i]
				want, after := s.want, s.after
				if only && s.status.Done() || s.want == s.target {
					want, after = s.target, s.status
				}
				if seg.Target != want || seg.Status != after {
					t.Errorf("segment %d: %q %s, want %q %s", i+1, seg.Target, seg.Status, want, after)
				}
			}
			ed.Undo()
			for i, s := range segs {
				if seg := d.Segments[i]; seg.Target != s.target || seg.Status != s.status {
					t.Errorf("after one Undo, segment %d: %q %s, want %q %s", i+1, seg.Target, seg.Status, s.target, s.status)
				}
			}
			if ed.CanUndo() {
				t.Error("Replace made more than one undo step")
			}
		})
	}
}

// TestReplaceAllScope: with a Scope (the segments the app's filter shows), Replace changes those
// only; the matches of the others are counted apart, a locked or confirmed one among them too, and
// one Undo takes it all back.
func TestReplaceAllScope(t *testing.T) {
	segs := []struct {
		target  string
		locked  bool
		inScope bool
		want    string
	}{
		{"Le deal « deal\u00a0» 😀.", false, true, "Le accord « accord\u00a0» 😀."},
		{"Un cafe\u0301 deal, déjà.", false, false, "Un cafe\u0301 deal, déjà."},
		{"Deal, deal, deal.", true, false, "Deal, deal, deal."},
		{"A deal 👍🏽.", false, true, "A accord 👍🏽."},
		{"DEAL locked.", true, true, "DEAL locked."},
	}
	d := NewDocument("d", "D", "Un accord.", "fr", "en")
	ed := NewEditor(d)
	scope := make([]bool, len(segs))
	for i, s := range segs {
		seg := d.AddSegment(0, len(d.Text), 0, KindSentence)
		seg.Target, seg.Status, seg.Locked = s.target, StatusDraft, s.locked
		scope[i] = s.inScope
	}
	opts := ReplaceOptions{SearchOptions: SearchOptions{WholeWords: true}, Scope: scope}
	plan := PlanReplace(d, NewSearcher("deal", opts.SearchOptions), "accord", opts)
	if plan.Count() != 3 || len(plan.Segments) != 2 || plan.OutOfScope != 4 || plan.Locked != 1 || plan.Skipped != 0 {
		t.Fatalf("plan: %d replacements in %d segments, %d out of scope, %d locked, %d skipped; want 3 in 2, 4 out of scope, 1 locked, 0 skipped",
			plan.Count(), len(plan.Segments), plan.OutOfScope, plan.Locked, plan.Skipped)
	}
	if _, err := ed.Replace("replace all", plan.Segments); err != nil {
		t.Fatal(err)
	}
	for i, s := range segs {
		if got := d.Segments[i].Target; got != s.want {
			t.Errorf("segment %d: %q, want %q", i+1, got, s.want)
		}
	}
	ed.Undo()
	for i, s := range segs {
		if got := d.Segments[i].Target; got != s.target {
			t.Errorf("after one Undo, segment %d: %q, want %q", i+1, got, s.target)
		}
	}
	if ed.CanUndo() {
		t.Error("Replace made more than one undo step")
	}
}
