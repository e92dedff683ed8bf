package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestEnglishQuoteSpeakerSaysWhere (QA16 #5): Ctrl+L on an English quotation does not ask for a quote
// (one is selected) but says that speakers are linked on the French, in English and in French.
func TestEnglishQuoteSpeakerSaysWhere(t *testing.T) {
	for _, c := range []struct{ language, want string }{
		{"en", "An English quotation takes its speaker from the French one: link the speaker on the French quotation"},
		{"fr", "Une citation anglaise prend le locuteur de la citation française\u00a0: liez le locuteur sur la citation française"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, testDoc(t), false)
			d := ui.doc
			text := "Sergei Lavrov 👍🏽 said: « Dialogue is free »."
			setTarget(t, ui, 0, text)
			q := strings.Index(text, "«")
			must(t, ui.ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: q, End: strings.Index(text, "»") + len("»"),
				Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.8}))
			r := visibleRow(t, ui, 0)
			ui.win.Canvas().Focus(r.entry)
			selectInEntry(r.entry, utf8.RuneCountInString(text[:strings.Index(text, "Dialogue")]), len("Dialogue"), false)
			pressShortcut(ui, custom(fyne.KeyL, ctrl))
			if ui.status.Text != c.want {
				t.Errorf("Ctrl+L: status %q, want %q", ui.status.Text, c.want)
			}
			if ui.linkFrom != "" {
				t.Errorf("link mode started for %q", ui.linkFrom)
			}
		})
	}
}
