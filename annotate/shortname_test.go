package annotate

import "testing"

// TestReplaceWholeKeepsAPersonOnTheFamilyName: a memory match or machine translation that says only
// "Lavrov" (once, a whole word) keeps the translator's PER "Sergei Lavrov" on it, the same span with
// its French, the quotation's speaker link and its entity, and says so (LostSpan.Now); one Undo
// gives the full name back. "Lavrovitch", "Lavrov" twice, or a LOC's last word do not count.
func TestReplaceWholeKeepsAPersonOnTheFamilyName(t *testing.T) {
	d, e, sp := lavrovDoc(t)
	before, _ := Marshal(d)
	lost, err := e.ReplaceWhole("s1", "“We refuse 👍🏽,” Lavrov said in Moscow.")
	must(t, err)
	if len(lost) != 1 || lost[0].Text != "Sergei Lavrov" || lost[0].Now != "Lavrov" {
		t.Fatalf("lost %+v, want Sergei Lavrov now on Lavrov", lost)
	}
	now := d.Span(sp["len"].ID)
	if now == nil || d.SpanText(now) != "Lavrov" || now.Origin != Human {
		t.Fatalf("the PER is not on “Lavrov”: %v", now)
	}
	if l := d.LinkFrom(sp["lfr"].ID, LinkTranslation); l == nil || l.To != now.ID {
		t.Error("“Lavrov” lost its French")
	}
	if l := d.LinkFrom(sp["qen"].ID, LinkSpeaker); l == nil || l.To != now.ID {
		t.Error("the English quotation lost its speaker")
	}
	if d.EntityOf(now.ID) == nil {
		t.Error("“Lavrov” left its entity")
	}
	agreeing(t, d, "shortened")
	undoesInOneStep(t, d, e, before)

	for _, english := range []string{
		"“We refuse 👍🏽,” Lavrovitch said in Moscow.",
		"“We refuse 👍🏽,” Lavrov and Lavrov said in Moscow.",
	} {
		d, e, sp := lavrovDoc(t)
		lost, err := e.ReplaceWhole("s1", english)
		must(t, err)
		if len(lost) != 1 || lost[0].Now != "" || d.Span(sp["len"].ID) != nil {
			t.Errorf("%s: lost %+v, want the PER gone", english, lost)
		}
	}
	d = NewDocument("ny", "", "Vols vers New York.", "fr", "en")
	d.AddSegment(0, len(d.Text), 0, KindSentence)
	d.Segments[0].Target = "Flights to New York."
	e = NewEditor(d)
	must(t, e.AddSpan(&Span{Side: Target, Segment: "s1", Start: len("Flights to "), End: len("Flights to New York"), Label: LabelLOC}))
	lost, err = e.ReplaceWhole("s1", "Flights from York stopped.")
	must(t, err)
	if len(lost) != 1 || lost[0].Now != "" || len(d.TargetSpans("s1")) != 0 {
		t.Errorf("a LOC “New York” went to “York”: lost %+v", lost)
	}
}
