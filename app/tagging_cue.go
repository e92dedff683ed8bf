package app

import (
	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/quotes"
)

// A quotation tagged by hand had no cue: pre-annotation links its own quotes to their reporting verb,
// but one it left under its threshold, or tagged before it ran, or whose bounds it got wrong, lacked
// the verb in the Quotes tab and the exports unless the person linked it (s, then the verb). Tagging
// it now proposes the verb the quote detector finds for it, as a suggestion the person accepts with
// the quote (a) or rejects, in the tagging's undo step.

// cueContext is how many sentences before and after a quotation detectedCue reads with it: its
// introducing clause may end the sentence before ("Il a déclaré :"), and the detector reads the
// quotations around it to tell an incise from the next quotation's introduction.
const cueContext = 3

// detectedCue returns the reporting verb the quote detector of pre-annotation (annotate/quotes, with
// its lexicon) gives the quotation quote covers, read with the sentences around it in its paragraph (a document's text is
// NFC, as the detector reads it): the verb of its incise or of the clause introducing it, and the
// detector's confidence; ok is false when it finds none (a quotation it does not see as one, a verb it
// does not know). A verb in quoted words, or carried over from a quotation before another one (« … »,
// a dit X. Puis « Fin. »), is no cue of it.
func detectedCue(d *annotate.Document, quote *annotate.Span) (cue quotes.Span, conf float64, ok bool) {
	first, last := d.SegmentAt(quote.Start), d.SegmentAt(quote.End-1)
	if quote.Side != annotate.Source || first < 0 || last < 0 {
		return cue, 0, false
	}
	// the sentences around it in its paragraph, some at most: a text imported without blank lines
	// is one paragraph, which the detector would read whole at each quotation tagged
	for n := 0; n < cueContext && first > 0 && d.Segments[first-1].Paragraph == d.Segments[first].Paragraph; n++ {
		first--
	}
	for n := 0; n < cueContext && last+1 < len(d.Segments) && d.Segments[last+1].Paragraph == d.Segments[last].Paragraph; n++ {
		last++
	}
	from, to := d.Segments[first].Start, d.Segments[last].End
	parts := quotes.Find(d.Text[from:to])
	for _, q := range parts {
		if q.Cue.Empty() || q.Start+from >= quote.End || q.End+from <= quote.Start || !ownCue(parts, q) {
			continue
		}
		return quotes.Span{Start: q.Cue.Start + from, End: q.Cue.End + from}, q.Confidence, true
	}
	return cue, 0, false
}

// ownCue reports whether q's cue is its own: in no quoted words, and with no part of another
// quotation between it and q.
func ownCue(parts []quotes.Quote, q quotes.Quote) bool {
	lo, hi := min(q.Cue.End, q.End), max(q.Cue.Start, q.Start) // the words between the verb and q
	for _, p := range parts {
		if p.Start < q.Cue.End && p.End > q.Cue.Start {
			return false
		}
		if p.Group != q.Group && p.Start >= lo && p.End <= hi {
			return false
		}
	}
	return true
}

// proposeCue links quote, just tagged, to the reporting verb detectedCue finds, as a suggestion, the
// verb's CUE span made a suggestion too when it is not tagged yet; nothing when the verb was rejected
// as a CUE (pre-annotation never proposes it again). Part of the caller's batch. It returns the link
// added, or nil.
func (ui *UI) proposeCue(quote *annotate.Span) (*annotate.Link, error) {
	d := ui.doc
	v, conf, ok := detectedCue(d, quote)
	if !ok || d.LinkFrom(quote.ID, annotate.LinkCue) != nil || d.RejectedSource(v.Start, v.End, annotate.LabelCue) {
		return nil, nil
	}
	var verb *annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Label == annotate.LabelCue && sp.Start == v.Start && sp.End == v.End {
			verb = sp
		}
	}
	if verb == nil {
		verb = &annotate.Span{Side: annotate.Source, Start: v.Start, End: v.End, Label: annotate.LabelCue, Origin: annotate.Auto, Confidence: conf}
		if err := ui.ed.AddSpan(verb); err != nil {
			return nil, err
		}
	}
	l := &annotate.Link{Type: annotate.LinkCue, From: quote.ID, To: verb.ID, Origin: annotate.Auto, Confidence: conf}
	return l, ui.ed.AddLink(l)
}
