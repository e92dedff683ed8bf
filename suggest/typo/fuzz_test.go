package typo

import (
	"testing"
	"unicode/utf8"
)

// FuzzEnglish checks that English never panics and keeps valid UTF-8 valid.
func FuzzEnglish(f *testing.F) {
	for _, s := range []string{
		"« Je pense que c’est fini », a-t-il dit\u202f; 1 000,5 € — 3,5 % le 3 mai 2017.",
		"\u00ab\u00a0Non\u00a0!\u00a0\u00bb 😀 e\u0301té 12\u00a0h\u00a030 n°\u00a05", "« « » »", "\xff« \xc3", ",", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := English(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("English(%q) = %q: not valid UTF-8", s, out)
		}
	})
}
