package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// typeInSegment focuses segment i's English, puts the cursor at code point at, and types s there key
// by key; it returns the row.
func typeInSegment(t *testing.T, ui *UI, i, at int, s string) *row {
	t.Helper()
	r := visibleRow(t, ui, i)
	ui.win.Canvas().Focus(r.entry)
	r.entry.setCaret(at)
	test.Type(r.entry, s)
	return ui.rowFor(i)
}

// TestSmartQuotesWhileTyping: straight marks typed in the English become the curly marks the
// quotation style check asks for, placed as it places them: opening at the start, after a space and
// after «, closing after a letter, an emoji or e + U+0301, the apostrophe in don’t, ’90s, rock ’n’ roll
// and ’tis; a prime after a digit stays straight. The check then finds nothing to put in style.
func TestSmartQuotesWhileTyping(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{`"Yes`, "“Yes"},
		{`He said "no"`, "He said “no”"},
		{`Don't, the students' union`, "Don’t, the students’ union"},
		{`He is 5'10" tall`, `He is 5'10" tall`},
		{`In the '90s, rock 'n' roll; 'tis 'no'`, "In the ’90s, rock ’n’ roll; ’tis ‘no’"},
		{`« "oui" » 😀" Zoe` + "\u0301's", "« “oui” » 😀” Zoe\u0301’s"},
	} {
		d := testDoc(t)
		ui, _ := newTestUI(t, d, false)
		r := typeInSegment(t, ui, 1, 0, c.typed)
		got := d.Segments[1].Target
		if got != c.want || r.entry.Text != got {
			t.Errorf("typed %q: English %q, field %q, want %q", c.typed, got, r.entry.Text, c.want)
		}
		// guillemets are the check's to fix, with the level of the marks inside them
		if fixes := qa.QuoteFixes(got, qa.Curly); len(fixes) > 0 && !strings.ContainsAny(got, "«»") {
			t.Errorf("typed %q: the check would still fix %v in %q", c.typed, fixes, got)
		}
		if n := utf8.RuneCountInString(got); r.entry.caret() != n {
			t.Errorf("typed %q: cursor at %d, want %d", c.typed, r.entry.caret(), n)
		}
	}
}

// TestSmartQuotesBeforeASpan: typing in front of English that carries a span places the apostrophes
// again as the word after them grows, and the span moves with its text; one Undo takes all the typing
// back, the span where it was.
func TestSmartQuotesBeforeASpan(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	seg := d.Segments[1]
	setTarget(t, ui, 1, "Rock roll")
	sp := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: len("Rock "), End: len("Rock roll"), Label: annotate.LabelMISC}
	must(t, ui.ed.AddSpan(sp))
	typeInSegment(t, ui, 1, len("Rock "), "'n' ")
	if want := "Rock ’n’ roll"; seg.Target != want || d.SpanText(sp) != "roll" {
		t.Errorf("English %q, span %q; want %q, roll", seg.Target, d.SpanText(sp), want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if seg.Target != "Rock roll" || d.SpanText(sp) != "roll" {
		t.Errorf("undo: %q, span %q", seg.Target, d.SpanText(sp))
	}
}

// TestSmartQuotesUndoGivesTheStraightMarkFirst: Ctrl+Z right after a conversion gives back the
// straight mark, which typing goes on after; the next Ctrl+Z undoes the typing, the straight mark
// with it. Ctrl+Z once another key came undoes the typing at once.
func TestSmartQuotesUndoGivesTheStraightMarkFirst(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := typeInSegment(t, ui, 1, 0, `He said "`)
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if got := d.Segments[1].Target; got != `He said "` || r.entry.Text != got {
		t.Fatalf("first Ctrl+Z: %q, field %q", got, r.entry.Text)
	}
	if !strings.Contains(ui.status.Text, "Straight") {
		t.Errorf("status %q", ui.status.Text)
	}
	test.Type(r.entry, "no")
	if got := d.Segments[1].Target; got != `He said "no` {
		t.Errorf("typing after: %q", got)
	}
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if got := d.Segments[1].Target; got != "" || d.Segments[1].Status != annotate.StatusNew {
		t.Errorf("second Ctrl+Z: %q, %s", got, d.Segments[1].Status)
	}

	r = typeInSegment(t, ui, 2, 0, `"No'`)
	r.entry.Disable() // as a segment that cannot be edited: neither placing again nor Ctrl+Z edits it
	test.Type(r.entry, "9")
	if ui.undoSmartQuote() || d.Segments[2].Target != "“No’" {
		t.Errorf("a disabled field changed: %q", d.Segments[2].Target)
	}
	r.entry.Enable()
	test.Type(r.entry, "s")
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if got := d.Segments[2].Target; got != "" {
		t.Errorf("Ctrl+Z after a letter: %q", got)
	}
}

// TestSmartQuotesRedoPutsTheCurlyMarkBack: Ctrl+Shift+Z right after the Ctrl+Z that gave the
// straight mark back puts the curly one back, as in Word, where it said "Nothing to redo": a redo
// must give back what the undo before it took. Ctrl+Z then gives the straight mark again, and typing
// goes on after the mark in either case.
func TestSmartQuotesRedoPutsTheCurlyMarkBack(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := typeInSegment(t, ui, 1, 0, `Ménard said 👍 "`)
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if got := d.Segments[1].Target; got != `Ménard said 👍 "` {
		t.Fatalf("Ctrl+Z: %q", got)
	}
	r.entry.TypedShortcut(custom(fyne.KeyZ, ctrl|shift))
	if got := d.Segments[1].Target; got != "Ménard said 👍 “" || r.entry.Text != got {
		t.Errorf("Ctrl+Shift+Z: %q, field %q, status %q", got, r.entry.Text, ui.status.Text)
	}
	if strings.Contains(ui.status.Text, "Nothing") {
		t.Errorf("status %q", ui.status.Text)
	}
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if got := d.Segments[1].Target; got != `Ménard said 👍 "` {
		t.Errorf("Ctrl+Z again: %q", got)
	}
	r.entry.TypedShortcut(&fyne.ShortcutRedo{})
	test.Type(r.entry, "no")
	if got := d.Segments[1].Target; got != "Ménard said 👍 “no" {
		t.Errorf("Ctrl+Y then typing: %q", got)
	}
}

// TestSmartQuotesOff: with smart quotes off under Checks, or the straight style chosen, typed marks
// stay as typed, curly ones too; pasted straight marks are never converted.
func TestSmartQuotesOff(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.showQA()
	check := ui.qa.newSmartQuotesCheck()
	if !check.Checked {
		t.Fatal("smart quotes are off by default")
	}
	check.SetChecked(false)
	typeInSegment(t, ui, 0, 0, `"It's"`)
	if got := d.Segments[0].Target; got != `"It's"` {
		t.Errorf("smart quotes off: %q", got)
	}
	check.SetChecked(true)
	ui.app.Preferences().SetString(prefQuotes, string(qa.Straight))
	typeInSegment(t, ui, 1, 0, `“It's”`)
	if got := d.Segments[1].Target; got != `“It's”` {
		t.Errorf("straight style: %q", got)
	}
	ui.app.Preferences().SetString(prefQuotes, string(qa.Curly))
	r := typeInSegment(t, ui, 2, 0, "")
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent(`"Pasted" isn't converted`)
	r.entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := d.Segments[2].Target; got != `"Pasted" isn't converted` {
		t.Errorf("pasted: %q", got)
	}
}

// TestSmartQuotesInDrafts: pre-translation from the memory, and a memory or machine translation
// inserted, come in with their marks as smart quotes type them, placed in the English they join;
// so does a term; the French inserted stays as it is; with smart quotes off, nothing is converted.
func TestSmartQuotesInDrafts(t *testing.T) {
	pairs := []pair{{FR: "Il a dit « oui » dans les années 90.", EN: `He said "yes" in the '90s.`}}
	for _, on := range []bool{true, false} {
		d := pairDoc(pairs[0].FR, "Une autre phrase.", "Encore une.")
		ui := suggestUI(t, d, pairs, nil)
		ui.app.Preferences().SetBool(prefSmartQuotes, on)
		ui.pretranslate()
		want := pairs[0].EN
		if on {
			want = "He said “yes” in the ’90s."
		}
		if got := d.Segments[0].Target; got != want {
			t.Errorf("smart quotes %v: pre-translated %q, want %q", on, got, want)
		}
		ui.setCurrent(1)
		must(t, ui.insertText(stepInsertMT, `It's "over"`, true))
		if got, want := d.Segments[1].Target, map[bool]string{true: "It’s “over”", false: `It's "over"`}[on]; got != want {
			t.Errorf("smart quotes %v: machine translation inserted as %q, want %q", on, got, want)
		}
		ui.setCurrent(2)
		setTarget(t, ui, 2, "Rock roll")
		r := visibleRow(t, ui, 2)
		r.entry.setCaret(len("Rock "))
		must(t, ui.insertText(stepInsertMemory, "'n' ", false))
		must(t, ui.insertText(stepInsertTerm, `"term"`, false))
		if got, want := d.Segments[2].Target, map[bool]string{true: `Rock ’n’  “term” roll`, false: `Rock 'n'  "term" roll`}[on]; got != want {
			t.Errorf("smart quotes %v: inserted at the cursor %q, want %q", on, got, want)
		}
	}
}

// curled is en with its marks as pre-translation puts them with smart quotes on, the default.
func curled(en string) string { return qa.Apply(en, qa.QuoteFixes(en, qa.Curly)) }

// TestInsertedSaysWhatWentIn: the status line after an insertion quotes the English as it went in,
// its marks converted by smart quotes, in the interface language's quotation marks (French nests
// the English's “ ” inside « » with no-break spaces), never the straight marks it was offered with.
func TestInsertedSaysWhatWentIn(t *testing.T) {
	cases := []struct{ language, want string }{
		{"en", "Inserted: “Bars are “open” for ‘now’”"},
		{"fr", "Inséré\u00a0: «\u00a0Bars are “open” for ‘now’\u00a0»"},
	}
	for _, c := range cases {
		ui := suggestUI(t, pairDoc("Les bars sont « ouverts » pour l’instant."), nil, nil)
		useLanguage(t, c.language)
		must(t, ui.insertText(stepInsertMemory, `Bars are "open" for 'now'`, true))
		if got := ui.doc.Segments[0].Target; got != "Bars are “open” for ‘now’" {
			t.Fatalf("%s: inserted %q", c.language, got)
		}
		if ui.status.Text != c.want {
			t.Errorf("%s: status %q, want %q", c.language, ui.status.Text, c.want)
		}
	}
}
