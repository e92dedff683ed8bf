package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// frameShown reports whether l draws its focus frame on row id.
func frameShown(l *keyList, id int) bool {
	item := l.CreateItem().(*fyne.Container)
	l.UpdateItem(id, item)
	return item.Objects[len(item.Objects)-1].Visible()
}

// TestEntitiesListFromTheKeyboard (QA16 #3): Tab from the Entities filter skipped the list and
// landed on the span bar's Delete, where Space deleted an annotation; Down and Enter in the filter
// did nothing. Down or Enter in the filter, and Tab, now reach the list, which moves with Up and
// Down, selects with Enter and frames its focused row, as the Quotes and QA lists do.
func TestEntitiesListFromTheKeyboard(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	ui.focusSegment(0, annotate.Target)
	c := ui.win.Canvas()
	p := ui.panels[0].(*entitiesPanel)

	tabKey(ui, fyne.Key1)
	test.Type(c.Focused(), "obam")
	if len(p.ents) != 2 {
		t.Fatalf("“obam” lists %d entities, want the two Obamas", len(p.ents))
	}
	pressKey(ui, fyne.KeyDown)
	if c.Focused() != fyne.Focusable(p.list) {
		t.Fatalf("Down in the filter: focus on %T, want the entities list", c.Focused())
	}
	if !frameShown(p.list, 0) || frameShown(p.list, 1) {
		t.Error("the list's focused row (the first) shows no frame, or another does")
	}
	pressKey(ui, fyne.KeyDown)
	pressKey(ui, fyne.KeyReturn)
	if p.sel != p.ents[1].ID || !p.detail.Visible() {
		t.Errorf("Down, Enter in the list: selected %q, want %q with its details", p.sel, p.ents[1].ID)
	}
	if !frameShown(p.list, 1) {
		t.Error("the frame did not follow Down")
	}
	pressKey(ui, fyne.KeyEscape)
	if focusedSegment(ui) != 0 {
		t.Errorf("Escape in the list: focus on %T, want segment 1", c.Focused())
	}

	// Enter in the filter goes to the selected entity, Tab to the list.
	c.Focus(p.filter)
	pressKey(ui, fyne.KeyReturn)
	if c.Focused() != fyne.Focusable(p.list) || p.list.cursor != 1 {
		t.Errorf("Enter in the filter: focus on %T, row %d; want the list on the selected entity (row 1)", c.Focused(), p.list.cursor)
	}
	c.Focus(p.filter)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(p.list) {
		t.Errorf("Tab from the filter: focus on %T, want the entities list", c.Focused())
	}
	if frameShown(p.list, 0) || !frameShown(p.list, 1) {
		t.Error("after Tab the frame is not on the selected entity")
	}
	c.FocusPrevious()
	if c.Focused() != fyne.Focusable(p.filter) {
		t.Errorf("Shift+Tab from the list: focus on %T, want the filter", c.Focused())
	}
}

// TestNoInvisibleTabStop (QA16 #3): Tab stopped once on the segment list itself, which shows
// nothing when focused, between the side panel and the first segment. Every stop of the Tab chain,
// both ways, is now a field or a button one can see focused.
func TestNoInvisibleTabStop(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	if _, ok := any(ui.list).(fyne.Focusable); ok {
		t.Fatal("the segment list itself takes the focus")
	}
	ui.focusSegment(0, annotate.Target)
	c := ui.win.Canvas()
	for _, step := range []func(){c.FocusNext, c.FocusPrevious} {
		seen := map[fyne.Focusable]bool{}
		for f := c.Focused(); !seen[f]; f = c.Focused() {
			seen[f] = true
			if f == nil {
				t.Fatal("Tab leaves nothing focused")
			}
			step()
		}
		if len(seen) < 4 {
			t.Errorf("only %d Tab stops", len(seen))
		}
	}
	// A click beside a row's text still goes to the row's English.
	ui.list.OnSelected(0)
	if focusedSegment(ui) != 0 {
		t.Errorf("a click on segment 1's row: focus on %T, want its English", c.Focused())
	}
}

// TestMergePickerNamesTheEntity (QA16 #9): the merge picker opened with no word of which entity was
// being merged. Its title now names it, in French with its guillemets.
func TestMergePickerNamesTheEntity(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = "e5" // États-Unis
	p.showDetail()
	test.Tap(p.merge.button)
	if want := "Fusionner «\u00a0LOC · États-Unis / United States\u00a0» avec\u00a0:"; p.merge.titleText() != want || !p.merge.title.Visible() {
		t.Errorf("picker title %q, want %q", p.merge.titleText(), want)
	}
	if p.merge.query.PlaceHolder == "" {
		t.Error("the search field has no placeholder")
	}
}
