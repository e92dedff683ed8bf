package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
)

// TestPreannotateAgainReplacesUntouchedSuggestions: Tools › Pre-annotate on a document whose earlier
// run proposed "Angela" added "Angela Merkel" beside it, two overlapping spans and two entities. The
// untouched "Angela" is now replaced, a suggestion with the user's note stays, the status line says
// what was removed, and one undo brings the earlier run back.
func TestPreannotateAgainReplacesUntouchedSuggestions(t *testing.T) {
	useLanguage(t, "en")
	text := "« Nous partirons demain », a déclaré Angela Merkel à Berlin. Emmanuel Macron est arrivé à Paris.\n"
	d, err := plaintext.Import("a.txt", []byte(text), plaintext.Options{})
	must(t, err)
	must(t, preannotate.Run(d, preannotate.Options{}))
	var angela, macron *annotate.Span
	for _, sp := range d.Spans {
		switch d.SpanText(sp) {
		case "Angela Merkel":
			angela = sp
		case "Emmanuel Macron":
			macron = sp
		}
	}
	if angela == nil || macron == nil {
		t.Fatalf("pre-annotation found neither Angela Merkel nor Emmanuel Macron: %v", spanTexts(d))
	}
	angela.End -= len(" Merkel") // as an earlier, worse run proposed it
	for _, e := range d.Entities {
		if e.Names["fr"] == "Angela Merkel" {
			e.Names = map[string]string{"fr": "Angela", "en": "Angela"}
		}
	}
	macron.Note = "check the title"
	d.Reindex()
	ui, _ := newTestUI(t, d, false)
	ui.preannotateDocument()
	got := strings.Join(spanTexts(ui.doc), "|")
	if strings.Contains(got, "PER Angela|") || !strings.Contains(got, "PER Angela Merkel") || !strings.Contains(got, "PER Emmanuel Macron") {
		t.Errorf("spans after pre-annotating again: %s", got)
	}
	if ui.doc.Span(macron.ID) == nil {
		t.Error("the suggestion with the user's note was replaced")
	}
	if !strings.Contains(ui.status.Text, "removed 1 earlier suggestion") {
		t.Errorf("the status says %q, not what was removed", ui.status.Text)
	}
	if !ui.ed.Undo() || ui.doc.Span(angela.ID) == nil {
		t.Errorf("one undo did not bring back the earlier run: %v", spanTexts(ui.doc))
	}
}
