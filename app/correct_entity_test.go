package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestCorrectedNameJoinsItsNamesake corrects ORG "Union choisit de repartir", an entity of its own, to
// "Union", the name of an entity already there: the two are one entity now, in the correction's undo
// step, as tagging "Union" would have filed it, and the status line says so. They were two "ORG ·
// Union" in the Entities tab, to merge by hand. A name of no entity corrected so joins it too.
func TestCorrectedNameJoinsItsNamesake(t *testing.T) {
	const fr = "Selon lui, l’Union choisit de repartir. L’Union avance à Bruxelles et à Bruxelles-Ville."
	d := annotate.NewDocument("union", "Union", fr, "fr", "en")
	cut := strings.Index(fr, "L’Union avance")
	d.AddSegment(0, cut-1, 0, annotate.KindSentence)
	d.AddSegment(cut, len(fr), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	add := func(at int, words, label string, entity bool) *annotate.Span {
		a := strings.Index(fr[at:], words) + at
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: a + len(words), Label: label, Origin: annotate.Auto, Confidence: 0.6}
		must(t, ed.AddSpan(sp))
		if entity {
			must(t, ed.AddEntity(&annotate.Entity{Type: label, Names: map[string]string{"fr": words}, Mentions: []string{sp.ID}}))
		}
		return sp
	}
	wrong := add(0, "Union choisit de repartir", annotate.LabelORG, true)
	union := add(cut, "Union", annotate.LabelORG, true)
	add(cut, "Bruxelles", annotate.LabelLOC, true)
	bare := add(cut, "Bruxelles-Ville", annotate.LabelLOC, false)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	a := strings.Index(fr, "Union")
	r.src.SetSelection(a, a+len("Union"))
	r.src.TypedRune('o')
	if d.SpanText(wrong) != "Union" || d.EntityOf(wrong.ID) != d.EntityOf(union.ID) || len(d.Entities) != 2 {
		t.Fatalf("ORG %q under %+v, %d entities: want it under the entity of the other “Union”",
			d.SpanText(wrong), d.EntityOf(wrong.ID), len(d.Entities))
	}
	if !strings.HasSuffix(ui.status.Text, "now a mention of the entity “Union” named so") {
		t.Errorf("status %q", ui.status.Text)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.SpanText(wrong) != "Union choisit de repartir" || len(d.Entities) != 3 || d.EntityOf(wrong.ID) == d.EntityOf(union.ID) {
		t.Errorf("after Ctrl+Z: ORG %q, %d entities", d.SpanText(wrong), len(d.Entities))
	}

	r = visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.src)
	b := strings.Index(fr, "Bruxelles-Ville") - cut
	r.src.SetSelection(b, b+len("Bruxelles"))
	r.src.TypedRune('l')
	if e := d.EntityOf(bare.ID); d.SpanText(bare) != "Bruxelles" || e == nil || e.Names["fr"] != "Bruxelles" {
		t.Errorf("LOC %q under %+v, want the entity “Bruxelles”", d.SpanText(bare), e)
	}
}
