package token

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenize checks that tokens are non-empty, ordered, non-overlapping ranges of the input holding
// their text, on character boundaries for valid UTF-8, that only spaces and combining marks lie between
// them (no visible character is lost to the suggestion sources), and that the keys computed from them
// never panic.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou.",
		"— Non\u202f! 1 000,5 € et 3.5 % — l'ONU 😀 e\u0301té 👩‍👩‍👧 aujourd’hui-même",
		"présidentes 1,000 12\u00a0345,67 -3 +4", "\xff\xfe« \xc3", "'", "",
		"«\u00a0La France\u00a0», dit-il\u202f; 🇫🇷🇺🇦 👨🏽‍💻 e\u0301\u0301 12\u202f345\r\nSuite\u00a0:\r\n",
		strings.Repeat("Le café 😀 de l’e\u0301té\u00a0; ", 150),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %+v out of order or outside %q", tk, s)
			}
			if valid && (!utf8.RuneStart(s[tk.Start]) || tk.End < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("token %+v splits a character of %q", tk, s)
			}
			if gap := s[prev:tk.Start]; valid && strings.TrimFunc(gap, skipped) != "" {
				t.Fatalf("%q before token %+v is in no token of %q", gap, tk, s)
			}
			prev = tk.End
			k := Fold(tk.Text)
			Stem("fr", k)
			Stem("en", k)
			Lower(tk.Text)
			if tk.Kind == Number {
				NumberKey(tk.Text)
			}
		}
		if gap := s[prev:]; valid && strings.TrimFunc(gap, skipped) != "" {
			t.Fatalf("%q at the end is in no token of %q", gap, s)
		}
	})
}

// skipped reports the characters Tokenize puts in no token: spaces, zero-width spaces and combining
// marks with no word to hold them.
func skipped(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' || unicode.Is(unicode.Mn, r)
}
