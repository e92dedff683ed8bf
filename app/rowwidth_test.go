package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/glose-app/glose/annotate"
)

// wrappingDoc has French segments long enough to wrap onto more lines in a 1008-pixel window than
// in a 1280-pixel one, with accents, « guillemets », emoji and a combining accent.
func wrappingDoc() *annotate.Document {
	return pairDoc(
		"Le ministre des Affaires étrangères, Jean-Yves Le Drian, a reçu à Paris son homologue allemand Heiko Maas pour parler de l'accord.",
		"« Nous sommes déterminés à défendre l'accord », a déclaré José́ Martínez devant la presse 👍🏽 réunie au Quai d'Orsay ce matin-là.",
		"Selon l'Élysée 🇫🇷, la rencontre a duré deux heures et les deux ministres se sont promis de se revoir très bientôt à Berlin.",
		"Les pommes de terre coûtent 3,5 € le kilo à Marseille, a précisé José Martínez, « bien plus qu'à Lyon » selon lui.",
	)
}

// rowsFitTheirText fails unless every row on screen is as tall as its French text needs at the width
// of its source column, and lies below the row before it.
func rowsFitTheirText(t *testing.T, ui *UI, when string) {
	t.Helper()
	if got, want := ui.width, ui.rowWidth(); got != want {
		t.Errorf("%s: heights computed for a row width of %g, the list's is %g", when, got, want)
	}
	first, last := ui.shownRange()
	bottom := float32(-1)
	for i := first; i <= last; i++ {
		r := ui.rowFor(i)
		if r == nil {
			t.Fatalf("%s: segment %d has no row", when, i+1)
		}
		need := ui.measurer.Height(ui.doc.SourceText(ui.doc.Segments[i]), r.src.Size().Width)
		if h := r.box.Size().Height; h < need {
			t.Errorf("%s: segment %d's row is %g high, its French needs %g at %g", when, i+1, h, need, r.src.Size().Width)
		}
		top, end, _ := onScreen(t, ui, i)
		if top < bottom {
			t.Errorf("%s: segment %d's row starts at %g, above the end of the row before (%g)", when, i+1, top, bottom)
		}
		bottom = end
	}
}

// TestRowsFollowTheWindowWidth: the rows are measured again for the width the list has once the
// window's size settles. A window fitted to a 1024×768 screen is laid out at 1008 pixels, then again at
// the 1280 it was created with as it is mapped, then at 1008: the heights were computed for 1280, the
// width scheduled last but one, and the French ran under the next row until the window was resized by
// hand (QA17 #1).
func TestRowsFollowTheWindowWidth(t *testing.T) {
	ui, _ := newTestUI(t, wrappingDoc(), false)
	narrow, wide := fyne.NewSize(1008, 720), fyne.NewSize(1280, 800)
	ui.win.Resize(narrow)
	ui.resizeDue()
	rowsFitTheirText(t, ui, "fitted to 1008×720")

	ui.win.Resize(wide)
	ui.win.Resize(narrow)
	ui.resizeDue()
	ui.list.Refresh()
	rowsFitTheirText(t, ui, "laid out at 1280 then at 1008 again")

	ui.win.Resize(wide)
	ui.resizeDue()
	ui.list.Refresh()
	rowsFitTheirText(t, ui, "resized to 1280×800")

	// the split between the segments and the side panel, dragged
	split := findSplit(t, ui)
	split.SetOffset(0.5)
	ui.resizeDue()
	ui.list.Refresh()
	rowsFitTheirText(t, ui, "side panel dragged wider")
}

// findSplit returns the split between the segments and the side panel.
func findSplit(t *testing.T, ui *UI) *container.Split {
	t.Helper()
	var walk func(o fyne.CanvasObject) *container.Split
	walk = func(o fyne.CanvasObject) *container.Split {
		switch o := o.(type) {
		case *container.Split:
			return o
		case *fyne.Container:
			for _, c := range o.Objects {
				if s := walk(c); s != nil {
					return s
				}
			}
		}
		return nil
	}
	s := walk(ui.win.Content())
	if s == nil {
		t.Fatal("no split in the window")
	}
	return s
}
