package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestReviewNextWalksTheSuggestions: Ctrl+J goes from suggestion to suggestion in reading order (the
// English of a segment after its French), leaving the confirmed spans aside, round the end of the
// document; Ctrl+Shift+J goes back. Each lands selected, so that a accepts it at once, and a confirmed
// quote whose speaker link is still a suggestion is stopped at too. With nothing left, the status
// line says so.
func TestReviewNextWalksTheSuggestions(t *testing.T) {
	d := testDoc(t) // seg 0: QUOTE « Le dialogue 😀 est libre » (auto), PER Sergueï Lavrov (auto)
	quote, per := d.Spans[0], d.Spans[1]
	d.Segments[1].Target = "Donald Trump hailed a “very good meeting”."
	ed := annotate.NewEditor(d)
	trump := &annotate.Span{Side: annotate.Target, Segment: d.Segments[1].ID, Start: 0, End: len("Donald Trump"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.7}
	must(t, ed.AddSpan(trump))
	washington := &annotate.Span{Side: annotate.Source, Start: len(sampleText) - len("Washington."), End: len(sampleText) - 1, Label: annotate.LabelLOC}
	must(t, ed.AddSpan(washington)) // a person's: never stopped at
	ui, _ := newTestUI(t, d, false)
	next := func() { ui.handleShortcut(custom(fyne.KeyJ, ctrl)) }
	prev := func() { ui.handleShortcut(custom(fyne.KeyJ, ctrl|shift)) }
	var got []string
	for range 4 {
		next()
		got = append(got, ui.selSpan)
	}
	if want := []string{per.ID, quote.ID, trump.ID, per.ID}; !slices.Equal(got, want) {
		t.Fatalf("Ctrl+J went to %v, want %v (Lavrov, the quotation in him, Trump's English, round to Lavrov)", got, want)
	}
	prev()
	if ui.selSpan != trump.ID {
		t.Errorf("Ctrl+Shift+J from the first suggestion went to %q, want round to the last, %q", ui.selSpan, trump.ID)
	}
	prev()
	prev()
	if ui.selSpan != per.ID {
		t.Fatalf("two Ctrl+Shift+J more went to %q, want %q", ui.selSpan, per.ID)
	}
	must(t, ui.acceptSelected()) // the span Ctrl+J selected is the one a acts on
	if per.Origin != annotate.Human {
		t.Fatal("accepting after Ctrl+J did not confirm the span it went to")
	}
	quote.Origin = annotate.Human // confirmed, its speaker still suggested
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.8}))
	ui.deselectSpan()
	ui.focusSegment(0, annotate.Source)
	next()
	if ui.selSpan != quote.ID {
		t.Errorf("Ctrl+J went to %q, want the confirmed quote with a suggested speaker %q", ui.selSpan, quote.ID)
	}
	must(t, ui.acceptSelected())
	must(t, ui.ed.Accept(trump.ID))
	next()
	if want := "Nothing left to confirm: every annotation is accepted"; ui.status.Text != want {
		t.Errorf("with nothing to confirm the status says %q, want %q", ui.status.Text, want)
	}
}

// TestReviewNextGreyedWithNothingToConfirm: Next and Previous annotation to confirm were never greyed,
// even with every annotation accepted. They are greyed as the menu's other items are, and stay offered
// while a confirmed quote's speaker link is still a suggestion, when Accept all is greyed already.
func TestReviewNextGreyedWithNothingToConfirm(t *testing.T) {
	d := testDoc(t) // seg 0: QUOTE « Le dialogue 😀 est libre » (auto), PER Sergueï Lavrov (auto)
	quote, per := d.Spans[0], d.Spans[1]
	ui, _ := newTestUI(t, d, false)
	const next, prev, all = "Next annotation to confirm", "Previous annotation to confirm", "Accept all suggestions"
	check := func(when string, wantNext, wantAll bool) {
		t.Helper()
		g := greyed(t, ui)
		if g[next] != wantNext || g[prev] != wantNext || g[all] != wantAll {
			t.Errorf("%s: greyed: next %v, previous %v, accept all %v; want %v, %v, %v", when, g[next], g[prev], g[all], wantNext, wantNext, wantAll)
		}
	}
	check("opened with suggestions", false, false)
	must(t, ui.ed.Accept(per.ID))
	quote.Origin = annotate.Human // confirmed (its bounds corrected, say), its speaker still suggested
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.8}))
	check("a suggested speaker link left", false, true)
	ui.selectSpan(quote.ID)
	must(t, ui.acceptSelected()) // confirms the speaker link
	check("everything confirmed", true, true)
	ui.handleShortcut(custom(fyne.KeyJ, ctrl)) // the shortcut still says why
	if want := "Nothing left to confirm: every annotation is accepted"; ui.status.Text != want {
		t.Errorf("Ctrl+J greyed says %q, want %q", ui.status.Text, want)
	}
	ui.undoStep()
	check("undone", false, true)
}
