package app

import (
	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// Menu items that cannot apply are greyed: Undo and Redo with no history, the actions on a span with
// none designated (selected, or under the text selection or the caret, as the keys find it), the
// actions on all suggestions with none left. The state is brought up to date where it can change (an
// edit, a selection, a move of the caret or to another segment); Fyne redraws the menu bar only when
// an item changed (BenchmarkMenuStateKeystroke).

func (ui *UI) canUndo() bool { return ui.ed.CanUndo() }
func (ui *UI) canRedo() bool { return ui.ed.CanRedo() }

// hasDesignatedSuggestion reports whether the keys would find a suggestion to accept or reject.
func (ui *UI) hasDesignatedSuggestion() bool {
	return ui.designated(func(sp *annotate.Span) bool { return sp.Origin == annotate.Auto }) != nil
}

// hasDesignatedAcceptable reports whether the keys would find a span to accept: a suggestion, or a
// quote a person confirmed (by correcting its bounds, say) whose speaker or reporting verb is still
// suggested, which the Quotes tab says ("suggested speaker") and Accept confirms.
func (ui *UI) hasDesignatedAcceptable() bool {
	return ui.designated(func(sp *annotate.Span) bool { return acceptable(ui.doc, sp) }) != nil
}

// acceptable reports whether Accept has something to confirm on sp: sp itself, or its speaker or cue
// link.
func acceptable(d *annotate.Document, sp *annotate.Span) bool {
	if sp.Origin == annotate.Auto {
		return true
	}
	for _, t := range []string{annotate.LinkSpeaker, annotate.LinkCue} {
		if l := d.LinkFrom(sp.ID, t); l != nil && l.Origin == annotate.Auto {
			return true
		}
	}
	return false
}

// hasDesignated reports whether the keys would find a span to remove.
func (ui *UI) hasDesignated() bool { return ui.designated(nil) != nil }

// hasDesignatedQuote reports whether the keys would find a quote to link, or one waits for its
// speaker.
func (ui *UI) hasDesignatedQuote() bool { return ui.linkFrom != "" || ui.designatedQuote() != nil }

// hasPending reports whether any span is still a suggestion.
func (ui *UI) hasPending() bool { ui.countPending(); return ui.pending.any }

// hasToReview reports whether Next/Previous annotation to confirm (Ctrl+J) would find anything: a
// suggestion (hasPending), or a confirmed quote whose speaker or cue link is still one, which the
// Quotes tab counts already ("5 with something to confirm"), kept until the spans or links change:
// neither walks the spans at each keystroke (BenchmarkMenuStateKeystroke).
func (ui *UI) hasToReview() bool {
	if ui.hasPending() {
		return true
	}
	return ui.hasQuoteToReview()
}

// hasQuoteToReview reports whether the Quotes tab counts a quote with something to confirm, which
// Next and Previous quote to confirm (Alt+J) go to.
func (ui *UI) hasQuoteToReview() bool {
	if p := ui.quotesPanel(); p != nil {
		return p.counts().confirm > 0
	}
	return quotesToConfirm(ui.doc) > 0
}

// hasSure reports whether any suggestion is sure enough for Accept the sure suggestions.
func (ui *UI) hasSure() bool { ui.countPending(); return ui.pending.sure }

// pendingState caches whether suggestions are left, which takes a look at every span: 0.19 ms in
// the 1 MB document, too much for every keystroke. Typing changes no span's origin (it may remove
// a projected English span, which leaves Accept all offered with nothing to accept, until the next
// other change): only the other edits forget it.
type pendingState struct {
	known, any, sure bool
}

func (ui *UI) countPending() {
	if ui.pending.known {
		return
	}
	ui.pending = pendingState{known: true}
	for _, sp := range ui.doc.Spans {
		if sp.Origin == annotate.Auto {
			ui.pending.any = true
			if sp.Confidence >= sureConfidence {
				ui.pending.sure = true
				return
			}
		}
	}
}

// updateMenus greys the menu items whose action cannot apply now, and redraws the menu bar if any
// changed. The status bar's span buttons follow the same rule (see palette.follow).
func (ui *UI) updateMenus() {
	if ui.ed == nil {
		return
	}
	if ui.palette != nil {
		ui.palette.follow()
	}
	ui.showTrackBadge()
	if ui.menu == nil {
		return
	}
	changed := false
	for _, a := range ui.acts.all() {
		if a.applies == nil || a.item == nil {
			continue
		}
		if off := !a.applies(); a.item.Disabled != off {
			a.item.Disabled, changed = off, true
		}
	}
	if ui.greySubmenus() {
		changed = true
	}
	if ui.checkMarks() {
		changed = true
	}
	if changed {
		ui.menuRedraws++
		ui.menu.Refresh()
	}
}

// selectionMoved runs after the caret or the text selection of a column of the current segment moved
// (keys, the mouse): the menus and the span buttons follow what the keys now designate, and the
// selected span is let go once words outside it are selected (see letGoOutside).
func (ui *UI) selectionMoved() {
	defer ui.followQuote()
	if places := ui.textPlaces(); len(places) > 0 && places[0].focused {
		p := places[0]
		if ui.letGoOutside(p.side, p.a, p.b) {
			return
		}
	}
	ui.updateMenus()
}

// letGoOutside lets go of the selected span when [a, b) of side, newly selected in the current
// segment, is not inside it, and reports whether it did: the selection is the newest gesture and
// takes the keys (see designated), so the span no longer shows selected nor names itself on the
// status line. A quote waiting for its speaker stays: its speaker's words are being selected.
func (ui *UI) letGoOutside(side annotate.Side, a, b int) bool {
	sel := ui.doc.Span(ui.selSpan)
	if sel == nil || a >= b || ui.linkFrom != "" || ui.cur >= len(ui.doc.Segments) {
		return false
	}
	inside := sel.Side == side && sel.Start <= a && b <= sel.End
	if side == annotate.Target {
		inside = inside && sel.Segment == ui.doc.Segments[ui.cur].ID
	}
	if inside {
		return false
	}
	ui.deselectSpan()
	ui.showState()
	return true
}

// greySubmenus greys the item of a submenu all of whose actions are greyed (Edit › All suggestions
// with no suggestion, or no document), as their items are; it reports whether one changed.
func (ui *UI) greySubmenus() bool {
	offers := map[*fyne.MenuItem]bool{}
	for _, a := range ui.acts.all() {
		if a.parent != nil && a.item != nil {
			offers[a.parent] = offers[a.parent] || !a.item.Disabled
		}
	}
	changed := false
	for it, on := range offers {
		if it.Disabled == on {
			it.Disabled, changed = !on, true
		}
	}
	return changed
}
