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
	"github.com/glose-app/glose/workspace"
)

// tapAt taps what a click at pos (relative to root) reaches, as Fyne's desktop driver picks it: the
// last, deepest, visible Tappable under the pointer in the live tree.
func tapAt(t *testing.T, root fyne.CanvasObject, pos fyne.Position) {
	t.Helper()
	var hit fyne.Tappable
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() || pos.X < at.X || pos.Y < at.Y ||
			pos.X >= at.X+o.Size().Width || pos.Y >= at.Y+o.Size().Height {
			return
		}
		if tp, ok := o.(fyne.Tappable); ok {
			hit = tp
		}
		var children []fyne.CanvasObject
		switch o := o.(type) {
		case *fyne.Container:
			children = o.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(o).Objects()
		}
		for _, c := range children {
			walk(c, at.Add(c.Position()))
		}
	}
	walk(root, fyne.Position{})
	if hit == nil {
		t.Fatalf("nothing to tap at %v", pos)
	}
	test.Tap(hit)
}

// openMergePicker shows the Entities tab with entity id selected and opens its merge picker, as a
// click on Merge into… does.
func openMergePicker(ui *UI, id string) *entitiesPanel {
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = id
	p.showDetail()
	test.Tap(p.merge.button)
	return p
}

// TestMergePickerClickOnHighlightedRow (QA20): typing "lebedev" in the merge picker left one match,
// highlighted, and clicking it did nothing: the list highlights its cursor by selecting the row, and
// Fyne's List reports no selection of a row already selected. Any row clicked now merges, the
// highlighted one included.
func TestMergePickerClickOnHighlightedRow(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, manyPeople(t, 40), false)
	p := openMergePicker(ui, "p0") // Hélène Dupré 0
	test.Type(p.merge.query, "zoe dupre")
	if len(p.merge.shown) != 1 || p.merge.cursor != 0 {
		t.Fatalf("“zoe dupre” lists %d entities, cursor %d; want one, highlighted", len(p.merge.shown), p.merge.cursor)
	}
	into := p.merge.ids[p.merge.shown[0]]
	h := widget.NewLabel("x").MinSize().Height
	tapAt(t, p.merge.list, fyne.NewPos(p.merge.list.Size().Width/2, h/2))
	if ui.doc.Entity("p0") != nil || p.merge.isOpen() {
		t.Fatalf("clicking the highlighted match: merged %v, picker open %v; want Hélène merged and the picker closed",
			ui.doc.Entity("p0") == nil, p.merge.isOpen())
	}
	if e := ui.doc.Entity(into); e == nil || len(e.Mentions) != 2 || p.sel != into {
		t.Errorf("after the click: %q has %v, selected %q; want it with both mentions, selected", into, e, p.sel)
	}
}

// TestMergePickerClickOnOtherRow: a click on a row the cursor is not on merges into that one.
func TestMergePickerClickOnOtherRow(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, manyPeople(t, 40), false)
	p := openMergePicker(ui, "p0")
	test.Type(p.merge.query, "zoe")
	if len(p.merge.shown) < 2 {
		t.Fatalf("“zoe” lists %d entities, want several", len(p.merge.shown))
	}
	into := p.merge.ids[p.merge.shown[1]]
	h := widget.NewLabel("x").MinSize().Height
	tapAt(t, p.merge.list, fyne.NewPos(p.merge.list.Size().Width/2, h+theme.SeparatorThicknessSize()+h/2))
	if ui.doc.Entity("p0") != nil || p.sel != into {
		t.Errorf("clicking the second match: p0 %v, selected %q; want Hélène merged into %q", ui.doc.Entity("p0"), p.sel, into)
	}
}

// TestMergePickerOffersTheLikeliestFirst: merging « Penelope » into someone, the list opened on
// François Fillon, first in alphabetical order, and Enter merged her into him; it now opens on
// Penelope Fillon, who shares a name with her.
func TestMergePickerOffersTheLikeliestFirst(t *testing.T) {
	useLanguage(t, "fr")
	text := "François Fillon a parlé. Penelope Fillon a répondu. Penelope a souri. Zoé Élysée a écrit."
	d, _, err := workspace.LoadBytes("fillon.txt", []byte(text))
	must(t, err)
	ed := annotate.NewEditor(d)
	for i, name := range []string{"François Fillon", "Penelope Fillon", "Penelope", "Zoé Élysée"} {
		at := strings.Index(d.Text, name+" a ")
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: "PER"}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: fmt.Sprintf("p%d", i), Type: "PER", Names: map[string]string{"fr": name}, Mentions: []string{sp.ID}}))
	}
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = "p2" // Penelope
	p.showDetail()
	test.Tap(p.merge.button)
	p.merge.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ui.doc.Entity("p2") != nil || len(ui.doc.Entity("p1").Mentions) != 2 || len(ui.doc.Entity("p0").Mentions) != 1 {
		t.Errorf("Enter on the list as it opened: Penelope %v, Penelope Fillon %v, François Fillon %v; want her merged into Penelope Fillon",
			ui.doc.Entity("p2"), ui.doc.Entity("p1"), ui.doc.Entity("p0"))
	}
}

// TestMergePickerOrdersNamesakesBySegment: namesakes the merge list tells apart by the segment of
// their first mention follow the text, seg. 2 before seg. 11 (a letter-by-letter order put "11"
// before "2"), as the Entities list orders them.
func TestMergePickerOrdersNamesakesBySegment(t *testing.T) {
	var src []string
	for i := range 12 {
		src = append(src, fmt.Sprintf("Phrase %d : Obama parle à « Trump ».", i+1))
	}
	d := pairDoc(src...)
	ed := annotate.NewEditor(d)
	add := func(id, name string, seg int) {
		t.Helper()
		s := d.Segments[seg-1]
		at := s.Start + strings.Index(d.Text[s.Start:s.End], name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: annotate.LabelPER}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: id, Type: annotate.LabelPER, Names: map[string]string{"fr": name}, Mentions: []string{sp.ID}}))
	}
	add("t", "Trump", 1)
	add("o11", "Obama", 11)
	add("o2", "Obama", 2)
	add("o10", "Obama", 10)
	add("o1", "Obama", 1)
	ui, _ := newTestUI(t, d, false)
	p := openMergePicker(ui, "t")
	if got, want := strings.Join(p.merge.ids, " "), "o1 o2 o10 o11"; got != want {
		t.Errorf("merge list %q: IDs %s, want %s", p.merge.labels, got, want)
	}
}
