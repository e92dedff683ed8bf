package annotate

import "testing"

// TestTypeTargetKeepingMovesOnlyIntoTheNewText: a paste over the English that says "Moscow" keeps the
// translator's LOC on it with its link, and the PER "Sergei Lavrov" on "Lavrov", in one undo step; deleting the tagged "Moscow" of "Moscow
// and Moscow" removes the tag, named with its words, rather than moving it to the other "Moscow"
// the translator left untagged.
func TestTypeTargetKeepingMovesOnlyIntoTheNewText(t *testing.T) {
	d, e, sp := lavrovDoc(t)
	removed, lost, err := e.TypeTargetKeeping("s1", "In Moscow, Lavrov said: “We refuse 👍🏽.”")
	must(t, err)
	if len(removed) != 3 || len(lost) != 2 || lost[0].Text != "“We refuse 👍🏽,”" || lost[1].Text != "Sergei Lavrov" || lost[1].Now != "Lavrov" {
		t.Fatalf("removed %d, lost %+v", len(removed), lost)
	}
	if now := d.Span(sp["men"].ID); now == nil || d.SpanText(now) != "Moscow" {
		t.Fatal("“Moscow” not kept")
	}
	if l := d.LinkFrom(sp["mfr"].ID, LinkTranslation); l == nil || l.To != sp["men"].ID {
		t.Error("“Moscow” lost its French")
	}
	e.Undo()
	if d.Segments[0].Target != "“We refuse 👍🏽,” said Sergei Lavrov in Moscow." || len(d.TargetSpans("s1")) != 3 {
		t.Fatalf("after one Undo: %q, %d spans", d.Segments[0].Target, len(d.TargetSpans("s1")))
	}

	for _, x := range d.TargetSpans("s1") {
		must(t, e.RemoveSpan(x.ID))
	}
	d.Segments[0].Target = "Moscow and Moscow"
	e = NewEditor(d)
	m := &Span{Side: Target, Segment: "s1", Start: len("Moscow and "), End: len("Moscow and Moscow"), Label: LabelLOC}
	must(t, e.AddSpan(m))
	_, lost, err = e.TypeTargetKeeping("s1", "Moscow")
	must(t, err)
	if len(lost) != 1 || lost[0].Text != "Moscow" || len(d.TargetSpans("s1")) != 0 {
		t.Errorf("a deleted tag went elsewhere: lost %+v, spans %v", lost, targetSpanTexts(d, "s1"))
	}
}
