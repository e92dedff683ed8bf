package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestRetypedTagLeavesAWordTypedOn: after Select all, "Moscow," typed gets the translator's LOC
// back; Backspace and "ite" make "Moscowite", and the tag goes again, named on the status line (it
// stayed on "Moscow" inside the longer word); " Moscow" typed at the very end gets it back when the
// field loses the focus. Ctrl+Z gives the English and both tags back as they were, Ctrl+Y the
// typing with the tag where it came back.
func TestRetypedTagLeavesAWordTypedOn(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d, r := ui.doc, ui.rowFor(0)
	orig := spanPlaces(d)
	ui.win.Canvas().Focus(r.entry)
	r.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(r.entry, "In Moscow,")
	sameTags(t, "“Moscow,” typed", d, "LOC Moscow")
	r.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	sameTags(t, "the comma deleted", d, "LOC Moscow")
	test.Type(r.entry, "ite")
	sameTags(t, "“Moscowite” typed", d)
	wantStatus(t, ui, "Your tags PER “Sergei Lavrov”, LOC “Moscow” were removed with their words: Ctrl+Z brings them back")
	test.Type(r.entry, " love Moscow")
	sameTags(t, "“Moscow” typed at the end", d)
	ui.win.Canvas().Unfocus()
	sameTags(t, "the field left", d, "LOC Moscow")
	if sp := d.Span(en.ID); sp == nil || sp.Start != len("In Moscowite love ") {
		t.Fatalf("the tag came back at %+v", sp)
	}
	linkedTo(t, "the field left", d, fr, en)
	typed := spanPlaces(d)
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if got := spanPlaces(d); got != orig {
		t.Fatalf("after one Ctrl+Z: %s, want %s", got, orig)
	}
	ui.handleShortcut(&fyne.ShortcutRedo{})
	if got := spanPlaces(d); got != typed {
		t.Errorf("after Ctrl+Y: %s, want %s", got, typed)
	}
	linkedTo(t, "after Ctrl+Y", d, fr, en)
}
