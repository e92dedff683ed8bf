package annotate

import (
	"strings"
	"testing"
)

// TestSetSpeakerRefilesTheAttributingPronoun (QA3): "« Faites votre métier », a-t-il répondu" had its
// "il" resolved to the wrong person (Marc Joulaud, named before). Relinking the quote to François Fillon
// left "il" a suggested mention of Marc Joulaud that no quote pointed to any more, so the Entities tab
// still counted it his and Accept all confirmed it so. The pronoun names whoever spoke: it now goes to
// the new speaker's entity, in the same undo step; a name, or a pronoun still linked, stays where it is.
func TestSetSpeakerRefilesTheAttributingPronoun(t *testing.T) {
	text := "Marc Joulaud est là. François Fillon a contesté : « Faites votre métier », a-t-il répondu."
	d := NewDocument("d", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	e := NewEditor(d)
	span := func(words, label string, kind MentionKind) *Span {
		at := strings.Index(text, words)
		if words == "il" {
			at = strings.Index(text, "a-t-il") + len("a-t-")
		}
		sp := &Span{Side: Source, Start: at, End: at + len(words), Label: label, Origin: Auto, Confidence: 0.9, Mention: kind}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		return sp
	}
	marc := span("Marc Joulaud", LabelPER, "")
	fillon := span("François Fillon", LabelPER, "")
	il := span("il", LabelPER, MentionPronoun)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	quote := span("« Faites votre métier »", LabelQuote, "")
	must(e.AddEntity(&Entity{Type: LabelPER, Names: map[string]string{"fr": "Marc Joulaud"}, Mentions: []string{marc.ID, il.ID}}))
	must(e.AddEntity(&Entity{Type: LabelPER, Names: map[string]string{"fr": "François Fillon"}, Mentions: []string{fillon.ID}}))
	must(e.AddLink(&Link{Type: LinkSpeaker, From: quote.ID, To: il.ID, Origin: Auto, Confidence: 0.85}))
	before := d.EntityOf(il.ID)

	must(e.SetSpeaker(quote.ID, fillon.ID))
	if got := d.EntityOf(il.ID); got != d.EntityOf(fillon.ID) {
		t.Fatalf("after relinking the quote to François Fillon, “il” is a mention of %v; want François Fillon's entity", got)
	}
	if got := d.EntityOf(marc.ID); got == nil || len(got.Mentions) != 1 {
		t.Errorf("Marc Joulaud's entity %+v: want his name alone left", got)
	}
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	if d.EntityOf(il.ID) != before || d.LinkFrom(quote.ID, LinkSpeaker).To != il.ID {
		t.Errorf("one undo: “il” in %v, speaker %s; want it back under Marc Joulaud and the quote linked to it", d.EntityOf(il.ID), d.LinkFrom(quote.ID, LinkSpeaker).To)
	}

	// Relinked to Marc's name, whose entity already holds "il": nothing moves. A name relinked away
	// from never moves.
	must(e.SetSpeaker(quote.ID, marc.ID))
	must(e.SetSpeaker(quote.ID, fillon.ID))
	if d.EntityOf(marc.ID) == d.EntityOf(fillon.ID) {
		t.Error("relinking away from a name moved the name to the new speaker")
	}
}
