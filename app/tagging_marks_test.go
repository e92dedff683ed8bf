package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// TestNameTagDropsEnclosingMarks tags selections holding their quotation marks, as an analyst does
// after rejecting « déclaration de Rome » as a quotation (its range stays selected) and pressing m:
// a name takes the words inside the marks that enclose the selection whole, no-break spaces
// included; a quotation keeps them; a mark on one side only stays.
func TestNameTagDropsEnclosingMarks(t *testing.T) {
	const fr = "Il signe la «\u00a0déclaration de Rome\u00a0» et «\u202fCafe\u0301 😀\u202f» puis « Rome hier."
	cases := []struct {
		sel, key, want string
	}{
		{"«\u00a0déclaration de Rome\u00a0»", "m", "déclaration de Rome"},
		{"«\u202fCafe\u0301 😀\u202f»", "o", "Cafe\u0301 😀"},
		{"«\u00a0déclaration de Rome\u00a0»", "q", "«\u00a0déclaration de Rome\u00a0»"},
		{"« Rome", "l", "« Rome"},
	}
	for _, c := range cases {
		t.Run(c.sel+"/"+c.key, func(t *testing.T) {
			if got := tagInFrench(t, fr, c.sel, rune(c.key[0])); got != c.want {
				t.Errorf("tagged %q, want %q", got, c.want)
			}
		})
	}
}

// TestEnglishNameTagDropsEnclosingMarks: the same in the English field, with “ ”.
func TestEnglishNameTagDropsEnclosingMarks(t *testing.T) {
	d, _, _, _ := wrongBoundsDoc(t)
	en := "He signed the “Rome Declaration” today."
	d.Segments[0].Target = en
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	sel := "“Rome Declaration”"
	selectInEntry(r.entry, len([]rune(en[:strings.Index(en, sel)])), len([]rune(sel)), false)
	if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierAlt}) {
		t.Fatal("Alt+M is not bound")
	}
	spans := d.TargetSpans(d.Segments[0].ID)
	if len(spans) != 1 || d.SpanText(spans[0]) != "Rome Declaration" {
		t.Fatalf("English spans %v", spans)
	}
}

// TestQuoteTagTakesItsMarks tags quotations selected one mark short, as a quick drag does: the QUOTE
// takes the mark just outside the selection, spaces aside; the words between the marks take both; the
// part of a quotation after an incise, beside a comma, stays as selected. A drag that took the
// sentence's punctuation beyond a mark ("l'eau »." and the « left out) leaves it out and takes the mark.
func TestQuoteTagTakesItsMarks(t *testing.T) {
	const fr = "Il a averti : «\u00a0payer les conséquences 😀 de Cafe\u0301\u00a0». " +
		"« Nous ne céderons pas, a-t-il dit, car la loi est claire. »"
	whole := "«\u00a0payer les conséquences 😀 de Cafe\u0301\u00a0»"
	cases := []struct{ sel, want string }{
		{"payer les conséquences 😀 de Cafe\u0301\u00a0»", whole},
		{"«\u00a0payer les conséquences 😀 de Cafe\u0301", whole},
		{"payer les conséquences 😀 de Cafe\u0301", whole},
		{"car la loi est claire. »", "car la loi est claire. »"},
		{"« Nous ne céderons pas,", "« Nous ne céderons pas,"},
		{"payer les conséquences", "payer les conséquences"},
		{"payer les conséquences 😀 de Cafe\u0301\u00a0». ", whole}, // the sentence's full stop left out
		{": «\u00a0payer les conséquences 😀 de Cafe\u0301", whole},
	}
	for _, c := range cases {
		t.Run(c.sel, func(t *testing.T) {
			if got := tagInFrench(t, fr, c.sel, 'q'); got != c.want {
				t.Errorf("tagged %q, want %q", got, c.want)
			}
		})
	}
}

// tagInFrench opens fr as a document of one segment, selects sel in the French, presses key and
// returns the text of the one span made.
func tagInFrench(t *testing.T, fr, sel string, key rune) string {
	t.Helper()
	d := annotate.NewDocument("marks", "Marks", fr, "fr", "en")
	d.AddSegment(0, len(fr), 0, annotate.KindSentence)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	a := strings.Index(fr, sel)
	r.src.SetSelection(a, a+len(sel))
	r.src.TypedRune(key)
	made := d.Span(ui.selSpan)
	if made == nil || len(d.Spans) != 1 && (len(d.Spans) != 2 || d.LinkFrom(made.ID, annotate.LinkCue) == nil) {
		t.Fatalf("%d spans, want 1 (and a quotation's reporting verb proposed as its cue)", len(d.Spans))
	}
	return d.SpanText(made)
}
