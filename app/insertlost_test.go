package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// confirmedLavrov is a window on "Sergueï Lavrov est arrivé à Moscou." translated "Sergei Lavrov
// arrived in Moscow.", the translator's English names linked to the French.
func confirmedLavrov(t *testing.T) (*UI, *annotate.Span, *annotate.Span) {
	t.Helper()
	d := annotate.NewDocument("lv", "Lv", "Sergueï Lavrov est arrivé à Moscou.", "fr", "en")
	d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
	d.Segments[0].Target = "Sergei Lavrov arrived in Moscow."
	ui, _ := newTestUI(t, d, false)
	tag := func(side annotate.Side, in, s, label string) *annotate.Span {
		at := strings.Index(in, s)
		sp := &annotate.Span{Side: side, Start: at, End: at + len(s), Label: label}
		if side == annotate.Target {
			sp.Segment = "s1"
		}
		must(t, ui.ed.AddSpan(sp))
		return sp
	}
	fr := tag(annotate.Source, d.Text, "Moscou", annotate.LabelLOC)
	en := tag(annotate.Target, d.Segments[0].Target, "Moscow", annotate.LabelLOC)
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: fr.ID, To: en.ID}))
	tag(annotate.Target, d.Segments[0].Target, "Sergei Lavrov", annotate.LabelPER)
	ui.setCurrent(0)
	return ui, fr, en
}

// TestInsertedTranslationKeepsTheTranslatorsTags: a machine translation inserted over the English
// that says "Moscow" elsewhere keeps the translator's LOC on it, linked to "Moscou" (it went, and
// projection proposed a suggestion unlinked from the translator's work); the PER "Sergei Lavrov"
// goes to the family name the translation says, "Lavrov", which the status line says, as it names
// a name the translation does not say ("the minister"); one Ctrl+Z gives both back.
func TestInsertedTranslationKeepsTheTranslatorsTags(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d := ui.doc
	must(t, ui.insertText(stepInsertMT, "In Moscow 🇷🇺, Lavrov arrived.", true))
	if now := d.Span(en.ID); now == nil || d.SpanText(now) != "Moscow" || now.Origin != annotate.Human {
		t.Fatal("the translator's “Moscow” did not follow its word")
	}
	if l := d.LinkFrom(fr.ID, annotate.LinkTranslation); l == nil || l.To != en.ID {
		t.Error("“Moscow” lost its French")
	}
	sameTags(t, "inserted", d, "LOC Moscow", "PER Lavrov")
	wantStatus(t, ui, "Inserted; your tags PER “Sergei Lavrov” → “Lavrov” moved to the shorter name")
	undoneOnce(t, ui)
	must(t, ui.insertText(stepInsertMT, "In Moscow, the minister arrived.", true))
	sameTags(t, "“the minister” inserted", d, "LOC Moscow")
	wantStatus(t, ui, "Inserted; your tags PER “Sergei Lavrov” were removed with their words: tag their English again")
	undoneOnce(t, ui)
}
