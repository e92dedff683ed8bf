package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestParseWindowSize: glose --size takes WIDTHxHEIGHT (x, X or ×, spaces around allowed) and gives
// that size; a bad value is refused naming the value, the part that is wrong and what was expected.
func TestParseWindowSize(t *testing.T) {
	for in, want := range map[string]fyne.Size{
		"1008x700":  fyne.NewSize(1008, 700),
		"1280X800":  fyne.NewSize(1280, 800),
		"1366×768":  fyne.NewSize(1366, 768),
		" 320x240 ": fyne.NewSize(320, 240),
		"7680x4320": fyne.NewSize(7680, 4320),
	} {
		got, err := ParseWindowSize(in)
		if err != nil || got != want {
			t.Errorf("ParseWindowSize(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, says := range map[string]string{
		"":           "expected WIDTHxHEIGHT",
		"1008":       "expected WIDTHxHEIGHT",
		"1008x700x2": "expected WIDTHxHEIGHT",
		"1008x":      "the height is missing",
		"x700":       "the width is missing",
		"wide x700":  `the width "wide" is not a whole number`,
		"1008x70.5":  `the height "70.5" is not a whole number`,
		"1008x-700":  "the height -700 is out of range: give 240 to 4320 pixels",
		"100x700":    "the width 100 is out of range: give 320 to 7680 pixels",
		"10000x700":  "the width 10000 is out of range",
	} {
		_, err := ParseWindowSize(in)
		if err == nil || !strings.Contains(err.Error(), says) || !strings.Contains(err.Error(), "--size") {
			t.Errorf("ParseWindowSize(%q): error %v, want one saying %q", in, err, says)
		}
	}
}
