package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

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
	return ui.designatedAt(ui.keyFocus(), keep)
}

// designatedAt is designated as if focus had the keyboard focus.
func (ui *UI) designatedAt(focus fyne.Focusable, keep func(*annotate.Span) bool) *annotate.Span {
	if keep == nil {
		keep = func(*annotate.Span) bool { return true }
	}
	sel := ui.doc.Span(ui.selSpan)
	if sel != nil && !keep(sel) {
		sel = nil
	}
	places := ui.textPlacesAt(focus)
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
func (ui *UI) textPlaces() []textPlace { return ui.textPlacesAt(ui.keyFocus()) }

// keyFocus returns the widget with the keyboard focus, nil for none or without a window.
func (ui *UI) keyFocus() fyne.Focusable {
	if ui.win == nil {
		return nil
	}
	return ui.win.Canvas().Focused()
}

// textPlacesAt is textPlaces as if focus had the keyboard focus.
func (ui *UI) textPlacesAt(focus fyne.Focusable) []textPlace {
	r := ui.rowFor(ui.cur)
	if r == nil || ui.cur >= len(ui.doc.Segments) {
		return nil
	}
	seg := ui.doc.Segments[ui.cur]
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

// entitySpan returns the span the Entities tab's "New entity from selected span" and "Add selected
// span" act on: the one the text's caret or selection designated when the keyboard left it for the
// tab (see designated); only a clicked span counted, and with the caret put in a name by the keys the
// tab said to put the cursor in it. A quotation or a reporting verb is refused: one went among a
// person's mentions, or made an entity of type QUOTE, which every export then listed as a name.
func (ui *UI) entitySpan() (*annotate.Span, error) {
	sp := ui.designatedAt(ui.lastText, nil)
	if sp == nil {
		return nil, errNoSpan()
	}
	if !annotate.IsEntityLabel(sp.Label) {
		return nil, errors.New(lang.L("{{.Span}} is not a name: a quotation or a reporting verb is no entity's mention",
			map[string]any{"Span": ui.spanName(sp)}))
	}
	return sp, nil
}
