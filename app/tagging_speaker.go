package app

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// errNoQuote is returned when a speaker is to be linked with no quote of the French selected or
// designated. An English quotation may be: speakers are linked on the French, and the English
// quotation gets its speaker from its French one by projection (the list of people and the speaker
// mentions are the French's), so the message says that instead of asking for a quote.
func (ui *UI) errNoQuote() error {
	anyQuote := func(sp *annotate.Span) bool { return sp.Label == annotate.LabelQuote }
	if sp := ui.designated(anyQuote); sp != nil && sp.Side == annotate.Target {
		return errors.New(lang.L("An English quotation takes its speaker from the French one: link the speaker on the French quotation"))
	}
	return errors.New(lang.L("Select a quote (QUOTE span) first, then its speaker"))
}

// isQuote reports whether sp is a quote of the French, which speakers are linked to.
func isQuote(sp *annotate.Span) bool {
	return sp.Side == annotate.Source && sp.Label == annotate.LabelQuote
}

// designatedQuote returns the quote a speaker is to be linked to: the selected span when it is a
// quote, else the innermost quote the text selection or the caret designates (the caret may be on a
// name inside the quote). A selected span that is no quote is refused, as it always was.
func (ui *UI) designatedQuote() *annotate.Span {
	if sp := ui.designated(nil); sp != nil && sp.ID == ui.selSpan && !isQuote(sp) {
		return nil
	}
	return ui.designated(isQuote)
}

// startLink enters link mode for the selected or designated quote: the next span tapped, or the
// mention the caret is in when s is pressed again, becomes its speaker.
func (ui *UI) startLink() error {
	sp := ui.designatedQuote()
	if sp == nil {
		return ui.errNoQuote()
	}
	if sp.ID != ui.selSpan {
		ui.selectSpan(sp.ID)
	}
	ui.linkFrom = sp.ID
	// What to click and the key that leaves come first, and in short while the whole is cut: the
	// prompt began "Speaker or cue:" and put Escape last, which the French line lost at 1280 pixels.
	ui.setStatusShort(lang.L("Click the speaker or the reporting verb, or put the cursor on it then s; Escape: cancel; Alt+S: list"),
		lang.L("Click the name or the verb; Escape: cancel"))
	ui.palette.update()
	return nil
}

// canSpeak reports whether sp may be a speaker of quote: a mention in the French, not a quote nor a
// reporting verb.
func canSpeak(quote string) func(*annotate.Span) bool {
	return func(sp *annotate.Span) bool {
		return sp.ID != quote && sp.Side == annotate.Source && sp.Label != annotate.LabelQuote && sp.Label != annotate.LabelCue
	}
}

// linkDesignated ends link mode by making the mention the text selection or the caret designates
// (see designated) the speaker of the quote waiting for one: the keyboard's way of clicking it.
func (ui *UI) linkDesignated() error {
	quote := ui.linkFrom
	speaks := canSpeak(quote)
	sp := ui.designated(func(sp *annotate.Span) bool { return speaks(sp) || isCue(sp) })
	if sp == nil {
		if sel, ok := ui.tagSelection(); ok && sel.Side == annotate.Source && ui.sameRange(sel) == nil {
			return ui.linkNewMention(quote)
		}
		return errors.New(lang.L("Put the cursor on the speaker's name (a tagged mention) or the reporting verb and press s again, or Escape"))
	}
	return ui.linkTo(quote, sp.ID)
}

// linkNewMention tags the French words selected PER and makes them quote's speaker, in one undo
// step: s on the words of a speaker pre-annotation missed, selected in link mode, said to put the
// cursor on a tagged name; it took p on them first, then s, two steps to undo.
func (ui *UI) linkNewMention(quote string) error {
	q := ui.doc.Span(quote)
	if q == nil {
		return nil
	}
	suggested := q.Origin == annotate.Auto
	var who *annotate.Span
	err := ui.ed.Batch("link speaker", func() error {
		if err := ui.applyLabel(annotate.LabelPER); err != nil {
			return err
		}
		if who = ui.doc.Span(ui.selSpan); who == nil || who.Label != annotate.LabelPER || who.Side != annotate.Source {
			return errors.New(lang.L("Put the cursor on the speaker's name (a tagged mention) or the reporting verb and press s again, or Escape"))
		}
		return ui.linkSpeaker(quote, who.ID)
	})
	if err != nil {
		return err
	}
	args := map[string]any{"Span": ui.spanName(who), "Speaker": ui.speakerName(who.ID), "Quote": ui.quotedWords(quote)}
	if suggested {
		ui.setStatus(lang.L("Tagged {{.Span}}; speaker linked: {{.Speaker}} says {{.Quote}}; quotation accepted", args))
	} else {
		ui.setStatus(lang.L("Tagged {{.Span}}; speaker linked: {{.Speaker}} says {{.Quote}}", args))
	}
	return nil
}

// isCue reports whether sp is a reporting verb of the French, which link mode makes a quote's cue.
func isCue(sp *annotate.Span) bool {
	return sp.Side == annotate.Source && sp.Label == annotate.LabelCue
}

// linkTo ends link mode for quote with span id, clicked or designated: a reporting verb becomes its
// cue, a mention its speaker. Anything else (another quotation, an English span) is refused, link
// mode staying on for another try: it became the speaker, the verb "a déclaré" saying the quotation
// in the Quotes tab and the exports.
func (ui *UI) linkTo(quote, id string) error {
	sp := ui.doc.Span(id)
	switch {
	case sp == nil:
		return nil
	case isCue(sp):
		ui.linkFrom = ""
		ui.palette.update()
		return ui.linkCue(quote, id)
	case !canSpeak(quote)(sp):
		return errors.New(lang.L("{{.Span}} cannot say the quotation: click the speaker's name, or the reporting verb to link it as the cue; Escape cancels",
			map[string]any{"Span": ui.spanName(sp)}))
	}
	ui.linkFrom = ""
	return ui.linkSpeaker(quote, id)
}

// linkCue makes verb the reporting verb of quote (see annotate.Editor.SetCue) and says so.
func (ui *UI) linkCue(quote, verb string) error {
	if err := ui.ed.SetCue(quote, verb); err != nil {
		return err
	}
	ui.setStatus(lang.L("Cue linked: {{.Cue}} reports {{.Quote}}", map[string]any{"Cue": ui.quotedWords(verb), "Quote": ui.quotedWords(quote)}))
	return nil
}

// pickSpeaker opens the status bar's list of the document's people for the quote waiting for a
// speaker, or else the selected or designated quote: arrows and Enter choose, Escape closes it and
// leaves the quote as it was. The list takes the keyboard focus while it is open and gives it back to
// where it was, the caret where it was.
func (ui *UI) pickSpeaker() error {
	q := ui.doc.Span(ui.linkFrom)
	if q == nil {
		q = ui.designatedQuote()
	}
	if q == nil {
		return ui.errNoQuote()
	}
	was := ui.selSpan
	if q.ID != ui.selSpan {
		ui.selectSpan(q.ID)
	}
	ui.palette.update()
	if len(ui.palette.speaker.Options) == 0 {
		return errors.New(lang.L("No person is tagged in the document: tag the speaker's name first"))
	}
	ui.palette.openSpeakers()
	if was != q.ID { // Escape leaves the quote as it was: designated by the caret, not selected
		ui.palette.picker.cancel = func() {
			if ui.selSpan == q.ID && ui.linkFrom != q.ID {
				ui.deselectSpan()
			}
		}
	}
	return nil
}

// linkSpeaker makes speaker the speaker of quote and says so (who says what), leaving link mode if it was on for
// quote (the speaker may come from the list of people). Linking confirms a suggested quote (see
// annotate.Editor.SetSpeaker): the status line says that too, since the quote's "suggestion" note
// goes away with it.
func (ui *UI) linkSpeaker(quote, speaker string) error {
	return ui.linkSpeakerFiled(quote, speaker, "")
}

// linkSpeakerFiled is linkSpeaker filing the speaker's mention under entity entity first, in the
// same undo step, when entity is not "".
func (ui *UI) linkSpeakerFiled(quote, speaker, entity string) error {
	q := ui.doc.Span(quote)
	suggested := q != nil && q.Origin == annotate.Auto
	if ui.linkFrom == quote {
		ui.linkFrom = ""
	}
	var followed int
	err := ui.ed.Batch("link speaker", func() error {
		same := ui.sameSuggestedSpeaker(quote, speaker)
		if entity != "" {
			if err := ui.ed.SetMentionEntity(speaker, entity); err != nil {
				return err
			}
		}
		if err := ui.ed.SetSpeaker(quote, speaker); err != nil {
			return err
		}
		for _, l := range same {
			moved := &annotate.Link{Type: l.Type, From: l.From, To: speaker, Origin: l.Origin, Confidence: l.Confidence}
			if err := ui.ed.RemoveLink(l.ID); err != nil {
				return err
			}
			if err := ui.ed.AddLink(moved); err != nil {
				return err
			}
		}
		followed = len(same)
		return nil
	})
	if err != nil {
		return err
	}
	args := map[string]any{"Speaker": ui.speakerName(speaker), "Quote": ui.quotedWords(quote)}
	var msg string
	if suggested {
		msg = lang.L("Speaker linked: {{.Speaker}} says {{.Quote}}; quotation accepted", args)
	} else {
		msg = lang.L("Speaker linked: {{.Speaker}} says {{.Quote}}", args)
	}
	if followed > 0 {
		msg += " — " + lang.N("suggested too for the {{.Count}} other quotations of the paragraph that had the same suggested speaker", followed, map[string]any{"Count": followed})
	}
	ui.setStatus(msg)
	return nil
}

// sameSuggestedSpeaker returns the suggested speaker links of the other French quotations of quote's
// paragraph that point where quote's suggested speaker link points, when speaker is another mention:
// pre-annotation gives the quotations of one sentence or paragraph the same speaker, so that one
// wrong there is wrong for them all (an analyst put right three quotations given to "France" one by
// one). They follow the correction as suggestions, in the same undo step; a quotation whose speaker
// a person confirmed keeps it.
func (ui *UI) sameSuggestedSpeaker(quote, speaker string) []annotate.Link {
	d := ui.doc
	q, old := d.Span(quote), d.LinkFrom(quote, annotate.LinkSpeaker)
	if q == nil || q.Side != annotate.Source || old == nil || old.Origin != annotate.Auto || old.To == speaker {
		return nil
	}
	para := func(sp *annotate.Span) int {
		if i := d.SegmentAt(sp.Start); i >= 0 {
			return d.Segments[i].Paragraph
		}
		return -1
	}
	p := para(q)
	var out []annotate.Link
	for _, l := range d.LinksOf(old.To) {
		o := d.Span(l.From)
		if l.Type != annotate.LinkSpeaker || l.To != old.To || l.From == quote || l.Origin != annotate.Auto || o == nil ||
			o.Side != annotate.Source || para(o) != p {
			continue
		}
		out = append(out, *l)
	}
	return out
}

// unlinkSpeaker removes the quote's speaker link, in one undo step; the speaker's mention stays, as
// it may name someone rightly where it is.
func (ui *UI) unlinkSpeaker(quote string) error {
	l := ui.doc.LinkFrom(quote, annotate.LinkSpeaker)
	if l == nil {
		return nil
	}
	who := ui.speakerName(l.To)
	if err := ui.ed.RemoveSpeaker(quote); err != nil { // its English quotation's too
		return err
	}
	ui.setStatus(lang.L("Speaker unlinked: {{.Speaker}} no longer says {{.Quote}}", map[string]any{"Speaker": who, "Quote": ui.quotedWords(quote)}))
	return nil
}

// cancelLink leaves link mode.
func (ui *UI) cancelLink() {
	if ui.linkFrom != "" {
		ui.linkFrom = ""
		ui.setStatus(lang.L("Link cancelled"))
		ui.palette.update()
	}
}
