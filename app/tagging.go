package app

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/internal/grapheme"
)

// errNoSelection is returned when a label is applied with nothing selected.
func errNoSelection() error { return errors.New(lang.L("Select some text, or click a span, first")) }

// entrySelection returns the byte range of e's selection. Fyne's Entry gives the selected text and
// the cursor (which sits at one end of the selection) but not the range: the range is whichever of
// "the selection ends at the cursor" or "starts at the cursor" matches the selected text.
func entrySelection(e *widget.Entry) (start, end int, ok bool) {
	sel := e.SelectedText()
	if sel == "" {
		return 0, 0, false
	}
	text := e.Text
	cur := runeToByte(text, e.CursorTextOffset())
	if a := cur - len(sel); a >= 0 && text[a:cur] == sel {
		return a, cur, true
	}
	if b := cur + len(sel); b <= len(text) && text[cur:b] == sel {
		return cur, b, true
	}
	return 0, 0, false
}

// runeToByte converts a code-point offset into text to a byte offset.
func runeToByte(text string, n int) int {
	if n <= 0 {
		return 0
	}
	i := 0
	for off := range text {
		if i == n {
			return off
		}
		i++
	}
	return len(text)
}

// trimRange shrinks [a, b) of s so that it neither starts nor ends with white space.
func trimRange(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// selection returns the span the current selection would make: on the side that last had the focus,
// in the current segment, or in the French over several segments (see crosssel.go). ok is false when
// nothing is selected.
func (ui *UI) selection() (sp *annotate.Span, ok bool) {
	if ui.crossActive() && ui.side == annotate.Source {
		return ui.crossSpan()
	}
	r := ui.rowFor(ui.cur)
	if r == nil || ui.cur >= len(ui.doc.Segments) {
		return nil, false
	}
	seg := ui.doc.Segments[ui.cur]
	if ui.side == annotate.Target {
		a, b, ok := entrySelection(&r.entry.Entry)
		if !ok {
			return nil, false
		}
		a, b = trimRange(seg.Target, a, b)
		// The Entry selects by code point: widen the selection to whole characters, so that "Cafe"
		// selected in "Café" (e + U+0301) or half of 👍🏽 tags what the reader sees.
		a = grapheme.Snap(seg.Target, a)
		b = grapheme.End(seg.Target, a, b)
		return &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: a, End: b}, a < b
	}
	a, b := r.src.Selection()
	a, b = trimRange(ui.doc.SourceText(seg), a, b)
	return &annotate.Span{Side: annotate.Source, Start: seg.Start + a, End: seg.Start + b}, a < b
}

// applyLabel tags the selection with label or, with no selection, relabels the selected span. A
// selection over spans of that label corrects their bounds instead (see correctBounds).
func (ui *UI) applyLabel(label string) error {
	if sp, ok := ui.selection(); ok {
		if same := ui.sameRange(sp); same != nil { // confirm or relabel it rather than doubling it
			ui.selSpan = same.ID
			err := ui.ed.Batch("tag", func() error {
				if same.Label != label {
					return ui.ed.Relabel(same.ID, label)
				}
				return ui.ed.Accept(same.ID)
			})
			if err != nil {
				return err
			}
			ui.selectSpan(same.ID)
			ui.tagged(same)
			return nil
		}
		if done, err := ui.correctBounds(sp, label); done || err != nil {
			return err
		}
		sp.Label = label
		if err := ui.ed.AddSpan(sp); err != nil {
			return err
		}
		ui.selSpan = sp.ID
		ui.clearSelection()
		ui.refreshAll()
		ui.tagged(sp)
		return nil
	}
	if ui.selSpan != "" {
		if err := ui.ed.Relabel(ui.selSpan, label); err != nil {
			return err
		}
		ui.tagged(ui.doc.Span(ui.selSpan))
		return nil
	}
	return errNoSelection()
}

// tagged says in the status bar that sp now has its label, and over which segments when it runs over
// several.
func (ui *UI) tagged(sp *annotate.Span) {
	if sp == nil {
		return
	}
	if sp.Side == annotate.Source {
		if from, to := ui.segmentsOver(sp.Start, sp.End); from < to {
			ui.setStatus(lang.L("Tagged {{.Span}} over segments {{.From}}–{{.To}}",
				map[string]any{"Span": ui.spanName(sp), "From": from + 1, "To": to + 1}))
			return
		}
	}
	ui.setStatus(lang.L("Tagged {{.Span}}", map[string]any{"Span": ui.spanName(sp)}))
}

// sameRange returns the span already covering exactly sp's range on its side, or nil.
func (ui *UI) sameRange(sp *annotate.Span) *annotate.Span {
	var spans []*annotate.Span
	if sp.Side == annotate.Target {
		spans = ui.doc.TargetSpans(sp.Segment)
	} else {
		spans = ui.cache.bySeg[ui.cur]
	}
	for _, o := range spans {
		if o.Start == sp.Start && o.End == sp.End {
			return o
		}
	}
	return nil
}

// clearSelection empties the text selection of the current row, or the one over several segments,
// after tagging it.
func (ui *UI) clearSelection() {
	ui.dropCrossSelection()
	r := ui.rowFor(ui.cur)
	if r == nil {
		return
	}
	if ui.side == annotate.Source {
		_, b := r.src.Selection()
		r.src.SetSelection(b, b)
	}
}

// labelByKey returns the label whose key is k.
func (ui *UI) labelByKey(k rune) (annotate.Label, bool) {
	for _, l := range ui.schemaLabels() {
		if l.Key != "" && strings.EqualFold(l.Key, string(k)) {
			return l, true
		}
	}
	return annotate.Label{}, false
}

// spanRune handles a letter typed while the source column, or the line of English spans, has the
// focus: a label key tags (or relabels the selected span), a accepts, r rejects, s links a speaker
// (in link mode, s again makes the mention at the caret the speaker), k changes a mention's kind.
func (ui *UI) spanRune(r *row, side annotate.Side, k rune) {
	ui.focusRow(r, side)
	if l, ok := ui.labelByKey(k); ok {
		ui.run(func() error { return ui.applyLabel(l.Name) })
		return
	}
	switch unicode.ToLower(k) {
	case 'a':
		ui.run(ui.acceptSelected)
	case 'r':
		ui.run(ui.rejectSelected)
	case 'k':
		ui.run(ui.cycleMentionKind)
	case 's':
		if ui.linkFrom != "" {
			ui.run(ui.linkDesignated)
			return
		}
		ui.run(ui.startLink)
	}
}

// tapSpan selects a tapped span, or makes it the speaker in link mode. A mark that is no annotation
// (a glossary term) has no ID: tapping it changes nothing.
func (ui *UI) tapSpan(r *row, id string) {
	if id == "" {
		return
	}
	if ui.linkFrom != "" && id != ui.linkFrom {
		quote := ui.linkFrom
		ui.linkFrom = ""
		ui.run(func() error { return ui.linkSpeaker(quote, id) })
		return
	}
	ui.selectSpan(id)
}

// selectSpan makes id the selected span, which the palette and the span keys act on.
func (ui *UI) selectSpan(id string) {
	ui.selSpan = id
	ui.redrawRows()
	ui.markCaret(id)
	ui.palette.update()
	ui.showState()
	ui.followQuote()
}

// deselectSpan lets go of the selected span: the rows drop its mark, the span actions are disabled.
func (ui *UI) deselectSpan() {
	ui.selSpan = ""
	ui.redrawRows()
	ui.palette.update()
}

// selected returns the span the span actions (accept, reject, remove, link) act on, or errNoSpan:
// the span designated by a text selection in the focused field of the current segment, else the
// selected (clicked) span, else the span the focused field's caret is in; failing all these, a span
// designated by a selection in the current segment's other column. See designated.
func (ui *UI) selected() (*annotate.Span, error) {
	if sp := ui.designated(nil); sp != nil {
		return sp, nil
	}
	return nil, errNoSpan()
}

// designated returns the span a keyboard user means, among those keep accepts (nil: any). A span is
// selected by a click, by a jump from a side panel, or by tagging; but a person working with the
// keyboard selects its words (Shift+arrows, Find) or puts the caret in it, so the text selection and
// the caret designate spans too:
//  1. a selection in the focused column of the current segment designates the span covering it
//     exactly, else the innermost span containing it, else nothing: it is the newest gesture (a
//     click on a span leaves no selection, a jump selects the span's own words), so words selected
//     outside the selected span take the keys from it even where no span covers them;
//  2. the selected span, unless the caret of the focused French column (or line of English spans)
//     has moved since, out of it, into another span of the same side (a click puts the caret inside
//     the clicked span, so a click then a key acts on it as before; the English field's caret is
//     where the person types, and does not take the selection away);
//  3. the innermost span containing the focused column's caret;
//  4. a selection in the current segment's other column.
func (ui *UI) designated(keep func(*annotate.Span) bool) *annotate.Span {
	if keep == nil {
		keep = func(*annotate.Span) bool { return true }
	}
	sel := ui.doc.Span(ui.selSpan)
	if sel != nil && !keep(sel) {
		sel = nil
	}
	places := ui.textPlaces()
	if len(places) > 0 && places[0].focused {
		p := places[0]
		switch {
		case p.a < p.b:
			return p.find(keep)
		case sel == nil || (!p.typing && sel.Side == p.side && !p.within(sel) && ui.caretLeft(p)):
			if sp := p.find(keep); sp != nil {
				return sp
			}
		}
	}
	if sel != nil {
		return sel
	}
	for _, p := range places {
		if !p.focused && p.a < p.b {
			if sp := p.find(keep); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// textPlace is the text selection, or the caret (a == b), of one column of the current segment, in
// the offsets of that side's spans (the source text's; the segment's English).
type textPlace struct {
	side    annotate.Side
	a, b    int
	spans   []*annotate.Span // the side's spans in the segment
	focused bool             // the column has the keyboard focus: its caret shows
	typing  bool             // the English field, where the caret is where the person types
	w       fyne.Focusable   // the column's widget
}

// caretMark is where the focused column's caret was when a span was selected.
type caretMark struct {
	span string
	w    fyne.Focusable
	a, b int
}

// markCaret notes where the focused column's caret is as span id gets selected.
func (ui *UI) markCaret(id string) {
	ui.selMark = caretMark{span: id}
	if places := ui.textPlaces(); len(places) > 0 && places[0].focused {
		p := places[0]
		ui.selMark.w, ui.selMark.a, ui.selMark.b = p.w, p.a, p.b
	}
}

// caretLeft reports whether the caret of p's column has moved since the selected span was selected.
// A span selected while no column had the focus (from a side panel, say) keeps the keys until a
// selection is made: where the caret then is tells nothing of the person's aim.
func (ui *UI) caretLeft(p textPlace) bool {
	m := ui.selMark
	if m.span != ui.selSpan {
		return true
	}
	if m.w == nil {
		return false
	}
	return m.w != p.w || m.a != p.a || m.b != p.b
}

// textPlaces returns the places of the current segment's French and English columns, the focused one
// (else the one that had the focus last) first. In the English, the line of spans under the field
// counts instead of the field while it has the focus.
func (ui *UI) textPlaces() []textPlace {
	r := ui.rowFor(ui.cur)
	if r == nil || ui.cur >= len(ui.doc.Segments) {
		return nil
	}
	seg := ui.doc.Segments[ui.cur]
	focus := ui.win.Canvas().Focused()
	switch {
	case focus != nil && (focus == r.src || focus == r.entry || focus == r.strip):
		ui.lastText = focus
	case ui.palette.holds(focus):
		// Tab from the text onto the span bar: its buttons were enabled for what the text's caret or
		// selection designated, and Space on them acts on that, as the keys did.
		focus = ui.lastText
	}
	src := textPlace{side: annotate.Source, spans: ui.cache.bySeg[ui.cur], focused: focus == r.src, w: r.src}
	text := ui.doc.SourceText(seg)
	a, b := r.src.Selection()
	a, b = trimRange(text, a, b)
	src.a, src.b = seg.Start+a, seg.Start+b
	tgt := textPlace{side: annotate.Target, spans: ui.doc.TargetSpans(seg.ID), w: r.entry}
	switch {
	case focus == r.strip:
		tgt.a, tgt.b = r.strip.Selection()
		tgt.focused, tgt.w = true, r.strip
	default:
		var ok bool
		if tgt.a, tgt.b, ok = entrySelection(&r.entry.Entry); !ok {
			tgt.a = runeToByte(r.entry.Text, r.entry.caret())
			tgt.b = tgt.a
		}
		tgt.focused, tgt.typing = focus == r.entry, true
	}
	if tgt.a < tgt.b && r.entry.Text == seg.Target {
		tgt.a, tgt.b = trimRange(seg.Target, tgt.a, tgt.b)
	}
	if tgt.focused || (!src.focused && ui.side == annotate.Target) {
		return []textPlace{tgt, src}
	}
	return []textPlace{src, tgt}
}

// within reports whether the place lies inside sp (its ends included: a caret after a span's last
// character is still at it).
func (p textPlace) within(sp *annotate.Span) bool { return sp.Start <= p.a && p.b <= sp.End }

// find returns the span among keep's that covers the place exactly, else the innermost one
// containing it. For a caret on the boundary of two spans, the one it stands before wins.
func (p textPlace) find(keep func(*annotate.Span) bool) *annotate.Span {
	var best *annotate.Span
	for _, sp := range p.spans {
		if !keep(sp) || !p.within(sp) {
			continue
		}
		if p.a < p.b && sp.Start == p.a && sp.End == p.b {
			return sp
		}
		if best == nil || sp.End-sp.Start < best.End-best.Start ||
			(sp.End-sp.Start == best.End-best.Start && p.a < sp.End && p.a == best.End) {
			best = sp
		}
	}
	return best
}

func (ui *UI) removeSelectedSpan() error {
	sp, err := ui.selected()
	if err != nil {
		return err
	}
	name := ui.spanName(sp)
	if err := ui.ed.RemoveSpan(sp.ID); err != nil {
		return err
	}
	ui.setStatus(lang.L("Removed {{.Span}}", map[string]any{"Span": name}))
	return nil
}

func (ui *UI) acceptSelected() error {
	sp, err := ui.selected()
	if err != nil {
		return err
	}
	if sp.ID != ui.selSpan { // designated by the keyboard: it stays selected, as a clicked one does
		ui.selectSpan(sp.ID)
	}
	if !acceptable(ui.doc, sp) {
		ui.setStatus(lang.L("{{.Span}} is already accepted", map[string]any{"Span": ui.spanName(sp)}))
		return nil
	}
	if err := ui.ed.Accept(sp.ID); err != nil {
		return err
	}
	ui.setStatus(lang.L("Accepted {{.Span}}", map[string]any{"Span": ui.spanName(sp)}))
	return nil
}

func (ui *UI) rejectSelected() error {
	sp, err := ui.selected()
	if err != nil {
		return err
	}
	name := ui.spanName(sp)
	if sp.Origin != annotate.Auto { // the editor rejects only suggestions
		ui.setStatus(lang.L("{{.Span}} is no suggestion: Delete removes it", map[string]any{"Span": name}))
		return nil
	}
	if err := ui.ed.Reject(sp.ID); err != nil {
		return err
	}
	ui.setStatus(lang.L("Rejected {{.Span}}", map[string]any{"Span": name}))
	return nil
}

// errNoSpan is returned by span actions when no span is selected or designated.
func errNoSpan() error {
	return errors.New(lang.L("Click a span, or select its words or put the cursor in it, first"))
}

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
	ui.setStatus(lang.L("Speaker: click the name, or put the cursor on it then s; Alt+S: list; Escape: cancel"))
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
	sp := ui.designated(canSpeak(quote))
	if sp == nil {
		return errors.New(lang.L("Put the cursor on the speaker's name (a tagged mention) and press s again, or Escape"))
	}
	ui.linkFrom = ""
	return ui.linkSpeaker(quote, sp.ID)
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
	q := ui.doc.Span(quote)
	suggested := q != nil && q.Origin == annotate.Auto
	if ui.linkFrom == quote {
		ui.linkFrom = ""
	}
	if err := ui.ed.SetSpeaker(quote, speaker); err != nil {
		return err
	}
	args := map[string]any{"Speaker": ui.speakerName(speaker), "Quote": ui.quotedWords(quote)}
	if suggested {
		ui.setStatus(lang.L("Speaker linked: {{.Speaker}} says {{.Quote}}; quotation accepted", args))
	} else {
		ui.setStatus(lang.L("Speaker linked: {{.Speaker}} says {{.Quote}}", args))
	}
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
