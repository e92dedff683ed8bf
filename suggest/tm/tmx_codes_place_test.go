package tm

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/textnorm"
)

// placedCodes are marks as TargetCodes, each numbered (Order) by the segment's code it places, for
// showCodes.
func placedCodes(marks []annotate.CodePlace) []TargetCode {
	var out []TargetCode
	for _, m := range marks {
		if !m.Close {
			out = append(out, TargetCode{At: m.At, End: m.At, Order: m.Code})
		}
	}
	for _, m := range marks {
		for i := range out {
			if m.Close && out[i].Order == m.Code {
				out[i].Wraps, out[i].End = true, m.At
			}
		}
	}
	return out
}

// TestPlaceCodes: the segment's codes go where the memory unit's matching codes stand, matched by
// x, else by kind in the French's order, through a change of the unit's text (MoveCodes); a unit
// whose codes do not match the segment's one for one, would cross, or stand outside the English or
// inside a character, gives none.
func TestPlaceCodes(t *testing.T) {
	pc := formats.Code{Tag: `<pc id="1">`, Wraps: true}
	ph := formats.Code{Tag: `<ph id="2"/>`}
	g := formats.Code{Tag: `<g id="7">`, Wraps: true}
	pair := func(x string, at, end, order int) TargetCode {
		return TargetCode{Element: "bpt", X: x, Wraps: true, At: at, End: end, Order: order}
	}
	point := func(x string, at, order int) TargetCode {
		return TargetCode{Element: "ph", X: x, At: at, End: at, Order: order}
	}
	const en = "The boss says: “We stay!” 😀"
	curly := func(p int) int { // the unit wrote "We stay!" with straight marks, 2 bytes shorter each
		switch {
		case p > 24:
			return p + 4
		case p > 15:
			return p + 2
		}
		return p
	}
	for _, tc := range []struct {
		name  string
		codes []formats.Code
		from  []TargetCode
		move  func(int) int
		want  string // "" when none is placed
	}{
		{"by x", []formats.Code{pc, ph}, []TargetCode{point("2", 14, 1), pair("1", 4, 8, 0)}, nil, "The [0boss]0 says:(1 “We stay!” 😀"},
		{"x naming other codes: by kind and order", []formats.Code{pc, g}, []TargetCode{pair("9", 18, 25, 1), pair("8", 4, 8, 0)}, nil,
			"The [0boss]0 says: “[1We stay]1!” 😀"},
		{"moved", []formats.Code{pc, ph}, []TargetCode{pair("", 16, 23, 0), point("", 25, 1)}, curly, "The boss says: “[0We stay]0!”(1 😀"},
		{"at the end, after an emoji", []formats.Code{ph}, []TargetCode{point("", len(en), 0)}, nil, "The boss says: “We stay!” 😀(0"},
		{"a point for a pair", []formats.Code{pc}, []TargetCode{point("1", 4, 0)}, nil, ""},
		{"more codes in the unit", []formats.Code{pc}, []TargetCode{pair("1", 4, 8, 0), point("2", 14, 1)}, nil, ""},
		{"fewer codes in the unit", []formats.Code{pc, ph}, []TargetCode{pair("1", 4, 8, 0)}, nil, ""},
		{"no codes in the segment", nil, nil, nil, ""},
		{"crossing", []formats.Code{pc, g}, []TargetCode{pair("1", 0, 8, 0), pair("7", 4, 13, 1)}, nil, ""},
		{"past the end", []formats.Code{ph}, []TargetCode{point("", len(en)+1, 0)}, nil, ""},
		{"ends before it starts", []formats.Code{pc}, []TargetCode{pair("", 8, 4, 0)}, nil, ""},
		{"inside the emoji", []formats.Code{ph}, []TargetCode{point("", len(en)-2, 0)}, nil, ""},
		{"inside the curly mark", []formats.Code{pc}, []TargetCode{pair("", 16, 24, 0)}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			from := tc.from
			if tc.move != nil {
				from = MoveCodes(from, tc.move, tc.move)
			}
			marks, ok := PlaceCodes(tc.codes, from, en)
			got := ""
			if ok {
				got = showCodes(en, placedCodes(marks))
				for _, m := range marks {
					if want := tc.codes[m.Code].Tag; m.Tag != want {
						t.Errorf("code %d's marker has tag %s, want %s", m.Code, m.Tag, want)
					}
				}
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPlaceCodesComposed: a unit's target that writes é as e + U+0301 (stored by an older version,
// or taken as it is) goes into a segment composed to NFC, as glose-cli pretranslate writes it: its
// codes, moved through the composition, stand around the same words there, among « guillemets »
// with no-break spaces and an emoji.
func TestPlaceCodesComposed(t *testing.T) {
	const target = "Rene\u0301e dit «\u00a0cafe\u0301 😀\u00a0» a\u0301 Zoe\u0301."
	words := func(s, w string) (int, int) { i := strings.Index(s, w); return i, i + len(w) }
	a, b := words(target, "cafe\u0301 😀")
	c, _ := words(target, "\u00a0»")
	from := []TargetCode{
		{Element: "bpt", X: "1", Wraps: true, At: a, End: b},
		{Element: "ph", X: "2", At: c, End: c, Order: 1},
		{Element: "hi", Wraps: true, At: 0, End: len("Rene\u0301e"), Order: 2},
	}
	codes := []formats.Code{{Tag: `<pc id="1">`, Wraps: true}, {Tag: `<ph id="2"/>`}, {Tag: `<pc id="3">`, Wraps: true}}
	nfc, m := textnorm.NFC(target)
	marks, ok := PlaceCodes(codes, MoveCodes(from, m.ComposedStart, m.ComposedEnd), nfc)
	if !ok {
		t.Fatalf("no codes placed in %q", nfc)
	}
	want := "[2Renée]2 dit «\u00a0[0café 😀]0(1\u00a0» á Zoé."
	if got := showCodes(nfc, placedCodes(marks)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if moved := MoveCodes(from, m.ComposedStart, m.ComposedEnd); moved[0].At == from[0].At {
		t.Errorf("composing moved no code (%+v): the test proves nothing", moved)
	}
}
