package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestExportDialogSides: choosing XLIFF, which holds the French and the English together, selects both
// texts, so that the translation keeps its spans; a one-text format goes back to the French.
func TestExportDialogSides(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.exportDialog()
	top := ui.win.Canvas().Overlays().Top()
	shownSelect := func(option string) *widget.Select {
		s, _ := findShown(top, func(o fyne.CanvasObject) bool {
			s, ok := o.(*widget.Select)
			return ok && slices.Contains(s.Options, option)
		}).(*widget.Select)
		if s == nil {
			t.Fatalf("no choice offering %q in the export dialog", option)
		}
		return s
	}
	format, side := shownSelect("XLIFF 2.1"), shownSelect("Both")
	for _, c := range []struct{ format, side string }{
		{"XLIFF 2.1", "Both"}, {"doccano relation JSONL", "French (source)"}, {"XLIFF 2.1", "Both"},
	} {
		format.SetSelected(c.format)
		if side.Selected != c.side {
			t.Errorf("format %s: text %q selected, want %q", c.format, side.Selected, c.side)
		}
	}
}
