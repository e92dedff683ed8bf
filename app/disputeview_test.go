package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestDisputeOnStatusLine: a span curate left disputed says on the status line, where Ctrl+J or a
// click lands, what each reviewer gave, the reviewers' words as the curation wrote them, in the
// interface's wrapper, in place of "suggestion", and in the short form the line shows when it cuts
// the whole; a confirmed quotation whose speaker is disputed says it too. Once settled (accepted), the
// note is said no more, as the QA check disputed lists it no more.
func TestDisputeOnStatusLine(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t) // QUOTE « Le dialogue 😀 est libre » (auto), PER Sergueï Lavrov (auto)
	quote, per := d.Spans[0], d.Spans[1]
	per.Note = annotate.DisputedNoteFr + "alice\u00a0: PER\u00a0; bob\u00a0: ORG"
	quote.Origin, quote.Confidence = annotate.Human, 1
	quote.Note = annotate.DisputedNoteFr + "locuteur\u00a0: alice aucun, bob «\u00a0Sergueï Lavrov\u00a0»"
	must(t, annotate.NewEditor(d).AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.5}))
	ui, _ := newTestUI(t, d, false)
	next := func() { ui.handleShortcut(custom(fyne.KeyJ, ctrl)) }

	ui.selectSpan(per.ID) // as a click does: Ctrl+J passes over a speaker the quotation's acceptance confirms
	const perSaid = "désaccord des relecteurs\u00a0: alice\u00a0: PER\u00a0; bob\u00a0: ORG"
	for name, line := range map[string]string{"whole": ui.status.full, "short": ui.status.short} {
		if !strings.Contains(line, perSaid) {
			t.Errorf("%s status line %q does not say %q", name, line, perSaid)
		}
		if strings.Contains(line, "suggestion") {
			t.Errorf("%s status line %q says suggestion beside the dispute, which says more", name, line)
		}
	}
	ui.deselectSpan()
	ui.focusSegment(0, annotate.Source)
	next()
	if ui.selSpan != quote.ID {
		t.Fatalf("Ctrl+J went to %q, want the quotation with a disputed speaker %q", ui.selSpan, quote.ID)
	}
	const quoteSaid = "désaccord des relecteurs\u00a0: locuteur\u00a0: alice aucun, bob «\u00a0Sergueï Lavrov\u00a0»"
	if !strings.Contains(ui.status.full, quoteSaid) || !strings.Contains(ui.status.short, quoteSaid) {
		t.Errorf("status line %q (short %q) does not say %q", ui.status.full, ui.status.short, quoteSaid)
	}
	must(t, ui.acceptSelected()) // the quotation and its speaker, Lavrov with it
	ui.selectSpan(per.ID)
	if strings.Contains(ui.status.full, "désaccord") {
		t.Errorf("the PER confirmed with the quotation's speaker still says its dispute: %q", ui.status.full)
	}
	ui.selectSpan(quote.ID)
	if strings.Contains(ui.status.full, "désaccord") {
		t.Errorf("the settled quotation still says its dispute: %q", ui.status.full)
	}
}

// TestDisputeOnStatusLineEnglish: an English curation note under the English interface.
func TestDisputeOnStatusLineEnglish(t *testing.T) {
	d := testDoc(t)
	per := d.Spans[1]
	per.Note = annotate.DisputedNote + "alice: PER; bob: ORG"
	ui, _ := newTestUI(t, d, false)
	ui.selectSpan(per.ID)
	if want := "PER “Sergueï Lavrov” — reviewers disagree: alice: PER; bob: ORG — mention: "; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui.status.full, want)
	}
}

// TestDisputeReadsWholeFromTheKeyboard: a quotation whose label, verb and speaker the reviewers
// dispute has a note of 200 characters, which the status line cut behind "…" at 1008 pixels, to be
// read only with the mouse. Ctrl+I (View › Read the whole status message) shows the whole message,
// as the "…" button does, each reviewer's view on a line of its own; Escape closes it and the quote
// is still the one a accepts.
func TestDisputeReadsWholeFromTheKeyboard(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	quote := d.Spans[0]
	d.Spans[1].Origin = annotate.Human // Lavrov, before it: Ctrl+J goes to the quotation
	quote.Note = annotate.DisputedNoteFr + "alice\u00a0: QUOTE, non confirmé\u00a0; bob\u00a0: QUOTE\u00a0; " +
		"verbe introducteur\u00a0: alice «\u00a0salué\u00a0», non confirmé, bob «\u00a0salué\u00a0»\u00a0; " +
		"locuteur\u00a0: alice «\u00a0Philippe Germain\u00a0; Jean Dupont\u00a0», non confirmé, bob «\u00a0Philippe Germain\u00a0»"
	ui, _ := newTestUI(t, d, false)
	ui.win.Resize(fyne.NewSize(1008, 700))
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	ui.handleShortcut(custom(fyne.KeyJ, ctrl))
	ui.win.Content().Refresh()
	if ui.selSpan != quote.ID || !ui.status.cut {
		t.Fatalf("Ctrl+J selected %q, the status line cut: %v; want the quotation, its note cut", ui.selSpan, ui.status.cut)
	}
	want := strings.Join([]string{
		"QUOTE « Le dialogue 😀 est libre »",
		"Désaccord des relecteurs\u00a0:",
		"• alice\u00a0: QUOTE, non confirmé",
		"• bob\u00a0: QUOTE",
		"• verbe introducteur\u00a0: alice «\u00a0salué\u00a0», non confirmé, bob «\u00a0salué\u00a0»",
		"• locuteur\u00a0: alice «\u00a0Philippe Germain\u00a0; Jean Dupont\u00a0», non confirmé, bob «\u00a0Philippe Germain\u00a0»",
	}, "\n")
	overlays := ui.win.Canvas().Overlays()
	for _, c := range []struct {
		name string
		open func()
	}{
		{"the … button", func() { test.Tap(ui.status.more) }},
		{"Ctrl+I", func() { ui.win.Canvas().Focus(r.src); ui.handleShortcut(custom(fyne.KeyI, ctrl)) }},
	} {
		c.open()
		if overlays.Top() == nil || shownMessage(overlays.Top(), want) == nil {
			t.Fatalf("%s showed %d dialogs, want one reading\n%s\nthe status line being %q", c.name, len(overlays.List()), want, ui.status.full)
		}
		pressKey(ui, fyne.KeyEscape)
		if overlays.Top() != nil {
			t.Fatalf("Escape left the message open after %s", c.name)
		}
	}
	ui.win.Canvas().Focused().TypedRune('a')
	if quote.Origin != annotate.Human {
		t.Errorf("a after the message closed left the quotation a suggestion (focus on %T)", ui.win.Canvas().Focused())
	}
}
