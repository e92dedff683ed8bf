package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestDialogsFitSmallWindows: in the smallest window the layout holds, and in a common one, in
// English and French, the main dialogs (Settings, Export, Analysis, Properties) ask for no more room
// than the window has, so that Fyne, which clamps a dialog to its window but lays it out at its
// minimum size, draws their buttons under their content and inside the window. Settings and Export
// drew their buttons over their last fields in a 667×400 window, the fields below out of reach. Nor
// does their content scroll sideways: the long French check boxes of Export and hint of Properties
// ran past the window (Analysis's tables scroll sideways on their own, the lines above them in view).
func TestDialogsFitSmallWindows(t *testing.T) {
	dialogs := []struct {
		name string
		open func(ui *UI)
	}{
		{"Settings", func(ui *UI) { ui.settingsDialog() }},
		{"Export", func(ui *UI) { ui.exportDialog() }},
		{"Analysis", func(ui *UI) { ui.analyse() }},
		{"Properties", func(ui *UI) { ui.propertiesDialog() }},
	}
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range []fyne.Size{{Width: 667, Height: 400}, {Width: 1280, Height: 800}} {
			t.Run(fmt.Sprintf("%s/%v", locale, size), func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, testDoc(t), false)
				ui.win.Resize(size)
				for _, d := range dialogs {
					d.open(ui)
					top, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
					if !ok {
						t.Fatalf("%s: no dialog shown", d.name)
					}
					room := ui.win.Canvas().Size().Subtract(fyne.NewSquareSize(theme.InnerPadding()))
					if m := top.Content.MinSize(); m.Width > room.Width+0.5 || m.Height > room.Height+0.5 {
						t.Errorf("%s asks for %v, more than the %v the window leaves it", d.name, m, room)
					}
					for _, o := range test.LaidOutObjects(top) {
						c, ok := o.(*fyne.Container)
						if !ok {
							continue
						}
						if f, ok := c.Layout.(*dialogFit); ok { // the dialog's, not a table's in it
							if w, m := room.Width-dialogFrame().Width+theme.InnerPadding(), f.scroll.Content.MinSize().Width; m > w+0.5 {
								t.Errorf("%s's content is %v wide, more than the %v the window leaves it: it scrolls sideways", d.name, m, w)
							}
							break
						}
					}
					closeAll(ui)
				}
			})
		}
	}
}
