package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// inciseText is a quotation cut by an incise, with no-break spaces inside its « », an emoji and a
// decomposed accent (e + U+0301) before the words tagged.
const inciseText = "Le ministre a parle\u0301 😀. «\u00a0Nous ne céderons pas, a affirmé Jean Dupont, car la loi est claire.\u00a0» Puis «\u00a0Fin.\u00a0»"

// inciseDoc pre-annotates inciseText as one quotation around its incise, with its speaker and cue.
func inciseDoc(t *testing.T) (d *annotate.Document, quote, verb *annotate.Span) {
	t.Helper()
	d = annotate.NewDocument("incise", "Incise", inciseText, "fr", "en")
	d.AddSegment(0, len(inciseText), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	auto := func(s, label string) *annotate.Span {
		i := strings.Index(inciseText, s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Origin: annotate.Auto, Confidence: 0.8}
		must(t, ed.AddSpan(sp))
		return sp
	}
	quote = auto("«\u00a0Nous ne céderons pas, a affirmé Jean Dupont, car la loi est claire.\u00a0»", annotate.LabelQuote)
	verb = auto("a affirmé", annotate.LabelCue)
	who := auto("Jean Dupont", annotate.LabelPER)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: who.ID, Origin: annotate.Auto, Confidence: 0.8}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkCue, From: quote.ID, To: verb.ID, Origin: annotate.Auto, Confidence: 0.8}))
	return d, quote, verb
}

// tagSource selects text (its first occurrence) in the French of row 0 and presses key.
func tagSource(t *testing.T, ui *UI, text string, key rune) {
	t.Helper()
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	i := strings.Index(ui.doc.SourceText(ui.doc.Segments[0]), text)
	if i < 0 {
		t.Fatalf("no %q in the French", text)
	}
	r.src.SetSelection(i, i+len(text))
	r.src.TypedRune(key)
}

// TestSplitInciseQuoteKeepsCue: the analyst splits a quotation cut by an incise, correcting its bounds
// to its first part, then tagging its second part; the second part takes the first's cue link to the
// incise's verb, as pre-annotation links both, in the step that tags it (one Ctrl+Z takes both), and
// the Quotes tab reads it as "(continued)". A quotation that opens with its own mark after it is no
// continuation, and takes no cue.
func TestSplitInciseQuoteKeepsCue(t *testing.T) {
	d, quote, verb := inciseDoc(t)
	ui, _ := newTestUI(t, d, false)
	tagSource(t, ui, "«\u00a0Nous ne céderons pas", 'q')
	if d.SpanText(quote) != "«\u00a0Nous ne céderons pas" || d.LinkFrom(quote.ID, annotate.LinkCue) == nil {
		t.Fatalf("first part %q, cue %v", d.SpanText(quote), d.LinkFrom(quote.ID, annotate.LinkCue))
	}
	n, nl := len(d.Spans), len(d.Links)
	tagSource(t, ui, "car la loi est claire.", 'q')
	second := d.Span(ui.selSpan)
	if second == nil || second == quote || d.SpanText(second) != "car la loi est claire." {
		t.Fatalf("selected span %v", second)
	}
	c := d.LinkFrom(second.ID, annotate.LinkCue)
	if c == nil || c.To != verb.ID || c.Origin != annotate.Auto {
		t.Fatalf("second part's cue link %+v, want to %s as the first's (a suggestion)", c, verb.ID)
	}
	if want := "Tagged QUOTE “car la loi est claire.”, the quotation’s part after the incise: cue “a affirmé”, as its first part"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	p := ui.panels[1].(*quotesPanel)
	p.refresh()
	if len(p.quotes) < 2 || p.quotes[1] != second || !p.continued(1) {
		t.Errorf("the Quotes tab does not read the second part as continued")
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if len(d.Spans) != n || len(d.Links) != nl {
		t.Errorf("after one Ctrl+Z: %d spans, %d links, want %d and %d", len(d.Spans), len(d.Links), n, nl)
	}
	tagSource(t, ui, "«\u00a0Fin.\u00a0»", 'q')
	if l := d.LinkFrom(ui.selSpan, annotate.LinkCue); l != nil {
		t.Errorf("a quotation opening with its own mark took the cue %+v", l)
	}
}

// TestHandTaggedNameFiled: a name tagged by hand is filed under the one entity of its type named so,
// case and accents aside (« ELISE ME\u0301NARD » for Élise Ménard, decomposed), in the step that tags
// it, and the status line says under which; with no entity so named, or with two namesakes, or
// under another type, it is filed under none, and the status line says how to make one or add it.
func TestHandTaggedNameFiled(t *testing.T) {
	const text = "Élise Ménard 😀 arrive. Puis ELISE ME\u0301NARD part, et Jean aussi."
	cases := []struct {
		name, words string
		key         rune
		namesakes   int // entities PER "Élise Ménard" in the document
		filed       bool
		status      string
	}{
		{"one namesake", "ELISE ME\u0301NARD", 'p', 1, true, "Tagged PER “ELISE ME\u0301NARD”, a mention of the entity “Élise Ménard” named so"},
		{"two namesakes", "ELISE ME\u0301NARD", 'p', 2, false, "Tagged PER “ELISE ME\u0301NARD”, of no entity yet: Entities › New entity from selected span makes one, Add selected span files it under the entity shown"},
		{"another type", "ELISE ME\u0301NARD", 'o', 1, false, "Tagged ORG “ELISE ME\u0301NARD”, of no entity yet: Entities › New entity from selected span makes one, Add selected span files it under the entity shown"},
		{"no namesake", "Jean", 'p', 1, false, "Tagged PER “Jean”, of no entity yet: Entities › New entity from selected span makes one, Add selected span files it under the entity shown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := annotate.NewDocument("names", "Names", text, "fr", "en")
			d.AddSegment(0, len(text), 0, annotate.KindSentence)
			ed := annotate.NewEditor(d)
			var ent *annotate.Entity
			for range c.namesakes {
				sp := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Élise Ménard"), Label: annotate.LabelPER}
				must(t, ed.AddSpan(sp))
				ent = &annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Élise Ménard"}, Mentions: []string{sp.ID}}
				must(t, ed.AddEntity(ent))
			}
			ui, _ := newTestUI(t, d, false)
			n := len(ent.Mentions)
			tagSource(t, ui, c.words, c.key)
			sp := d.Span(ui.selSpan)
			if sp == nil || d.SpanText(sp) != c.words {
				t.Fatalf("selected span %v", sp)
			}
			if got := d.EntityOf(sp.ID); (got == ent) != c.filed || !c.filed && got != nil {
				t.Errorf("filed under %+v, want under the namesake: %v", got, c.filed)
			}
			if ui.status.Text != c.status {
				t.Errorf("status %q, want %q", ui.status.Text, c.status)
			}
			ui.handleShortcut(&fyne.ShortcutUndo{})
			if d.Span(sp.ID) != nil || len(ent.Mentions) != n {
				t.Errorf("after one Ctrl+Z: span %v, %d mentions, want %d", d.Span(sp.ID), len(ent.Mentions), n)
			}
		})
	}
}
