package grapheme

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// TestAlwaysBreaks checks the fast path against uniseg: wherever it says two runes cannot join, UAX #29
// breaks between them.
func TestAlwaysBreaks(t *testing.T) {
	for last := rune(0); last < 0x800; last++ {
		if !utf8.ValidRune(last) {
			continue
		}
		for next := rune(0); next < 0x800; next++ {
			s := string(last) + string(next)
			if !AlwaysBreaks(s, len(string(last))) {
				continue
			}
			if c, _, _, _ := uniseg.FirstGraphemeClusterInString(s, -1); c != string(last) {
				t.Fatalf("AlwaysBreaks(%U, %U), but %q is one cluster", last, next, s)
			}
		}
	}
}

// TestBoundaries: Next, End, Start and Snap agree with uniseg's clusters on text mixing French, flags,
// emoji sequences, keycaps and combining marks.
func TestBoundaries(t *testing.T) {
	text := "L’Union « européenne » 🇪🇺🇫🇷🇺 a dit\r\nJose\u0301 👨\u200d👩\u200d👧 👍🏽 1\ufe0f\u20e3 q\u0307."
	var clusters []string
	for rest, state := text, -1; rest != ""; {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		clusters = append(clusters, c)
	}
	var got []string
	for i := 0; i < len(text); i = Next(text, i) {
		got = append(got, text[i:Next(text, i)])
	}
	if strings.Join(got, "|") != strings.Join(clusters, "|") {
		t.Fatalf("Next gives\n%q\nuniseg\n%q", got, clusters)
	}
	start := 0
	for _, c := range clusters {
		end := start + len(c)
		for i := start + 1; i < end; i++ {
			if s := Snap(text, i); s != start {
				t.Errorf("Snap(%d) in %q = %d, want %d", i, c, s, start)
			}
			if s := Start(text, 0, i); s != start {
				t.Errorf("Start(0, %d) in %q = %d, want %d", i, c, s, start)
			}
			if e := End(text, 0, i); e != end {
				t.Errorf("End(0, %d) in %q = %d, want %d", i, c, e, end)
			}
		}
		if Snap(text, start) != start || End(text, 0, end) != end {
			t.Errorf("the boundaries of %q moved", c)
		}
		start = end
	}
}
