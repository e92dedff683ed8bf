package token

import (
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks that tokens are non-empty, ordered, non-overlapping ranges of the input holding
// their text, on character boundaries for valid UTF-8, and that the keys computed from them never panic.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou.",
		"— Non\u202f! 1 000,5 € et 3.5 % — l'ONU 😀 e\u0301té 👩‍👩‍👧 aujourd’hui-même",
		"présidentes 1,000 12\u00a0345,67 -3 +4", "\xff\xfe« \xc3", "'", "",
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
			prev = tk.End
			k := Fold(tk.Text)
			Stem("fr", k)
			Stem("en", k)
			Lower(tk.Text)
			if tk.Kind == Number {
				NumberKey(tk.Text)
			}
		}
	})
}
