package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestSpeakerListEscapeLeavesTheCaret (QA polish #2): with the caret in a quote of the French, Alt+S
// then Escape closes the list of people and leaves the French as it was: the caret where it was, not
// at the start of the segment, and the quote no more selected than before (the caret designates it
// still, for s, a, r or Alt+S again).
// The rows may be drawn anew while the list is open (the window's width changed, heights were
// measured again): the caret stays where it was then too.
func TestSpeakerListEscapeLeavesTheCaret(t *testing.T) {
	for name, meanwhile := range map[string]func(ui *UI){
		"nothing":          func(*UI) {},
		"rows drawn anew":  func(ui *UI) { ui.setAllHeights() },
		"one row measured": func(ui *UI) { ui.list.SetItemHeight(0, ui.cache.heights[0]+1) },
	} {
		t.Run(name, func(t *testing.T) { speakerEscape(t, meanwhile) })
	}
}

func speakerEscape(t *testing.T, meanwhile func(ui *UI)) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	r := visibleRow(t, ui, 0)
	c.Focus(r.src)
	caretTo(t, r, strings.Index(ui.doc.Text, "dialogue"))
	anchor, caret := r.src.Ends()

	pressShortcut(ui, &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierAlt})
	menu, ok := c.Focused().(*speakerFilter)
	if !ok {
		t.Fatalf("Alt+S in a quote: the focus is on %T, want the list of people", c.Focused())
	}
	meanwhile(ui)
	menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})

	if f := c.Focused(); f != fyne.Focusable(r.src) {
		t.Fatalf("after Escape the focus is on %T, want the French", f)
	}
	if a, b := r.src.Ends(); a != anchor || b != caret {
		t.Errorf("after Alt+S, Escape the French caret is at %d–%d, want %d–%d as before", a, b, anchor, caret)
	}
	if ui.selSpan != "" {
		t.Errorf("after Alt+S, Escape span %q is selected; none was before", ui.selSpan)
	}
	if q := ui.designatedQuote(); q == nil || q.Label != "QUOTE" {
		t.Errorf("after Alt+S, Escape the caret designates %+v, want the quote", q)
	}
}
