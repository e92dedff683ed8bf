package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestTaggedPronounIsAPronounMention: the analyst selects the "il" of "Récemment il a affirmé" (Emmanuel
// Macron, whom pre-annotation did not find there) and presses p, or s to link it as the speaker. It
// became a PER *name* "il": the exports for named-entity recognisers (doccano, spaCy, CoNLL with names
// only, their default) took it for a person's name and `glose-cli validate` warned of it, unless the
// person pressed k twice. A bare personal pronoun tagged by hand is a pronoun mention; a name stays one.
func TestTaggedPronounIsAPronounMention(t *testing.T) {
	fr := "Emmanuel Macron quitte le gouvernement. Récemment il a affirmé : « Je ne suis pas socialiste »."
	d := pairDoc(fr)
	ed := annotate.NewEditor(d)
	q := strings.Index(fr, "«")
	quote := &annotate.Span{Side: annotate.Source, Start: q, End: strings.Index(fr, "»") + len("»"), Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.9}
	must(t, ed.AddSpan(quote))
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	il := strings.Index(fr, "il a")
	r.src.SetSelection(il, il+len("il"))
	r.src.TypedRune('p')
	sp := d.Span(ui.selSpan)
	if sp == nil || d.SpanText(sp) != "il" || sp.Mention.Norm() != annotate.MentionPronoun {
		t.Fatalf("p on « il »: span %+v, want PER “il”, a pronoun", sp)
	}
	if w := d.PronounNames(); len(w) > 0 {
		t.Errorf("validate warns: %v", w)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})

	// s in link mode on the words selected: tagged and linked in one step, a pronoun too
	ui.selectSpan(quote.ID)
	r = visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	r.src.SetSelection(il, il+len("il"))
	must(t, ui.linkNewMention(quote.ID))
	l := d.LinkFrom(quote.ID, annotate.LinkSpeaker)
	if l == nil || d.SpanText(d.Span(l.To)) != "il" || d.Span(l.To).Mention.Norm() != annotate.MentionPronoun {
		t.Fatalf("s on « il »: speaker link %+v, want to “il”, a pronoun", l)
	}

	name := strings.Index(fr, "Emmanuel Macron")
	r.src.SetSelection(name, name+len("Emmanuel Macron"))
	r.src.TypedRune('p')
	if sp := d.Span(ui.selSpan); sp == nil || d.SpanText(sp) != "Emmanuel Macron" || sp.Mention.Norm() != "" {
		t.Errorf("p on « Emmanuel Macron »: span %+v, want a name", sp)
	}
}
