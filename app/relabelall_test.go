package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// bretagneDoc names Brittany three times, three suggested LOC mentions of one entity, with its
// English name.
func bretagneDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("La Bretagne a soif. La Bretagne vote un plan. Les élus de la Bretagne débattent.")
	ed := annotate.NewEditor(d)
	var ids []string
	for at := 0; ; {
		i := strings.Index(d.Text[at:], "Bretagne")
		if i < 0 {
			break
		}
		sp := &annotate.Span{Side: annotate.Source, Start: at + i, End: at + i + len("Bretagne"), Label: annotate.LabelLOC, Origin: annotate.Auto, Confidence: 0.9}
		must(t, ed.AddSpan(sp))
		ids = append(ids, sp.ID)
		at += i + len("Bretagne")
	}
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: annotate.LabelLOC, Names: map[string]string{"fr": "Bretagne", "en": "Brittany"}, Mentions: ids}))
	return d
}

// pressLabelKey clicks the i-th span of the first row and types key, as the analyst does.
func pressLabelKey(t *testing.T, ui *UI, i int, key rune) *annotate.Span {
	t.Helper()
	r := visibleRow(t, ui, 0)
	sp := ui.doc.Spans[i]
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, sp.ID)
	r.src.TypedRune(key)
	return sp
}

// spanLabels returns the labels of d's spans, in order.
func spanLabels(d *annotate.Document) string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, sp.Label)
	}
	return strings.Join(out, " ")
}

// TestRelabelOneMentionOffersAll: `o` on one "Bretagne" of three relabels that one alone, as ever
// (the others may be the place), and a bar offers to relabel them all; its button makes the entity
// ORG with its three mentions, English name kept, in one undo step.
func TestRelabelOneMentionOffersAll(t *testing.T) {
	ui, _ := newTestUI(t, bretagneDoc(t), false)
	d := ui.doc
	second := pressLabelKey(t, ui, 1, 'o')
	if got := spanLabels(d); got != "LOC ORG LOC" {
		t.Fatalf("o on the second Bretagne: labels %s, want that one alone relabelled", got)
	}
	o := ui.relabelOffer
	if !o.shown() {
		t.Fatal("no offer to relabel the other mentions")
	}
	if want := "“Bretagne” is ORG here only: its 2 other mentions stay LOC."; o.text.Text != want {
		t.Errorf("offer reads %q, want %q", o.text.Text, want)
	}
	if o.all.Text != "Relabel all 3 as ORG" {
		t.Errorf("offer's button reads %q", o.all.Text)
	}
	test.Tap(o.all)
	e := d.EntityOf(second.ID)
	if got := spanLabels(d); got != "ORG ORG ORG" || e == nil || e.Type != annotate.LabelORG || len(e.Mentions) != 3 || e.Names["en"] != "Brittany" {
		t.Fatalf("Relabel all: labels %s, entity %+v; want one ORG Bretagne (Brittany) of 3 mentions", got, e)
	}
	if o.shown() {
		t.Error("the offer stays once taken")
	}
	if got := ui.status.Text; got != "All 3 mentions of “Bretagne” are ORG now" {
		t.Errorf("status line %q", got)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if got := spanLabels(d); got != "LOC ORG LOC" {
		t.Errorf("one Ctrl+Z after Relabel all: labels %s, want the single relabelling back", got)
	}
	if d.EntityOf(second.ID) == d.EntityOf(d.Spans[0].ID) {
		t.Error("one Ctrl+Z: the relabelled mention is still in the place's entity")
	}
}

// TestRelabelOfferGoesWithoutATouch: "Only this one", or any change after the relabelling, takes
// the offer away and leaves the other mentions as they were; relabelling an entity's only mention
// on its side (which retypes the entity) offers nothing.
func TestRelabelOfferGoesWithoutATouch(t *testing.T) {
	ui, _ := newTestUI(t, bretagneDoc(t), false)
	d := ui.doc
	pressLabelKey(t, ui, 0, 'o')
	o := ui.relabelOffer
	if !o.shown() {
		t.Fatal("no offer")
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if o.shown() || spanLabels(d) != "LOC LOC LOC" {
		t.Errorf("after Ctrl+Z: offer shown %v, labels %s", o.shown(), spanLabels(d))
	}
	pressLabelKey(t, ui, 0, 'o')
	only := o.box.Objects[2].(*fyne.Container).Objects[0].(*fyne.Container).Objects[1].(*dialogButton)
	test.Tap(only)
	if o.shown() || spanLabels(d) != "ORG LOC LOC" {
		t.Errorf("Only this one: offer shown %v, labels %s", o.shown(), spanLabels(d))
	}
	ui2, _ := newTestUI(t, mosquesDoc(t), false)
	pressLabelKey(t, ui2, 0, 'l')
	if ui2.relabelOffer.shown() {
		t.Errorf("an entity's only mention relabelled offers %q", ui2.relabelOffer.text.Text)
	}
}
