package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Reviewing pre-annotation from the keyboard: Ctrl+J goes to the next span with something left to
// confirm (a suggestion, or a quote whose speaker or cue link is one: see acceptable), Ctrl+Shift+J
// to the one before, in reading order, so that a, r, s and k act on it at once; clicking each of a
// hundred suggestions, or finding them by eye among the confirmed spans, was the only way.

// readingPlace orders spans as a reader meets them: by segment, the French before the English, then
// by start, the outer before the inner.
type readingPlace struct{ seg, side, start, end int }

func (a readingPlace) before(b readingPlace) bool {
	switch {
	case a.seg != b.seg:
		return a.seg < b.seg
	case a.side != b.side:
		return a.side < b.side
	case a.start != b.start:
		return a.start < b.start
	}
	return a.end > b.end
}

// placeOf returns sp's reading place; ok is false for a span outside every segment.
func placeOf(d *annotate.Document, sp *annotate.Span) (p readingPlace, ok bool) {
	if sp.Side == annotate.Target {
		p = readingPlace{seg: d.SegmentIndex(sp.Segment), side: 1, start: sp.Start, end: sp.End}
	} else {
		p = readingPlace{seg: d.SegmentAt(sp.Start), start: sp.Start, end: sp.End}
	}
	return p, p.seg >= 0
}

// reviewFrom is where the search starts: the selected span, else just before the current segment.
func (ui *UI) reviewFrom() readingPlace {
	if sp := ui.doc.Span(ui.selSpan); sp != nil {
		if p, ok := placeOf(ui.doc, sp); ok {
			return p
		}
	}
	return readingPlace{seg: ui.cur, side: -1}
}

// reviewedWithQuote returns the spans that accepting a quote to confirm confirms with it (see
// annotate.Editor.Accept): the mention its speaker link points to and the verb of its cue link. A
// reader meets "Sergueï Lavrov a déclaré : « … »" speaker first, so Ctrl+J stopped on the name, then
// the verb, then the quote, three a presses for one judgement; it stops on the quote alone, whose
// status line names the speaker, and a on it confirms the three in one undo step. A rejected quote
// no longer covers them: they are stopped at again.
func reviewedWithQuote(d *annotate.Document) map[string]bool {
	covered := map[string]bool{}
	for _, l := range d.Links {
		if l.Type != annotate.LinkSpeaker && l.Type != annotate.LinkCue {
			continue
		}
		if q := d.Span(l.From); q != nil && q.Label == annotate.LabelQuote && acceptable(d, q) {
			covered[l.To] = true
		}
	}
	return covered
}

// toReview returns the span with something to confirm nearest after from (before it, back), going
// round the document's end, leaving aside those a quote's acceptance confirms (reviewedWithQuote)
// and, with quotes, all but the quotations the Quotes tab lists; "" when there is none.
func toReview(d *annotate.Document, from readingPlace, back, quotes bool) string {
	var next, first string
	var nextAt, firstAt readingPlace
	covered := reviewedWithQuote(d)
	for _, sp := range d.Spans {
		p, ok := placeOf(d, sp)
		if !ok || !acceptable(d, sp) || covered[sp.ID] || quotes && !isQuote(sp) {
			continue
		}
		if back {
			p = readingPlace{-p.seg, -p.side, -p.start, -p.end} // the same order, reversed
		}
		if first == "" || p.before(firstAt) {
			first, firstAt = sp.ID, p
		}
		at := from
		if back {
			at = readingPlace{-from.seg, -from.side, -from.start, -from.end}
		}
		if at.before(p) && (next == "" || p.before(nextAt)) {
			next, nextAt = sp.ID, p
		}
	}
	if next == "" {
		return first // round the end
	}
	return next
}

// reviewNext goes to the next (back: the previous) span with something to confirm and selects it;
// with quotes, to the next quotation so, passing over the names (Alt+J). An analyst whose work is the
// quotations went through the names too: in a 150 KB article of 230 suggested quotations, Ctrl+J
// stops 1,665 times, some seven times a quotation; Alt+J then a confirms each in two keys.
func (ui *UI) reviewNext(back, quotes bool) {
	if id := toReview(ui.doc, ui.reviewFrom(), back, quotes); id != "" {
		ui.jumpToSpan(id)
		return
	}
	if quotes {
		ui.setStatus(lang.L("No quote left to confirm"))
		return
	}
	ui.setStatus(lang.L("Nothing left to confirm: every annotation is accepted"))
}

// toConfirmIn counts the spans of segment i, on either side, that Ctrl+J stops at: its annotations
// left to confirm.
func toConfirmIn(d *annotate.Document, i int) int {
	covered := reviewedWithQuote(d)
	n := 0
	for _, sp := range d.Spans {
		if p, ok := placeOf(d, sp); ok && p.seg == i && acceptable(d, sp) && !covered[sp.ID] {
			n++
		}
	}
	return n
}

// reviewedWithPending says, once Alt+Enter has marked segment i reviewed, how many of its annotations
// are still suggestions (a quote's speaker, a name): the review stamp covered the English alone, and
// the reviewer, who checks speakers and names too, had moved on to the next segment without a word.
func (ui *UI) reviewedWithPending(i int) {
	if i < 0 || i >= len(ui.doc.Segments) || ui.doc.Segments[i].Status != annotate.StatusReviewed {
		return
	}
	if k := toConfirmIn(ui.doc, i); k > 0 {
		ui.setStatus(lang.N("Segment {{.N}} reviewed, but {{.Count}} annotations in it are left to confirm (Ctrl+J goes to the next)",
			k, map[string]any{"N": i + 1, "Count": k}))
	}
}
