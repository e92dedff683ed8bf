package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// useLocale shows the app's strings in the language of locale (as LANG would) for the rest of the
// test, and in the default language afterwards.
func useLocale(t *testing.T, locale string) {
	t.Helper()
	t.Cleanup(func() { _ = LoadTranslations() }) // runs after the variables are restored
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", locale)
	must(t, LoadTranslations())
}

// shownTabs returns how many tab buttons the side panel's bar shows, and whether the overflow
// button ("…") is shown.
func shownTabs(t *testing.T, ui *UI) (n int, overflow bool) {
	t.Helper()
	objs := test.WidgetRenderer(ui.tabs).Objects()
	bar, ok := objs[0].(*fyne.Container)
	if !ok || len(bar.Objects) == 0 {
		t.Fatalf("unexpected tab bar %T", objs[0])
	}
	buttons, ok := bar.Objects[0].(*fyne.Container)
	if !ok {
		t.Fatalf("unexpected tab buttons %T", bar.Objects[0])
	}
	return len(buttons.Objects), len(bar.Objects) > 1 && bar.Objects[1].Visible()
}

// TestSideTabsFitTheDefaultWindow checks that the four side tabs show with their titles and counts,
// no icon and no overflow menu, in English and French: at the default window size with a four-digit
// QA count, and in the window Glose opens at FYNE_SCALE=1.5 on a 1920×1080 screen or 2 on 2560×1440
// (1264×672 units: the 1280×720 screen less frameRoom) with three-digit counts. At 1.5 the French
// tabs showed icons alone there: the panel was 0.32 of 1264 units, 5 short of their titles.
func TestSideTabsFitTheDefaultWindow(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, c := range []struct {
			window       fyne.Size
			quotes, errs int
		}{
			{defaultWindowSize, 1, 1234},
			{fitWindow(defaultWindowSize, fyne.NewSize(1920/1.5, 1080/1.5)), 180, 560},
			{fitWindow(defaultWindowSize, fyne.NewSize(2560/2, 1440/2)), 180, 560},
		} {
			t.Run(fmt.Sprintf("%s/%v", locale, c.window), func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, testDoc(t), false)
				ui.win.Resize(c.window)
				ui.setPanelBadge(ui.panels[1], c.quotes)
				ui.setPanelBadge(ui.qa, c.errs)
				ui.tabs.Refresh()
				n, overflow := shownTabs(t, ui)
				var titles []string
				for _, it := range ui.tabs.Items {
					titles = append(titles, it.Text)
				}
				t.Logf("tabs %q: bar %v wide, titles %v", titles, ui.tabs.Size().Width, ui.tabsWidth(tabsFull))
				if n != len(ui.panels) || overflow || ui.tabMode != tabsFull {
					t.Errorf("%d of %d tabs shown (overflow menu %v, mode %d) in a %v-wide panel: %q", n, len(ui.panels),
						overflow, ui.tabMode, ui.tabs.Size().Width, titles)
				}
			})
		}
	}
}

// TestShowPanelByAnyName: `glose --tab` takes a tab's number, its title in either language the
// interface speaks, in any case, with or without accents (entites, as typed on an English keyboard),
// and the names the Proposals tab had before (Suggestions, Translation help, « Aide à la
// traduction »), whatever the locale; a name of no tab is refused.
func TestShowPanelByAnyName(t *testing.T) {
	cases := []struct {
		name string
		want int // the tab's index; -1: refused
	}{
		{"4", 3}, {"2", 1}, {"5", -1},
		{"Proposals", 3}, {"proposals", 3}, {"Propositions", 3}, {"Suggestions", 3}, {"suggestions", 3},
		{"Translation help", 3}, {"Aide à la traduction", 3}, {"aide a la traduction", 3},
		{"Entities", 0}, {"Entités", 0}, {"ENTITÉS", 0}, {"Quotes", 1}, {"citations", 1}, {"QA", 2}, {"Contrôles", 2},
		{"entites", 0}, {"controles", 2}, {"CONTROLES", 2},
		{"Proposal", -1}, {"Undo", -1}, {"", -1},
	}
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		useLocale(t, locale)
		ui, _ := newTestUI(t, testDoc(t), false)
		for _, c := range cases {
			other := (max(c.want, 0) + 1) % len(ui.panels) // start elsewhere, to see it move
			ui.tabs.SelectIndex(other)
			ok := ui.ShowPanel(c.name)
			if got := ui.tabs.SelectedIndex(); ok != (c.want >= 0) || ok && got != c.want || !ok && got != other {
				t.Errorf("%s: ShowPanel(%q) = %v, tab %d; want tab %d", locale, c.name, ok, got, c.want)
			}
		}
	}
}

// TestSidePanelWidensOnlyWhereItMay: the side panel widens for its French titles at 1264 units, but
// a 1024-unit window keeps sideSplit (the segments' columns keep their room), and a divider the
// person dragged stays where they left it.
func TestSidePanelWidensOnlyWhereItMay(t *testing.T) {
	useLocale(t, "fr_FR.UTF-8")
	ui, _ := newTestUI(t, testDoc(t), false)
	split := ui.sideSplit.Objects[0].(*container.Split)
	ui.setPanelBadge(ui.qa, 560)
	steps := []struct {
		window fyne.Size
		drag   float64 // the divider dragged there first; 0: not
		want   func(float64) bool
		what   string
	}{
		{fyne.NewSize(1024, 640), 0, func(o float64) bool { return o == sideSplit }, "sideSplit"},
		{fyne.NewSize(1264, 672), 0, func(o float64) bool { return o < sideSplit && o >= widestSide }, "widened"},
		{fyne.NewSize(1280, 800), 0.5, func(o float64) bool { return o == 0.5 }, "the dragged 0.5"},
	}
	for _, s := range steps {
		if s.drag > 0 {
			split.SetOffset(s.drag)
		}
		ui.win.Resize(s.window)
		if o := split.Offset; !s.want(o) {
			t.Errorf("at %v: offset %v, want %s", s.window, o, s.what)
		}
	}
}
