package app

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// ctrlArrow sends Ctrl+Left or Ctrl+Right, with Shift when shift is set, to the English field.
func ctrlArrow(e *targetEntry, key fyne.KeyName, shift bool) {
	m := fyne.KeyModifierShortcutDefault
	if shift {
		m |= fyne.KeyModifierShift
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		defer e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: m})
}

// TestWordKeysCrossWrappedRows: in an English that wraps over several rows, Ctrl+Left from the end
// stops at the start of every word and every run of punctuation, back to the start, and Ctrl+Right
// at the end of each, up to the end of the text: Fyne's Entry moved by words within a row only, so
// Ctrl+Left at the start of a row went to the end of the row above and Ctrl+Right never passed the
// last full stop (walk32). Ctrl+Shift+Left twice from before a final full stop selects the two words
// before it, wherever the row breaks, and Ctrl+Shift+Right twice from their start selects them too.
func TestWordKeysCrossWrappedRows(t *testing.T) {
	en := strings.Repeat("It changes its name to the Welsh Parliament, l’État says. ", 4) + "The Welsh Parliament."
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, en)
	e := r.entry
	if e.CursorRow == 0 {
		t.Fatal("the English does not wrap: no test")
	}
	var starts, ends []int
	for _, m := range regexp.MustCompile(`[\pL\pN\pM]+(?:['’-][\pL\pN\pM]+)*|[^\s\pL\pN\pM]+`).FindAllStringIndex(en, -1) {
		starts = append(starts, utf8.RuneCountInString(en[:m[0]]))
		ends = append(ends, utf8.RuneCountInString(en[:m[1]]))
	}
	for k := len(starts) - 1; k >= 0; k-- {
		ctrlArrow(e, fyne.KeyLeft, false)
		if got := e.caret(); got != starts[k] {
			t.Fatalf("Ctrl+Left %d: at %d (%q|…), want %d", len(starts)-k, got, string([]rune(en)[:got]), starts[k])
		}
	}
	for k := range ends {
		ctrlArrow(e, fyne.KeyRight, false)
		if got := e.caret(); got != ends[k] {
			t.Fatalf("Ctrl+Right %d: at %d (…|%q), want %d", k+1, got, string([]rune(en)[got:]), ends[k])
		}
	}
	n := utf8.RuneCountInString(en)
	for end := n - 1; end > n-12; end-- { // the row may break anywhere in the last words
		e.setCaret(end)
		if string([]rune(en)[end:]) != "." {
			continue
		}
		ctrlArrow(e, fyne.KeyLeft, true)
		ctrlArrow(e, fyne.KeyLeft, true)
		if got := e.SelectedText(); got != "Welsh Parliament" {
			t.Errorf("Ctrl+Shift+Left twice selected %q, want “Welsh Parliament”", got)
		}
	}
	e.setCaret(utf8.RuneCountInString(en[:strings.LastIndex(en, "Welsh")]))
	ctrlArrow(e, fyne.KeyRight, true)
	ctrlArrow(e, fyne.KeyRight, true)
	if got := e.SelectedText(); got != "Welsh Parliament" {
		t.Errorf("Ctrl+Shift+Right twice selected %q, want “Welsh Parliament”", got)
	}
}
