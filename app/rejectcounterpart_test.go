package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// projectedMoscow is a window on "Il est allé à Moscou." translated "He went to Moscow 🇷🇺.", the
// French LOC a suggestion projected onto the English: it returns the window and both spans.
func projectedMoscow(t *testing.T) (*UI, *annotate.Span, *annotate.Span) {
	t.Helper()
	d := annotate.NewDocument("mo", "Mo", "Il est allé à Moscou.", "fr", "en")
	d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
	d.Segments[0].Target = "He went to Moscow 🇷🇺."
	ui, _ := newTestUI(t, d, false)
	at := len("Il est allé à ")
	fr := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Moscou"), Label: annotate.LabelLOC, Origin: annotate.Auto, Confidence: 0.9}
	must(t, ui.ed.AddSpan(fr))
	if _, err := project.Document(ui.ed, ui.projectOptions()); err != nil {
		t.Fatal(err)
	}
	ts := d.TargetSpans("s1")
	if len(ts) != 1 || d.SpanText(ts[0]) != "Moscow" {
		t.Fatalf("projection gave %d English spans, want “Moscow”", len(ts))
	}
	return ui, fr, ts[0]
}

// TestRejectingTheFrenchTakesItsEnglish: r on the French "Moscou" (no place here) takes the English
// "Moscow" projected from it, which stayed tagged LOC and linked to nothing, counted in the exports'
// English and never removed by projection again; the status line names it, and one Ctrl+Z brings
// both back, linked.
func TestRejectingTheFrenchTakesItsEnglish(t *testing.T) {
	ui, fr, en := projectedMoscow(t)
	d := ui.doc
	ui.selectSpan(fr.ID)
	must(t, ui.rejectSelected())
	if d.Span(en.ID) != nil || len(d.Entities) != 0 {
		t.Errorf("English span left %v, %d entities; want neither", d.Span(en.ID) != nil, len(d.Entities))
	}
	if want := "Rejected LOC “Moscou”, and with it LOC “Moscow”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.Span(en.ID) == nil || d.LinkFrom(fr.ID, annotate.LinkTranslation) == nil {
		t.Error("one Ctrl+Z did not bring back the English and its link")
	}
}

// TestDeletingTheFrenchTakesItsEnglish: Delete on a French tag a person accepted removes the English
// suggestion projected from it too, and says so; an English span the person confirmed stays.
func TestDeletingTheFrenchTakesItsEnglish(t *testing.T) {
	ui, fr, en := projectedMoscow(t)
	must(t, ui.ed.Accept(fr.ID))
	ui.selectSpan(fr.ID)
	must(t, ui.removeSelectedSpan())
	if want := "Removed LOC “Moscou”, and with it LOC “Moscow”"; ui.status.Text != want || ui.doc.Span(en.ID) != nil {
		t.Errorf("status %q, English left %v; want %q and none", ui.status.Text, ui.doc.Span(en.ID) != nil, want)
	}

	ui, fr, en = projectedMoscow(t)
	must(t, ui.ed.Accept(en.ID))
	ui.selectSpan(fr.ID)
	must(t, ui.removeSelectedSpan())
	if ui.doc.Span(en.ID) == nil {
		t.Error("the English the person confirmed went with the French")
	}
}
