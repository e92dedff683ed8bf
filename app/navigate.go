package app

import (
	"errors"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// typed applies what the user typed in a row's entry to the document, through the editor. Its cost
// depends on the segment, not on the document: the edit itself, the row's target highlights and
// height. The first text typed into a new segment also makes it a draft, in the same undo step as
// the typing (Editor.TypeTarget).
func (ui *UI) typed(r *row, text string) {
	i := r.seg
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[i]
	if text == seg.Target {
		return
	}
	if seg.Locked { // what got past the field's keys (a drop, an input method): put its English back
		r.entry.binding = true
		r.entry.SetText(seg.Target)
		r.entry.binding = false
		ui.lockedHint(i)
		return
	}
	untracked := !ui.trackingChanges() && ui.untracked.due(seg.ID)
	before := seg.Target
	ui.typing = true
	var err error
	if seg.Status == annotate.StatusReviewed { // the review was of other words; one Ctrl+Z takes both back
		err = ui.unreview(seg.ID)
	}
	var removed []*annotate.Span
	var lost []annotate.LostSpan // the translator's tags the new English does not say once
	if err == nil {
		// a new segment becomes a draft in the same undo step as the typing
		removed, lost, err = ui.ed.TypeTargetKeeping(seg.ID, text)
	}
	ui.typing = false
	if err != nil {
		ui.showError(err)
		return
	}
	if untracked {
		ui.sayUntracked(i)
	}
	from, _, _ := annotate.Diff(before, text)
	defer r.entry.lost.say(ui, lost, from)
	if len(removed) > 0 {
		ui.refreshAll()
		return
	}
	ui.invalidateTarget(i)
	if ths := ui.targetHighlights(i); len(ths) > 0 {
		r.strip.Set(seg.Target, ui.withSelection(ths, annotate.Target, seg, 0))
	}
	r.marker.FillColor = statusColor(seg.Status)
	r.marker.Refresh()
	ui.updateRowHeight(i)
	r.marks.update()
	r.tags.update()
}

// focusRow records that a row's column has the focus: it becomes the current segment.
func (ui *UI) focusRow(r *row, side annotate.Side) {
	ui.side = side
	if r.seg == ui.cur {
		return
	}
	ui.setCurrent(r.seg)
}

// setCurrent makes segment i the current one and repaints the rows that change shade. A French
// selection left in the segment it leaves is let go (unless it is part of a selection over several
// segments): out of sight of the keys, which act on the current segment, it would only mislead.
func (ui *UI) setCurrent(i int) {
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	if r := ui.rowFor(ui.cur); r != nil && ui.cur != i && !ui.crossActive() {
		if a, b := r.src.Selection(); a != b {
			_, end := r.src.Ends()
			r.src.SetSelection(end, end)
		}
	}
	if ui.cur != i {
		ui.rememberEdited(ui.cur)
	}
	was := ui.cur
	ui.cur = i
	ui.tagLineMoved(was)
	ui.sugg.memo.enter(ui.doc.Segments[i])
	ui.sugg.refresh()
	for _, r := range ui.rows {
		r.paintCurrent()
	}
	ui.currentChanged(i)
}

// focusedSide says which column of a row has the keyboard focus, "" if none.
func (ui *UI) focusedSide() annotate.Side {
	f := ui.win.Canvas().Focused()
	for _, r := range ui.rows {
		switch f {
		case r.src:
			return annotate.Source
		case r.entry:
			return annotate.Target
		}
	}
	return ""
}

// focusSegment scrolls to segment i and focuses its source or target column.
func (ui *UI) focusSegment(i int, side annotate.Side) {
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	ui.list.ScrollTo(i)
	ui.setCurrent(i)
	ui.side = side
	r := ui.rowFor(i)
	if r == nil {
		return
	}
	if side == annotate.Source {
		ui.win.Canvas().Focus(r.src)
		ui.placeCaret = caretPlace{}
	} else {
		ui.win.Canvas().Focus(r.entry)
		ui.takePlaceCaret(i, r)
	}
}

// jumpToSegment goes to segment i as focusSegment does, with the segment before it in view above it
// (see ScrollToWithContext): Go to segment, Ctrl+J and the Quotes tab's rows jump so; Up and Down
// scroll as little as they must.
func (ui *UI) jumpToSegment(i int, side annotate.Side) {
	if i >= 0 && i < len(ui.doc.Segments) {
		ui.list.ScrollToWithContext(i)
	}
	ui.focusSegment(i, side)
}

// move goes to the segment delta rows away, keeping the column; rows the filter leaves out are not
// counted (it stays on the first or last row shown).
func (ui *UI) move(delta int) {
	if ui.list.shownCount() == 0 { // the filter leaves no row: nowhere to go
		return
	}
	side := ui.focusedSide()
	if side == "" {
		side = ui.side
	}
	i := ui.cur
	for ; delta > 0; delta-- {
		if next := ui.list.nextShown(i); next < len(ui.doc.Segments) {
			i = next
		}
	}
	for ; delta < 0; delta++ {
		if prev := ui.list.prevShown(i); prev >= 0 {
			i = prev
		}
	}
	ui.focusSegment(min(max(i, 0), len(ui.doc.Segments)-1), side)
}

// enterInEnglish is Enter in an English field: the next segment's English, without confirming the
// segment left (Ctrl+Enter does that), as Enter moves on in OmegaT, memoQ and Trados, where
// Shift+Enter breaks the line. A segment is a sentence: a line break typed by habit went unseen into
// the XLIFF and TMX exports. On the last segment it stays, and says so.
func (ui *UI) enterInEnglish() {
	next := ui.list.nextShown(ui.cur)
	if ui.doc == nil || next >= len(ui.doc.Segments) {
		ui.hint(lang.L("This is the last segment (Shift+Return breaks the line)"))
		return
	}
	ui.focusSegment(next, annotate.Target)
}

// toTranslate reports whether seg is left to translate: its status is new or draft, or it has no
// English whatever its status says (a file written elsewhere may call such a segment done); a locked
// segment is not to translate.
func toTranslate(seg *annotate.Segment) bool {
	return !seg.Locked && (!seg.Status.Done() || !seg.HasTranslation())
}

// leftToReview reports whether a segment is left for the reviewer: not reviewed and not locked (a locked
// segment was approved before the job). A segment with no English is left too: it cannot be reviewed
// until someone translates it, and a reviewer who saw only the translated ones would miss it.
func leftToReview(seg *annotate.Segment) bool {
	return !seg.Locked && seg.Status != annotate.StatusReviewed
}

// nextUntranslated goes to the next segment (wrapping around) left to translate (toTranslate) that
// the filter shows, as Ctrl+Down and Ctrl+Enter keep to the rows shown: a translator who filtered the
// drafts goes through the drafts. When the shown ones are done but hidden ones are left, the status
// line says how many and how to show them, rather than showing one in addition to the filter (which
// Ctrl+U pressed again and again would do for each, the filter undone a row at a time).
func (ui *UI) nextUntranslated() {
	n, hidden := len(ui.doc.Segments), 0
	for k := 1; k <= n; k++ {
		i := (ui.cur + k) % n
		switch {
		case !toTranslate(ui.doc.Segments[i]):
		case ui.list.hidden(i):
			hidden++
		default:
			ui.focusSegment(i, annotate.Target)
			return
		}
	}
	if hidden > 0 {
		ui.setStatus(lang.N("No segment shown is left to translate, but {{.N}} hidden by the filter are: choose “{{.Filter}}” in the filter (Ctrl+Shift+F) to show them",
			hidden, map[string]any{"N": hidden, "Filter": showToTranslate.name()}))
		return
	}
	ui.setStatus(lang.L("Every segment is translated"))
}

// lastConfirmed says, once Ctrl+Enter has confirmed segment n and there is no segment after it to go
// to, where the work stands, which the segment's own state ("Segment 16 of 16 — translated") left
// unsaid: how many segments are left to translate and the key to the next, or that none is. After
// Alt+Enter (st reviewed) it counts the segments left to review, and names the filter that shows them.
func (ui *UI) lastConfirmed(n int, st annotate.Status) {
	if st == annotate.StatusReviewed {
		ui.lastReviewed(n)
		return
	}
	left := countSegments(ui.doc, toTranslate)
	if left == 0 {
		ui.setStatus(lang.L("Segment {{.N}} confirmed, the last: every segment is translated", map[string]any{"N": n}))
		return
	}
	ui.setStatus(lang.N("Segment {{.N}} confirmed, the last: {{.Left}} segments are left to translate (Ctrl+U goes to the next)",
		left, map[string]any{"N": n, "Left": left}))
}

// confirmedNote says, once Ctrl+Enter (Alt+Enter: st reviewed) has confirmed segment n and moved on
// to the next, that it did, before the state of the segment now current that the move showed:
// "Segment 4 confirmed. Segment 5 of 16 — draft". The move alone said nothing of the confirmation,
// which the translator checked by looking back. The note goes with the next change of the line
// (typing, moving): it is said once, not kept. An error that left the segment unconfirmed says
// nothing of it.
func (ui *UI) confirmedNote(n int, st annotate.Status) {
	if n < 1 || n > len(ui.doc.Segments) || !ui.doc.Segments[n-1].Status.Done() {
		return
	}
	say := func(state string) string {
		if st == annotate.StatusReviewed {
			return lang.L("Segment {{.N}} reviewed. {{.State}}", map[string]any{"N": n, "State": state})
		}
		return lang.L("Segment {{.N}} confirmed. {{.State}}", map[string]any{"N": n, "State": state})
	}
	short := ui.status.short
	if short != "" {
		short = say(short)
	}
	ui.setStatusShort(say(ui.status.full), short)
}

// lastReviewed is lastConfirmed after Alt+Enter.
func (ui *UI) lastReviewed(n int) {
	left := countSegments(ui.doc, leftToReview)
	if left == 0 {
		ui.setStatus(lang.L("Segment {{.N}} reviewed, the last: every segment is reviewed", map[string]any{"N": n}))
		return
	}
	ui.setStatus(lang.N("Segment {{.N}} reviewed, the last: {{.Left}} segments are left to review (the filter “{{.Filter}}” shows them)",
		left, map[string]any{"N": n, "Left": left, "Filter": showToReview.name()}))
}

// countSegments counts the segments of d that is holds for.
func countSegments(d *annotate.Document, is func(*annotate.Segment) bool) int {
	n := 0
	for _, s := range d.Segments {
		if is(s) {
			n++
		}
	}
	return n
}

// setSegmentStatus sets the current segment's status. A segment with no English is not marked
// translated or reviewed (Editor.SetStatus refuses it): the status line says why, as for other slips.
func (ui *UI) setSegmentStatus(st annotate.Status) {
	if ui.cur >= len(ui.doc.Segments) {
		return
	}
	err := ui.ed.SetStatus(ui.doc.Segments[ui.cur].ID, st)
	if errors.Is(err, annotate.ErrNoTranslation) {
		ui.hint(lang.L("Segment {{.N}} has no English yet: it cannot be marked {{.Status}}",
			map[string]any{"N": ui.cur + 1, "Status": statusName(st)}))
		return
	}
	ui.run(func() error { return err })
}

// nothingToConfirm reports whether the current segment has no English, saying so on the status line:
// Ctrl+Enter then neither confirms it nor moves on. A translator who presses it there has slipped (a
// second press after confirming the segment before, say), and moving on would lose their place;
// Ctrl+Down and Ctrl+U are there to leave a segment for later.
func (ui *UI) nothingToConfirm() bool {
	if ui.cur >= len(ui.doc.Segments) || ui.doc.Segments[ui.cur].HasTranslation() {
		return false
	}
	ui.hint(lang.L("Nothing to confirm: segment {{.N}} has no English yet", map[string]any{"N": ui.cur + 1}))
	return true
}

// jumpToSpan scrolls to a span's segment, selects the span and shows it selected.
func (ui *UI) jumpToSpan(id string) {
	sp := ui.doc.Span(id)
	if sp == nil {
		return
	}
	i, side := ui.doc.SegmentAt(sp.Start), annotate.Source
	if sp.Side == annotate.Target {
		i, side = ui.doc.SegmentIndex(sp.Segment), annotate.Target
	}
	if i < 0 {
		return
	}
	ui.jumpToSegment(i, side)
	r := ui.rowFor(i)
	if r != nil && side == annotate.Target && r.entry.Text == ui.doc.Segments[i].Target {
		// the field selects the span's words, not whatever it had selected before (which the keys
		// would act on: see designated)
		text := r.entry.Text
		r.entry.selectRange(utf8.RuneCountInString(text[:sp.Start]), utf8.RuneCountInString(text[:sp.End]))
	}
	if side == annotate.Source {
		// A quotation running over several segments: its part in the first is selected, and the list
		// shows as many of its segments as fit.
		if _, last := quoteSegments(ui.doc, sp); last > i {
			ui.list.ScrollToRange(i, last)
			r = ui.rowFor(i)
		}
		if r != nil {
			seg := ui.doc.Segments[i]
			r.src.SetSelection(sp.Start-seg.Start, min(sp.End, seg.End)-seg.Start)
			// Set so, the selection tells no one: the Suggestions tab showed the dictionary's look-up
			// of the words selected before (another segment's "Donald Trump" on « professionnels »).
			ui.sugg.refresh()
		}
	}
	// Selected last: the words selected before (another quote's, gone to in the same segment) would
	// designate that span to the buttons and the Quotes tab's mark (see designated).
	ui.selectSpan(id)
}

// caretFollows is called before a step is undone or redone and returns what to call after: when the
// step changed the current segment's English, the cursor goes to the end of what changed there (after
// the words a redo types again, where the words an undo takes away were), as in any text editor. The
// field's SetText would leave it where it was, inside other words ("diaal|ogue").
func (ui *UI) caretFollows() func() {
	if ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return func() {}
	}
	i, seg := ui.cur, ui.doc.Segments[ui.cur]
	before := seg.Target
	return func() {
		after := seg.Target
		if after == before || i >= len(ui.doc.Segments) || ui.doc.Segments[i] != seg {
			return
		}
		_, _, c := annotate.Diff(before, after)
		if r := ui.rowFor(i); r != nil && r.entry.Text == after {
			r.entry.setCaret(utf8.RuneCountInString(after[:c]))
		}
	}
}

// statusFollows is called before a step is undone or redone and returns what to call after: when
// the step changed the status of one segment other than the current one, that segment becomes the
// current one, its English focused. Ctrl+Enter confirms a segment and moves on: Ctrl+Z then gave the
// segment its status back but left the translator on the next one, as if nothing had been undone.
func (ui *UI) statusFollows() func() {
	before := make([]annotate.Status, len(ui.doc.Segments))
	for i, s := range ui.doc.Segments {
		before[i] = s.Status
	}
	return func() {
		if len(ui.doc.Segments) != len(before) {
			return
		}
		changed := -1
		for i, s := range ui.doc.Segments {
			if s.Status == before[i] {
				continue
			}
			if changed >= 0 { // several segments: a whole-document step, such as a pre-translation
				return
			}
			changed = i
		}
		if changed >= 0 && changed != ui.cur {
			ui.focusSegment(changed, annotate.Target)
		}
	}
}
