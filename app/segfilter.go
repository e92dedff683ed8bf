package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// The segment filter shows only what is left to do, as memoQ's and Trados's row filters and OmegaT's
// do: the segments not translated, the drafts, those not reviewed yet (the reviewer's worklist), those
// with a QA problem, those with suggestions to confirm, those with notes (memoQ's "with comments": File ›
// Notes… lists the notes of one segment at a time). The list leaves the others out (seglist_filter.go).
//
// A filter is a snapshot, taken when it is applied: a segment confirmed under "Not translated" stays
// where it is, under the caret, until the filter is applied again (its button, its menu item, or
// choosing it again), as in those tools; rows vanishing as one types would lose the translator's place.
// Going to a segment the filter left out (Go to segment, Find, a QA or side-panel row, undo) shows that
// segment in addition, by the same rule, rather than dropping the filter: the translator asked for a
// segment, not for the 300 others, and the filter they chose still holds for the rest. The count says
// so ("13 of 300 segments shown"), and so does the status line while the segment is the current one.

// filterKind is what the segment filter shows.
type filterKind int

const (
	showAll         filterKind = iota
	showToTranslate            // new or draft, or without English (toTranslate)
	showDrafts
	showToReview   // not reviewed, not locked (leftToReview)
	showQAProblems // an error or warning of the QA tab's last run
	showToConfirm  // a suggestion, or a speaker or cue link, to confirm (acceptable)
	showNotes      // a note on the segment, the file's or one added in Glose
	showChanged    // English changed since the translator's version (changes.go)
	showContaining // the text of the filter's field in its French or English, as Find matches it
	filterKinds    // how many there are
)

// name returns how the filter's choice names k.
func (k filterKind) name() string {
	switch k {
	case showToTranslate:
		return lang.L("Not translated")
	case showDrafts:
		return lang.L("Drafts")
	case showToReview:
		return lang.L("Not reviewed")
	case showQAProblems:
		return lang.L("With QA problems")
	case showToConfirm:
		return lang.L("With suggestions to confirm")
	case showNotes:
		return lang.L("With notes")
	case showChanged:
		return lang.L("Changed in review")
	case showContaining:
		return lang.L("Containing the text…")
	}
	return lang.L("All segments")
}

// filterBar is the filter's control, right of the label palette over the list: the choice of what
// to show, a button that applies it again, and how many segments it shows.
type filterBar struct {
	ui     *UI
	kind   filterKind
	added  map[int]bool // the segments shown in addition since the filter was applied (reveal)
	choice *choiceSelect
	text   *nameEntry // what showContaining looks for, shown with it
	textAt *fyne.Container
	again  *tipButton
	count  *widget.Label
	box    *fyne.Container
}

func newFilterBar(ui *UI) *filterBar {
	b := &filterBar{ui: ui}
	names := make([]string, filterKinds)
	for k := range filterKinds {
		names[k] = k.name()
	}
	b.choice = newChoiceSelect(names, nil)
	b.choice.Selected = names[showAll]
	// Fyne's Select is as wide as its placeholder: the choice made is its placeholder, so it shows whole.
	b.choice.PlaceHolder = names[showAll]
	// OnChanged runs for the choice already made too: choosing it again applies it again.
	b.choice.OnChanged = func(string) { b.chosen(filterKind(max(b.choice.SelectedIndex(), 0))) }
	b.again = newTipButton(ui.tips, lang.L("Apply the filter again: the segments done since leave the list"),
		theme.ViewRefreshIcon(), func() { b.apply(b.kind) })
	b.count = widget.NewLabel("")
	b.text = newNameEntry(func() { ui.focusSegment(ui.cur, annotate.Target) })
	b.text.SetPlaceHolder(lang.L("Text, then Enter"))
	b.text.OnSubmitted = func(string) { b.apply(showContaining) }
	b.textAt = container.NewGridWrap(fyne.NewSize(filterTextWidth, b.text.MinSize().Height), b.text)
	b.box = container.NewHBox(b.count, b.again, b.textAt, b.choice)
	b.show()
	return b
}

// filterTextWidth is the width of the field of the text to look for.
const filterTextWidth = 180

// chosen is the choice's OnChanged: it applies the filter chosen, but for "Containing the text…"
// with no text yet, where it waits in the field for the text and Enter.
func (b *filterBar) chosen(k filterKind) {
	if k == showContaining && strings.TrimSpace(b.text.Text) == "" {
		b.kind = k
		b.show()
		b.ui.win.Canvas().Focus(b.text)
		return
	}
	b.apply(k)
}

// apply shows the segments k keeps, now, and keeps the caret in a row shown.
func (b *filterBar) apply(k filterKind) {
	ui := b.ui
	b.kind, b.added = k, nil
	b.choose(k)
	var hide []bool
	if k != showAll {
		hide = ui.filterMarks(k)
	}
	ui.list.SetHidden(hide)
	b.show()
	ui.showEmptyHint()
	if n := len(ui.doc.Segments); ui.list.shownCount() > 0 && ui.cur < n {
		i := ui.cur
		if ui.list.hidden(i) { // the next row shown, else the one before: the place is kept
			if i = ui.list.nextShown(i); i >= n {
				i = ui.list.prevShown(ui.cur)
			}
		}
		ui.focusSegment(i, annotate.Target)
	}
	ui.showState()
}

// reset shows every segment, for another document, without moving; with none open (the empty
// placeholder), the choice is greyed, as the View menu's items are.
func (b *filterBar) reset() {
	b.kind, b.added = showAll, nil
	b.choose(showAll)
	setEnabled(b.choice, b.ui.hasDocument())
	if b.ui.list.filtered() {
		b.ui.list.SetHidden(nil)
	}
	b.show()
}

// choose shows k as the choice made, without OnChanged (which would apply it again).
func (b *filterBar) choose(k filterKind) {
	b.choice.Selected, b.choice.PlaceHolder = k.name(), k.name()
	b.choice.Refresh()
}

// revealed is the list's OnReveal: segment i, which the filter left out, is shown in addition.
func (b *filterBar) revealed(i int) {
	if b.added == nil {
		b.added = map[int]bool{}
	}
	b.added[i] = true
	b.show()
	b.ui.showEmptyHint()
}

// note returns what the status line adds about segment i: that it is shown in addition to the
// filter, or "".
func (b *filterBar) note(i int) string {
	if !b.added[i] || !b.ui.list.filtered() {
		return ""
	}
	return " — " + lang.L("shown in addition to the filter")
}

// show says how many segments the list shows, while a filter is on.
func (b *filterBar) show() {
	ui := b.ui
	if ui.find != nil { // made after the filter's bar
		ui.find.rep.showScope()
	}
	if b.kind == showContaining {
		b.textAt.Show()
	} else {
		b.textAt.Hide()
	}
	if !ui.list.filtered() {
		b.count.Hide()
		b.again.Hide()
		b.box.Refresh()
		return
	}
	defer b.box.Refresh()
	n := ui.list.shownCount()
	b.count.SetText(lang.N("{{.Shown}} of {{.Total}} segments shown", n,
		map[string]any{"Shown": n, "Total": len(ui.doc.Segments)}))
	b.count.Show()
	b.again.Show()
}

// open drops the filter's choices down, from the keyboard.
func (b *filterBar) open() { b.choice.Tapped(nil) }

// emptyText says, where the rows would be, that the filter leaves none; "" when it leaves some.
func (b *filterBar) emptyText() string {
	if !b.ui.list.filtered() || b.ui.list.shownCount() > 0 {
		return ""
	}
	return lang.L("No segment is left to show under “{{.Filter}}”. Choose “{{.All}}” above the list to see them all.",
		map[string]any{"Filter": b.kind.name(), "All": showAll.name()})
}

// filterMarks returns, for each segment, whether filter k leaves it out now.
func (ui *UI) filterMarks(k filterKind) []bool {
	d := ui.doc
	hide := make([]bool, len(d.Segments))
	var keep []bool // the segments k keeps, when they are found all at once
	switch k {
	case showQAProblems:
		keep = ui.qaProblemSegments()
	case showToConfirm:
		keep = segmentsToConfirm(d)
	case showContaining:
		keep = segmentsContaining(d, ui.filter.text.Text)
	}
	for i, seg := range d.Segments {
		switch k {
		case showToTranslate:
			hide[i] = !toTranslate(seg)
		case showDrafts:
			hide[i] = seg.Status != annotate.StatusDraft
		case showToReview:
			hide[i] = !leftToReview(seg)
		case showNotes: // the translator's questions, the reviewer's answers, the client's instructions
			hide[i] = len(seg.Notes) == 0
		case showChanged: // the reviewer's changes, to read again or accept
			hide[i] = !seg.Changed()
		default:
			hide[i] = !keep[i]
		}
	}
	return hide
}

// qaProblemSegments marks the segments with an error or a warning among the QA tab's issues, as its
// last run found them, but for those a person ignored. The untranslated segments and the remarks
// (suggestions to review) have filters of their own: under this one, a document just begun would
// show every segment.
func (ui *UI) qaProblemSegments() []bool {
	marks := make([]bool, len(ui.doc.Segments))
	for _, is := range ui.qa.all {
		if is.Ignored || is.Check == qa.Untranslated || (is.Severity != qa.Error && is.Severity != qa.Warning) {
			continue
		}
		if i := ui.doc.SegmentIndex(is.Segment); i >= 0 {
			marks[i] = true
		}
	}
	return marks
}

// segmentsToConfirm marks the segments holding a span with something to confirm (acceptable), on
// either side, as Ctrl+J finds them.
func segmentsToConfirm(d *annotate.Document) []bool {
	marks := make([]bool, len(d.Segments))
	for _, sp := range d.Spans {
		if p, ok := placeOf(d, sp); ok && acceptable(d, sp) {
			marks[p.seg] = true
		}
	}
	return marks
}

// segmentsContaining marks the segments whose French or English holds text, as Find matches it (case
// and accents ignored); every segment when text is blank.
func segmentsContaining(d *annotate.Document, text string) []bool {
	q := annotate.Fold(strings.TrimSpace(text))
	marks := make([]bool, len(d.Segments))
	for i, seg := range d.Segments {
		marks[i] = strings.Contains(annotate.Fold(d.SourceText(seg)), q) || strings.Contains(annotate.Fold(seg.Target), q)
	}
	return marks
}

// filterActions are the View menu's items for the filter.
func (ui *UI) filterActions() []*action {
	filtered := func() bool { return ui.list.filtered() }
	return ui.needDocument([]*action{
		{name: lang.L("Filter the segments…"), keys: "Ctrl+Shift+F", run: ui.filter.open,
			short: []fyne.Shortcut{custom(fyne.KeyF, ctrl|shift)}},
		{name: lang.L("Apply the filter again"), run: func() { ui.filter.apply(ui.filter.kind) }, applies: filtered},
		{name: lang.L("Show all segments"), run: func() { ui.filter.apply(showAll) }, applies: filtered},
	})
}

// paletteRow lays out the label palette and the filter's control as besideLayout does, the labels
// keeping their whole line: the filter goes under them, at the right, rather than pushing a label or
// two onto a line of their own (which looked like a slip). The labels' width on one line is taken at
// each layout and when their number changes (another document's schema), not at every MinSize: the
// driver asks for it before every frame, and it measures every label's text.
type paletteRow struct {
	besideLayout
	labels  *fyne.Container
	counted int // how many labels room was taken for
}

func (r *paletteRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	r.measure()
	r.besideLayout.Layout(objs, size)
}

func (r *paletteRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(r.labels.Objects) != r.counted {
		r.measure()
	}
	return r.besideLayout.MinSize(objs)
}

// measure takes the room the labels keep: their width on one line.
func (r *paletteRow) measure() {
	r.room, r.counted = lineWidth(r.labels.Objects), len(r.labels.Objects)
}

// lineWidth returns the width of objs on one line, at their minimum widths, padded apart.
func lineWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w += o.MinSize().Width + theme.Padding()
		}
	}
	return w
}
