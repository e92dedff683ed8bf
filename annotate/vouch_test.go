package annotate

import "testing"

// TestVouch: a suggestion a person accepts by itself is vouched, one accepted with others is not,
// and undo takes both the acceptance and the confidence back.
func TestVouch(t *testing.T) {
	d := testDoc(t)
	var sugg []*Span
	for _, sp := range d.Spans {
		sp.Origin, sp.Confidence = Auto, 0.8
		sugg = append(sugg, sp)
	}
	if len(sugg) < 2 {
		t.Fatal("the test document needs two spans")
	}
	ed := NewEditor(d)
	must(t, ed.Accept(sugg[1].ID))
	if !sugg[1].Accepted() || sugg[1].Vouched() || sugg[1].Confidence != 0.8 {
		t.Errorf("accepted along: %s %.2f vouched %v; want accepted, 0.80, not vouched", sugg[1].Origin, sugg[1].Confidence, sugg[1].Vouched())
	}
	must(t, ed.Vouch(sugg[0].ID))
	if !sugg[0].Vouched() || ed.UndoName() != "accept" {
		t.Errorf("vouched: %s %.2f, step %q; want a person's at 1, step accept", sugg[0].Origin, sugg[0].Confidence, ed.UndoName())
	}
	if !ed.Undo() {
		t.Fatal("nothing to undo")
	}
	if sugg[0].Accepted() || sugg[0].Confidence != 0.8 {
		t.Errorf("after undo: %s %.2f; want auto at 0.80", sugg[0].Origin, sugg[0].Confidence)
	}
	if err := ed.Vouch("nope"); err == nil {
		t.Error("Vouch of a missing span: no error")
	}
}
