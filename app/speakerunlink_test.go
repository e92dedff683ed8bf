package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestSpeakerListUnlinksAWrongSpeaker (QA3): a suggested speaker that is wrong ("EFB", the school, for
// what its former students said) could only be replaced by another person, or dropped by rejecting the
// speaker's mention (losing a right name) or the quote itself. The status bar's list of people now
// offers "(no speaker)" first for a quote that has one: it removes the link alone, in one undo step.
func TestSpeakerListUnlinksAWrongSpeaker(t *testing.T) {
	d := testDoc(t)
	var quote, per *annotate.Span
	for _, sp := range d.Spans {
		switch sp.Label {
		case annotate.LabelQuote:
			quote = sp
		case annotate.LabelPER:
			per = sp
		}
	}
	must(t, annotate.NewEditor(d).AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quote.ID) // a click in the Quotes tab
	sel := ui.palette.speaker
	if len(sel.Options) == 0 || sel.Options[0] != "(no speaker)" {
		t.Fatalf("speaker list %q: want “(no speaker)” first for a quote with a speaker", sel.Options)
	}
	sel.SetSelected(sel.Options[0])
	if l := ui.doc.LinkFrom(quote.ID, annotate.LinkSpeaker); l != nil {
		t.Fatalf("speaker link %+v left after choosing “(no speaker)”", l)
	}
	if ui.doc.Span(per.ID) == nil || ui.doc.Span(quote.ID) == nil {
		t.Fatal("unlinking the speaker removed the quote or the speaker's mention")
	}
	if !strings.Contains(ui.status.Text, "Speaker unlinked") {
		t.Errorf("status %q: want it to say the speaker was unlinked", ui.status.Text)
	}
	if len(sel.Options) > 0 && sel.Options[0] == "(no speaker)" {
		t.Errorf("speaker list %q still offers “(no speaker)” for a quote without one", sel.Options)
	}
	ui.undoStep()
	if l := ui.doc.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
		t.Fatalf("after Ctrl+Z: speaker link %+v, want the link to %s back", l, per.ID)
	}
}

// TestQuotesTabNamesWhoAPronounIs (QA3): a quote attributed by "a-t-il déclaré" read "il → Jean Dupont",
// the French words and the English name: the French name never showed, so renaming the person "Jean
// Dupond" in the Entities tab changed nothing in the Quotes tab, and "il" alone says not who spoke.
// A pronoun or description now follows its entity's French name.
func TestQuotesTabNamesWhoAPronounIs(t *testing.T) {
	d := testDoc(t)
	var quote, per *annotate.Span
	for _, sp := range d.Spans {
		switch sp.Label {
		case annotate.LabelQuote:
			quote = sp
		case annotate.LabelPER:
			per = sp
		}
	}
	ed := annotate.NewEditor(d)
	must(t, ed.SetMentionKind(per.ID, annotate.MentionPronoun)) // as if it read "il"
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Jean Dupond", "en": "Jean Dupont"}, Mentions: []string{per.ID}}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	ui, _ := newTestUI(t, d, false)
	ui.tabs.SelectIndex(1)
	words := d.SpanText(per)
	if got, _, _, _, _ := quoteRow(ui.panels[1].(*quotesPanel), 0); got != "Jean Dupond ("+words+") → Jean Dupont" {
		t.Errorf("speaker shown %q, want %q", got, "Jean Dupond ("+words+") → Jean Dupont")
	}
}

// TestSpeakerChooserEnterStillTakesTheNearestPerson: with "(no speaker)" first in the status bar's
// list, Alt+S then Enter on a quote that has a speaker would have unlinked it; the chooser lists it
// last, so Enter takes the nearest person as before, and Up from the top reaches no unlinking.
func TestSpeakerChooserEnterStillTakesTheNearestPerson(t *testing.T) {
	d, quotes := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quotes[2])
	must(t, ui.pickSpeaker())
	ui.win.Canvas().Focused().(*speakerFilter).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	first := d.LinkFrom(quotes[2], annotate.LinkSpeaker)
	if first == nil {
		t.Fatal("Alt+S, Enter linked no speaker")
	}
	must(t, ui.pickSpeaker()) // the quote has a speaker now: "(no speaker)" is offered, last
	k := ui.palette.picker
	if n := len(k.shown); n < 2 || k.shown[n-1] != "(no speaker)" || k.shown[0] == "(no speaker)" {
		t.Fatalf("chooser lists %q: want “(no speaker)” last", k.shown)
	}
	ui.win.Canvas().Focused().(*speakerFilter).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if l := d.LinkFrom(quotes[2], annotate.LinkSpeaker); l == nil || l.To != first.To {
		t.Errorf("Alt+S, Enter on a linked quote: speaker link %+v, want it kept to %s", l, first.To)
	}
}

// TestQuotesTabSaysAPronounsSpeakerOnce: "il (Pablo Victor Dana) → Pablo Victor Dana" said the name
// twice and was cut in the side panel; an English name alike is left out, as for a name mention.
func TestQuotesTabSaysAPronounsSpeakerOnce(t *testing.T) {
	d := testDoc(t)
	quote, per := d.Spans[0], d.Spans[1]
	ed := annotate.NewEditor(d)
	must(t, ed.SetMentionKind(per.ID, annotate.MentionPronoun))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Pablo Victor Dana", "en": "Pablo Victor Dana"}, Mentions: []string{per.ID}}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	ui, _ := newTestUI(t, d, false)
	ui.tabs.SelectIndex(1)
	if got, _, _, _, _ := quoteRow(ui.panels[1].(*quotesPanel), 0); got != "Pablo Victor Dana ("+d.SpanText(per)+")" {
		t.Errorf("speaker shown %q, want %q", got, "Pablo Victor Dana ("+d.SpanText(per)+")")
	}
}

// TestStatusBarNamesAPronounsSpeaker: a quote whose speaker link points to "il" said "il says …"
// on the status line and "il" in the status bar's speaker list, where the Quotes tab says
// "il (Pablo Victor Dana)": reviewing by keyboard, the analyst could not tell who was linked. Both
// now name the person after the pronoun.
func TestStatusBarNamesAPronounsSpeaker(t *testing.T) {
	d := testDoc(t)
	quote, per := d.Spans[0], d.Spans[1]
	ed := annotate.NewEditor(d)
	must(t, ed.SetMentionKind(per.ID, annotate.MentionPronoun))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Pablo Victor Dana"}, Mentions: []string{per.ID}}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	ui, _ := newTestUI(t, d, false)
	ui.selectSpan(quote.ID)
	want := "Pablo Victor Dana (" + d.SpanText(per) + ")"
	if !strings.HasPrefix(ui.status.Text, want+" says") {
		t.Errorf("status %q, want it to name the speaker %q", ui.status.Text, want)
	}
	if got := ui.palette.speaker.PlaceHolder; got != want {
		t.Errorf("speaker list shows %q, want %q", got, want)
	}
}
