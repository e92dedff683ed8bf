package app

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestFyneTabAfterFallbackFontStillMisdrawn pins the Fyne 2.7.1 bug that README's "Tabs in the
// English field" describes (QA15 problem 3), so that the limit is looked at again when Fyne fixes it.
// Fyne's text painter (internal/painter/font.go, walkString) splits a line into runs of one font and
// moves a tab to its tab stop by the tab's index within the run, used as an index into the whole
// line: right in the line's first run, wrong after an emoji (or any character the theme's font lacks),
// where it shapes the wrong characters (the "s" and "é" of "José\u0301 Martínez\tlives" vanish, the
// tab is drawn as "�"). Entry, Label and the app's text all draw through it, and the glyphs it
// measures are those it draws, so a width shows the bug: after an emoji, "B\tC" is measured as if
// the tab were elsewhere. If this test fails, Fyne now places such a tab right: drop the README limit.
func TestFyneTabAfterFallbackFontStillMisdrawn(t *testing.T) {
	test.NewTempApp(t)
	size := theme.TextSize()
	width := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	// Fyne puts tab stops every 4 × 10 units from the start of the line (fontTabSpaceSize, DefaultTabWidth).
	tabbed := func(before, after string) float32 {
		return 40*float32(math.Floor(float64((width(before)+40)/40))) + width(after)
	}
	near := func(a, b float32) bool { return math.Abs(float64(a-b)) < 0.5 }
	if got, want := width("AxB\tC"), tabbed("AxB", "C"); !near(got, want) {
		t.Fatalf("a tab in a line of one font: width %v, want %v: Fyne's tab stops changed", got, want)
	}
	if got, want := width("A👍B\tC"), tabbed("A👍B", "C"); near(got, want) {
		t.Errorf("a tab after an emoji is now measured at its tab stop (%v): Fyne fixed walkString; "+
			"check the English field under Xvfb and drop README's limit on tabs", got)
	}
}
