package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// wrapSentence is long enough to wrap several times in a narrow field, with spaces landing where
// lines break at one width or another.
const wrapSentence = `For his part, Mr Lavrov returned the compliment, calling the Trump administration ` +
	`"professionals" who know how to work to solve important issues.`

// TestSpaceTypedWhereTheLineWrapsStays types a sentence key by key into narrow fields of many widths,
// at the end of the text, before a paragraph break and in the middle of a line: Fyne's Entry moved the
// cursor back before a space typed where the line wraps, so that the next word went before it.
func TestSpaceTypedWhereTheLineWrapsStays(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	id := ui.doc.Segments[1].ID
	cases := []struct {
		name, before, after string
	}{
		{"at the end", "", ""},
		{"before a paragraph break", "", "\nThe end."},
		{"in the middle", "It began. ", "Then it ended."},
	}
	for _, c := range cases {
		for width := float32(320); width <= 660; width += 10 {
			ui.resizeRows(width)
			ui.list.Resize(fyne.NewSize(width, 600))
			must(t, ui.ed.Batch("reset", func() error {
				_, err := ui.ed.SetTarget(id, c.before+c.after)
				return err
			}))
			r := visibleRow(t, ui, 1)
			ui.win.Canvas().Focus(r.entry)
			r.entry.setCaret(utf8.RuneCountInString(c.before))
			test.Type(r.entry, wrapSentence)
			want := c.before + wrapSentence + c.after
			if got := ui.doc.Segments[1].Target; got != want {
				t.Errorf("%s, row width %v: typed text reads %q", c.name, width, got)
			}
			if got := r.entry.caret(); got != utf8.RuneCountInString(c.before+wrapSentence) {
				t.Errorf("%s, row width %v: cursor at %d after typing, want %d", c.name, width, got,
					utf8.RuneCountInString(c.before+wrapSentence))
			}
		}
	}
	// Backspace after a space typed at the wrap takes that space, not the letter before it.
	seg := ui.doc.Segments[1]
	for width := float32(320); width <= 660; width += 20 {
		ui.resizeRows(width)
		ui.list.Resize(fyne.NewSize(width, 600))
		must(t, ui.ed.Batch("reset", func() error { _, err := ui.ed.SetTarget(id, ""); return err }))
		r := visibleRow(t, ui, 1)
		ui.win.Canvas().Focus(r.entry)
		for _, w := range strings.Fields(wrapSentence) {
			test.Type(r.entry, w+" ")
			r.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			test.Type(r.entry, " ")
		}
		if want := wrapSentence + " "; seg.Target != want {
			t.Errorf("row width %v: typing with backspaces gave %q", width, seg.Target)
		}
	}
}

// TestUndoAfterTypingAcrossAWrap: the typing stays one undo step when spaces land at a wrap (the
// keystroke misplaced by the Entry broke the coalescing).
func TestUndoAfterTypingAcrossAWrap(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	for width := float32(320); width <= 660; width += 18 {
		ui.resizeRows(width)
		ui.list.Resize(fyne.NewSize(width, 600))
		r := visibleRow(t, ui, 2)
		ui.win.Canvas().Focus(r.entry)
		r.entry.setCaret(0)
		test.Type(r.entry, wrapSentence)
		r.entry.TypedShortcut(&fyne.ShortcutUndo{})
		seg := ui.doc.Segments[2]
		if seg.Target != "" || seg.Status != annotate.StatusNew {
			t.Fatalf("row width %v: one undo left %q (%s)", width, seg.Target, seg.Status)
		}
	}
}
