package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// TestSelectsOpenOnTheirChoice: a select's list opens with its current choice active, so that Down
// chooses the option after it and Up the one before, whatever opened the list (Space, Down, a click,
// Ctrl+Shift+F for the filter), and Enter right away keeps the choice. Fyne 2.7.1 started from the
// first item: Space, Down, Down on XLIFF 2.1 in the Export dialog exported Corpus Glose JSON Lines.
func TestSelectsOpenOnTheirChoice(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	format, _ := exportDialogSelects(t, ui)
	xliff := slices.Index(format.Options, "XLIFF 2.1")
	if xliff < 1 || xliff+2 >= len(format.Options) {
		t.Fatalf("XLIFF 2.1 is option %d of %d: the test wants options before and after it", xliff, len(format.Options))
	}
	open := map[string]func(s *choiceSelect){
		"Space": func(s *choiceSelect) { s.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) },
		"Down":  func(s *choiceSelect) { s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) },
		"click": func(s *choiceSelect) { s.Tapped(&fyne.PointEvent{}) },
	}
	for _, c := range []struct {
		open string
		keys []fyne.KeyName
		want int // the option chosen, from XLIFF 2.1's
	}{
		{"Space", []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn}, 1},
		{"Space", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn}, 2},
		{"Space", []fyne.KeyName{fyne.KeyUp, fyne.KeyReturn}, -1},
		{"Space", []fyne.KeyName{fyne.KeyReturn}, 0},
		{"Down", []fyne.KeyName{fyne.KeyDown, fyne.KeyEnter}, 1},
		{"click", []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn}, 1},
	} {
		format.SetSelected("XLIFF 2.1")
		ui.win.Canvas().Focus(format)
		open[c.open](&format.choiceSelect)
		for _, k := range c.keys {
			press(t, ui, k)
		}
		if got, want := format.Selected, format.Options[xliff+c.want]; got != want {
			t.Errorf("XLIFF 2.1, %s then %v: %q chosen, want %q", c.open, c.keys, got, want)
		}
	}
}

// TestFilterOpensOnItsChoice: Ctrl+Shift+F drops the segment filter down on the filter applied, and
// Down, Enter applies the next one; a select with nothing chosen starts at its first option.
func TestFilterOpensOnItsChoice(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.filter.choice.SetSelectedIndex(int(showDrafts))
	ui.filter.open()
	press(t, ui, fyne.KeyDown)
	press(t, ui, fyne.KeyReturn)
	if got, want := ui.filter.choice.SelectedIndex(), int(showDrafts)+1; got != want {
		t.Errorf("filter on %q, Ctrl+Shift+F, Down, Enter: option %d chosen, want %d", showDrafts.name(), got, want)
	}

	blank := newChoiceSelect([]string{"a", "b", "c"}, nil)
	w := test.NewWindow(blank)
	defer w.Close()
	w.Canvas().Focus(blank)
	blank.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn} {
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if blank.Selected != "a" {
		t.Errorf("nothing chosen, Space, Down, Enter: %q chosen, want the first option", blank.Selected)
	}
}

// TestFilterLostByFyneDoesNotPanic: Ctrl+Shift+F on a filter Fyne has lost track of (its cache of
// which canvas an object is on forgets an object of a window idle for a minute until the next frame)
// opens nothing, where Fyne's Select opened its list on no canvas and panicked (walk32); found again,
// the filter opens.
func TestFilterLostByFyneDoesNotPanic(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	found := driverCanvas
	t.Cleanup(func() { driverCanvas = found })
	driverCanvas = func(fyne.CanvasObject) fyne.Canvas { return nil }
	for name, open := range map[string]func(){
		"Ctrl+Shift+F": func() {
			ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		},
		"Space": func() { ui.filter.choice.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) },
	} {
		open()
		if top := ui.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("%s on a filter Fyne lost opened %T", name, top)
			top.Hide()
			ui.win.Canvas().Overlays().Remove(top)
		}
	}
	driverCanvas = found
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("Ctrl+Shift+F on the filter found again opened nothing")
	}
}
