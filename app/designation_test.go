package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// findAndClose searches the Find bar for q (Ctrl+F, the words, Enter), then closes it with Escape,
// which gives the focus back to the match's column.
func findAndClose(ui *UI, q string) {
	ui.find.show()
	ui.find.entry.SetText(q)
	ui.find.entry.OnSubmitted(q)
	ui.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// TestWordsSelectedTakeTheKeysFromTheSelectedSpan (QA16 #2): a span tagged (and so selected), then
// other words selected where no span is, with Shift+Ctrl+arrows, Find or in the English: Delete and a
// act on nothing, not on the span selected earlier; the span is let go, and the status line stops
// naming it.
func TestWordsSelectedTakeTheKeysFromTheSelectedSpan(t *testing.T) {
	for _, how := range []string{"keys", "find", "english"} {
		t.Run(how, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			d := ui.doc
			setTarget(t, ui, 1, "Donald Trump 👍🏽 hailed a « very good meeting » at the White House 🇫🇷.")
			r := visibleRow(t, ui, 1)
			ui.win.Canvas().Focus(r.src)
			caretTo(t, r, strings.Index(d.Text, "Donald")-d.Segments[1].Start)
			wordKey(r, fyne.KeyRight, true)
			wordKey(r, fyne.KeyRight, true)
			r.src.TypedRune('p')
			trump := d.Span(ui.selSpan)
			if trump == nil || d.SpanText(trump) != "Donald Trump" || !strings.HasPrefix(ui.status.Text, "Tagged PER “Donald Trump”") {
				t.Fatalf("tagging: selected %v, status %q", trump, ui.status.Text)
			}
			switch how {
			case "keys": // the caret sits after "Trump": on to "salué", selected word-wise
				caretTo(t, r, strings.Index(d.Text, "salué")-d.Segments[1].Start)
				wordKey(r, fyne.KeyRight, true)
				if a, b := r.src.Selection(); d.SourceText(d.Segments[1])[a:b] != "salué" {
					t.Fatalf("selected %q", d.SourceText(d.Segments[1])[a:b])
				}
			case "find":
				findAndClose(ui, "salue")
				if ui.win.Canvas().Focused() != r.src {
					t.Fatalf("after Find the focus is on %T", ui.win.Canvas().Focused())
				}
			case "english":
				ui.win.Canvas().Focus(r.entry)
				selectInEntry(r.entry, utf8.RuneCountInString("Donald Trump 👍🏽 "), len("hailed"), false)
				if got := r.entry.SelectedText(); got != "hailed" {
					t.Fatalf("English selection %q", got)
				}
			}
			if ui.selSpan != "" {
				t.Errorf("the tagged span is still selected with other words selected")
			}
			if want := "Segment 2 of 3 — new"; ui.status.Text != want {
				t.Errorf("status %q, want %q", ui.status.Text, want)
			}
			if !ui.palette.remove.Disabled() || !greyed(t, ui)["Remove the selected span"] {
				t.Error("Remove is offered with words no span covers selected")
			}
			if how == "english" {
				pressShortcut(ui, custom(fyne.KeyDelete, alt))
				pressShortcut(ui, custom(fyne.KeyA, alt))
			} else {
				r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
				r.src.TypedRune('a')
			}
			if d.Span(trump.ID) == nil {
				t.Fatal("Delete removed the span selected before the words")
			}
			if !strings.HasPrefix(ui.status.Text, "Click a span, or select its words") {
				t.Errorf("status after Delete and a: %q", ui.status.Text)
			}
		})
	}
}

// TestFindSelectsTheEnglishMatchAlone (QA16 #4): Find in an English field that has words selected
// selects the match alone, whether the old selection is before it or after it, not the run from
// the old selection's anchor to the match.
func TestFindSelectsTheEnglishMatchAlone(t *testing.T) {
	const text = "Lavrov 👍🏽: « that e\u0301ra » marked 🇫🇷"
	for _, c := range []struct{ name, old, query, want string }{
		{"old selection before", "Lavrov 👍🏽", "MARKED", "marked"},
		{"old selection after", "marked", "ERA", "e\u0301ra"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			setTarget(t, ui, 1, text)
			r := visibleRow(t, ui, 1)
			ui.win.Canvas().Focus(r.entry)
			selectInEntry(r.entry, utf8.RuneCountInString(text[:strings.Index(text, c.old)]), utf8.RuneCountInString(c.old), false)
			if got := r.entry.SelectedText(); got != c.old {
				t.Fatalf("old selection %q, want %q", got, c.old)
			}
			findAndClose(ui, c.query)
			if ui.win.Canvas().Focused() != r.entry {
				t.Fatalf("after Find the focus is on %T", ui.win.Canvas().Focused())
			}
			if got := r.entry.SelectedText(); got != c.want {
				t.Errorf("selected %q, want %q", got, c.want)
			}
		})
	}
}

// TestQAIssueLeavesNoOldEnglishSelection (QA16 #4): going to a QA issue that has no span puts the
// focus in the segment's English with nothing selected, not the words selected there before.
func TestQAIssueLeavesNoOldEnglishSelection(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	text := "The minister 👍🏽 was in « Washington » 3 times."
	setTarget(t, ui, 2, text)
	r := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r.entry)
	selectInEntry(r.entry, 0, len("The minister"), false)
	ui.showQA()
	ui.qa.runNow()
	k := issueRow(ui.qa, qa.NumberMismatch, d.Segments[2].ID)
	if k < 0 || ui.qa.issues[k].Span != "" {
		t.Fatalf("no number-mismatch issue without a span in %+v", ui.qa.issues)
	}
	ui.qa.list.Select(ui.qa.rowOf(k))
	if ui.win.Canvas().Focused() != r.entry {
		t.Fatalf("focus on %T, want the English of segment 3", ui.win.Canvas().Focused())
	}
	if got := r.entry.SelectedText(); got != "" {
		t.Errorf("the English still has %q selected", got)
	}
}

// TestWordsSelectedInLinkModeTakeTheKeys: a quote waiting for its speaker stays selected while words
// are selected (its speaker's, usually); words no span covers, selected then, still take Delete and a
// from it, as words selected anywhere do (QA16 #2).
func TestWordsSelectedInLinkModeTakeTheKeys(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	quote := d.Spans[0]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('s')
	if ui.linkFrom != quote.ID {
		t.Fatalf("s on the quotation: link mode for %q", ui.linkFrom)
	}
	caretTo(t, r, strings.Index(d.Text, "déclaré"))
	wordKey(r, fyne.KeyRight, true)
	if a, b := r.src.Selection(); d.Text[a:b] != "déclaré" {
		t.Fatalf("selected %q", d.Text[a:b])
	}
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	r.src.TypedRune('a')
	if d.Span(quote.ID) == nil || quote.Origin != annotate.Auto {
		t.Errorf("Delete or a over “déclaré” acted on the quotation waiting for its speaker (status %q)", ui.status.Text)
	}
}
