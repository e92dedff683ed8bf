package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// entitiesDoc is a document with the entities of the sample article's first sentences: two PER
// namesakes (Obama twice, as pre-annotation may leave them), Donald Trump, Rex Tillerson, and places
// whose accents must not push them to the end.
func entitiesDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("Donald Trump a reçu Obama et Rex Tillerson à Washington, pas aux États-Unis ni à Égly.", "Obama est parti.")
	text := d.Text
	ed := annotate.NewEditor(d)
	add := func(id, typ, fr, en, mention string, nth int) {
		t.Helper()
		at := -1
		for range nth {
			at += 1 + strings.Index(text[at+1:], mention)
		}
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(mention), Label: typ}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: id, Type: typ, Names: map[string]string{"fr": fr, "en": en}, Mentions: []string{sp.ID}}))
	}
	add("e1", "PER", "Donald Trump", "Donald Trump", "Donald Trump", 1)
	add("e2", "PER", "Obama", "", "Obama", 1)
	add("e3", "PER", "Rex Tillerson", "", "Rex Tillerson", 1)
	add("e4", "LOC", "Washington", "Washington", "Washington", 1)
	add("e5", "LOC", "États-Unis", "United States", "États-Unis", 1)
	add("e6", "LOC", "Égly", "", "Égly", 1)
	add("e7", "PER", "Obama", "", "Obama", 2)
	return d
}

// listed returns the entities list's IDs in order, and the one it highlights.
func listed(p *entitiesPanel) (ids []string, highlighted string) {
	for i, e := range p.ents {
		ids = append(ids, e.ID)
		if p.lit == i {
			highlighted = e.ID
		}
	}
	return ids, highlighted
}

// TestEntityListFollowsSelectionThroughMergeAndUndo merges Obama into Donald Trump from the menu:
// the list must highlight the entity the details show, after the merge, Undo and Redo, and Rename
// must change that one.
func TestEntityListFollowsSelectionThroughMergeAndUndo(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	ids, _ := listed(p)
	p.list.Select(indexOf(ids, "e2"))
	if p.sel != "e2" || p.nameSrc.Text != "Obama" {
		t.Fatalf("selected %q showing %q", p.sel, p.nameSrc.Text)
	}
	test.Tap(p.merge.button)
	var trump string
	for label, id := range p.mergeIDs {
		if id == "e1" {
			trump = label
		}
		if strings.Contains(label, "(e") {
			t.Errorf("merge menu label %q shows an internal ID", label)
		}
	}
	if trump != "PER · Donald Trump (1 FR, 0 EN)" {
		t.Errorf("merge menu names Donald Trump %q", trump)
	}
	c := ui.win.Canvas()
	if c.Focused() != p.merge.query {
		t.Fatal("the merge picker's search field does not have the focus")
	}
	test.Type(p.merge.query, "donald")
	p.merge.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p.merge.isOpen() {
		t.Error("the merge picker is still open after Enter")
	}
	check := func(when, want string) {
		t.Helper()
		_, hl := listed(p)
		if hl != want || p.sel != want || p.nameSrc.Text != ui.doc.Entity(want).Names["fr"] {
			t.Errorf("%s: list highlights %q, selected %q, details show %q; want %s everywhere", when, hl, p.sel, p.nameSrc.Text, want)
		}
	}
	check("after the merge", "e1")
	ui.undoStep()
	check("after undo", "e1")
	ui.redoStep()
	check("after redo", "e1")
	p.nameSrc.SetText("Donald J. Trump")
	ui.run(p.renameBoth)
	if ui.doc.Entity("e1").Names["fr"] != "Donald J. Trump" {
		t.Errorf("rename changed %+v", ui.doc.Entity("e1").Names)
	}
	check("after the rename", "e1")
}

func indexOf(ids []string, id string) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return -1
}

// TestEntityListSortsAndFiltersLikeADictionary checks that accented names sort among the others
// (French and English collation agree here) and that the filter ignores case and accents and looks
// at both names.
func TestEntityListSortsAndFiltersLikeADictionary(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	if ids, _ := listed(p); strings.Join(ids, " ") != "e6 e5 e4 e1 e2 e7 e3" {
		t.Errorf("order %v, want Égly, États-Unis, Washington, then Donald Trump, Obama ×2, Rex Tillerson", ids)
	}
	for _, tt := range []struct{ query, want string }{
		{"etats", "e5"}, {"UNITED", "e5"}, {"  obama ", "e2 e7"}, {"é", "e6 e5 e3"}, {"zzz", ""}, {"", "e6 e5 e4 e1 e2 e7 e3"},
	} {
		p.filter.SetText(tt.query)
		if ids, _ := listed(p); strings.Join(ids, " ") != tt.want {
			t.Errorf("filter %q lists %v, want %s", tt.query, ids, tt.want)
		}
	}
	// A selected entity filtered out is not highlighted; shown again, it is.
	p.list.Select(0)
	p.filter.SetText("obama")
	if _, hl := listed(p); hl != "" {
		t.Errorf("filtered out Égly, yet %q is highlighted", hl)
	}
	// Nor are its details shown: their buttons (rename, add the selected span) would act on an entity
	// the list does not show.
	if p.detail.Visible() || !p.hint.Visible() {
		t.Error("filtered out Égly, yet its details are shown")
	}
	p.filter.SetText("")
	if _, hl := listed(p); hl != "e6" {
		t.Errorf("filter cleared: %q highlighted, want e6", hl)
	}
	if !p.detail.Visible() || p.nameSrc.Text != ui.doc.Entity("e6").Names["fr"] {
		t.Errorf("filter cleared: details shown %v, of %q", p.detail.Visible(), p.nameSrc.Text)
	}
}

// TestMergeMenuTellsNamesakesApart: two entities named Obama with one mention each are told apart
// by where they are first mentioned.
func TestMergeMenuTellsNamesakesApart(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := openMergePicker(ui, "e1")
	var got []string
	for _, l := range p.merge.labels {
		if strings.Contains(l, "Obama") {
			got = append(got, l)
		}
	}
	want := "PER · Obama (1 FR, 0 EN) · first in seg. 1|PER · Obama (1 FR, 0 EN) · first in seg. 2"
	if strings.Join(got, "|") != want {
		t.Errorf("merge menu %q, want %q", got, want)
	}
}

// placedButton is a button of the details' scroll and its place in the scroll's content.
type placedButton struct {
	b   *widget.Button
	top float32
}

// mentionButtons returns the mention buttons ("Seg. 12 · …") that exist in the details' scroll.
func mentionButtons(p *entitiesPanel) []placedButton {
	var out []placedButton
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		var children []fyne.CanvasObject
		switch o := o.(type) {
		case *mentionButton:
			if strings.HasPrefix(o.Text, "Seg. ") {
				out = append(out, placedButton{&o.Button, at.Y})
			}
			return
		case *fyne.Container:
			children = o.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(o).Objects()
		}
		for _, c := range children {
			walk(c, at.Add(c.Position()))
		}
	}
	walk(p.scroll.Content, fyne.Position{})
	return out
}

// TestEntityMentionsExistOnlyOnScreen selects Sergueï Lavrov in the sample article repeated 20
// times (200 French mentions): only the mention buttons the details' scroll shows may exist (one
// button per mention took seconds with 2,000 of them), they must fill the scroll wherever it is
// scrolled and however tall it gets, and a click on one jumps to the mention it names.
func TestEntityMentionsExistOnlyOnScreen(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.setDocument(sampleTimes(t, ui, 20), "")
	layOut(ui)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	most := mostMentioned(p)
	e := p.ents[most]
	p.list.Select(most) // as a click on the row does
	if p.sel != e.ID || len(e.Mentions) < 200 {
		t.Fatalf("selected %q, showing %s", p.sel, p.describe(e))
	}
	fills := func(when string) []placedButton {
		t.Helper()
		bs := mentionButtons(p)
		if len(bs) == 0 || len(bs) > 50 {
			t.Fatalf("%s: %d mention buttons for %d mentions", when, len(bs), len(e.Mentions))
		}
		end := p.detail.Position().Y + p.mentions.Position().Y + p.mentions.Size().Height // the French mentions'
		top, bottom := p.scroll.Offset.Y, min(p.scroll.Offset.Y+p.scroll.Size().Height, end)
		first, last := bs[0], bs[0]
		for _, b := range bs {
			if b.top < first.top {
				first = b
			}
			if b.top > last.top {
				last = b
			}
		}
		if first.top > top || last.top+last.b.Size().Height+theme.Padding() < bottom {
			t.Errorf("%s: the buttons span %.0f–%.0f, the scroll shows %.0f–%.0f", when, first.top,
				last.top+last.b.Size().Height, top, bottom)
		}
		return bs
	}
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -p.scroll.Content.Size().Height / 2}})
	bs := fills("scrolled to the middle")
	mid := p.scroll.Offset.Y + p.scroll.Size().Height/2
	var hit *widget.Button
	for _, b := range bs {
		if b.top <= mid && mid < b.top+b.b.Size().Height+theme.Padding() {
			hit = b.b
		}
	}
	if hit == nil {
		t.Fatal("no mention button in the middle of the scroll")
	}
	test.Tap(hit)
	d := ui.doc
	sp := d.Span(ui.selSpan)
	if sp == nil || fmt.Sprintf("Seg. %d · %s", d.SegmentAt(sp.Start)+1, annotate.Shorten(d.SpanText(sp), 40)) != hit.Text || ui.doc.EntityOf(sp.ID) != e {
		t.Errorf("clicking %q selected %+v", hit.Text, sp)
	}
	ui.win.Resize(fyne.NewSize(1000, 1400))
	fills("in a taller window")
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -p.scroll.Content.Size().Height}})
	fills("scrolled to the end")
}

// TestEntityNameBeingTypedSurvivesARefresh: the panels refresh after every edit and every autosave;
// a name typed in the detail and not yet submitted stays, while a rename, an undo or another entity
// still fill the fields.
func TestEntityNameBeingTypedSurvivesARefresh(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.sel = "e2"
	p.refresh()
	was := p.nameTgt.Text
	ui.win.Canvas().Focus(p.nameTgt)
	test.Type(p.nameTgt, "ey")
	typed := p.nameTgt.Text
	ui.AutosaveNow()
	p.refresh()
	if p.nameTgt.Text != typed {
		t.Fatalf("a refresh replaced %q, being typed, by %q", typed, p.nameTgt.Text)
	}
	p.nameTgt.OnSubmitted(p.nameTgt.Text)
	if got := ui.doc.Entity("e2").Names["en"]; got != typed {
		t.Errorf("renamed to %q, want %q", got, typed)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if p.nameTgt.Text != was {
		t.Errorf("after undo the field reads %q, want %q", p.nameTgt.Text, was)
	}
	p.sel = "e1"
	p.refresh()
	if want := ui.doc.Entity("e1").Names["en"]; p.nameTgt.Text != want {
		t.Errorf("another entity shows %q, want %q", p.nameTgt.Text, want)
	}
}

// TestMergePickerFiltersAndKeys: the merge picker lists the other entities of the type, finds them
// by a name typed without accents or capitals, moves with the arrows and merges with Enter; Escape
// closes it without merging. It replaced a menu of every entity, which took half a second to open
// with 1,500 people (see BenchmarkMergeMenu1500).
func TestMergePickerFiltersAndKeys(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, manyPeople(t, 40), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = "p0" // Hélène Dupré 0
	p.showDetail()
	test.Tap(p.merge.button)
	if !p.merge.isOpen() || len(p.merge.shown) != 39 || p.merge.count.Text != "39 entités" {
		t.Fatalf("open %v, %d listed (%q), want the 39 other people", p.merge.isOpen(), len(p.merge.shown), p.merge.count.Text)
	}
	test.Type(p.merge.query, "ZOE")
	var got []string
	for _, i := range p.merge.shown {
		got = append(got, p.merge.labels[i])
	}
	// Zoé Dupré first: she shares a name with Hélène Dupré, so Enter on the list as it opens merges
	// into the likeliest; the others as the language sorts them.
	want := "PER · Zoé Dupré 2 (1 FR, 0 EN)|PER · Zoé Bénard 18 (1 FR, 0 EN)|PER · Zoé Garçon 34 (1 FR, 0 EN)|PER · Zoé Lefèvre 10 (1 FR, 0 EN)|PER · Zoé Müller 26 (1 FR, 0 EN)"
	if strings.Join(got, "|") != want {
		t.Errorf("“ZOE” finds %q, want %q", got, want)
	}
	p.merge.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if p.merge.isOpen() || ui.doc.Entity("p0") == nil {
		t.Fatal("Escape did not close the picker, or merged")
	}
	test.Tap(p.merge.button)
	test.Type(p.merge.query, "zoe")
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyUp, fyne.KeyReturn} {
		p.merge.query.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if ui.doc.Entity("p0") != nil || len(ui.doc.Entity("p18").Mentions) != 2 || p.sel != "p18" {
		t.Errorf("Down, Down, Up, Enter: p0 %v, p18 %v, selected %q; want Hélène merged into Zoé Bénard 18, selected", ui.doc.Entity("p0"), ui.doc.Entity("p18"), p.sel)
	}
}

// TestEntitiesListTellsNamesakesApart: two people named Obama were identical rows of the Entities
// list ("PER · Obama (1 FR, 0 EN)" twice); only the merge menu told them apart. The list now adds
// where each is first mentioned, as the merge menu does, and only to namesakes.
func TestEntitiesListTellsNamesakesApart(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	var rows []string
	for i, e := range p.ents {
		box := p.list.CreateItem().(*fyne.Container)
		p.list.UpdateItem(i, box)
		if strings.Contains(e.Names["fr"], "Obama") || e.ID == "e1" {
			rows = append(rows, box.Objects[0].(*widget.Label).Text+" "+box.Objects[2].(*widget.Label).Text)
		}
	}
	want := "PER · Donald Trump (1 FR, 0 EN)|PER · Obama Seg. 1 · (1 FR, 0 EN)|PER · Obama Seg. 2 · (1 FR, 0 EN)"
	if got := strings.Join(rows, "|"); got != want {
		t.Errorf("list rows %q, want %q", got, want)
	}
}

// TestMergeUndoRedoSayWhatTheyDid: a merge left only « Segment 1 sur 1 » on the status line, and
// Ctrl+Z and Ctrl+Shift+Z said nothing of what they took back or did again. Now the merge names
// both entities (namesakes with their first mention) and the mentions the kept one has; undo and
// redo name the step.
func TestMergeUndoRedoSayWhatTheyDid(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = "e7"
	p.showDetail()
	p.merge.open()
	for i, id := range p.merge.ids {
		if id == "e2" {
			p.merge.chooseRow(i) // a click on it
		}
	}
	if ui.doc.Entity("e7") != nil {
		t.Fatal("not merged")
	}
	want := "«\u00a0Obama (Seg. 2)\u00a0» fusionnée avec «\u00a0Obama (Seg. 1)\u00a0»\u00a0: 2 mentions"
	if ui.status.Text != want {
		t.Errorf("status after the merge: %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if ui.doc.Entity("e7") == nil || !strings.HasPrefix(ui.status.Text, "Annulé\u00a0: la fusion d’entités — ") {
		t.Errorf("after Ctrl+Z: e7 %v, status %q", ui.doc.Entity("e7"), ui.status.Text)
	}
	ui.handleShortcut(&fyne.ShortcutRedo{})
	if ui.doc.Entity("e7") != nil || !strings.HasPrefix(ui.status.Text, "Rétabli\u00a0: la fusion d’entités — ") {
		t.Errorf("after Ctrl+Shift+Z: e7 %v, status %q", ui.doc.Entity("e7"), ui.status.Text)
	}
}
