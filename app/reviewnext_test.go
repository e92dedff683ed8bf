package app

import (
	"slices"
	"strings"
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

// TestReviewNextStopsOnTheQuoteOfItsSpeaker: "Sergueï Lavrov a déclaré : « … »", all proposed with the
// speaker and cue links, cost three a presses in reading order (the name, the verb, the quote) when
// accepting the quote confirms the three. Ctrl+J now stops on the quote alone, a confirms it with its
// speaker and verb in one undo step and says so; rejected, the quote leaves the speaker's mention and
// entity as they were, and Ctrl+J stops on the name again.
func TestReviewNextStopsOnTheQuoteOfItsSpeaker(t *testing.T) {
	d := testDoc(t) // seg 0: QUOTE « Le dialogue 😀 est libre » (auto), PER Sergueï Lavrov (auto)
	quote, per := d.Spans[0], d.Spans[1]
	ed := annotate.NewEditor(d)
	verb := strings.Index(sampleText, "déclaré")
	cue := &annotate.Span{Side: annotate.Source, Start: verb, End: verb + len("déclaré"), Label: annotate.LabelCue, Origin: annotate.Auto, Confidence: 0.7}
	must(t, ed.AddSpan(cue))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.8}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkCue, From: quote.ID, To: cue.ID, Origin: annotate.Auto, Confidence: 0.8}))
	entity := d.EntityOf(per.ID)
	ui, _ := newTestUI(t, d, false)
	next := func() { ui.handleShortcut(custom(fyne.KeyJ, ctrl)) }
	next()
	if ui.selSpan != quote.ID {
		t.Fatalf("Ctrl+J went to %q, want the quote %q, which a confirms with its speaker and verb", ui.selSpan, quote.ID)
	}
	ui.handleShortcut(custom(fyne.KeyJ, ctrl|shift))
	if ui.selSpan != quote.ID {
		t.Errorf("Ctrl+Shift+J went to %q, want the quote %q again, the only thing to review", ui.selSpan, quote.ID)
	}
	must(t, ui.acceptSelected())
	for _, sp := range []*annotate.Span{quote, per, cue} {
		if sp.Origin != annotate.Human {
			t.Errorf("after a on the quote, %s %q is still a suggestion", sp.Label, d.SpanText(sp))
		}
	}
	if want := "Accepted QUOTE « Le dialogue 😀 est libre », and with it PER “Sergueï Lavrov”, CUE “déclaré”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	next()
	if want := "Nothing left to confirm: every annotation is accepted"; ui.status.Text != want {
		t.Errorf("after one a, Ctrl+J says %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if quote.Origin != annotate.Auto || per.Origin != annotate.Auto || cue.Origin != annotate.Auto {
		t.Fatalf("one Ctrl+Z left quote %s, speaker %s, verb %s; want all suggestions again", quote.Origin, per.Origin, cue.Origin)
	}

	next()
	must(t, ui.rejectSelected())
	if d.Span(quote.ID) != nil || d.Span(per.ID) == nil || per.Origin != annotate.Auto || d.EntityOf(per.ID) != entity {
		t.Errorf("rejecting the quote: quote %v, speaker's mention %v (%s), entity %v, want the quote gone and the mention as it was in %v",
			d.Span(quote.ID), d.Span(per.ID), per.Origin, d.EntityOf(per.ID), entity)
	}
	next()
	if ui.selSpan != per.ID {
		t.Errorf("with the quote rejected, Ctrl+J went to %q, want the name %q, no longer reviewed with it", ui.selSpan, per.ID)
	}
}

// TestReviewNextQuotePassesOverTheNames: Alt+J goes from quotation to quotation with something to
// confirm, passing over the suggested names Ctrl+J stops at (seven stops a quotation in a long
// article), round the end; Alt+Shift+J goes back; a then confirms the quote it selected, and with
// every quote confirmed the status line says so, names still waiting.
func TestReviewNextQuotePassesOverTheNames(t *testing.T) {
	d := testDoc(t) // seg 0: QUOTE « Le dialogue 😀 est libre » (auto), PER Sergueï Lavrov (auto)
	first := d.Spans[0]
	ed := annotate.NewEditor(d)
	auto := func(label, words string) *annotate.Span {
		at := strings.Index(sampleText, words)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Origin: annotate.Auto, Confidence: 0.8}
		must(t, ed.AddSpan(sp))
		return sp
	}
	auto(annotate.LabelPER, "Donald Trump")
	second := auto(annotate.LabelQuote, "« très bonne rencontre »")
	auto(annotate.LabelLOC, "Washington")
	ui, _ := newTestUI(t, d, false)
	next := func() { ui.handleShortcut(custom(fyne.KeyJ, alt)) }
	prev := func() { ui.handleShortcut(custom(fyne.KeyJ, alt|shift)) }
	var got []string
	for range 3 {
		next()
		got = append(got, ui.selSpan)
	}
	if want := []string{first.ID, second.ID, first.ID}; !slices.Equal(got, want) {
		t.Fatalf("Alt+J went to %v, want the two quotes and round to the first %v", got, want)
	}
	prev()
	if ui.selSpan != second.ID {
		t.Errorf("Alt+Shift+J from the first quote went to %q, want round to the last, %q", ui.selSpan, second.ID)
	}
	must(t, ui.acceptSelected())
	next()
	if ui.selSpan != first.ID {
		t.Fatalf("Alt+J after accepting the second quote went to %q, want the first %q", ui.selSpan, first.ID)
	}
	must(t, ui.acceptSelected())
	if g := greyed(t, ui); !g["Next quote to confirm"] || g["Next annotation to confirm"] {
		t.Errorf("every quote confirmed, names left: greyed: next quote %v, next annotation %v; want true, false",
			g["Next quote to confirm"], g["Next annotation to confirm"])
	}
	next()
	if want := "No quote left to confirm"; ui.status.Text != want {
		t.Errorf("with no quote to confirm the status says %q, want %q", ui.status.Text, want)
	}
}
