package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// smallWindows are the smallest windows the layout must hold: 1000×600 pixels at FYNE_SCALE 1.5, 1
// and 0.8, in device-independent units.
var smallWindows = []fyne.Size{{Width: 667, Height: 400}, {Width: 1000, Height: 600}, {Width: 1250, Height: 750}}

// rect returns o's rectangle in the window.
func rect(o fyne.CanvasObject) (fyne.Position, fyne.Position) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p, p.Add(o.Size())
}

// TestSmallWindowsHoldTheLayout checks at the smallest sizes, in English and French, that the label
// palette stays left of the side tabs (it wraps), that every chip is inside the palette, that the
// side panel gets at least its minimum width, and that the span actions neither cover the status line
// nor leave it too little room. The long tips (a locked segment's, Replace all's) wrap inside the
// window: the French lock tip, some 950 units in one line, ran past the edge of windows narrower than
// that. The QA tab's summary cuts none of its words ("avertissement" and "s" beside Run the checks).
// The Find and Replace bar's options wrap: two by two, they widened a 667-unit window by 80. The bar
// asks for no height either: the bars above the segments scroll, showing the Find bar whole, where its
// two fields and two lines of options made a 667×400 window 57 units higher.
func TestSmallWindowsHoldTheLayout(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range smallWindows {
			t.Run(fmt.Sprintf("%s/%v", locale, size), func(t *testing.T) {
				useLocale(t, locale)
				d := testDoc(t)
				d.Segments[0].Locked, d.Segments[0].LockReason = true, annotate.LockMemoQ
				ui, _ := newTestUI(t, d, false)
				ui.win.Resize(size)
				ui.win.Content().Refresh()
				clock := holdTips(ui)
				assertTipFits(t, ui, clock, visibleRow(t, ui, 0).lock, lockTip(annotate.LockMemoQ))
				ui.find.showReplace()
				ui.win.Content().Refresh()
				settle(ui.win.Content())
				if m := ui.win.Content().MinSize(); m.Width > size.Width+0.5 || m.Height > size.Height+0.5 {
					t.Errorf("with the Find and Replace bar open, the window's content asks for %v, more than the window's %v", m, size)
				}
				assertFindBarShows(t, ui)
				one := ui.find.rep.with.MinSize().Height
				ui.find.rep.with.SetText("the president\u00a0: « a very\u00a0good meeting » with Mr\u00a0Lavrov, 10\u202f000 times over and over again")
				settle(ui.win.Content())
				if h := ui.find.rep.with.MinSize().Height; h != one {
					t.Errorf("Replace with holding a long text with no-break spaces is %v high, not one line's %v", h, one)
				}
				all := ui.find.rep.buttons.Objects[1].(*tipButton)
				assertTipFits(t, ui, clock, all, all.tip)
				ui.find.hide()
				// as the driver does before the next frame: it lays out again the parent of an object
				// whose minimum size changed (the bars, inside their scroll), no more
				inner := ui.bars.bars.Content.(*fyne.Container)
				inner.Layout.Layout(inner.Objects, inner.Size())
				if off := ui.bars.bars.Offset.Y; off != 0 {
					t.Errorf("with the Find bar closed, the bars stay scrolled by %v, the palette's top out of view", off)
				}
				ui.win.Content().Refresh()
				_, palEnd := rect(ui.palette.labels)
				tabsStart, tabsEnd := rect(ui.tabs)
				if palEnd.X > tabsStart.X {
					t.Errorf("palette ends at x=%v, over the side tabs starting at x=%v", palEnd.X, tabsStart.X)
				}
				for _, chip := range ui.palette.labels.Objects {
					if _, end := rect(chip); end.X > palEnd.X+0.5 {
						t.Errorf("a palette chip ends at x=%v, past the palette's end %v", end.X, palEnd.X)
					}
				}
				if w, m := ui.tabs.Size().Width, ui.tabs.MinSize().Width; w+0.5 < m {
					t.Errorf("side panel %v wide, under its minimum %v", w, m)
				}
				if tabsEnd.X > size.Width+0.5 {
					t.Errorf("side panel ends at x=%v, past the window's %v", tabsEnd.X, size.Width)
				}
				stStart, stEnd := rect(ui.status)
				actStart, actEnd := rect(ui.palette.actions)
				if actStart.Y < stEnd.Y && actStart.X < stEnd.X {
					t.Errorf("actions at %v–%v cover the status line at %v–%v", actStart, actEnd, stStart, stEnd)
				}
				if w := ui.status.Size().Width; w < statusRoom {
					t.Errorf("status line %v wide, under %v: its messages are cut", w, statusRoom)
				}
				if w := ui.watch.Size().Width; w < 0.55*size.Width {
					t.Errorf("the segments get %v of the window's %v", w, size.Width)
				}
				ui.showQA()
				ui.win.Content().Refresh()
				if got := strings.Join(drawnLines(ui.qa.summary), " "); got != ui.qa.summary.Text {
					t.Errorf("the QA summary %q is drawn as %q: a word is cut", ui.qa.summary.Text, drawnLines(ui.qa.summary))
				}
				ui.tabs.SelectIndex(3)
				ui.win.Content().Refresh()
				mtStart, mtEnd := rect(ui.sugg.mtButton)
				setStart, setEnd := rect(ui.sugg.settingsButton)
				if setStart.Y < mtEnd.Y && setStart.X < mtEnd.X || setEnd.X > tabsEnd.X+0.5 || mtStart.X < tabsStart.X-0.5 {
					t.Errorf("MT button %v–%v and Settings %v–%v overlap or leave the panel %v–%v", mtStart, mtEnd, setStart, setEnd, tabsStart, tabsEnd)
				}
				if w, m := ui.sugg.mtButton.Size().Width, ui.sugg.mtButton.MinSize().Width; w+0.5 < m {
					t.Errorf("MT button %v wide, under its %v: its text is cut", w, m)
				}
				if actEnd.X > size.Width+0.5 {
					t.Errorf("actions end at x=%v, past the window's %v", actEnd.X, size.Width)
				}
			})
		}
	}
}

// assertFindBarShows checks that the Find bar's fields and options are inside the window and in
// view in the bars' scroll, and that the segments keep their minimum height.
func assertFindBarShows(t *testing.T, ui *UI) {
	t.Helper()
	scroll := ui.bars.bars
	top, bottom := rect(scroll)
	for _, o := range []fyne.CanvasObject{ui.find.entry, ui.find.rep.with, ui.find.rep.options} {
		if start, end := rect(o); start.Y < top.Y-0.5 || end.Y > bottom.Y+0.5 {
			t.Errorf("a Find bar widget at y=%v–%v, out of the bars' view %v–%v", start.Y, end.Y, top.Y, bottom.Y)
		}
	}
	if h, m := ui.list.Size().Height, ui.list.MinSize().Height; h+0.5 < m {
		t.Errorf("the segments get %v units high, under their minimum %v", h, m)
	}
}

// assertTipFits rests the pointer on o, near its right edge, and checks that its tip says want,
// inside the window, in lines inside the tip's box.
func assertTipFits(t *testing.T, ui *UI, clock *tipClock, o fyne.CanvasObject, want string) {
	t.Helper()
	cv := ui.win.Canvas()
	test.MoveMouse(cv, fyne.NewPos(1, 1))
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width-1, o.Size().Height/2))
	test.MoveMouse(cv, at)
	clock.pass()
	if got := ui.tips.showing(); got != want {
		t.Fatalf("tip %q, want %q", got, want)
	}
	bg, win := ui.tips.bg, cv.Size()
	p, s := bg.Position(), bg.Size()
	if p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width || p.Y+s.Height > win.Height {
		t.Errorf("tip at %v size %v outside the %v window", p, s, win)
	}
	var words []string
	for _, l := range ui.tips.lines {
		if !l.Visible() {
			continue
		}
		words = append(words, l.Text)
		lp, ls := l.Position(), fyne.MeasureText(l.Text, l.TextSize, l.TextStyle)
		if lp.X < p.X || lp.Y < p.Y || lp.X+ls.Width > p.X+s.Width+0.5 || lp.Y+ls.Height > p.Y+s.Height+0.5 {
			t.Errorf("tip line %q at %v size %v outside the tip at %v size %v", l.Text, lp, ls, p, s)
		}
		if why := badFrenchBreak(l.Text); why != "" {
			t.Errorf("tip line %q %s", l.Text, why)
		}
	}
	if got := strings.Join(words, " "); got != want {
		t.Errorf("the tip's lines say %q, want %q", got, want)
	}
	test.MoveMouse(cv, fyne.NewPos(1, 1))
}

// TestSelectedTabStaysInTheBar checks that, however narrow the side panel, every side tab stays in
// the bar (none goes into Fyne's "…" overflow menu), and that the selected tab keeps its title while
// the panel has room for one title.
func TestSelectedTabStaysInTheBar(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range smallWindows {
			t.Run(fmt.Sprintf("%s/%v", locale, size), func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, testDoc(t), false)
				ui.setPanelBadge(ui.qa, 1234)
				ui.win.Resize(size)
				for k := range ui.panels {
					ui.tabs.SelectIndex(k)
					ui.win.Content().Refresh()
					n, overflow := shownTabs(t, ui)
					if n != len(ui.panels) || overflow {
						t.Errorf("tab %d selected: %d of %d tabs shown, overflow menu %v, in a %v-wide panel",
							k, n, len(ui.panels), overflow, ui.tabs.Size().Width)
					}
					if got, want := ui.tabs.Items[k].Text, ui.tabTitle(k); got != want && ui.tabsWidth(tabsSelected) <= ui.tabs.Size().Width {
						t.Errorf("selected tab %d titled %q, want %q", k, got, want)
					}
				}
				if size.Width >= 1000 && ui.tabs.Items[ui.tabs.SelectedIndex()].Text == "" {
					t.Errorf("in a %v window the selected tab has no title", size)
				}
			})
		}
	}
}

// TestTabTitlesComeBack checks that the titles come back when the panel widens again, with the
// QA count.
func TestTabTitlesComeBack(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(500, 400))
	ui.win.Content().Refresh()
	ui.setPanelBadge(ui.qa, 3)
	ui.win.Resize(fyne.NewSize(1920, 1000))
	ui.win.Content().Refresh()
	for k, it := range ui.tabs.Items {
		if it.Text != ui.tabTitle(k) {
			t.Errorf("tab %d titled %q in a wide window, want %q", k, it.Text, ui.tabTitle(k))
		}
	}
	if want := ui.qa.title() + " (3)"; ui.tabTitle(2) != want {
		t.Errorf("QA tab titled %q, want %q", ui.tabTitle(2), want)
	}
}

// TestTabsWidthIsFynes: the width fitTabs reckons for each way of showing the tabs is the width
// Fyne's tab bar takes, in English and French.
func TestTabsWidthIsFynes(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		useLocale(t, locale)
		ui, _ := newTestUI(t, testDoc(t), false)
		ui.setPanelBadge(ui.qa, 36)
		for _, width := range []float32{2400, 330, 150} { // all titles, the selected one's, none
			ui.fitTabs(width)
			ui.tabs.Resize(fyne.NewSize(width, 400))
			bar := test.WidgetRenderer(ui.tabs).Objects()[0].(*fyne.Container)
			if got, want := bar.Objects[0].MinSize().Width, ui.tabsWidth(ui.tabMode); got != want {
				t.Errorf("%s, mode %d: the bar takes %v, fitTabs reckons %v", locale, ui.tabMode, got, want)
			}
		}
	}
}

// TestSettingsShowsInAWindowFittedToTheScreen: the window laid out at 1280×800, then at the 1008×720
// it is fitted to on a 1024×768 screen, shows Settings… under Machine translation, inside the side
// panel, with no second layout to set it right. Settings… used to be cut off below the panel: the
// panel gave the buttons the one line they took at the wider width (QA17 #1).
func TestSettingsShowsInAWindowFittedToTheScreen(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			useLocale(t, locale)
			ui, _ := newTestUI(t, wrappingDoc(), false)
			ui.selectPanel(ui.sugg)
			for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1008, Height: 720}, {Width: 1280, Height: 800}} {
				ui.win.Resize(size)
				_, mtEnd := rect(ui.sugg.mtButton)
				setStart, setEnd := rect(ui.sugg.settingsButton)
				boxStart, boxEnd := rect(ui.sugg.box)
				if setEnd.Y > boxEnd.Y+0.5 || setStart.X < boxStart.X-0.5 || setEnd.X > boxEnd.X+0.5 {
					t.Errorf("%v: Settings… at %v–%v, outside the panel's %v–%v", size, setStart, setEnd, boxStart, boxEnd)
				}
				if setStart.Y < mtEnd.Y-0.5 && setStart.X < mtEnd.X-0.5 {
					t.Errorf("%v: Settings… at %v covers Machine translation, which ends at %v", size, setStart, mtEnd)
				}
			}
		})
	}
}

// TestEntityDetailsFitSmallWindows: an entity picked in the Entities tab shows its Rename and "Add
// selected span" buttons side by side, which in French ("Ajouter l’annotation sélectionnée") asked for
// 395 units, more than the side panel has below a window of about 1250 pixels: the side panel then
// took the room from the segments or, before the window was laid out again, was cut at its right edge
// (the entity counts and the Quotes tab's notes with it). The buttons now wrap, and the French one
// says "Ajouter l’annotation", which fits alone the narrowest panel (a 1000×600 window at
// FYNE_SCALE 1.5).
func TestEntityDetailsFitSmallWindows(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range append(smallWindows, fyne.NewSize(1000, 700)) {
			t.Run(fmt.Sprintf("%s/%v", locale, size), func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, putinLavrovDoc(t), false)
				ui.win.Resize(size)
				ui.tabs.SelectIndex(0)
				ui.win.Content().Refresh()
				side := ui.tabs.Size().Width
				pickEntity(t, entitiesTab(ui), "e1")
				if m := ui.tabs.MinSize().Width; m > side+0.5 {
					t.Errorf("an entity's details ask for %v units, the side panel has %v", m, side)
				}
				ui.win.Content().Refresh()
				if w := ui.watch.Size().Width; w < 0.55*size.Width {
					t.Errorf("with an entity's details shown, the segments get %v of the window's %v", w, size.Width)
				}
			})
		}
	}
}
