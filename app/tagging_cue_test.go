package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestHandTaggedQuoteProposedItsCue: a quotation tagged by hand had no cue, where pre-annotation
// links its own to their reporting verb. Tagging « Le dialogue 😀 est libre » now proposes "déclaré",
// the verb of its introducing clause as the quote detector reads it, as a suggestion (the verb tagged
// CUE and linked, both auto) in the tagging's undo step; the status line says so, and a on the quote
// confirms both. A verb already tagged is linked as it is; one rejected as a CUE is not proposed
// again; words the detector sees as no quotation get no cue.
func TestHandTaggedQuoteProposedItsCue(t *testing.T) {
	const quote, verb = "«\u00a0Le dialogue 😀 est libre\u00a0»", "déclaré"
	text := strings.NewReplacer("« ", "«\u00a0", " »", "\u00a0»").Replace(sampleText)
	newDoc := func() *annotate.Document {
		d := annotate.NewDocument("cue", "Cue", text, "fr", "en")
		d.AddSegment(0, strings.Index(text, "Donald")-1, 0, annotate.KindSentence)
		d.AddSegment(strings.Index(text, "Donald"), strings.Index(text, "Le ministre")-2, 0, annotate.KindSentence)
		d.AddSegment(strings.Index(text, "Le ministre"), len(text), 1, annotate.KindSentence)
		return d
	}
	d := newDoc()
	ui, _ := newTestUI(t, d, false)
	tagSource(t, ui, quote, 'q')
	q := d.Span(ui.selSpan)
	if q == nil || d.SpanText(q) != quote || q.Origin != annotate.Human {
		t.Fatalf("tagged %+v", q)
	}
	l := d.LinkFrom(q.ID, annotate.LinkCue)
	if l == nil || l.Origin != annotate.Auto || d.Span(l.To) == nil || d.SpanText(d.Span(l.To)) != verb || d.Span(l.To).Origin != annotate.Auto {
		t.Fatalf("cue link %+v, want a suggestion to the verb %q, itself a suggestion", l, verb)
	}
	if want := "Tagged QUOTE «\u00a0Le dialogue 😀 est libre\u00a0» — reporting verb “déclaré” proposed as its cue: a accepts both, r on the verb rejects it"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	cue := d.Span(l.To)
	must(t, ui.acceptSelected())
	if l.Origin != annotate.Human || cue.Origin != annotate.Human {
		t.Errorf("a on the quote left link %s, verb %s", l.Origin, cue.Origin)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if len(d.Spans) != 0 || len(d.Links) != 0 {
		t.Fatalf("after two Ctrl+Z (accept, tag): %d spans, %d links, want none", len(d.Spans), len(d.Links))
	}

	// the verb tagged already: linked as it is; rejected: not proposed
	at := strings.Index(text, verb)
	mine := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(verb), Label: annotate.LabelCue, Origin: annotate.Human}
	must(t, ui.ed.AddSpan(mine))
	tagSource(t, ui, quote, 'q')
	if l := d.LinkFrom(ui.selSpan, annotate.LinkCue); l == nil || l.To != mine.ID || len(d.Spans) != 2 {
		t.Errorf("with the verb tagged: cue link %+v, %d spans; want a link to it and no second verb", l, len(d.Spans))
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	must(t, ui.ed.RemoveSpan(mine.ID))
	tagSource(t, ui, quote, 'q')
	auto := d.Span(d.LinkFrom(ui.selSpan, annotate.LinkCue).To)
	ui.selectSpan(auto.ID)
	must(t, ui.rejectSelected())
	must(t, ui.ed.RemoveSpan(ui.doc.Spans[0].ID))
	tagSource(t, ui, quote, 'q')
	if l := d.LinkFrom(ui.selSpan, annotate.LinkCue); l != nil {
		t.Errorf("the verb rejected as a cue was proposed again: %+v", l)
	}

	tagSource(t, ui, "Sergueï Lavrov", 'q') // no quotation to the detector
	if l := d.LinkFrom(ui.selSpan, annotate.LinkCue); l != nil {
		t.Errorf("words that are no quotation to the detector got the cue %+v", l)
	}
}
