package quotes

import (
	"strings"
	"testing"
	"unicode"
)

// dropInitialsRef is how long and clauseLike read punctuation before punctuated: the text rebuilt
// with each initial's dot removed.
func dropInitialsRef(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if r := []rune(w); len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0]) {
			w = string(r[0])
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func TestWordCountAndPunctuated(t *testing.T) {
	for _, s := range []string{"", " ", "un", " un  deux\u00a0trois\u2003quatre\tcinq\nsix ", "Mohamed R.", "R. dit",
		"É. Philippe, maire", "M. Dupont.", "a.b", "J.-P. Sartre", "« X » ; Y", "\xff. x", "Ω. ω.", "un deux trois quatre cinq six sept huit neuf dix"} {
		all := len(strings.Fields(s))
		for limit := 1; limit <= 12; limit++ {
			if got, want := wordCount(s, limit), min(all, limit); got != want {
				t.Errorf("wordCount(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
		if all > 1 && secondWord(s) != strings.Fields(s)[1] || all < 2 && secondWord(s) != "" {
			t.Errorf("secondWord(%q) = %q", s, secondWord(s))
		}
		for _, set := range []string{".!?…;:", ",.!?…;:"} {
			if got, want := punctuated(s, set), strings.ContainsAny(dropInitialsRef(s), set); got != want {
				t.Errorf("punctuated(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}

// TestASCIIFastPaths checks the shortcuts of isLetter and lower against the Unicode tables and the
// full lowering on every ASCII rune and word.
func TestASCIIFastPaths(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isLetter(%q) = %v, want %v", r, got, want)
		}
		if s := "a" + string(r) + "z"; asciiLower(s) && strings.ToLower(s) != s {
			t.Errorf("asciiLower(%q) but it lowers to %q", s, strings.ToLower(s))
		}
	}
	for _, s := range []string{"été", "Paris", "aujourd’hui", "e\u0301te", "Aujourd'hui"} {
		if asciiLower(s) {
			t.Errorf("asciiLower(%q) = true", s)
		}
	}
}
