package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// TestQuoteStyleGuillemetsFix: French guillemets left in the English, with no-break spaces (narrow
// and ordinary) inside them, “ ” inside them, and a quotation opened in one segment and closed in
// the next, are flagged in French and fixed through the QA tab: the fix of one issue turns « » into
// “ ” and the “ ” inside into ‘ ’, removes the spaces inside, and does the same in the next segment,
// which holds the » of its last «, so that the quotation's marks still pair; the spans on the English
// stay over their words and the cursor after its word; one Undo gives everything back. Fix all does
// the same, in one undo step, and leaves the locked segment's guillemets alone.
func TestQuoteStyleGuillemetsFix(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	locked := "Référence « bleu »"
	d.Segments[2].Target, d.Segments[2].Locked = locked, true
	ui, _ := newTestUI(t, d, false)
	before := []string{"Lavrov said:\u00a0«\u202fIt's “free” 😀\u202f» to Zoe\u0301, and «\u00a0more", "talks\u00a0», he said; we don‘t know."}
	for i, s := range before {
		setTarget(t, ui, i, s)
	}
	seg0, seg1 := d.Segments[0], d.Segments[1]
	span := func(seg *annotate.Segment, text, word string) *annotate.Span {
		at := strings.Index(text, word)
		sp := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: at, End: at + len(word), Label: annotate.LabelPER}
		must(t, ui.ed.AddSpan(sp))
		return sp
	}
	free, zoe, know := span(seg0, before[0], "free"), span(seg0, before[0], "Zoe\u0301"), span(seg1, before[1], "know")
	is, fix := openQuoteStyle(t, ui, 0)
	if got, want := issueMessage(is), "Guillemets français (« ») dans l’anglais, alors que le style choisi est courbe\u00a0: “ ” ‘ ’."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if all := ui.qa.quoteFixAllButton(); fix.Text != "Passer aux guillemets courbes" || all == nil || all.Text != "Tout corriger (2)" {
		t.Errorf("buttons %q and %+v", fix.Text, all)
	}
	r := visibleRow(t, ui, 0)
	r.entry.setCaret(utf8.RuneCountInString(before[0][:zoe.End])) // after Zoé
	fix.OnTapped()
	want := []string{"Lavrov said:\u00a0“It’s ‘free’ 😀” to Zoe\u0301, and “more", "talks”, he said; we don’t know."}
	if seg0.Target != want[0] || seg1.Target != want[1] || d.Segments[2].Target != locked {
		t.Fatalf("English %q, %q and %q, want %q, %q and the locked one as it was", seg0.Target, seg1.Target, d.Segments[2].Target, want[0], want[1])
	}
	if d.SpanText(free) != "free" || d.SpanText(zoe) != "Zoe\u0301" || d.SpanText(know) != "know" {
		t.Errorf("spans read %q %q %q", d.SpanText(free), d.SpanText(zoe), d.SpanText(know))
	}
	if got, want := r.entry.caret(), utf8.RuneCountInString(want[0][:strings.Index(want[0], ",")]); got != want {
		t.Errorf("cursor at %d, want %d (after Zoé)", got, want)
	}
	if got := ui.status.Text; got != "Guillemets corrigés\u00a0: 8" {
		t.Errorf("status %q", got)
	}
	ui.undoStep()
	if seg0.Target != before[0] || seg1.Target != before[1] || d.SpanText(free) != "free" || d.SpanText(zoe) != "Zoe\u0301" {
		t.Fatalf("one undo gives %q and %q, spans %q %q", seg0.Target, seg1.Target, d.SpanText(free), d.SpanText(zoe))
	}
	_, _ = openQuoteStyle(t, ui, 1)
	ui.qa.quoteFixAllButton().OnTapped()
	for i, w := range append(want, locked) {
		if got := d.Segments[i].Target; got != w {
			t.Errorf("Fix all: segment %d is %q, want %q", i+1, got, w)
		}
	}
	if d.SpanText(free) != "free" || d.SpanText(zoe) != "Zoe\u0301" || d.SpanText(know) != "know" {
		t.Errorf("Fix all: spans read %q %q %q", d.SpanText(free), d.SpanText(zoe), d.SpanText(know))
	}
	if k := issueRow(ui.qa, qa.QuotationStyle, seg1.ID); k >= 0 {
		t.Errorf("still flagged: %+v", ui.qa.issues)
	}
	ui.undoStep()
	for i, b := range append(before, locked) {
		if got := d.Segments[i].Target; got != b {
			t.Errorf("undo of Fix all: segment %d is %q", i+1, got)
		}
	}
}

// TestQuoteStyleSingleMarksMessage: turned single marks have a message of their own, in French.
func TestQuoteStyleSingleMarksMessage(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Lavrov said ’no‘ and didn‘t stay.")
	is, _ := openQuoteStyle(t, ui, 0)
	if got, want := issueMessage(is), "Une apostrophe ou un guillemet simple tourné dans le mauvais sens (’ ‘)\u00a0: ’ est l’apostrophe et ferme, ‘ ouvre."; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
