package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// canalDoc is the Canal+ communiqué of wikinews-quotes-wn2005: pre-annotation took "elle" for Bernard
// Antony, where it stands for the channel's management.
func canalDoc(t *testing.T) (d *annotate.Document, elle string) {
	t.Helper()
	d = pairDoc("Bernard Antony a protesté.",
		"La direction de Canal+ a diffusé un communiqué, dans lequel elle « exprime ses regrets ».")
	ed := annotate.NewEditor(d)
	add := func(words, label string, origin annotate.Origin, kind annotate.MentionKind) *annotate.Span {
		t.Helper()
		at := strings.Index(d.Text, words)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Origin: origin, Confidence: 0.9, Mention: kind}
		must(t, ed.AddSpan(sp))
		return sp
	}
	antony := add("Bernard Antony", annotate.LabelPER, annotate.Auto, "")
	pronoun := add("elle", annotate.LabelPER, annotate.Auto, annotate.MentionPronoun)
	canal := add("Canal+", annotate.LabelORG, annotate.Auto, "")
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: annotate.LabelPER, Names: map[string]string{"fr": "Bernard Antony"}, Mentions: []string{antony.ID, pronoun.ID}}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e2", Type: annotate.LabelORG, Names: map[string]string{"fr": "Canal+"}, Mentions: []string{canal.ID}}))
	return d, pronoun.ID
}

// TestAddedMentionTakesTheEntitysType: the analyst files the pronoun "elle" (PER, under Bernard
// Antony) under Canal+ (ORG) with the Entities tab's "Add selected span". The mention stayed PER in an
// ORG entity: exports wrote a person for the channel, and `glose-cli validate` warned that the span's
// label is not its entity's type. It takes the entity's type, in the same undo step, and the status
// line says so.
func TestAddedMentionTakesTheEntitysType(t *testing.T) {
	d, elle := canalDoc(t)
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	ui.selectSpan(elle)
	p.sel = "e2"
	p.showDetail()
	ui.run(p.addSelected)
	sp := d.Span(elle)
	if e := d.EntityOf(elle); e == nil || e.ID != "e2" || sp.Label != annotate.LabelORG {
		t.Fatalf("after Add selected span: entity %v, label %s; want Canal+ (e2), ORG", e, sp.Label)
	}
	if w := d.EntityWarnings(); len(w) > 0 {
		t.Errorf("validate warns: %v", w)
	}
	if want := "Moved PER “elle” from “Bernard Antony” to “Canal+”, taking its type ORG"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if sp.Mention.Norm() != annotate.MentionPronoun {
		t.Errorf("the mention's kind is %q, want pronoun still", sp.Mention)
	}
	ui.ed.Undo()
	if e := d.EntityOf(elle); e == nil || e.ID != "e1" || sp.Label != annotate.LabelPER {
		t.Errorf("after one undo: entity %v, label %s; want Bernard Antony (e1), PER", e, sp.Label)
	}
}
