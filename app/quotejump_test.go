package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// TestQuotesRowToAnotherQuoteOfTheSegment: going from the Quotes tab to the next quote of the same
// segment (the analyst's way through « abjectes », « abattre », « pas le moindre doute » of one
// sentence) marks that quote's row and leaves the span keys and buttons on it. The words of the quote
// gone to before stayed selected while the new one was selected, and a selection beats the selected
// span: the row of the quote before stayed marked, and Accept stayed greyed for a suggestion, as it
// was for the quote before, already accepted.
func TestQuotesRowToAnotherQuoteOfTheSegment(t *testing.T) {
	text := "Il juge « abjectes » et veut « abattre » sa candidature, affirmant « pas le moindre doute »."
	d, add := oneSegmentDoc(t, text, annotate.Auto)
	var ids []string
	for _, q := range []string{"« abjectes »", "« abattre »", "« pas le moindre doute »"} {
		ids = append(ids, add(q, annotate.LabelQuote))
	}
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	p.list.Select(0)
	must(t, ui.acceptSelected())
	for i := 1; i < len(ids); i++ {
		p.list.Select(i)
		sp := ui.designated(nil)
		if sp == nil || sp.ID != ids[i] {
			t.Fatalf("row %d gone to: the keys act on %v, want %s", i+1, sp, d.SpanText(d.Span(ids[i])))
		}
		if ui.palette.accept.Disabled() {
			t.Errorf("row %d gone to: Accept greyed for the suggestion %s", i+1, d.SpanText(sp))
		}
		for k := range ids {
			if rowMarked(p, k) != (k == i) {
				t.Errorf("row %d gone to: row %d marked %v", i+1, k+1, rowMarked(p, k))
			}
		}
	}
}

// TestQuotesListEntersOnTheMarkedQuote: Ctrl+Shift+2 after a quote was reviewed puts the list's
// focused row on that quote, so that Down goes to the next one; it went to the segment's first quote,
// and Down brought the analyst back to the quote just reviewed. Out of the marked quote's segment,
// the list enters at the first quote from the current segment on.
func TestQuotesListEntersOnTheMarkedQuote(t *testing.T) {
	d, quotes := reviewDoc(t)
	text := d.SourceText(d.Segments[30])
	ed := annotate.NewEditor(d)
	// a second quote before « La science avance. » in segment 31
	base := d.Segments[30].Start
	k := strings.Index(text, "Marie")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: base + k, End: base + k + len("Marie"), Label: annotate.LabelQuote, Origin: annotate.Human}))
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	row := func(id string) int {
		return slices.IndexFunc(p.quotes, func(q *annotate.Span) bool { return q.ID == id })
	}
	p.list.Select(row(quotes[2])) // the second quote of segment 31
	ui.focusPanel(slices.Index(ui.panels, panel(p)))
	if got, want := p.list.cursor, row(quotes[2]); got != want {
		t.Errorf("list entered at row %d, want the marked row %d", got+1, want+1)
	}
	ui.focusSegment(4, annotate.Source) // elsewhere: the first quote of that segment
	ui.focusPanel(slices.Index(ui.panels, panel(p)))
	if got, want := p.list.cursor, row(quotes[0]); got != want {
		t.Errorf("from segment 5, list entered at row %d, want %d", got+1, want+1)
	}
}

// TestQuotesRowShowsANoteComingBack: a row of the Quotes list filled again with the same size shows
// the note its quote has again. After a speaker linked by hand was undone, the row on screen said
// "Sergueï Lavrov" with neither "suggested speaker" nor "suggestion, 80% sure" beside it (the labels
// had their words, but stayed hidden as the row was laid out without notes), while the status line
// called the quote a suggestion.
func TestQuotesRowShowsANoteComingBack(t *testing.T) {
	d := testDoc(t)
	quote, per := d.Spans[0].ID, d.Spans[1].ID
	must(t, annotate.NewEditor(d).AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote, To: per, Origin: annotate.Auto, Confidence: 0.7}))
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(0, box)
	box.Resize(fyne.NewSize(400, box.MinSize().Height)) // the list lays its rows out once
	notes := func() (shown []string) {
		for k := 0; k < 2; k++ {
			line := quoteLine(box, k)
			for _, o := range line.Objects[1:4] {
				if o.Visible() {
					if l, ok := o.(*widget.Label); ok {
						shown = append(shown, l.Text)
					} else {
						shown = append(shown, "?")
					}
				}
			}
		}
		return shown
	}
	want := []string{"suggested speaker", "suggestion, 80% sure"}
	if got := notes(); !slices.Equal(got, want) {
		t.Fatalf("pre-annotated: notes shown %q, want %q", got, want)
	}
	must(t, ui.linkSpeaker(quote, per))
	p.bind(0, box)
	if got := notes(); len(got) != 0 {
		t.Errorf("speaker linked by hand: notes shown %q, want none", got)
	}
	ui.undoStep()
	p.bind(0, box)
	if got := notes(); !slices.Equal(got, want) {
		t.Errorf("link undone: notes shown %q, want %q", got, want)
	}
}

// TestQuotesSummaryWrapsWhole: the line above the Quotes list shows all its words at the side
// panel's width, on two lines if need be, the list below it: in English it read "12 quotes · 1
// without a speaker · 8 with something to con…".
func TestQuotesSummaryWrapsWhole(t *testing.T) {
	d, _ := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	want := "3 quotes · 2 without a speaker"
	if p.summary.Text != want {
		t.Fatalf("summary %q, want %q", p.summary.Text, want)
	}
	box := p.content()
	width := measure(want) * 0.7 // narrower than the line
	box.Resize(fyne.NewSize(width, 400))
	shown := strings.Join(strings.Fields(p.summary.label.Text), " ")
	if shown != want || strings.Contains(p.summary.label.Text, "…") {
		t.Errorf("summary shown %q at width %.0f, want all of %q", p.summary.label.Text, width, want)
	}
	list := box.(*fyne.Container).Objects[0] // the list, in a stack with the message shown when empty
	if below := p.summary.Position().Y + p.summary.Size().Height; list.Position().Y < below {
		t.Errorf("list at y=%.0f, over the summary ending at y=%.0f", list.Position().Y, below)
	}
	if strings.Count(p.summary.label.Text, "\n") == 0 {
		t.Errorf("summary on one line at width %.0f: %q", width, p.summary.label.Text)
	}
}
