package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestQuotesTabShowsAContinuedQuote (QA10 note): the two parts of a quotation cut by an incise, linked
// to the same reporting verb or speaker, show as one quotation continued; a quotation of its own, with
// its own verb, does not.
func TestQuotesTabShowsAContinuedQuote(t *testing.T) {
	text := "« La situation est grave, a affirmé Jean Dupont, mais nous gardons espoir. » " +
		"« C'est une victoire », a dit Paul Martin."
	d, add := oneSegmentDoc(t, text, annotate.Auto)
	ed := annotate.NewEditor(d)
	first, second := add("« La situation est grave", annotate.LabelQuote), add("mais nous gardons espoir. »", annotate.LabelQuote)
	third := add("« C'est une victoire »", annotate.LabelQuote)
	affirme, dit := add("affirmé", annotate.LabelCue), add("dit", annotate.LabelCue)
	dupont, martin := add("Jean Dupont", annotate.LabelPER), add("Paul Martin", annotate.LabelPER)
	for _, l := range []annotate.Link{{Type: annotate.LinkCue, From: first, To: affirme}, {Type: annotate.LinkCue, From: second, To: affirme},
		{Type: annotate.LinkCue, From: third, To: dit}, {Type: annotate.LinkSpeaker, From: first, To: dupont},
		{Type: annotate.LinkSpeaker, From: second, To: dupont}, {Type: annotate.LinkSpeaker, From: third, To: martin}} {
		must(t, ed.AddLink(&l))
	}
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[1].(*quotesPanel)
	p.refresh()
	var french []string
	for i := range p.quotes {
		_, _, fr, _, _ := quoteRow(p, i)
		french = append(french, fr)
	}
	want := []string{"« La situation est grave", "(continued) mais nous gardons espoir. »", "« C'est une victoire »"}
	if strings.Join(french, "\n") != strings.Join(want, "\n") {
		t.Errorf("Quotes tab:\n%s\nwant\n%s", strings.Join(french, "\n"), strings.Join(want, "\n"))
	}
	// Without the reporting verbs, the same speaker tells the parts apart from another quotation.
	var cues []string
	for _, l := range d.Links {
		if l.Type == annotate.LinkCue {
			cues = append(cues, l.ID)
		}
	}
	for _, id := range cues {
		must(t, ui.ed.RemoveLink(id))
	}
	p.refresh()
	if _, _, fr, _, _ := quoteRow(p, 1); !strings.HasPrefix(fr, "(continued) ") {
		t.Errorf("with speakers only, the second part reads %q", fr)
	}
	if _, _, fr, _, _ := quoteRow(p, 2); strings.HasPrefix(fr, "(continued)") {
		t.Errorf("another speaker's quotation reads %q", fr)
	}
}

// TestQuotesTabContinuesOnlyAnOpenedQuotation: a quotation without marks (indirect speech an analyst
// tagged, "être prêt à renoncer à sa candidature") ends with no closing mark, but opens none either:
// the next quotation of the same speaker is not its continuation. The Fillon article's « abjectes »,
// in the sentence after, read "(continued) « abjectes »". A part between two incises, which neither
// opens nor closes, still continues the part before it, as the part after it continues it.
func TestQuotesTabContinuesOnlyAnOpenedQuotation(t *testing.T) {
	text := "Il s'est dit prêt à renoncer à sa candidature. Il juge les accusations « abjectes ». " +
		"« Nous gardons espoir, a dit Fillon, nous restons confiants, a-t-il ajouté, et nous gagnerons. »"
	d, add := oneSegmentDoc(t, text, annotate.Human)
	ed := annotate.NewEditor(d)
	fillon := add("Fillon", annotate.LabelPER)
	for _, q := range []string{"prêt à renoncer à sa candidature", "« abjectes »", "« Nous gardons espoir,",
		"nous restons confiants,", "et nous gagnerons. »"} {
		must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: add(q, annotate.LabelQuote), To: fillon}))
	}
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	var french []string
	for i := range p.quotes {
		_, _, fr, _, _ := quoteRow(p, i)
		french = append(french, fr)
	}
	want := []string{"prêt à renoncer à sa candidature", "« abjectes »", "« Nous gardons espoir,",
		"(continued) nous restons confiants,", "(continued) et nous gagnerons. »"}
	if strings.Join(french, "\n") != strings.Join(want, "\n") {
		t.Errorf("Quotes tab:\n%s\nwant\n%s", strings.Join(french, "\n"), strings.Join(want, "\n"))
	}
}

// oneSegmentDoc returns a document of text in one segment, and a function tagging the first
// occurrence of words with label, of origin, that returns the span's ID.
func oneSegmentDoc(t *testing.T, text string, origin annotate.Origin) (*annotate.Document, func(words, label string) string) {
	t.Helper()
	d := annotate.NewDocument("quotes", "Quotes", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	return d, func(words, label string) string {
		t.Helper()
		at := strings.Index(text, words)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Origin: origin}))
		return d.Spans[len(d.Spans)-1].ID
	}
}
