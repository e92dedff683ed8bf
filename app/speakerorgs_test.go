package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// crifDoc is the CRIF's and Canal+'s reactions of wikinews-quotes-wn2005, shortened: the CRIF speaks
// the first quotation, Canal+ is named beside the second, the third is the CRIF's communiqué again.
func crifDoc(t *testing.T) (d *annotate.Document, quotes []string) {
	t.Helper()
	d = pairDoc("Le CRIF a fait connaître son « indignation ».",
		"Bernard Antony, de l'AGRIF, a protesté.",
		"Pour Canal+, « la séquence était un raccourci malheureux ».",
		"« Son refus de l'antisémitisme est connu », souligne le communiqué.")
	ed := annotate.NewEditor(d)
	add := func(words, label string) *annotate.Span {
		t.Helper()
		at := strings.Index(d.Text, words)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Origin: annotate.Auto, Confidence: 0.9}
		must(t, ed.AddSpan(sp))
		if label != annotate.LabelQuote {
			must(t, ed.AddEntity(&annotate.Entity{Type: label, Names: map[string]string{"fr": words}, Mentions: []string{sp.ID}}))
		} else {
			quotes = append(quotes, sp.ID)
		}
		return sp
	}
	crif := add("CRIF", annotate.LabelORG)
	add("« indignation »", annotate.LabelQuote)
	add("Bernard Antony", annotate.LabelPER)
	add("AGRIF", annotate.LabelORG)
	add("Canal+", annotate.LabelORG)
	add("« la séquence était un raccourci malheureux »", annotate.LabelQuote)
	add("« Son refus de l'antisémitisme est connu »", annotate.LabelQuote)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quotes[0], To: crif.ID, Origin: annotate.Human}))
	return d, quotes
}

// TestSpeakerChoiceOffersSpeakingOrganisations: the speaker list (Alt+S, the status bar's list)
// offered people only, so that each quotation of the CRIF's communiqué took s and a click on "CRIF"
// (or Esc, scrolling to it, s, click), the CRIF not being found by typing its name. It offers, after
// the people, the organisations that speak a quote of the document and those named in the quote's
// segments; Enter with nothing typed still takes the nearest person.
func TestSpeakerChoiceOffersSpeakingOrganisations(t *testing.T) {
	d, quotes := crifDoc(t)
	ui, _ := newTestUI(t, d, false)
	for _, c := range []struct {
		quote int
		want  string
	}{
		{1, "Bernard Antony, Canal+, CRIF"}, // Canal+ in its segment, the CRIF speaking; not the AGRIF
		{2, "Bernard Antony, CRIF"},
	} {
		ui.jumpToSpan(quotes[c.quote])
		must(t, ui.pickSpeaker())
		if got := strings.Join(ui.palette.speaker.Options, ", "); got != c.want {
			t.Errorf("speakers offered for %s: %s, want %s", d.SpanText(d.Span(quotes[c.quote])), got, c.want)
		}
		ui.palette.picker.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	must(t, ui.pickSpeaker())
	f := ui.palette.picker.filter
	for _, r := range "crif" {
		f.TypedRune(r)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	l := d.LinkFrom(quotes[2], annotate.LinkSpeaker)
	if l == nil || d.SpanText(d.Span(l.To)) != "CRIF" {
		t.Errorf("crif, Enter: speaker link %+v, want to the CRIF", l)
	}
}
