package app

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// markedWords returns the words the row's English field marks as misspelt, in text order.
func markedWords(r *row) []string {
	rs := []rune(r.entry.Text)
	ws := slices.Clone(r.marks.words)
	slices.SortFunc(ws, func(a, b [2]int) int { return a[0] - b[0] })
	var out []string
	for _, w := range ws {
		out = append(out, string(rs[w[0]:w[1]]))
	}
	return out
}

// caretAt returns where Fyne's Entry draws its cursor at code-point offset off, in the field's
// coordinates: Fyne's own placing of the text, which the marks must agree with.
func caretAt(r *row, off int) fyne.Position {
	e := &r.entry.Entry
	row, col := e.CursorRow, e.CursorColumn
	e.CursorRow, e.CursorColumn = cursorAt(e, off)
	p := e.CursorPosition()
	e.CursorRow, e.CursorColumn = row, col
	return p.Add(fyne.NewPos(theme.InputBorderSize()/2, theme.InputBorderSize()))
}

// TestSpellMarksUnderTheWords: after the checks, each misspelt word of the English field has a line
// under it, from where Fyne's Entry puts the cursor before the word to where it puts it after, on
// the word's wrapped row, at several widths, with « », accents, emoji, a combining accent and a word
// too long for a row.
func TestSpellMarksUnderTheWords(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	text := "Sergei Lavrov said « the presidnet 😀 will come » to a cafe\u0301 with the goverment, résumée, " +
		"and Averyveryverylongwordthatcannotfitononelineatallreally then teh end."
	setTarget(t, ui, 0, text)
	ui.showQA()
	want := []string{"presidnet", "goverment", "résumée", "Averyveryverylongwordthatcannotfitononelineatallreally", "teh"}
	for _, width := range []float32{1000, 700, 520} {
		ui.win.Resize(fyne.NewSize(width, 700))
		ui.resizeRows(width)
		ui.list.Resize(fyne.NewSize(width, 600))
		r := visibleRow(t, ui, 0)
		r.box.Layout.Layout(r.box.Objects, r.box.Size())
		if got := markedWords(r); !slices.Equal(got, want) {
			t.Fatalf("width %v: marked %q, want %q", width, got, want)
		}
		lines := r.marks.underlines(r.marks.Size())
		if len(lines) < len(want) {
			t.Fatalf("width %v: %d lines for %d words", width, len(lines), len(want))
		}
		lineH := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
		for _, w := range r.marks.words {
			a, b := caretAt(r, w[0]), caretAt(r, w[1])
			if a.Y != b.Y { // a word broken over rows: its first row's part
				b = fyne.NewPos(r.marks.Size().Width, a.Y)
			}
			if !slices.ContainsFunc(lines, func(l markRect) bool {
				return within1(l.pos.X, a.X) && (within1(l.pos.X+l.size.Width, b.X) || a.Y != caretAt(r, w[1]).Y) &&
					l.pos.Y > a.Y && l.pos.Y+l.size.Height <= a.Y+lineH+0.5
			}) {
				t.Errorf("width %v: no line under %q from %v to %v among %v", width, string([]rune(text)[w[0]:w[1]]), a, b, lines)
			}
		}
	}
}

func within1(a, b float32) bool { return math.Abs(float64(a-b)) <= 1 }

// TestSpellMarksFollowTyping: typing before a misspelt word moves its line with it until the checks
// run again; a word typed into loses its line; the next run marks the new words.
func TestSpellMarksFollowTyping(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "He saw teh goverment.")
	ui.showQA()
	r := visibleRow(t, ui, 0)
	if got := markedWords(r); !slices.Equal(got, []string{"teh", "goverment"}) {
		t.Fatalf("marked %q", got)
	}
	ui.win.Canvas().Focus(r.entry)
	r.entry.setCaret(0)
	test.Type(r.entry, "Yesterdy ")
	if got := markedWords(r); !slices.Equal(got, []string{"teh", "goverment"}) {
		t.Errorf("after typing before them: marked %q", got)
	}
	r.entry.setCaret(utf8.RuneCountInString("Yesterdy He saw teh"))
	test.Type(r.entry, "e")
	if got := markedWords(r); !slices.Equal(got, []string{"goverment"}) {
		t.Errorf("after typing into teh: marked %q", got)
	}
	ui.qa.runNow()
	if got := markedWords(r); !slices.Equal(got, []string{"Yesterdy", "tehe", "goverment"}) {
		t.Errorf("after the checks: marked %q", got)
	}
}

// TestSpellMarksGoneWhenFixed: a word corrected from the QA tab, or ignored, loses its line.
func TestSpellMarksGoneWhenFixed(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "The dialoque of teh ministers.")
	openSpelling(t, ui, "dialoque")
	spellButton(t, ui.qa, "dialogue").OnTapped()
	r := visibleRow(t, ui, 0)
	if got := markedWords(r); !slices.Equal(got, []string{"teh"}) {
		t.Errorf("after the correction: marked %q", got)
	}
	openSpelling(t, ui, "teh")
	spellButton(t, ui.qa, "Ignore").OnTapped()
	if got := markedWords(r); len(got) != 0 {
		t.Errorf("after Ignore: marked %q", got)
	}
}

// TestSpellMarksNoneWhenTheFieldScrolls: when the English is taller than its field, Fyne's Entry
// scrolls it by an amount it does not tell, and no line is drawn rather than one in the wrong place.
func TestSpellMarksNoneWhenTheFieldScrolls(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, strings.Repeat("A long line of words. ", 30)+"teh end")
	ui.showQA()
	r := visibleRow(t, ui, 0)
	if got := markedWords(r); !slices.Equal(got, []string{"teh"}) {
		t.Fatalf("marked %q", got)
	}
	if lines := r.marks.underlines(r.marks.Size()); len(lines) != 1 {
		t.Fatalf("%d lines in a field tall enough", len(lines))
	}
	small := fyne.NewSize(r.entry.Size().Width, 60)
	r.entry.Resize(small)
	if lines := r.marks.underlines(small); len(lines) != 0 {
		t.Errorf("lines %v in a field too short for its text", lines)
	}
}

// TestSpellMarksRightClickOffersSuggestions: a right click on a marked word shows its suggestions,
// and choosing the first replaces the word; elsewhere the Entry keeps its own menu.
func TestSpellMarksRightClickOffersSuggestions(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "They met for a dialoque on Syria.")
	ui.showQA()
	r := visibleRow(t, ui, 0)
	lines := r.marks.underlines(r.marks.Size())
	if len(lines) != 1 {
		t.Fatalf("%d lines, want one under dialoque", len(lines))
	}
	on := lines[0].pos.Add(fyne.NewPos(lines[0].size.Width/2, -4))
	r.entry.TappedSecondary(&fyne.PointEvent{Position: on, AbsolutePosition: on})
	menu := popUpMenuIn(ui.win.Canvas().Overlays().Top())
	if menu == nil {
		t.Fatal("no menu on the word")
	}
	test.Tap(menu.Items[0].(fyne.Tappable))
	if got := d.Segments[0].Target; got != "They met for a dialogue on Syria." {
		t.Errorf("after the first suggestion: %q", got)
	}
	if got := markedWords(r); len(got) != 0 {
		t.Errorf("still marked: %q", got)
	}
}

// popUpMenuIn returns the pop-up menu in o, which Fyne wraps in an overlay container, or nil.
func popUpMenuIn(o fyne.CanvasObject) *widget.PopUpMenu {
	if m, ok := o.(*widget.PopUpMenu); ok {
		return m
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			if m := popUpMenuIn(c); m != nil {
				return m
			}
		}
	}
	return nil
}

// TestSpellMarksHiddenOnLocked: a locked segment's English, which nobody may change, shows no
// misspelt words, at once on Lock segment (before the checks run again) and after the checks, which
// flag none of its words in the QA tab; unlocked, the marks come back.
func TestSpellMarksHiddenOnLocked(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "He saw teh goverment « 😀 » in the cafe\u0301.")
	ui.showQA()
	want := []string{"teh", "goverment"}
	if got := markedWords(visibleRow(t, ui, 0)); !slices.Equal(got, want) {
		t.Fatalf("unlocked: marked %q, want %q", got, want)
	}
	ui.focusSegment(0, annotate.Target)
	actionNamed(t, ui, "Lock segment").run()
	if got := markedWords(visibleRow(t, ui, 0)); len(got) != 0 {
		t.Errorf("locked, before the checks run: marked %q", got)
	}
	ui.qa.runNow()
	if got := markedWords(visibleRow(t, ui, 0)); len(got) != 0 {
		t.Errorf("locked, after the checks: marked %q", got)
	}
	if n := len(ui.qa.spellingOf(d.Segments[0].ID)); n != 0 {
		t.Errorf("locked: the QA tab lists %d spelling issues of it", n)
	}
	actionNamed(t, ui, "Unlock segment").run()
	ui.qa.runNow()
	if got := markedWords(visibleRow(t, ui, 0)); !slices.Equal(got, want) {
		t.Errorf("unlocked again: marked %q, want %q", got, want)
	}
}

// TestSpellMarksMenuFromTheKeyboard: the Menu key, or Shift+F10, with the caret in a word marked
// misspelt (or right after it) shows the menu the right click shows, under the word, and the menu
// takes the arrows and Enter: a keyboard-first translator fixes a word without the mouse, as the
// right click offers. Elsewhere in the English the keys say why on the status line.
func TestSpellMarksMenuFromTheKeyboard(t *testing.T) {
	for _, key := range []string{"Menu", "Shift+F10"} {
		t.Run(key, func(t *testing.T) {
			d := testDoc(t)
			ui, _ := newTestUI(t, d, false)
			setTarget(t, ui, 0, "« José́ » met 👍 for a dialoque on Syria.")
			ui.showQA()
			r := visibleRow(t, ui, 0)
			ui.win.Canvas().Focus(r.entry)
			press := func() {
				if key == "Menu" {
					r.entry.TypedKey(&fyne.KeyEvent{Name: desktop.KeyMenu})
					return
				}
				shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
				r.entry.KeyDown(shift)
				r.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
				r.entry.KeyUp(shift)
			}
			r.entry.setCaret(utf8.RuneCountInString("« José́ » met"))
			press()
			if m := popUpMenuIn(ui.win.Canvas().Overlays().Top()); m != nil {
				t.Fatalf("a menu away from the word")
			}
			if !strings.Contains(ui.status.Text, "misspelt") {
				t.Errorf("status away from the word: %q", ui.status.Text)
			}
			r.entry.setCaret(utf8.RuneCountInString("« José́ » met 👍 for a dialoque"))
			press()
			menu := popUpMenuIn(ui.win.Canvas().Overlays().Top())
			if menu == nil {
				t.Fatal("no menu on the word")
			}
			if f := ui.win.Canvas().Focused(); f != fyne.Focusable(menu) {
				t.Fatalf("the menu does not have the keys: %T has", f)
			}
			menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if got := d.Segments[0].Target; got != "« José́ » met 👍 for a dialogue on Syria." {
				t.Errorf("after Down and Enter: %q", got)
			}
		})
	}
}
