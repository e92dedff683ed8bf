package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// replacement is what replaces match: the words typed, given the match's case when the search
// ignores case (annotate.ReplaceOptions.Replacement).
func (r *replacer) replacement(match string) string {
	return r.settings().Replacement(match, r.with.Text)
}

// stillMatch says whether at, the match shown, is still a match of s where it was: the English may
// have been typed in since.
func (r *replacer) stillMatch(s *annotate.Searcher, at findPos) bool {
	d := r.f.ui.doc
	if at.seg < 0 || at.seg >= len(d.Segments) || at.side != annotate.Target || r.skips(at.seg) {
		return false
	}
	a, b, ok := s.Find(d.Segments[at.seg].Target, at.start)
	return ok && a == at.start && b == at.end
}

// replaceOne replaces the match shown and goes to the next one. With no match shown (the first
// press, or after the English or the search changed) it goes to the next match only, to be seen
// before it is replaced.
func (r *replacer) replaceOne() {
	f, ui := r.f, r.f.ui
	s := r.searcher()
	if s == nil {
		return
	}
	at := f.last
	if r.key() != f.query || !r.stillMatch(s, at) {
		r.next()
		return
	}
	seg := ui.doc.Segments[at.seg]
	with := r.replacement(seg.Target[at.start:at.end])
	if _, err := ui.replaceIn(stepReplace, []annotate.SegmentReplace{{Index: at.seg, Ranges: [][2]int{{at.start, at.end}}, With: []string{with}}}); err != nil {
		ui.showError(err)
		return
	}
	f.last.end = at.start + len(with) // the next search starts after the new words
	msg := lang.L("Replaced in segment {{.N}}", map[string]any{"N": at.seg + 1})
	if !r.next() && r.hiddenMatches(s) == 0 {
		// "is nowhere in the English", said of the words just replaced, read as if nothing had been
		ui.setStatus(msg + " — " + lang.L("no other “{{.Text}}” in the English", map[string]any{"Text": f.entry.Text}))
		return
	}
	ui.setStatus(msg + " — " + ui.status.Text)
}

// replaceAll replaces every match in the English, as one undo step, and says how many in how many
// segments, how many reviewed segments that makes translated again, and how many confirmed
// segments were left alone under "Unconfirmed segments only".
func (r *replacer) replaceAll() {
	f, ui := r.f, r.f.ui
	s := r.searcher()
	if s == nil {
		return
	}
	opts := r.settings()
	opts.Scope = r.scope()
	plan := annotate.PlanReplace(ui.doc, s, r.with.Text, opts)
	f.last = findPos{seg: -1}
	reviewed, err := ui.replaceIn(stepReplaceAll, plan.Segments)
	if err != nil {
		ui.showError(err)
		return
	}
	ui.setStatus(replacedMessage(f.entry.Text, plan, reviewed, opts.Scope != nil))
}

// replacedMessage is the status line after Replace all: skipped confirmed segments were left alone
// ("Unconfirmed segments only"), locked ones always are; scoped, it names the segments it acted on
// as the shown ones, and says next how many matches the hidden ones keep.
func replacedMessage(query string, plan annotate.ReplacePlan, reviewed int, scoped bool) string {
	msg := replacedHead(query, plan, scoped)
	then := lang.X("replace.then", "; ") // French puts a no-break space before the semicolon
	// What the filter hid comes first, the status line cutting the end of a long message: after the
	// others, the French of it was past the line's end at 1280 units.
	if n := plan.OutOfScope; n > 0 {
		msg += then + lang.N("{{.N}} hidden matches left alone (uncheck “Only the shown segments” to replace them too)", n, map[string]any{"N": n})
	}
	if reviewed > 0 {
		msg += then + lang.N("{{.N}} reviewed segments are translated again: their review was of other words", reviewed, map[string]any{"N": reviewed})
	}
	if n := plan.Skipped; n > 0 {
		msg += then + lang.N("{{.N}} confirmed segments left alone", n, map[string]any{"N": n})
	}
	if n := plan.Locked; n > 0 {
		msg += then + lang.N("{{.N}} locked segments left alone", n, map[string]any{"N": n})
	}
	return msg
}

// replacedHead is the start of replacedMessage: how many replacements in how many segments, shown
// ones when scoped, or that there was none to make.
func replacedHead(query string, plan annotate.ReplacePlan, scoped bool) string {
	n, reps := plan.Count(), plan.Segments
	args := map[string]any{"N": n, "M": len(reps), "Text": query}
	if len(reps) > 0 {
		args["Seg"] = reps[0].Index + 1
	}
	switch {
	case len(reps) == 0 && plan.OutOfScope > 0:
		return lang.L("“{{.Text}}” is in none of the shown segments’ English", args)
	case len(reps) == 0:
		return lang.L("“{{.Text}}” is nowhere in the English", args)
	case len(reps) == 1 && scoped:
		return lang.N("{{.N}} replacements in shown segment {{.Seg}}", n, args)
	case len(reps) == 1:
		return lang.N("{{.N}} replacements in segment {{.Seg}}", n, args)
	case scoped:
		return lang.N("{{.N}} replacements in {{.M}} shown segments", n, args)
	}
	return lang.N("{{.N}} replacements in {{.M}} segments", n, args)
}

// replaceIn makes the replacements reps in the English as one undo step named step, as typing would
// make them (annotate.Editor.Replace: spans and statuses follow); autosave and undo follow, the
// memory takes the new English of translated segments at once (and the old back on undo:
// memoryFollows), the segments are projected again after the pause, as after typing, and the checks
// run again. It returns how many reviewed segments
// became translated.
func (ui *UI) replaceIn(step string, reps []annotate.SegmentReplace) (reviewed int, err error) {
	if len(reps) == 0 {
		return 0, nil
	}
	if reviewed, err = ui.ed.Replace(step, reps); err != nil {
		return 0, err
	}
	var done []int
	for _, rep := range reps {
		seg := ui.doc.Segments[rep.Index]
		ui.projectLater(seg.ID)
		if seg.Status.Done() && ui.sugg.memo.storing(seg) {
			done = append(done, rep.Index)
		}
	}
	ui.rememberAll(done)
	return reviewed, nil
}

// replacingOr returns what Ctrl+Enter does: in the Find bar in replace mode, Replace; elsewhere
// other (confirm the segment). The driver gives a menu's shortcut to the menu before the focused
// field, so the field cannot take it itself.
func (ui *UI) replacingOr(other func()) func() {
	return func() {
		f := ui.find
		if f.replacing && f.bar.Visible() && f.rep.owns(ui.win.Canvas().Focused()) {
			f.rep.replaceOne()
			return
		}
		other()
	}
}
