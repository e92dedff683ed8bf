package app

import (
	"fmt"
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
			want := curled(c.before + wrapSentence + c.after) // smart quotes turn the " typed
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
		if want := curled(wrapSentence) + " "; seg.Target != want {
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

// manySegments is a document of n one-sentence segments, long enough for the list to reuse rows.
func manySegments(n int) *annotate.Document {
	sources := make([]string, n)
	for i := range sources {
		sources[i] = fmt.Sprintf("Phrase numéro %d, assez longue pour tenir sur une ligne ou deux.", i+1)
	}
	return pairDoc(sources...)
}

// typeKeys types s as the window does: into the focused widget, or to the canvas's handler when no
// widget has the focus.
func typeKeys(ui *UI, s string) {
	c := ui.win.Canvas()
	for _, ch := range s {
		if f := c.Focused(); f != nil {
			f.TypedRune(ch)
		} else if h := c.OnTypedRune(); h != nil {
			h(ch)
		}
	}
}

// wheel scrolls the list by n clicks of the mouse wheel (negative: up), one at a time as the list
// receives them, which makes it reuse rows.
func wheel(ui *UI, n int) {
	step := float32(60)
	if n < 0 {
		n, step = -n, -step
	}
	for range n {
		ui.list.ScrollToOffset(ui.list.GetScrollOffset() + step)
	}
}

// focusedSegment returns the segment whose English field has the focus, -1 for none.
func focusedSegment(ui *UI) int {
	f := ui.win.Canvas().Focused()
	for _, r := range ui.rows {
		if f == r.entry {
			return r.seg
		}
	}
	if e, ok := f.(*targetEntry); ok {
		return e.row.seg
	}
	return -1
}

// TestTypingAfterScrollingGoesToTheEditedSegment scrolls away from the field being typed in, far
// (the list reuses its row for another segment) and a little (the row is only put aside), then types:
// the text goes to the segment being edited, which comes back into view with the focus.
func TestTypingAfterScrollingGoesToTheEditedSegment(t *testing.T) {
	for _, far := range []bool{true, false} {
		ui, _ := newTestUI(t, manySegments(80), false)
		r := visibleRow(t, ui, 1)
		ui.win.Canvas().Focus(r.entry)
		typeKeys(ui, "Draft")
		if far {
			wheel(ui, 40)
		} else {
			ui.list.ScrollToOffset(ui.cache.heights[0] + 20) // the row's top is out of view
		}
		if i := focusedSegment(ui); i >= 0 && i != 1 {
			t.Fatalf("far %v: after scrolling, segment %d's field has the focus", far, i)
		}
		typeKeys(ui, " QWERTY")
		for i, seg := range ui.doc.Segments {
			if want := map[bool]string{true: "Draft QWERTY", false: ""}[i == 1]; seg.Target != want {
				t.Errorf("far %v: segment %d reads %q, want %q", far, i, seg.Target, want)
			}
		}
		if i := focusedSegment(ui); i != 1 {
			t.Errorf("far %v: segment %d's field has the focus after typing, want 1", far, i)
		}
		if r := ui.rowFor(1); r == nil || !ui.inView(r) {
			t.Errorf("far %v: the segment typed in is not back in view", far)
		}
		if ui.cur != 1 {
			t.Errorf("far %v: current segment %d", far, ui.cur)
		}
	}
}

// TestScrollingBackGivesTheFocusBack: the focus returns to the segment left, not to the one its
// row shows after reuse, with the cursor where it was.
func TestScrollingBackGivesTheFocusBack(t *testing.T) {
	ui, _ := newTestUI(t, manySegments(80), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	typeKeys(ui, "Two words")
	r.entry.setCaret(3)
	wheel(ui, 40)
	wheel(ui, -40)
	if i := focusedSegment(ui); i != 1 {
		t.Fatalf("after scrolling back, segment %d's field has the focus, want 1", i)
	}
	typeKeys(ui, "!")
	if got := ui.doc.Segments[1].Target; got != "Two! words" {
		t.Errorf("typed after scrolling back: %q", got)
	}
}

// TestRowsAreNotLeaked: the rows the list measures or drops are not kept, and each segment is shown
// by one row at most.
func TestRowsAreNotLeaked(t *testing.T) {
	ui, _ := newTestUI(t, manySegments(80), false)
	for i := range 60 {
		ui.focusSegment(i, annotate.Target) // scrolls, refreshing the list
		ui.list.ScrollToOffset(float32(i * 97 % 3000))
	}
	seen := map[int]bool{}
	for _, r := range ui.rows {
		if r.seg < 0 || seen[r.seg] {
			t.Fatalf("segment %d listed twice or a row without segment listed", r.seg)
		}
		seen[r.seg] = true
	}
	if len(ui.rows) > 60 {
		t.Errorf("%d rows kept for a list showing a dozen", len(ui.rows))
	}
}

// TestLabelKeyAfterScrollingTagsTheSelection: a French selection left by scrolling is tagged by the
// label key typed afterwards, in its own segment.
func TestLabelKeyAfterScrollingTagsTheSelection(t *testing.T) {
	ui, _ := newTestUI(t, manySegments(80), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.src)
	src := ui.doc.SourceText(ui.doc.Segments[1])
	a := strings.Index(src, "numéro")
	r.src.SetSelection(a, a+len("numéro"))
	wheel(ui, 40)
	n := len(ui.doc.Spans)
	typeKeys(ui, "m")
	if len(ui.doc.Spans) != n+1 {
		t.Fatalf("%d spans after the label key, want %d", len(ui.doc.Spans), n+1)
	}
	sp := ui.doc.Spans[len(ui.doc.Spans)-1]
	if got := ui.doc.SpanText(sp); ui.doc.SegmentAt(sp.Start) != 1 || got != "numéro" {
		t.Errorf("tagged %q in segment %d", got, ui.doc.SegmentAt(sp.Start))
	}
}
