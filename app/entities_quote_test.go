package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestAQuotationIsNoEntityMention: with a quotation selected (the analyst has just linked its
// speaker), the Entities tab's "Add selected span" filed the quotation among Jean Dupont's mentions
// ("Added QUOTE … to the entity “Jean Dupont”", 2 FR), and "New entity from selected span" made an
// entity of type QUOTE. Both are refused, saying why, and the document keeps its entities; the new
// entity button is greyed for a quotation.
func TestAQuotationIsNoEntityMention(t *testing.T) {
	d, quotes := reviewDoc(t)
	var dupont string
	for _, sp := range d.Spans {
		if d.SpanText(sp) == "Jean Dupont" {
			dupont = sp.ID
		}
	}
	ent := &annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Jean Dupont"}, Mentions: []string{dupont}}
	must(t, annotate.NewEditor(d).AddEntity(ent))
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = ent.ID
	p.showDetail()
	entities := len(d.Entities)
	for _, q := range []string{quotes[0], quotes[2]} {
		ui.selectSpan(q)
		if !p.newEnt.Disabled() || !p.addSpan.Disabled() {
			t.Errorf("%s selected: New entity enabled %v, Add selected span %v; want both greyed", d.SpanText(d.Span(q)), !p.newEnt.Disabled(), !p.addSpan.Disabled())
		}
		if err := p.addSelected(); err == nil || ui.doc.EntityOf(q) != nil {
			t.Errorf("Add selected span with %s: error %v, entity %v", d.SpanText(d.Span(q)), err, ui.doc.EntityOf(q))
		} else if want := "QUOTE « Nous restons confiants » is not a name: a quotation or a reporting verb is no entity’s mention"; q == quotes[0] && err.Error() != want {
			t.Errorf("Add selected span with a quotation says %q, want %q", err, want)
		}
		if err := p.newFromSelected(); err == nil || len(d.Entities) != entities {
			t.Errorf("New entity from %s: error %v, %d entities, want %d", d.SpanText(d.Span(q)), err, len(d.Entities), entities)
		}
	}
	if got := ui.doc.Entity(ent.ID).Mentions; len(got) != 1 || got[0] != dupont {
		t.Errorf("Jean Dupont's mentions: %v", got)
	}
}

// TestNewEntityFromTheSpanTheCaretIsIn: the keyboard puts the caret in a name (no click), then goes
// to the Entities tab: "New entity from selected span" makes the entity of that name. It said "Click
// a span, or select its words or put the cursor in it, first", the cursor being in it, and was
// greyed: only a clicked span counted.
func TestNewEntityFromTheSpanTheCaretIsIn(t *testing.T) {
	d, _ := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[0].(*entitiesPanel)
	ui.focusPanel(0)
	ui.focusSegment(34, annotate.Source) // « Élise Ménard était absente. »
	r := visibleRow(t, ui, 34)
	r.src.SetSelection(2, 2)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	ui.focusPanel(0) // Ctrl+Shift+1: the filter has the focus
	if p.newEnt.Disabled() || p.addSpan.Disabled() {
		t.Errorf("caret in « Élise Ménard », then the Entities tab: New entity greyed %v, Add selected span %v", p.newEnt.Disabled(), p.addSpan.Disabled())
	}
	if err := p.newFromSelected(); err != nil {
		t.Fatalf("New entity with the caret in « Élise Ménard »: %v", err)
	}
	if len(d.Entities) != 1 || d.Entities[0].Names["fr"] != "Élise Ménard" {
		t.Errorf("entities %+v, want Élise Ménard's", d.Entities)
	}
}

// TestStatusNamesTheMentionsEntity: a mention whose words are not its entity's name says on the status
// line whom it stands for: the Fillon article's "Fillon" that pre-annotation filed under Penelope
// Fillon read "PER “Fillon” — suggestion — mention: name", the mistake shown only in the Entities
// tab. A mention reading as its entity's name, case and accents aside, says nothing more.
func TestStatusNamesTheMentionsEntity(t *testing.T) {
	d, _ := reviewDoc(t)
	ed := annotate.NewEditor(d)
	var dupont, curie string
	for _, sp := range d.Spans {
		switch d.SpanText(sp) {
		case "Jean Dupont":
			dupont = sp.ID
		case "Marie Curie":
			curie = sp.ID
		}
	}
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Élise Ménard"}, Mentions: []string{dupont}}))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "marie curie"}, Mentions: []string{curie}}))
	ui, _ := newTestUI(t, d, false)
	for _, c := range []struct{ id, want string }{
		{dupont, "PER “Jean Dupont” — entity: Élise Ménard — mention: name, Alt+K to change"},
		{curie, "PER “Marie Curie” — mention: name, Alt+K to change"},
	} {
		ui.selectSpan(c.id)
		if ui.status.Text != c.want {
			t.Errorf("status %q, want %q", ui.status.Text, c.want)
		}
	}
}
