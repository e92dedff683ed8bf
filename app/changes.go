package app

import (
	"image/color"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest/tm"
)

// A reviewer who receives a colleague's translated document sees what was changed since the
// translator's version (kept while Edit › Track changes is on: trackchanges.go, annotate/changes.go),
// as memoQ's and Trados's tracked changes show it: a changed segment has a mark beside its English
// and, under the English and its spans, a line that reads the English with the words removed struck
// through in red and those added underlined in green, punctuation and spaces framed (changesmarks.go). The line is always shown, with no tip to hover, so that it reads from
// the keyboard too; the filter "Changed in review" lists the changed segments, and Segment › Changes
// since the translator, or a right click on the line, accepts or rejects them (changesactions.go).

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
	case desktop.KeyMenu: // the keyboard's right click
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
		v.row.ui.offerChanges(v.row.seg, pos.Add(fyne.NewPos(0, v.Size().Height)))
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
// lost, shortened around the changes (elided), and the highlights marking the words removed and added.
func changesText(seg *annotate.Segment) (string, []textview.Highlight) {
	var text []byte
	var hs []textview.Highlight
	ps := tm.WordDiff(seg.TranslatorTarget, seg.Target)
	for i, p := range ps {
		start := len(text)
		switch p.Kind {
		case tm.Same:
			text = append(text, elided(p.Text, i == 0, i == len(ps)-1)...)
		case tm.Removed:
			text = append(text, shownChange(p.Text)...)
			hs = append(hs, textview.Highlight{Start: start, End: len(text), Color: removedColor(), Style: textview.Strike, Box: onlyMarks(p.Text)})
		case tm.Added:
			text = append(text, shownChange(p.Text)...)
			hs = append(hs, textview.Highlight{Start: start, End: len(text), Color: addedColor(), Style: textview.Underline, Box: onlyMarks(p.Text)})
		}
	}
	return string(text), hs
}

// shownChange is the text of words removed or added as the line shows it: punctuation and spaces
// alone with their spaces drawn as signs (changesmarks.go) and a narrow no-break space on each side,
// the margin of their frame, so that the frames of a mark removed and the one put for it touch
// without hiding each other's.
func shownChange(s string) string {
	if onlyMarks(s) {
		return "\u202f" + visibleSpaces(s) + "\u202f"
	}
	return s
}

// changeContext is how many words the line of changes keeps on each side of a change.
const changeContext = 3

// elided shortens s, words the two versions share, to the changeContext words next to the changes
// around it, an ellipsis standing for the words between, which the English field just above shows:
// before the first change (head), its last words; after the last (tail), its first; between two
// changes, both ends. Whole, the line repeated the English a second time in the row (a third, with
// the strip of its spans), and a changed row took the height of three.
func elided(s string, head, tail bool) string {
	var words [][2]int // each word's start and end
	for i := 0; i < len(s); {
		j := i + strings.IndexFunc(s[i:], unicode.IsSpace)
		if j < i {
			j = len(s)
		}
		if j > i {
			words = append(words, [2]int{i, j})
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		i = j + max(size, 1)
	}
	n, k := len(words), changeContext
	switch {
	case head && tail:
		return s
	case head && n > k+2:
		return "… " + s[words[n-k][0]:]
	case tail && n > k+2:
		return s[:words[k-1][1]] + " …"
	case !head && !tail && n > 2*k+2:
		return s[:words[k-1][1]] + " … " + s[words[n-k][0]:]
	}
	return s
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
		tip := lang.L("Changed since the translator’s version: under the English, removed words are struck through, added ones underlined; punctuation and spaces that changed are framed, a space shown as ·, a no-break space as °, a narrow one as ‿. Right-click that line, or Segment › Changes since the translator, to accept or reject them")
		if m := marksNote(r.ui.doc.Segments[r.seg]); m != "" {
			tip = lang.L("Only punctuation or spacing changed: {{.Changes}}.", map[string]any{"Changes": m}) + "\n" + tip
		}
		return tip
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
