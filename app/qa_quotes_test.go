package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// openQuoteStyle runs the checks and opens the quotation style issue of segment i, failing when there
// is none; it returns the issue and the fix button.
func openQuoteStyle(t *testing.T, ui *UI, i int) (qa.Issue, *widget.Button) {
	t.Helper()
	ui.showQA()
	k := issueRow(ui.qa, qa.QuotationStyle, ui.doc.Segments[i].ID)
	if k < 0 {
		t.Fatalf("no quotation style issue for segment %d in %+v", i+1, ui.qa.issues)
	}
	ui.qa.list.Select(ui.qa.rowOf(k))
	b := ui.qa.quoteFixButton()
	if !ui.qa.spellBox.Visible() || b == nil || !b.Visible() {
		t.Fatal("the fix of the quotation marks is hidden")
	}
	if ui.qa.spellActs.Visible() {
		t.Error("Add to dictionary shows under a quotation style issue")
	}
	return ui.qa.issues[k], b
}

// TestQuoteStyleFixInOneUndoStep: the fix puts the segment's straight marks in curly ones by their
// place, past an emoji and an accent written e + U+0301, moving the English span after them; a
// reviewed segment becomes translated; one Undo puts back the text, the span and the status.
func TestQuoteStyleFixInOneUndoStep(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	before := `Sergei Lavrov said: "It's free" 😀 to Zoe` + "\u0301."
	setTarget(t, ui, 0, before)
	seg := d.Segments[0]
	at := strings.Index(before, "Zoe")
	sp := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: at, End: at + len("Zoe\u0301"), Label: annotate.LabelPER}
	must(t, ui.ed.AddSpan(sp))
	must(t, ui.ed.SetStatus(seg.ID, annotate.StatusReviewed))
	is, fix := openQuoteStyle(t, ui, 0)
	if is.Key != "qa.quote-style.straight" || is.Args["marks"] != `" '` {
		t.Errorf("issue %s %q", is.Key, is.Args["marks"])
	}
	if fix.Text != "Use curly quotation marks" {
		t.Errorf("fix button %q", fix.Text)
	}
	fix.OnTapped()
	want := "Sergei Lavrov said: “It’s free” 😀 to Zoe\u0301."
	if seg.Target != want {
		t.Fatalf("English %q, want %q", seg.Target, want)
	}
	if got := d.SpanText(sp); got != "Zoe\u0301" {
		t.Errorf("the span reads %q after the fix", got)
	}
	if seg.Status != annotate.StatusTranslated {
		t.Errorf("status %s", seg.Status)
	}
	if issueRow(ui.qa, qa.QuotationStyle, seg.ID) >= 0 {
		t.Errorf("still flagged: %+v", ui.qa.issues)
	}
	if !ui.ed.Undo() || seg.Target != before || seg.Status != annotate.StatusReviewed || d.SpanText(sp) != "Zoe\u0301" {
		t.Errorf("one undo gives %q, %s, span %q", seg.Target, seg.Status, d.SpanText(sp))
	}
}

// TestQuoteStyleStraightInFrench: with Straight chosen under Checks, curly marks and French
// guillemets are flagged, in French, and the fix makes them straight; the dropped emoji is named too.
func TestQuoteStyleStraightInFrench(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.app.Preferences().SetString(prefQuotes, string(qa.Straight))
	for _, c := range []struct{ en, msg, want string }{
		{"Sergei Lavrov said: “It’s free”.", "Guillemets ou apostrophes courbes (“ ’ ”) alors que le style choisi est droit.", `Sergei Lavrov said: "It's free".`},
		{"Lavrov said «\u00a0it's “free”\u00a0».", "Guillemets français (« ») dans l’anglais, alors que le style choisi est droit.", `Lavrov said "it's 'free'".`},
	} {
		setTarget(t, ui, 0, c.en)
		is, fix := openQuoteStyle(t, ui, 0)
		if got := issueMessage(is); got != c.msg {
			t.Errorf("message %q, want %q", got, c.msg)
		}
		if fix.Text != "Passer aux guillemets droits" {
			t.Errorf("fix button %q", fix.Text)
		}
		fix.OnTapped()
		if got := d.Segments[0].Target; got != c.want {
			t.Errorf("English %q, want %q", got, c.want)
		}
	}
	for _, c := range []struct {
		is   qa.Issue
		want string
	}{
		{qa.Issue{Key: "qa.quote-style.straight", Args: map[string]string{"marks": `" '`}}, "Guillemets ou apostrophes droits (\" ') alors que le style choisi est courbe\u00a0: “ ” ‘ ’."},
		{qa.Issue{Key: "qa.quote-style.direction", Args: map[string]string{"marks": "” “"}}, "Un guillemet tourné dans le mauvais sens (” “)\u00a0: “ ouvre, ” ferme."},
		{qa.Issue{Key: "qa.symbol-missing", Args: map[string]string{"items": "€, 🙏🏽, #JeSuisCharlie"}}, "Absent de la traduction\u00a0: €, 🙏🏽, #JeSuisCharlie."},
		{qa.Issue{Key: "qa.disputed-note", Args: map[string]string{"note": "Statuses: alice reviewed, bob translated; translated kept"}},
			"Les relecteurs divergent\u00a0: Statuses: alice reviewed, bob translated; translated kept. Tranchez, puis supprimez la note."},
	} {
		if got := issueMessage(c.is); got != c.want {
			t.Errorf("%s: %q, want %q", c.is.Key, got, c.want)
		}
	}
	if got := checkName(qa.SymbolMissing); got != "Émojis, symboles et adresses absents de la traduction" {
		t.Errorf("check name %q", got)
	}
}

// TestQuoteStyleSelectRunsTheChecks: choosing the style under Checks keeps it and checks again.
func TestQuoteStyleSelectRunsTheChecks(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Sergei Lavrov said: “It’s free”.")
	ui.showQA()
	if issueRow(ui.qa, qa.QuotationStyle, d.Segments[0].ID) >= 0 {
		t.Fatalf("curly marks flagged in the curly style: %+v", ui.qa.issues)
	}
	sel := ui.qa.newQuoteStyleSelect()
	sel.SetSelected(quoteStyleLabels()[1])
	if got := ui.app.Preferences().String(prefQuotes); got != "straight" {
		t.Errorf("preference %q", got)
	}
	if issueRow(ui.qa, qa.QuotationStyle, d.Segments[0].ID) < 0 {
		t.Errorf("curly marks not flagged once straight is chosen: %+v", ui.qa.issues)
	}
}

// TestQuoteStyleFixSaysWhatItPuts: under an apostrophe turned the wrong way (don‘t), curly already,
// the fix button said "Use curly quotation marks"; it says the mark it puts, in English and French,
// and puts it.
func TestQuoteStyleFixSaysWhatItPuts(t *testing.T) {
	for _, c := range []struct{ locale, want string }{{"en_US.UTF-8", "Use ’"}, {"fr_FR.UTF-8", "Remplacer par ’"}} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			d := testDoc(t)
			ui, _ := newTestUI(t, d, false)
			setTarget(t, ui, 0, "Zoe\u0301 said she don‘t know 😀.")
			is, fix := openQuoteStyle(t, ui, 0)
			if is.Key != "qa.quote-style.single" {
				t.Fatalf("issue %s %q, want the single mark turned", is.Key, is.Args["marks"])
			}
			if fix.Text != c.want {
				t.Errorf("fix button %q, want %q", fix.Text, c.want)
			}
			fix.OnTapped()
			if want := "Zoe\u0301 said she don’t know 😀."; d.Segments[0].Target != want {
				t.Errorf("English %q, want %q", d.Segments[0].Target, want)
			}
		})
	}
}
