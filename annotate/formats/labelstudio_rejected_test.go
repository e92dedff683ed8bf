package formats

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestLabelStudioCompletedAnnotationRejectsPredictionsLeftOut: a person who completed a task in Label
// Studio started from its predictions (Glose's suggestions) and deleted the wrong ones. What the
// annotation left out is read as rejected (not proposed again by pre-annotation), not as suggestions
// to review once more, and the relations to it go with it; a warning says so. A prediction the
// annotation holds (by region ID, or at the same place with the same label) is that span.
func TestLabelStudioCompletedAnnotationRejectsPredictionsLeftOut(t *testing.T) {
	score := func(f float64) *float64 { return &f }
	pred := func(r lsRegion, s float64) lsRegion { r.Score = score(s); return r }
	task := lsTaskOver(lsText, []lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsReg("p1", 15, 19, "Noël", "PER"),
		lsReg("mine", 35, 37, "x\u0301", "ORG"), lsRel("q", "p1", "speaker")})
	task.Annotations[0].ID, task.Annotations[0].CompletedBy = 11, 5.0
	task.Predictions = []lsResultSet{{ModelVersion: "glose", Result: []lsRegion{
		pred(lsReg("q", 2, 12, "« Élysée »", "QUOTE"), 0.9), pred(lsReg("p1", 15, 19, "Noël", "PER"), 0.9),
		pred(lsReg("p2", 22, 33, "Saint-Denis", "LOC"), 0.8), pred(lsReg("p3", 35, 37, "x\u0301", "ORG"), 0.3),
		pred(lsReg("p4", 0, 1, "😀", "MISC"), 0.6), lsRel("q", "p2", "speaker")}}}
	docs, warns, err := Read("ls.json", lsFile(t, task), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if got, want := spanList(d), []string{"QUOTE « Élysée » human 1", "PER Noël human 1", "ORG x\u0301 human 1"}; !slices.Equal(got, want) {
		t.Errorf("spans\n%q\nwant\n%q", got, want)
	}
	if got, want := linkList(d), []string{"speaker « Élysée » → Noël (PER) human 1"}; !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	var rejected []string
	for _, r := range d.Rejected {
		rejected = append(rejected, r.Label+" "+d.Text[r.Start:r.End])
	}
	if want := []string{"LOC Saint-Denis", "MISC 😀"}; !slices.Equal(rejected, want) || d.RejectedSource(0, len("😀"), "PER") {
		t.Errorf("rejected %q, want %q", rejected, want)
	}
	want := []string{"ls.json: task 1: annotation 1 (id 11, by 5) was completed in Label Studio without 2 predicted spans and 1 predicted relation: read as rejected suggestions (LOC Saint-Denis, MISC 😀)"}
	if got := warningList(warns); !slices.Equal(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
	if len(warns) == 1 && (warns[0].Code != WarnPredictionsRejected || warns[0].Args["Spans"] != 2 || warns[0].Args["Links"] != 1) {
		t.Errorf("warning %+v", warns[0])
	}
	// The same task written by Glose (no annotation completed in Label Studio): predictions stay suggestions.
	task.Annotations[0].CompletedBy = nil
	docs, _, err = Read("ls.json", lsFile(t, task), ReadOptions{Format: "labelstudio"})
	if err != nil || len(docs[0].Rejected) != 0 || len(docs[0].Spans) != 5 || docs[0].Spans[3].Origin != annotate.Auto {
		t.Errorf("without completed_by: %v, spans %q, rejected %d", err, spanList(docs[0]), len(docs[0].Rejected))
	}
}
