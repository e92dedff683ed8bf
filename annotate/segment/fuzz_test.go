package segment

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzParagraphs checks that paragraphs are non-empty, trimmed, ordered ranges of the text on character
// boundaries, whatever the input (Split's own fuzz target is FuzzSplit in segment_test.go).
func FuzzParagraphs(f *testing.F) {
	for _, s := range []string{
		"« Je pense que c’est fini », a déclaré Sergueï Lavrov.\n\n— Non\u202f! dit-elle.\n \n\tFin",
		"PARIS, 3 mai (AFP) -\u00a0\n\u00a0\n😀 e\u0301té\r\n\r\nl'été", "\n\n\n", "\xff\n\n\xc3", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		valid := utf8.ValidString(text) // a stray byte is a character of its own: no boundary to keep
		prev := 0
		for _, p := range Paragraphs(text) {
			start, end := p[0], p[1]
			if start < prev || end > len(text) || start >= end {
				t.Fatalf("paragraph [%d, %d) out of order or outside %q", start, end, text)
			}
			if valid && (!utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end])) {
				t.Fatalf("paragraph [%d, %d) splits a character of %q", start, end, text)
			}
			if r, _ := utf8.DecodeRuneInString(text[start:end]); unicode.IsSpace(r) {
				t.Fatalf("paragraph [%d, %d) of %q starts with a space", start, end, text)
			}
			if r, _ := utf8.DecodeLastRuneInString(text[start:end]); unicode.IsSpace(r) {
				t.Fatalf("paragraph [%d, %d) of %q ends with a space", start, end, text)
			}
			prev = end
		}
	})
}
