package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// mosquesDoc is the QA's article a1 in short: two mosques that pre-annotation took for people, each
// a suggested PER with its entity.
func mosquesDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("La mosquée Ammar ben Yasser et Al-Fateh de Sinjar ont brûlé.")
	ed := annotate.NewEditor(d)
	for i, name := range []string{"Ammar ben Yasser", "Al-Fateh de Sinjar"} {
		at := strings.Index(d.Text, name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.64}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: fmt.Sprint("e", i+1), Type: annotate.LabelPER, Names: map[string]string{"fr": name}, Mentions: []string{sp.ID}}))
	}
	return d
}

// entitiesTab shows the Entities tab and returns its panel.
func entitiesTab(ui *UI) *entitiesPanel {
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	return p
}

// listedAs returns the list's rows as they read.
func listedAs(p *entitiesPanel) []string {
	var out []string
	for _, e := range p.ents {
		out = append(out, p.describe(e))
	}
	return out
}

// pickEntity selects entity id in the list, as a click on its row does.
func pickEntity(t *testing.T, p *entitiesPanel, id string) {
	t.Helper()
	ids, _ := listed(p)
	i := indexOf(ids, id)
	if i < 0 {
		t.Fatalf("%s not listed: %v", id, ids)
	}
	p.list.Select(i)
}

// TestRelabelledSpanTakesItsEntityAlong: the QA clicked PER "Ammar ben Yasser" and pressed l: the
// Entities tab must list a LOC entity, and one Ctrl+Z give back the PER one.
func TestRelabelledSpanTakesItsEntityAlong(t *testing.T) {
	ui, _ := newTestUI(t, mosquesDoc(t), false)
	p := entitiesTab(ui)
	r := visibleRow(t, ui, 0)
	ammar := ui.doc.Spans[0]
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, ammar.ID)
	r.src.TypedRune('l')
	if got := strings.Join(listedAs(p), " | "); got != "LOC · Ammar ben Yasser (1 FR, 0 EN) | PER · Al-Fateh de Sinjar (1 FR, 0 EN)" {
		t.Errorf("after l the list reads %q", got)
	}
	if ammar.Label != annotate.LabelLOC || ui.doc.Entity("e1").Type != annotate.LabelLOC {
		t.Fatalf("span %s, entity %s; want LOC for both", ammar.Label, ui.doc.Entity("e1").Type)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if ammar.Label != annotate.LabelPER || ui.doc.Entity("e1").Type != annotate.LabelPER || ui.ed.CanUndo() {
		t.Errorf("one undo: span %s, entity %s, more to undo %v", ammar.Label, ui.doc.Entity("e1").Type, ui.ed.CanUndo())
	}
}

// TestRejectedLastMentionTakesItsEntity: rejecting the only mention of the entity the Entities tab
// shows takes the entity out of the list and the details; Ctrl+Z brings it back, selected again.
func TestRejectedLastMentionTakesItsEntity(t *testing.T) {
	ui, _ := newTestUI(t, mosquesDoc(t), false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e2")
	r := visibleRow(t, ui, 0)
	fateh := ui.doc.Spans[1]
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, fateh.ID)
	r.src.TypedRune('r')
	if ui.doc.Span(fateh.ID) != nil {
		t.Fatal("r did not reject the suggestion")
	}
	if got := strings.Join(listedAs(p), " | "); got != "PER · Ammar ben Yasser (1 FR, 0 EN)" {
		t.Errorf("after the rejection the list reads %q", got)
	}
	if _, hl := listed(p); hl != "" || p.detail.Visible() || !p.hint.Visible() {
		t.Errorf("after the rejection: %q highlighted, details shown %v, hint shown %v", hl, p.detail.Visible(), p.hint.Visible())
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if _, hl := listed(p); hl != "e2" || !p.detail.Visible() || p.nameSrc.Text != "Al-Fateh de Sinjar" {
		t.Errorf("after undo: %q highlighted, details shown %v with %q; want e2", hl, p.detail.Visible(), p.nameSrc.Text)
	}
}

// TestEntityTypeChoice changes an entity's type in the details: its mentions are relabelled, the
// status bar says so, and one undo takes it back.
func TestEntityTypeChoice(t *testing.T) {
	ui, _ := newTestUI(t, mosquesDoc(t), false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e2")
	if got := strings.Join(p.kind.Options, " "); got != "PER ORG LOC MISC" || p.kind.Selected != "PER" {
		t.Fatalf("type choice %q with %q chosen; want the entity labels, PER chosen", got, p.kind.Selected)
	}
	p.kind.SetSelected("LOC")
	fateh := ui.doc.Spans[1]
	if fateh.Label != annotate.LabelLOC || ui.doc.Entity("e2").Type != annotate.LabelLOC || fateh.Origin != annotate.Auto {
		t.Fatalf("entity %s, mention %s %s; want LOC, LOC and still a suggestion", ui.doc.Entity("e2").Type, fateh.Label, fateh.Origin)
	}
	if want := "Entity “Al-Fateh de Sinjar” is now LOC: 1 mention relabelled"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if _, hl := listed(p); hl != "e2" || listedAs(p)[0] != "LOC · Al-Fateh de Sinjar (1 FR, 0 EN)" {
		t.Errorf("list %v highlights %q", listedAs(p), hl)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if fateh.Label != annotate.LabelPER || ui.doc.Entity("e2").Type != annotate.LabelPER || p.kind.Selected != "PER" || ui.ed.CanUndo() {
		t.Errorf("one undo: entity %s, mention %s, choice %s", ui.doc.Entity("e2").Type, fateh.Label, p.kind.Selected)
	}
}

// TestNewEntityIsShownAndSaid: "New entity from selected span" selects the new entity in the list,
// scrolled to it below the fold and shown though the filter hid it, and says what it made; Enter in a
// name field says what the entity is now called.
func TestNewEntityIsShownAndSaid(t *testing.T) {
	var words []string
	for i := range 40 {
		words = append(words, fmt.Sprintf("Nom%02d", i))
	}
	d := pairDoc(strings.Join(words, " ") + " et Zoé.")
	ed := annotate.NewEditor(d)
	for i, w := range words {
		at := strings.Index(d.Text, w)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(w), Label: annotate.LabelPER}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: fmt.Sprint("e", i+1), Type: "PER", Names: map[string]string{"fr": w}, Mentions: []string{sp.ID}}))
	}
	at := strings.Index(d.Text, "Zoé")
	zoe := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Zoé"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(zoe))
	ui, _ := newTestUI(t, d, false)
	p := entitiesTab(ui)
	p.filter.SetText("Nom")
	ui.selectSpan(zoe.ID)
	ui.run(p.newFromSelected)
	e := ui.doc.EntityOf(zoe.ID)
	if e == nil || p.sel != e.ID {
		t.Fatalf("new entity %+v, selected %q", e, p.sel)
	}
	ids, hl := listed(p)
	if hl != e.ID || p.filter.Text != "" || indexOf(ids, e.ID) != len(ids)-1 {
		t.Errorf("list highlights %q (want %s, the last), filter %q", hl, e.ID, p.filter.Text)
	}
	if p.list.GetScrollOffset() == 0 {
		t.Error("the list was not scrolled to the new entity, below the fold")
	}
	if want := "New entity PER “Zoé”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	steps := func() int {
		n := 0
		for ui.ed.CanUndo() {
			ui.ed.Undo()
			n++
		}
		for range n {
			ui.ed.Redo()
		}
		return n
	}
	before := steps()
	ui.win.Canvas().Focus(p.nameSrc)
	p.nameSrc.SetText("Zoé Martin")
	p.nameSrc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := "Entity renamed: “Zoé Martin”"; ui.status.Text != want || e.Names["fr"] != "Zoé Martin" {
		t.Errorf("Enter: status %q (want %q), name %q", ui.status.Text, want, e.Names["fr"])
	}
	p.nameSrc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := "The entity is already named “Zoé Martin”"; ui.status.Text != want {
		t.Errorf("Enter again: status %q, want %q", ui.status.Text, want)
	}
	if n := steps(); n != before+1 {
		t.Errorf("%d undo steps after renaming twice to the same name, want %d", n, before+1)
	}
}

// TestSplitOffSaysWhatTheEntityKeeps: New entity from selected span on a mention of another entity
// splits it off a wrong merge ("Le président" filed under Emmanuel Macron); the status line said
// "New entity PER “Le président”" alone, not that Emmanuel Macron lost it nor what he keeps. One
// Ctrl+Z gives it back.
func TestSplitOffSaysWhatTheEntityKeeps(t *testing.T) {
	d := pairDoc("Emmanuel Macron a parlé. M. Macron a ri. Le président a conclu\u00a0: «\u00a0C'est fini 😀\u00a0».")
	ed := annotate.NewEditor(d)
	var ids []string
	for _, w := range []string{"Emmanuel Macron", "Macron a ri", "Le président"} {
		at := strings.Index(d.Text, w)
		end := at + len(w)
		if w == "Macron a ri" {
			end = at + len("Macron")
		}
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: end, Label: annotate.LabelPER}
		must(t, ed.AddSpan(sp))
		ids = append(ids, sp.ID)
	}
	must(t, ed.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Emmanuel Macron"}, Mentions: ids}))
	macron := d.Entities[0]
	for _, c := range []struct{ locale, want string }{
		{"en_US.UTF-8", "New entity PER “Le président”, split off “Emmanuel Macron”, which keeps 2 mentions"},
		{"fr_FR.UTF-8", "Nouvelle entité PER «\u00a0Le président\u00a0», détachée de «\u00a0Emmanuel Macron\u00a0», qui garde 2 mentions"},
	} {
		useLocale(t, c.locale)
		ui, _ := newTestUI(t, d, false)
		ui.selectSpan(ids[2])
		ui.run(entitiesTab(ui).newFromSelected)
		if e := d.EntityOf(ids[2]); e == nil || e == macron || len(macron.Mentions) != 2 {
			t.Fatalf("%s: after the split, Le président is of %+v, Emmanuel Macron has %v", c.locale, e, macron.Mentions)
		}
		if ui.status.Text != c.want {
			t.Errorf("%s: status %q, want %q", c.locale, ui.status.Text, c.want)
		}
		ui.undoStep()
		if d.EntityOf(ids[2]) != macron || len(d.Entities) != 1 {
			t.Fatalf("%s: Ctrl+Z left Le président under %+v, %d entities", c.locale, d.EntityOf(ids[2]), len(d.Entities))
		}
	}
}

// TestOpeningDropsEntitiesWithoutMention: a document saved by an older Glose holds the entity of a
// rejected suggestion, without mention; opened, it is gone, and the document is not marked changed.
func TestOpeningDropsEntitiesWithoutMention(t *testing.T) {
	d := mosquesDoc(t)
	d.Spans = d.Spans[:1]
	d.Entities[1].Mentions = nil // as an older Reject left it
	d.Reindex()
	ui, _ := newTestUI(t, d, false)
	p := entitiesTab(ui)
	if got := strings.Join(listedAs(p), " | "); got != "PER · Ammar ben Yasser (1 FR, 0 EN)" || ui.doc.Entity("e2") != nil {
		t.Errorf("opened, the list reads %q", got)
	}
	if ui.dirty || ui.ed.CanUndo() {
		t.Errorf("dropping it marked the document changed (%v) or made an undo step (%v)", ui.dirty, ui.ed.CanUndo())
	}
}

// TestEntitiesFilterMatchingNothingSaysSo: a filter no entity's name holds (a typo, or a name tagged
// under no entity, such as "Les membres") said nothing, the list and the details empty; the hint
// says why, and goes back to the usual one once the filter matches again.
func TestEntitiesFilterMatchingNothingSaysSo(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	p := entitiesTab(ui)
	ui.selectSpan(ui.doc.Spans[1].ID)
	ui.run(p.newFromSelected)
	p.sel = ""
	p.filter.SetText("membres")
	if len(p.ents) != 0 || !p.hint.Visible() || !strings.Contains(p.hint.Text, "“membres”") ||
		!strings.Contains(p.hint.Text, "New entity from selected span") {
		t.Errorf("%d entities listed, hint %q (shown %v)", len(p.ents), p.hint.Text, p.hint.Visible())
	}
	p.filter.SetText("lavrov")
	if len(p.ents) != 1 || strings.Contains(p.hint.Text, "membres") {
		t.Errorf("%d entities listed, hint %q", len(p.ents), p.hint.Text)
	}
}
