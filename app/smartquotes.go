package app

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest"
)

// prefSmartQuotes is the preferences key of smart quotes while typing, on by default: in the curly
// style (prefQuotes), a straight " or ' typed in the English becomes the curly mark its place says.
const prefSmartQuotes = "qa.smartquotes"

// smartMark is the curly mark an English field put in place of a straight one typed, while it may
// still change: an apostrophe ‘ or ’ is placed again as the word after it is typed (the digit of
// ’90s, the n of rock ’n’ roll, the tis of ’tis), and Ctrl+Z right after the conversion gives the
// straight mark back. It holds while the field's text and cursor are what the typing left.
type smartMark struct {
	seg      string // the segment's ID, "" for none
	at       int    // the mark's byte offset in text
	text     string // the field's text after the last keystroke
	caret    int    // the cursor's code-point offset after it
	straight rune   // the mark typed, while Ctrl+Z may give it back; 0 once another key came
	curly    string // the curly mark Ctrl+Z took back, while Ctrl+Shift+Z may put it again
}

// smartQuotes returns the quotation style typing puts marks in, and false when typing converts
// nothing: smart quotes are off, or the style chosen is straight (curly marks typed stay curly).
func (ui *UI) smartQuotes() (qa.QuoteStyle, bool) {
	prefs := ui.app.Preferences()
	st, err := qa.ParseQuoteStyle(prefs.String(prefQuotes))
	if err != nil || st != qa.Curly || !prefs.BoolWithFallback(prefSmartQuotes, true) {
		return st, false
	}
	return st, true
}

// typeRune types ch in the field as the Entry does, but a straight " or ' as the curly mark its place
// says (qa.MarkAt, the quotation style check's rule), and it places the apostrophe typed last again
// as the word after it grows. Pastes do not come here: the check and its fixes see to them.
func (e *targetEntry) typeRune(ch rune) {
	prev := e.smart
	e.smart = smartMark{}
	if ch != '"' && ch != '\'' && !prev.holds(e) { // most keystrokes
		e.Entry.TypedRune(ch)
		return
	}
	st, on := e.row.ui.smartQuotes()
	if !on || e.segID() == "" || e.Disabled() { // a field that takes no typing takes none from here either
		e.Entry.TypedRune(ch)
		return
	}
	text := e.Text
	a, b, sel := entrySelection(&e.Entry)
	if !sel {
		a = runeToByte(text, e.caret())
		b = a
	}
	typed := string(ch)
	if ch == '"' || ch == '\'' {
		typed, _ = qa.MarkAt(text[:a]+typed+text[b:], a, st)
	}
	next := text[:a] + typed + text[b:]
	if prev.holds(e) && !sel && prev.at < a && isSingleCurly(text[prev.at:]) {
		// placed as a straight ' typed there would be: the rule turns no curly apostrophe round
		const size = len("’") // and ‘: the offsets stay
		at := prev.at
		if m, _ := qa.MarkAt(next[:at]+"'"+next[at+size:], at, st); len(m) == size && m != next[at:at+size] {
			// one edit from the mark to the cursor, which joins the typing's undo step
			caret := e.caret() + 1
			e.SetText(next[:at] + m + next[at+size:])
			e.setCaret(caret)
			e.noteMark(prev, ch, typed, a)
			return
		}
	}
	r, _ := utf8.DecodeRuneInString(typed)
	e.Entry.TypedRune(r)
	e.noteMark(prev, ch, typed, a)
}

// noteMark records the mark just typed at byte a, typed for ch, or keeps following prev, the
// apostrophe before, while the word after it is typed.
func (e *targetEntry) noteMark(prev smartMark, ch rune, typed string, a int) {
	now := smartMark{seg: e.segID(), text: e.Text, caret: e.caret()}
	switch {
	case typed != string(ch):
		now.at, now.straight = a, ch
	case prev.seg != "" && (unicode.IsLetter(ch) || unicode.IsDigit(ch)):
		now.at = prev.at
	default:
		return
	}
	if now.straight == 0 && !isSingleCurly(e.Text[now.at:]) {
		return // only an apostrophe's place depends on what follows it
	}
	e.smart = now
}

// isSingleCurly reports whether s starts with ‘ or ’.
func isSingleCurly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '‘' || r == '’'
}

// holds reports whether m is still the state of e: the same segment, text and cursor, nothing selected.
func (m smartMark) holds(e *targetEntry) bool {
	return m.seg != "" && m.seg == e.segID() && m.text == e.Text && m.caret == e.caret() && e.SelectedText() == ""
}

// segID is the ID of the segment the field shows, "" when none.
func (e *targetEntry) segID() string {
	ui, i := e.row.ui, e.row.seg
	if ui.doc == nil || i < 0 || i >= len(ui.doc.Segments) {
		return ""
	}
	return ui.doc.Segments[i].ID
}

// undoSmartQuote is Ctrl+Z right after typing converted a straight mark: the straight mark comes back,
// as in Word and memoQ, by an edit that joins the typing's undo step, so that the next Ctrl+Z undoes
// the typing as usual. It reports whether it did that.
func (ui *UI) undoSmartQuote() bool {
	if ui.win == nil {
		return false
	}
	e, ok := ui.win.Canvas().Focused().(*targetEntry)
	if !ok || e.smart.straight == 0 || !e.smart.holds(e) || e.Disabled() {
		return false
	}
	m := e.smart
	e.smart = smartMark{}
	_, size := utf8.DecodeRuneInString(m.text[m.at:])
	e.SetText(m.text[:m.at] + string(m.straight) + m.text[m.at+size:])
	e.setCaret(m.caret)
	e.smart = smartMark{seg: m.seg, at: m.at, text: e.Text, caret: e.caret(), curly: m.text[m.at : m.at+size]}
	ui.setStatus(lang.L("Straight quotation mark kept: Ctrl+Z again undoes the typing"))
	return true
}

// redoSmartQuote is Ctrl+Shift+Z (or Ctrl+Y) right after undoSmartQuote: the curly mark comes back,
// as in Word, and Ctrl+Z may give the straight one again. A redo must give back what the undo before
// it took; the editor's history, which never held the conversion, said there was nothing to redo.
// It reports whether it did that.
func (ui *UI) redoSmartQuote() bool {
	if ui.win == nil {
		return false
	}
	e, ok := ui.win.Canvas().Focused().(*targetEntry)
	if !ok || e.smart.curly == "" || !e.smart.holds(e) || e.Disabled() {
		return false
	}
	m := e.smart
	_, size := utf8.DecodeRuneInString(m.text[m.at:])
	e.SetText(m.text[:m.at] + m.curly + m.text[m.at+size:])
	e.setCaret(m.caret)
	straight, _ := utf8.DecodeRuneInString(m.text[m.at:])
	e.smart = smartMark{seg: m.seg, at: m.at, text: e.Text, caret: e.caret(), straight: straight}
	ui.setStatus(lang.L("Curly quotation mark put back: Ctrl+Z gives the straight one again"))
	return true
}

// newSmartQuotesCheck makes the Checks section's switch of smart quotes while typing.
func (p *qaPanel) newSmartQuotesCheck() *widget.Check {
	c := widget.NewCheck(lang.L("Curly marks while typing"), func(on bool) {
		p.ui.app.Preferences().SetBool(prefSmartQuotes, on)
	})
	c.SetChecked(p.ui.app.Preferences().BoolWithFallback(prefSmartQuotes, true))
	return c
}

// inStyle returns text, which is to go in place of bytes [a, b) of target, with its quotation marks
// put in the style smart quotes type, when smart quotes are on and text is a memory or machine
// translation or a term (step names the insertion): each mark as the quotation style check places it
// in the English it joins (qa.QuoteFixes), those around it left alone. A glossary writes "St.
// Martin's" with the apostrophe its file has; left so, it was a quotation style issue in every
// segment that used it, beside the ’ typed in the same sentence. The French copied (Ctrl+Shift+I)
// and pastes stay as they are: the first is to be rewritten, the second is the person's own.
// It returns the replacements made in text too, through which places in text (a memory unit's codes)
// are mapped (throughFixes).
func (ui *UI) inStyle(step, target string, a, b int, text string) (string, []qa.Fix) {
	st, on := ui.smartQuotes()
	if !on || (step != stepInsertMemory && step != stepInsertMT && step != stepInsertSuggestion && step != stepInsertTerm) {
		return text, nil
	}
	fixes := quoteFixesIn(target, a, b, text, st)
	return qa.Apply(text, fixes), fixes
}

// quotesInStyle is text, to go in place of bytes [a, b) of target, with its marks in style st.
func quotesInStyle(target string, a, b int, text string, st qa.QuoteStyle) string {
	return qa.Apply(text, quoteFixesIn(target, a, b, text, st))
}

// quoteFixesIn are the replacements in text, to go in place of bytes [a, b) of target, that put its
// marks in style st.
func quoteFixesIn(target string, a, b int, text string, st qa.QuoteStyle) []qa.Fix {
	var fixes []qa.Fix
	for _, f := range qa.QuoteFixes(target[:a]+text+target[b:], st) {
		if f.Start >= a && f.End <= a+len(text) {
			fixes = append(fixes, qa.Fix{Start: f.Start - a, End: f.End - a, Text: f.Text})
		}
	}
	return fixes
}

// throughFixes is where byte p of a text is once fixes are made in it: shifted by those before it;
// inside a replaced mark, before its replacement.
func throughFixes(fixes []qa.Fix, p int) int {
	shift := 0
	for _, f := range fixes {
		if p <= f.Start {
			break
		}
		if p < f.End {
			return f.Start + shift
		}
		shift += len(f.Text) - (f.End - f.Start)
	}
	return p + shift
}

// draftsInStyle returns a pre-translation's drafts, which go into empty segments, with their marks
// in the style smart quotes type, or the drafts themselves when smart quotes are off. It reads no
// preferences (on, st: ui.smartQuotes): it runs off the UI goroutine.
func draftsInStyle(drafts []suggest.Draft, st qa.QuoteStyle, on bool) []suggest.Draft {
	if !on {
		return drafts
	}
	out := slices.Clone(drafts)
	for i := range out {
		out[i].Text = quotesInStyle("", 0, 0, out[i].Text, st)
	}
	return out
}
