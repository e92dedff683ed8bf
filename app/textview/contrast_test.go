package textview

import (
	"image/color"
	"testing"
)

// TestLegibleMarkOnBothThemes: the underlines and dashes of every default label (annotate's
// DefaultLabels colours, at the marks' alpha) stand out by 3:1 on the light theme's white and the
// dark theme's background, and a colour that already does is left as it is.
func TestLegibleMarkOnBothThemes(t *testing.T) {
	labels := map[string]color.NRGBA{
		"PER": {0x4e, 0x79, 0xa7, 0xff}, "ORG": {0xf2, 0x8e, 0x2b, 0xff}, "LOC": {0x59, 0xa1, 0x4f, 0xff},
		"MISC": {0xb0, 0x7a, 0xa1, 0xff}, "QUOTE": {0xe1, 0x57, 0x59, 0xff}, "CUE": {0xed, 0xc9, 0x48, 0xff},
	}
	backgrounds := map[string]color.NRGBA{"light": {0xff, 0xff, 0xff, 0xff}, "dark": {0x17, 0x17, 0x18, 0xff}}
	for bgName, bg := range backgrounds {
		for name, c := range labels {
			c.A = lineAlpha
			got := legibleMark(c, bg)
			if r := contrast(over(got, bg), bg); r < 3 {
				t.Errorf("%s on %s: mark %v has contrast %.2f, want 3 or more", name, bgName, got, r)
			}
		}
	}
	cue := labels["CUE"]
	cue.A = lineAlpha
	if before := contrast(over(cue, backgrounds["light"]), backgrounds["light"]); before >= 3 {
		t.Fatalf("CUE on white already has %.2f: the test checks nothing", before)
	}
	per := labels["PER"]
	if got := legibleMark(per, backgrounds["dark"]); got != per {
		t.Errorf("PER on dark changed from %v to %v, though legible", per, got)
	}
}
