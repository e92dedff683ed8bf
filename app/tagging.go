package app

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

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
	if sp, ok := ui.tagSelection(); ok {
		ui.asName(sp, label)
		ui.asQuotation(sp, label)
		if same := ui.sameRange(sp); same != nil { // confirm or relabel it rather than doubling it
			ui.selSpan = same.ID
			before := ui.mentionBefore(same.ID)
			err := ui.ed.Batch("tag", func() error {
				if same.Label != label {
					return ui.ed.Relabel(same.ID, label)
				}
				return ui.acceptOne(same)
			})
			if err != nil {
				return err
			}
			ui.selectSpan(same.ID)
			ui.tagged(same)
			ui.offerRelabelAll(same.ID, before)
			return nil
		}
		if done, err := ui.correctBounds(sp, label); done || err != nil {
			return err
		}
		sp.Label = label
		added, err := ui.addTagged(sp)
		if err != nil {
			return err
		}
		ui.selSpan = sp.ID
		ui.clearSelection()
		ui.refreshAll()
		ui.taggedNew(sp, added)
		return nil
	}
	if ui.selSpan != "" {
		before := ui.mentionBefore(ui.selSpan)
		if err := ui.ed.Relabel(ui.selSpan, label); err != nil {
			return err
		}
		ui.tagged(ui.doc.Span(ui.selSpan))
		ui.offerRelabelAll(ui.selSpan, before)
		return nil
	}
	return errNoSelection()
}

// tagged says in the status bar that sp now has its label, and over which segments when it runs over
// several.
func (ui *UI) tagged(sp *annotate.Span) {
	if sp != nil {
		ui.setStatus(ui.taggedText(sp))
	}
}

// taggedText is what the status line says of sp, just tagged.
func (ui *UI) taggedText(sp *annotate.Span) string {
	if sp.Side == annotate.Source {
		if from, to := ui.segmentsOver(sp.Start, sp.End); from < to {
			return lang.L("Tagged {{.Span}} over segments {{.From}}–{{.To}}",
				map[string]any{"Span": ui.spanName(sp), "From": from + 1, "To": to + 1})
		}
	}
	return lang.L("Tagged {{.Span}}", map[string]any{"Span": ui.spanName(sp)})
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
	default:
		if unicode.IsLetter(k) || unicode.IsDigit(k) {
			ui.setStatus(ui.lettersAreCommands())
		}
	}
}

// lettersAreCommands says, for a letter that does nothing in the French (or the line of English
// spans), that letters there are commands and how to reach the English: a person starting to type
// a translation after a click in the French saw their words vanish, or tag and confirm, with no
// word why.
func (ui *UI) lettersAreCommands() string {
	var keys []string
	for _, l := range ui.schemaLabels() {
		if l.Key != "" {
			keys = append(keys, l.Key)
		}
	}
	keys = append(keys, "a", "r", "s", "k")
	return lang.L("Letters here are commands ({{.Keys}}), not text: Enter goes to the English, to translate",
		map[string]any{"Keys": strings.Join(keys, " ")})
}

// tapSpan selects a tapped span, or makes it the speaker (a reporting verb, the cue) in link mode. A mark that is no annotation
// (a glossary term) has no ID: tapping it changes nothing.
func (ui *UI) tapSpan(r *row, id string) {
	if id == "" {
		return
	}
	if ui.linkFrom != "" && id != ui.linkFrom {
		quote := ui.linkFrom
		ui.run(func() error { return ui.linkTo(quote, id) })
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

func (ui *UI) removeSelectedSpan() error {
	sp, err := ui.selected()
	if err != nil {
		return err
	}
	if sp.Origin == annotate.Auto { // a suggestion deleted is rejected, as r does: pre-annotating again must not bring it back
		return ui.rejectSelected()
	}
	name := ui.spanName(sp)
	english := ui.spanNames(ui.doc.ProjectedCounterparts(sp.ID)) // named before they go
	if _, err := ui.ed.RemoveTag(sp.ID); err != nil {
		return err
	}
	if len(english) > 0 { // the English projected from it goes with it: no tag left linked to nothing
		ui.setStatus(lang.L("Removed {{.Span}}, and with it {{.Others}}", map[string]any{"Span": name, "Others": strings.Join(english, ", ")}))
		return nil
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
	along := ui.confirmedAlong(sp)
	if err := ui.acceptOne(sp); err != nil {
		return err
	}
	if len(along) > 0 {
		ui.setStatus(lang.L("Accepted {{.Span}}, and with it {{.Others}}", map[string]any{"Span": ui.spanName(sp), "Others": strings.Join(along, ", ")}))
		return nil
	}
	ui.setStatus(lang.L("Accepted {{.Span}}", map[string]any{"Span": ui.spanName(sp)}))
	return nil
}

// confirmedAlong names the suggestions accepting sp confirms with it: the mention its speaker link
// points to and the verb of its cue link (see annotate.Editor.Accept), which the user should see
// go, as a speaker labelled LOC would be confirmed unseen.
func (ui *UI) confirmedAlong(sp *annotate.Span) []string {
	var out []string
	for _, l := range ui.doc.LinksOf(sp.ID) {
		if l.From != sp.ID || l.Type != annotate.LinkSpeaker && l.Type != annotate.LinkCue {
			continue
		}
		if to := ui.doc.Span(l.To); to != nil && to.Origin != annotate.Human {
			out = append(out, ui.spanName(to))
		}
	}
	return out
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
	along := ui.doc.QuoteCompanions(sp.ID) // a false quotation's verb and pronoun go with it
	names := ui.spanNames(along)
	for _, id := range append([]string{sp.ID}, along...) { // and the English projected from them
		names = append(names, ui.spanNames(ui.doc.ProjectedCounterparts(id))...)
	}
	if err := ui.ed.Reject(append([]string{sp.ID}, along...)...); err != nil {
		return err
	}
	if len(names) > 0 {
		ui.setStatus(lang.L("Rejected {{.Span}}, and with it {{.Others}}", map[string]any{"Span": name, "Others": strings.Join(names, ", ")}))
		return nil
	}
	ui.setStatus(lang.L("Rejected {{.Span}}", map[string]any{"Span": name}))
	return nil
}

// spanNames names the spans ids as spanName does.
func (ui *UI) spanNames(ids []string) []string {
	var out []string
	for _, id := range ids {
		if sp := ui.doc.Span(id); sp != nil {
			out = append(out, ui.spanName(sp))
		}
	}
	return out
}

// errNoSpan is returned by span actions when no span is selected or designated.
func errNoSpan() error {
	return errors.New(lang.L("Click a span, or select its words or put the cursor in it, first"))
}
