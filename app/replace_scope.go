package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Find and Replace under the segment filter (segfilter.go). Replace all under a display filter acts
// on the segments displayed in Trados Studio, and memoQ's find and replace has the view for scope: a
// translator who filtered the drafts to fix a term in them has not looked at the 300 confirmed
// segments the filter hides. So while a filter is on, the bar's options hold "Only the shown
// segments", checked whenever a filter comes on: Next, Replace and Replace all then pass by the
// segments the filter hides (a segment shown in addition to the filter, by Go to segment say, is
// shown), and their messages say what they left there; unchecked, they act on the whole document as
// without a filter. Find (Ctrl+F) keeps to the whole document: it looks things up, often in the
// segments the filter hides (how a term was translated in those already confirmed), and shows the
// segment it finds in addition to the filter; it changes nothing.

// scoped says whether the search keeps to the segments the filter shows.
func (r *replacer) scoped() bool { return r.shownOnly.Checked && r.f.ui.list.filtered() }

// scope marks the segments the search may act on, those the filter shows, or is nil for every one.
func (r *replacer) scope() []bool {
	if !r.scoped() {
		return nil
	}
	return r.f.ui.list.shownMarks()
}

// showScope shows "Only the shown segments" while a filter is on, checked again each time one comes
// on (the safe choice: what the translator sees is what changes), and hides it without one.
func (r *replacer) showScope() {
	on := r.f.ui.list.filtered()
	if on == r.shownOnly.Visible() {
		return
	}
	if on {
		r.shownOnly.SetChecked(true)
		r.shownOnly.Show()
	} else {
		r.shownOnly.Hide()
	}
	r.options.Refresh()
}

// nowhere is the status line when Next finds no match: under "Only the shown segments", how many
// matches the hidden segments hold and how to reach them, when they hold some.
func (r *replacer) nowhere(s *annotate.Searcher) string {
	query := r.f.entry.Text
	if n := r.hiddenMatches(s); n > 0 {
		return lang.L("“{{.Text}}” is in none of the shown segments’ English", map[string]any{"Text": query}) +
			lang.X("replace.then", "; ") +
			lang.N("{{.N}} matches in hidden segments (uncheck “Only the shown segments” to reach them)", n, map[string]any{"N": n})
	}
	return lang.L("“{{.Text}}” is nowhere in the English", map[string]any{"Text": query})
}

// hiddenMatches counts the matches of s in the segments the filter hides that the search would
// reach without "Only the shown segments"; 0 when it is not checked.
func (r *replacer) hiddenMatches(s *annotate.Searcher) int {
	if !r.scoped() {
		return 0
	}
	ui, opts, n := r.f.ui, r.settings(), 0
	for i, seg := range ui.doc.Segments {
		if ui.list.hidden(i) && !opts.Skips(seg) {
			n += len(s.All(seg.Target))
		}
	}
	return n
}
