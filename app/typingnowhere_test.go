package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestTypingAfterAClickThatTookTheFocus (QA polish #1): a click on what takes no keys (a side tab,
// the status line, the space between rows) leaves no widget with the focus, and the words typed next
// were lost. They go to the current segment's English, at its caret, whichever column had the focus
// before: the French's letters are commands, which a translator resuming typing does not mean.
func TestTypingAfterAClickThatTookTheFocus(t *testing.T) {
	for _, last := range []annotate.Side{annotate.Target, annotate.Source} {
		t.Run(string(last), func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			c := ui.win.Canvas()
			r := visibleRow(t, ui, 1)
			c.Focus(r.entry)
			typeKeys(ui, "Donald  hailed")
			r.entry.setCaret(len("Donald "))
			if last == annotate.Source {
				c.Focus(r.src)
			}
			c.Unfocus() // a click on the status line, or a side tab

			typeKeys(ui, "Trump")
			if got := ui.doc.Segments[1].Target; got != "Donald Trump hailed" {
				t.Errorf("typed with the focus nowhere: segment 2's English is %q, want \"Donald Trump hailed\"", got)
			}
			if f := c.Focused(); f != fyne.Focusable(r.entry) {
				t.Errorf("after typing, the focus is on %T, want the English field", f)
			}
			for i, seg := range ui.doc.Segments {
				if i != 1 && seg.Target != "" {
					t.Errorf("segment %d got English %q", i+1, seg.Target)
				}
			}
		})
	}
}

// TestPasteWithTheFocusNowhere: Ctrl+V with no widget focused pastes into the current segment's
// English, as a typed character goes there.
func TestPasteWithTheFocusNowhere(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	r := visibleRow(t, ui, 2)
	c.Focus(r.entry)
	c.Unfocus()
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent("The minister")
	c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := ui.doc.Segments[2].Target; got != "The minister" {
		t.Errorf("Ctrl+V with the focus nowhere: segment 3's English is %q", got)
	}
}

// TestTypingWithTheFocusNowhereSparesDialogsAndTheFrench: a focused widget keeps its keys (the
// French's letters tag its selection), a dialog's keys never reach the document, and with no document
// nothing is typed anywhere.
func TestTypingWithTheFocusNowhereSparesDialogsAndTheFrench(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	r := visibleRow(t, ui, 2)
	c.Focus(r.src)
	r.src.SetSelection(len("Le "), len("Le ministre"))
	typeKeys(ui, "p")
	if n := countLabel(ui.doc, annotate.LabelPER); ui.doc.Segments[2].Target != "" || n != 2 {
		t.Errorf("p in the French: English %q, %d PER spans, want the selection tagged", ui.doc.Segments[2].Target, n)
	}

	ui.showInfo("Info", "A message")
	c.Unfocus()
	typeKeys(ui, "xyz")
	if got := ui.doc.Segments[2].Target; strings.Contains(got, "x") {
		t.Errorf("typed over a dialog: the English got %q", got)
	}
	closeAll(ui)

	blank, _ := newTestUI(t, nil, false)
	typeKeys(blank, "abc")
	if f := blank.win.Canvas().Focused(); f != nil {
		t.Errorf("no document open: typing focused %T", f)
	}
}

// TestClickBetweenRowsFocusesTheEnglish: a click in the space between two rows (or below the last)
// goes to the English of the row above, as a click beside a row's fields does; it left the focus
// nowhere.
func TestClickBetweenRowsFocusesTheEnglish(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	visibleRow(t, ui, 2)
	c.Focus(visibleRow(t, ui, 2).entry)
	c.Unfocus()
	l := ui.list
	y := l.top(1) - l.gap()/2 - l.GetScrollOffset()
	l.Tapped(&fyne.PointEvent{Position: fyne.NewPos(10, y)})
	if r := ui.rowFor(0); r == nil || c.Focused() != fyne.Focusable(r.entry) || ui.cur != 0 {
		t.Errorf("a click between rows 1 and 2: focus on %T, current segment %d, want the English of segment 1", c.Focused(), ui.cur+1)
	}
	typeKeys(ui, "Yes")
	if got := ui.doc.Segments[0].Target; got != "Yes" {
		t.Errorf("typed after the click: segment 1's English is %q", got)
	}
}

// countLabel counts d's spans labelled label.
func countLabel(d *annotate.Document, label string) int {
	n := 0
	for _, sp := range d.Spans {
		if sp.Label == label {
			n++
		}
	}
	return n
}

// TestFirstSegmentMoveGoesToTheEnglish: in a document just opened no field has had the focus yet, and
// typing goes to the English; Ctrl+Down, the first key a translator presses to go on, went to the next
// segment's French instead, where the translation typed next ran as commands ("s" asked for a quote's
// speaker, "p" tagged a person). The move goes to the English, as Ctrl+U and Ctrl+Enter do; once a
// column has had the focus, moves keep to it.
func TestFirstSegmentMoveGoesToTheEnglish(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyDown, fyne.KeyUp} {
		t.Run(string(key), func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.setCurrent(1)
			pressShortcut(ui, custom(key, ctrl))
			typeKeys(ui, "This")
			want := 2
			if key == fyne.KeyUp {
				want = 0
			}
			for i, seg := range ui.doc.Segments {
				if got, exp := seg.Target, map[bool]string{true: "This"}[i == want]; got != exp {
					t.Errorf("segment %d's English is %q, want %q", i+1, got, exp)
				}
			}
			if len(ui.doc.Spans) != len(testDoc(t).Spans) {
				t.Errorf("typing made the spans %d, from %d: the letters ran as commands", len(ui.doc.Spans), len(testDoc(t).Spans))
			}
			ui.win.Canvas().Focus(visibleRow(t, ui, 1).src)
			pressShortcut(ui, custom(key, ctrl))
			if r := ui.rowFor(want); r == nil || ui.win.Canvas().Focused() != fyne.Focusable(r.src) {
				t.Errorf("Ctrl+%s from the French did not keep to the French", key)
			}
		})
	}
}

// TestCaretKeysWithTheFocusNowhere: with no widget focused (a dialog just closed, a side tab clicked,
// a document just opened), the keys that move the caret or delete go to the current segment's
// English, as characters do: End, Ctrl+End or Backspace then typing corrected the wrong place, or
// nothing, since the keys were dropped and the words went in before the first one.
func TestCaretKeysWithTheFocusNowhere(t *testing.T) {
	draft := "On July 7, the « Commission » 😀"
	cases := []struct {
		name string
		keys func(ui *UI)
		want string
	}{
		{"End", func(ui *UI) { ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd}) }, draft + " launched"},
		{"Ctrl+End", func(ui *UI) {
			ui.win.Canvas().(fyne.Shortcutable).TypedShortcut(custom(fyne.KeyEnd, fyne.KeyModifierControl))
		}, draft + " launched"},
		{"Right, Backspace", func(ui *UI) {
			ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
			ui.win.Canvas().Unfocus()
			ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}, " launchedn July 7, the « Commission » 😀"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := testDoc(t)
			ui, _ := newTestUI(t, d, false)
			setTarget(t, ui, 1, draft)
			visibleRow(t, ui, 1)
			ui.setCurrent(1)
			ui.win.Canvas().Unfocus()
			c.keys(ui)
			typeKeys(ui, " launched")
			if got := d.Segments[1].Target; got != c.want {
				t.Errorf("English %q, want %q", got, c.want)
			}
		})
	}
}
