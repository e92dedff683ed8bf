package annotate

import "testing"

// TestWordHunks: the replacements turn the old text into the new one, touch only the words that
// differ (never a word both share between two changes, nor half of e + U+0301 or of an emoji with its
// skin tone), and come in order.
func TestWordHunks(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		n        int // replacements
	}{
		{"“I think it's finished,” said Sergei Lavrov in « Moscou » 😀.", "“I think it's over,” said Sergei Lavrov in Moscow.", 2},
		{"José\u0301 a 👍🏽 today", "José\u0301 a 👍🏻 today", 1},
		{"same", "same", 0},
		{"", "new words", 1},
		{"old words", "", 1},
		{"a b c", "c b a", 2},
	} {
		hs := wordHunks(tc.old, tc.new)
		got, last := tc.old, len(tc.old)+1
		for k := len(hs) - 1; k >= 0; k-- {
			h := hs[k]
			if h.b > last || h.a > h.b {
				t.Fatalf("%q → %q: replacements out of order: %+v", tc.old, tc.new, hs)
			}
			last = h.a
			got = got[:h.a] + h.text + got[h.b:]
		}
		if got != tc.new || len(hs) != tc.n {
			t.Errorf("%q → %q: %d replacements %+v give %q, want %d", tc.old, tc.new, len(hs), hs, got, tc.n)
		}
	}
	hs := wordHunks("José\u0301 a 👍🏽 today", "José\u0301 a 👍🏻 today")
	if len(hs) == 1 && hs[0].text != "👍🏻" {
		t.Errorf("the emoji is replaced as %q, want it whole", hs[0].text)
	}
	hs = wordHunks("Sergei Lavrov said it in Moscow", "Sergei Lavrov told it in Paris")
	for _, h := range hs {
		if h.a < len("Sergei Lavrov") {
			t.Errorf("a replacement %+v touches the words both share", h)
		}
	}
}
