package app

import (
	"runtime"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Ctrl+Left and Ctrl+Right (with Shift, selecting) move the English's cursor by words over the whole
// text. Fyne's Entry (2.7) moves by words within a wrapped row only: at the start of a row the word
// wrap made, Ctrl+Left went to the end of the row above, after its last word, so that Ctrl+Shift+Left
// twice from the end of "…to the Welsh⏎Parliament." selected " Parliament" where the translator meant
// "Welsh Parliament" (and F9 wrapped the client's code around that), and Ctrl+Right stopped before
// the full stop at the end for good. Here, as Fyne does within a row, Ctrl+Right goes to the end of the
// next word, Ctrl+Left to the start of the one before; a run of punctuation counts as a word, and an
// apostrophe or hyphen between letters ("l’État", "Rhône-Alpes") is inside the word.

// wordMove moves the cursor for a Ctrl+Left or Ctrl+Right shortcut, with Shift extending the
// selection, and reports whether sc was one.
func (e *targetEntry) wordMove(sc fyne.Shortcut) bool {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok || (cs.KeyName != fyne.KeyLeft && cs.KeyName != fyne.KeyRight) {
		return false
	}
	word := fyne.KeyModifierShortcutDefault
	if runtime.GOOS == "darwin" {
		word = fyne.KeyModifierAlt // as Fyne's Entry has it there
	}
	if cs.Modifier&^fyne.KeyModifierShift != word {
		return false
	}
	text := []rune(e.Text)
	from, anchor := e.caret(), -1
	if a, b, ok := entrySelection(&e.Entry); ok {
		a, b = utf8.RuneCountInString(e.Text[:a]), utf8.RuneCountInString(e.Text[:b])
		from = e.CursorTextOffset()
		anchor = a
		if from == a {
			anchor = b
		}
	}
	to := wordEnd(text, from)
	if cs.KeyName == fyne.KeyLeft {
		to = wordStart(text, from)
	}
	if cs.Modifier&fyne.KeyModifierShift == 0 {
		e.setCaret(to)
		return true
	}
	if anchor < 0 {
		anchor = from
	}
	e.selectFromTo(anchor, to)
	return true
}

// selectFromTo selects code points between anchor and to, the cursor ending at to, as Shift+arrows
// would from anchor.
func (e *targetEntry) selectFromTo(anchor, to int) {
	if to >= anchor {
		e.selectRange(anchor, to)
		return
	}
	e.setCaret(anchor)
	e.memo = caretMemo{}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	e.Entry.KeyDown(shift)
	if !e.shiftDown {
		defer e.Entry.KeyUp(shift)
	}
	left := &fyne.KeyEvent{Name: fyne.KeyLeft}
	for range 2 * (anchor - to + 1) { // one press a code point, one more at each wrapped row's start
		if e.CursorTextOffset() <= to {
			return
		}
		e.Entry.TypedKey(left)
	}
}

// wordRune reports whether text[i] belongs to a word: a letter, digit or mark, or an apostrophe or
// hyphen between two of them.
func wordRune(text []rune, i int) bool {
	r := text[i]
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return true
	}
	switch r {
	case '\'', '’', '-', '‐':
		return i > 0 && i+1 < len(text) && wordRune(text, i-1) && isWordChar(text[i+1])
	}
	return false
}

func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// wordEnd is where Ctrl+Right goes from off: past the spaces after it, then to the end of the word,
// or of the run of punctuation, that follows.
func wordEnd(text []rune, off int) int {
	i := off
	for i < len(text) && unicode.IsSpace(text[i]) {
		i++
	}
	if i == len(text) {
		return i
	}
	in := wordRune(text, i)
	for i < len(text) && !unicode.IsSpace(text[i]) && wordRune(text, i) == in {
		i++
	}
	return i
}

// wordStart is where Ctrl+Left goes from off: back over the spaces before it, then to the start of
// the word, or of the run of punctuation, before them.
func wordStart(text []rune, off int) int {
	i := off
	for i > 0 && unicode.IsSpace(text[i-1]) {
		i--
	}
	if i == 0 {
		return 0
	}
	in := wordRune(text, i-1)
	for i > 0 && !unicode.IsSpace(text[i-1]) && wordRune(text, i-1) == in {
		i--
	}
	return i
}
