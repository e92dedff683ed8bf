package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// smallScreenMin is the largest minimum size the window's content may ask for on a 1024×768 screen,
// once the title bar, the menu bar and a desktop's panel have taken their share.
var smallScreenMin = fyne.NewSize(1024-64, 768-128)

// qaAccordion returns the QA panel's Checks section.
func qaAccordion(t *testing.T, p *qaPanel) *widget.Accordion {
	t.Helper()
	var acc *widget.Accordion
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Accordion:
			acc = o
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(p.box)
	if acc == nil {
		t.Fatal("the QA panel has no Checks section")
	}
	return acc
}

// TestSidePanelsKeepWindowOnSmallScreen: opening the QA tab's Checks section made the window's minimum
// height 888 pixels, past an 800-pixel screen, which hid the panel's foot and the status line. With
// each side tab showing much (the Checks opened with a long issue's message, many and long problems in
// Suggestions, an entity with many mentions), the window asks for no more than a 1024×768 screen has,
// and the Checks section still shows everything it holds, scrolling.
func TestSidePanelsKeepWindowOnSmallScreen(t *testing.T) {
	useLanguage(t, "fr")
	long := strings.Repeat("« une citation très longue » : ", 30)
	ui, _ := newTestUI(t, manyPeople(t, 40), false)
	setTarget(t, ui, 0, long+"1, 2, 3, 4, 5, 6, 7, 8, 9.")
	ui.showQA()
	acc := qaAccordion(t, ui.qa)
	acc.Open(0)
	if k := issueRow(ui.qa, qa.NumberMismatch, ui.doc.Segments[0].ID); k >= 0 {
		ui.qa.list.Select(ui.qa.rowOf(k))
	}
	checkWindowMin(t, ui, "QA, Checks opened")
	checks, ok := acc.Items[0].Detail.(*fyne.Container)
	if !ok {
		t.Fatalf("the Checks are a %T, not in a capped scroll", acc.Items[0].Detail)
	}
	scroll := checks.Objects[0].(*container.Scroll)
	ui.qa.box.Resize(fyne.NewSize(400, 2000))
	if got, want := scroll.Size().Height, scroll.Content.MinSize().Height; got < want {
		t.Errorf("in a tall panel the Checks get %v of the %v they need", got, want)
	}
	acc.Close(0)

	ui.sugg.envErr = errors.New(long)
	ui.sugg.render()
	ui.selectPanel(ui.sugg)
	checkWindowMin(t, ui, "Suggestions, long problems")

	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = ui.doc.Entities[0].ID
	p.showDetail()
	checkWindowMin(t, ui, "Entities, an entity shown")
	ui.tabs.SelectIndex(1)
	checkWindowMin(t, ui, "Quotes")
}

// checkWindowMin lays the window out at a narrow width and at a wide one, and checks its content's
// minimum size at each.
func checkWindowMin(t *testing.T, ui *UI, what string) {
	t.Helper()
	for _, w := range []float32{700, 1280} {
		ui.win.Resize(fyne.NewSize(w, 740))
		settle(ui.win.Content())
		if m := ui.win.Content().MinSize(); m.Width > smallScreenMin.Width || m.Height > smallScreenMin.Height {
			t.Errorf("%s, %v wide: the window's content asks for %v, more than %v", what, w, m, smallScreenMin)
		}
	}
}

// TestQAListFollowsWidening: widening the window from 700 to 1000 pixels left a gap of a line between
// the Checks section and the issues: the summary above took one line less, but the panel was not laid
// out again (Fyne's canvas lays out one of the containers whose minimum size changed in a frame). At
// each width, narrowing or widening, one layout of the panel puts the issues where a panel laid out
// afresh at that width has them, right under the Checks.
func TestQAListFollowsWidening(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.showQA()
	p := ui.qa
	const h = 600
	lines := map[int]bool{}
	afresh := map[float32]float32{} // where the issues start in a panel laid out afresh, by width
	for _, w := range []float32{224, 320, 224, 500, 180, 320} {
		p.box.Resize(fyne.NewSize(w, h))
		got := p.list.Position().Y
		lines[len(drawnLines(p.summary))] = true

		want, ok := afresh[w]
		if !ok { // a window of its own for each width
			fresh, _ := newTestUI(t, testDoc(t), false)
			fresh.showQA()
			fresh.qa.box.Resize(fyne.NewSize(w, h))
			settle(fresh.qa.box)
			want = fresh.qa.list.Position().Y
			afresh[w] = want
		}
		if got != want {
			t.Errorf("%v wide: the issues start at %v, at %v in a panel laid out afresh", w, got, want)
		}
		acc := qaAccordion(t, p)
		if bottom := acc.Position().Y + acc.MinSize().Height; got < bottom {
			t.Errorf("%v wide: the issues start at %v, over the Checks ending at %v", w, got, bottom)
		}
	}
	if len(lines) < 2 {
		t.Errorf("the summary took %v lines at every width: nothing tested", lines)
	}
}

// TestSidePanelsLaidOutInOnePass: after a resize, the QA tab kept a gap where its summary had lost a
// line, and the Proposals tab its offers' heights of the old width, until something else laid them
// out: their containers read their texts' heights before giving them the new width, and Fyne's canvas
// lays out again only one of the containers whose minimum size changed in a frame. Widened or
// narrowed, every side tab is laid out by one layout as it is once everything has settled.
func TestSidePanelsLaidOutInOnePass(t *testing.T) {
	useLanguage(t, "fr")
	pairs := []pair{{FR: "Hélène Dupré 0 a parlé\u00a0: « oui » ou «\u00a0non\u00a0»\u202f?", EN: "Hélène Dupré 0 said: “yes” or “no”?"}}
	d := pairDoc("Hélène Dupré 0 a parlé\u00a0: « oui » ou «\u00a0peut-être\u00a0»\u202f?", "Jérôme Lefèvre 1 a parlé.")
	ui := suggestUI(t, d, pairs, nil)
	ui.focusSegment(0, annotate.Target)
	ui.showQA()
	checkOnePass(t, ui)

	ui, _ = newTestUI(t, manyPeople(t, 3), false) // an entity shown, its French and English mentions
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.sel = ui.doc.Entities[0].ID
	p.showDetail()
	checkOnePass(t, ui)
}

// checkOnePass lays each side tab out at a width, then at another, and checks that everything in it is
// where it is once laid out again and again.
func checkOnePass(t *testing.T, ui *UI) {
	t.Helper()
	for k, p := range ui.panels {
		ui.tabs.SelectIndex(k)
		p.refresh()
		box := p.content()
		for _, ws := range [][2]float32{{224, 320}, {320, 180}, {180, 500}} {
			box.Resize(fyne.NewSize(ws[0], 600))
			settle(box)
			box.Resize(fyne.NewSize(ws[1], 600))
			once := placesIn(box)
			settle(box)
			for i, at := range placesIn(box) {
				if i < len(once) && once[i] != at {
					t.Errorf("%s, %v then %v wide: %s, once settled %s", p.title(), ws[0], ws[1], once[i], at)
					break
				}
			}
		}
	}
}

// placesIn returns where each visible object under o is on the canvas, and its size.
func placesIn(o fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		out = append(out, fmt.Sprintf("%T at %v,%v, %vx%v", o, at.X, at.Y, o.Size().Width, o.Size().Height))
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c, at)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c, at)
			}
		}
	}
	walk(o, fyne.Position{})
	return out
}
