package annotate

import (
	"strings"
	"testing"
)

// testDoc builds a small document over tricky text with spans on both sides, links and an entity.
func testDoc(t testing.TB) *Document {
	t.Helper()
	text := "« Je pense que c'est fini », a déclaré Sergueï Lavrov à Moscou.\n\nLe café 😀 x\u0301 e\u0301tait fermé."
	d := NewDocument("doc-1", "Test « doc »", NFC(text), "fr", "en")
	d.AddSegment(0, strings.Index(d.Text, "\n"), 0, KindSentence)
	p2 := strings.Index(d.Text, "Le café")
	d.AddSegment(p2, len(d.Text), 1, KindSentence)
	d.Segments[0].Target = "“I think it's over,” said Sergei Lavrov in Moscow."
	d.Segments[0].Status = StatusTranslated
	e := NewEditor(d)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	src := func(s, label string, origin Origin) *Span {
		s = NFC(s)
		i := strings.Index(d.Text, s)
		sp := &Span{Side: Source, Start: i, End: i + len(s), Label: label, Origin: origin, Confidence: 0.8}
		must(e.AddSpan(sp))
		return sp
	}
	quote := src("« Je pense que c'est fini »", LabelQuote, Auto)
	per := src("Sergueï Lavrov", LabelPER, Auto)
	cue := src("a déclaré", LabelCue, Human)
	loc := src("Moscou", LabelLOC, Human)
	src("😀 x\u0301", LabelMISC, Auto) // x + combining acute has no precomposed form: it survives NFC
	tg := d.Segments[0].Target
	i := strings.Index(tg, "Sergei Lavrov")
	tper := &Span{Side: Target, Segment: "s1", Start: i, End: i + len("Sergei Lavrov"), Label: LabelPER}
	must(e.AddSpan(tper))
	must(e.AddLink(&Link{Type: LinkSpeaker, From: quote.ID, To: per.ID, Origin: Auto, Confidence: 0.7}))
	must(e.AddLink(&Link{Type: LinkCue, From: quote.ID, To: cue.ID}))
	must(e.AddLink(&Link{Type: LinkTranslation, From: per.ID, To: tper.ID}))
	must(e.AddEntity(&Entity{Type: LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{per.ID, tper.ID}}))
	must(e.AddEntity(&Entity{Type: LabelLOC, Names: map[string]string{"fr": "Moscou", "en": "Moscow"}, Mentions: []string{loc.ID}}))
	return d
}
