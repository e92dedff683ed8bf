package ner

import (
	"testing"
	"unicode"
)

// TestIsWordRuneASCII checks isWordRune's ASCII shortcut against the Unicode tables.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
