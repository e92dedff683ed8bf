package app

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest/tm"
)

// A reviewer who receives a colleague's translated document sees what was changed since the
// translator's version (annotate/changes.go says when that version is kept), as memoQ's and Trados's
// tracked changes show it: a changed segment has a mark beside its English and, under the English and
// its spans, a line that reads the English with the words removed struck through in red and those
// added underlined in green. The line is always shown, with no tip to hover, so that it reads from
// the keyboard too; the filter "Changed in review" lists the changed segments, and Segment › Changes since the
// translator › Accept changes (or Accept all changes) makes the English the translator's version.

// changesView is the line of a changed segment's differences from the translator's version. It
// takes the app's shortcuts when clicked into, and Enter or Escape go back to the English.
type changesView struct {
	textview.TextView
	row *row
}

func newChangesView(r *row) *changesView {
	v := &changesView{row: r}
	v.Wrap = true
	v.ExtendBaseWidget(v)
	v.SetMeasurer(r.ui.measurer)
	v.Hide()
	return v
}

// TypedKey is part of fyne.Focusable.
func (v *changesView) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
		v.row.ui.focusSegment(v.row.seg, annotate.Target)
	default:
		v.TextView.TypedKey(ev)
	}
}

// TypedShortcut is part of fyne.Shortcutable: the app's shortcuts first, then the TextView's own.
func (v *changesView) TypedShortcut(sc fyne.Shortcut) {
	if v.row.ui.handleShortcut(sc) {
		return
	}
	v.TextView.TypedShortcut(sc)
}

// show shows seg's changes, or hides the line when it has none.
func (v *changesView) show(seg *annotate.Segment) {
	if !seg.Changed() {
		v.Hide()
		return
	}
	text, hs := changesText(seg)
	if v.Text() != text || !slices.Equal(v.Highlights(), hs) {
		v.Set(text, hs)
	}
	v.Show()
}

// changesText is the text of a changed segment's line: its English with the translator's words it
// lost, and the highlights marking the words removed and added.
func changesText(seg *annotate.Segment) (string, []textview.Highlight) {
	var text []byte
	var hs []textview.Highlight
	for _, p := range tm.WordDiff(seg.TranslatorTarget, seg.Target) {
		start := len(text)
		text = append(text, p.Text...)
		switch p.Kind {
		case tm.Removed:
			hs = append(hs, textview.Highlight{Start: start, End: len(text), Color: removedColor(), Style: textview.Strike})
		case tm.Added:
			hs = append(hs, textview.Highlight{Start: start, End: len(text), Color: addedColor(), Style: textview.Underline})
		}
	}
	return string(text), hs
}

// removedColor and addedColor mark the words removed and added, as the tools' tracked changes do.
func removedColor() color.Color { return color.NRGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff} }

func addedColor() color.Color { return color.NRGBA{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff} }

// newChangesMark returns the mark of row r shown when its segment was changed since the translator's
// version; its tip says what the line under the English shows.
func newChangesMark(r *row) *tipMark {
	return newTipMark(r, theme.HistoryIcon(), func() string {
		if r.seg < 0 || r.seg >= len(r.ui.doc.Segments) || !r.ui.doc.Segments[r.seg].Changed() {
			return ""
		}
		return lang.L("Changed since the translator’s version: under the English, removed words are struck through, added ones underlined. Segment › Changes since the translator › Accept changes")
	})
}

// showChanges shows or hides the row's mark and line of changes.
func (r *row) showChanges(seg *annotate.Segment) {
	r.changes.show(seg)
	if seg.Changed() {
		r.changed.Show()
	} else {
		r.changed.Hide()
	}
}

// changesHeight is the height the line of changes adds under segment i's English at width w, with
// measure, 0 when it has none.
func (ui *UI) changesHeight(i int, w float32, measure func(string, float32) float32) float32 {
	seg := ui.doc.Segments[i]
	if !seg.Changed() {
		return 0
	}
	text, _ := changesText(seg)
	return theme.Padding() + measure(text, w)
}

// heightKey is what a row's height depends on besides its spans: its English and, when changed, the
// translator's version, whose acceptance takes the line of changes away.
func heightKey(seg *annotate.Segment) string {
	if !seg.Changed() {
		return seg.Target
	}
	return seg.Target + "\x00" + seg.TranslatorTarget
}

// acceptChanges makes the English of the current segment, or of every segment (all), the
// translator's version, as one undo step, and says how many.
func (ui *UI) acceptChanges(all bool) {
	var ids []string
	for i, seg := range ui.doc.Segments {
		if (all || i == ui.cur) && seg.Changed() {
			ids = append(ids, seg.ID)
		}
	}
	if len(ids) == 0 {
		ui.hint(lang.L("No change to accept: the English is the translator’s version"))
		return
	}
	n, err := ui.ed.AcceptChanges(ids...)
	if err != nil {
		ui.showError(err)
		return
	}
	if all {
		ui.setStatus(lang.N("Changes accepted in {{.Count}} segments", n, map[string]any{"Count": n}))
	} else {
		ui.setStatus(lang.L("Changes accepted in segment {{.N}}: its English is now the translator’s version", map[string]any{"N": ui.cur + 1}))
	}
}

// currentHasChanges and anyChanged say whether the Segment menu's Accept changes items apply.
func (ui *UI) currentHasChanges() bool {
	return ui.cur >= 0 && ui.cur < len(ui.doc.Segments) && ui.doc.Segments[ui.cur].Changed()
}

func (ui *UI) anyChanged() bool {
	return countSegments(ui.doc, (*annotate.Segment).Changed) > 0
}
