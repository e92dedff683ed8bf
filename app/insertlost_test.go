package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

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
// projection proposed a suggestion unlinked from the translator's work); a name it does not say
// ("Lavrov" for "Sergei Lavrov") is named on the status line; one Ctrl+Z gives both back.
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
	if want := "Inserted; your tags PER “Sergei Lavrov” were removed with their words: tag their English again"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.Segments[0].Target != "Sergei Lavrov arrived in Moscow." || len(d.TargetSpans("s1")) != 2 {
		t.Errorf("after Ctrl+Z: %q with %d spans", d.Segments[0].Target, len(d.TargetSpans("s1")))
	}
}
