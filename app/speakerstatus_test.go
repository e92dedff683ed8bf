package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// longQuoteDoc returns one segment where a speaker with a long name says a long quotation, both
// suggested, the speaker linked by pre-annotation: what Alt+J stops on.
func longQuoteDoc(t *testing.T, speaker string) *annotate.Document {
	t.Helper()
	text := speaker + " a déclaré\u00a0: « Ceux qui pensent que la Russie cédera sous la pression des sanctions occidentales se trompent lourdement, et ils le savent très bien, car l'histoire l'a montré. »"
	d := annotate.NewDocument("long-quote", "Long quote", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	name := len(speaker)
	q := strings.Index(text, "«")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: name, Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: q, End: len(text), Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.8}))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: d.Spans[1].ID, To: d.Spans[0].ID, Origin: annotate.Auto, Confidence: 0.8}))
	return d
}

// TestQuoteStatusShowsItsSpeaker: after Alt+J the status line describes the quote to confirm; the
// speaker came after the quotation's first 40 characters and the suggestion's note, and was cut off
// at 1280 pixels, though it is what the analyst confirms. Its name shows whole, before any "…", at
// the default window and at narrower ones, in English and in French: a long name down to 1100
// pixels, where the span actions still stand beside the status line; at 1024, a name of ordinary
// length, in the short form the line shows when the whole is cut, and at 900 too: the speaker list,
// no wider than a name of sixteen letters, keeps the actions beside the line there, where a long name
// is cut (the button at the line's end reads it whole).
func TestQuoteStatusShowsItsSpeaker(t *testing.T) {
	const long, usual = "Marie-Françoise Delacroix-Beauregard", "Sergueï Lavrov"
	for _, language := range []string{"en", "fr"} {
		for _, c := range []struct {
			width float32
			name  string
		}{{1280, long}, {1100, long}, {1024, usual}, {900, usual}} {
			t.Run(fmt.Sprint(language, c.width), func(t *testing.T) {
				useLanguage(t, language)
				ui, _ := newTestUI(t, longQuoteDoc(t, c.name), false)
				ui.win.Resize(fyne.NewSize(c.width, 800))
				ui.win.Content().Refresh()
				ui.reviewNext(false, true)
				ui.win.Content().Refresh()
				shownStatus(t, ui, c.name) // whole, in the message or its short form
			})
		}
	}
}
