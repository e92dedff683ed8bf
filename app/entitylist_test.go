package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestEntityListFollowsEveryChange: the Entities tab, shown, keeps its list as it was while the person
// types (it is no longer sorted again at every refresh), and lists the entities anew after a rename,
// Undo, Redo, a filter typed and emptied, and another document opened.
func TestEntityListFollowsEveryChange(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.selectPanel(p)
	check := func(when string, want ...string) {
		t.Helper()
		if ids, _ := listed(p); !slices.Equal(ids, want) {
			t.Errorf("%s the list reads %v, want %v", when, ids, want)
		}
	}
	all := []string{"e6", "e5", "e4", "e1", "e2", "e7", "e3"} // LOC then PER, by French name
	check("on opening", all...)

	ui.focusSegment(0, annotate.Target)
	test.Type(visibleRow(t, ui, 0).entry, "Donald Trump welcomed")
	check("after typing", all...)

	must(t, ui.ed.RenameEntity("e3", "fr", "Alex Tillerson"))
	renamed := []string{"e6", "e5", "e4", "e3", "e1", "e2", "e7"}
	check("after a rename", renamed...)
	ui.undoStep()
	check("after undo", all...)
	ui.redoStep()
	check("after redo", renamed...)

	test.Type(p.filter, "obama")
	check("filtered", "e2", "e7")
	p.filter.SetText("")
	check("unfiltered", renamed...)

	other := entitiesDoc(t)
	must(t, annotate.NewEditor(other).RenameEntity("e4", "fr", "Arles"))
	ui.setDocument(other, "")
	check("in another document", "e4", "e6", "e5", "e1", "e2", "e7", "e3")
}
