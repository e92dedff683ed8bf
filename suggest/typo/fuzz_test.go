package typo

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzEnglish checks that English never panics, keeps valid UTF-8 valid, and leaves its own output
// as it is: text already in English style is not changed, so applying it twice (to a suggestion, then
// on request) changes nothing more.
func FuzzEnglish(f *testing.F) {
	for _, s := range []string{
		"« Je pense que c’est fini », a-t-il dit\u202f; 1 000,5 € — 3,5 % le 3 mai 2017.",
		"\u00ab\u00a0Non\u00a0!\u00a0\u00bb 😀 e\u0301té 12\u00a0h\u00a030 n°\u00a05", "« « » »", "\xff« \xc3", ",", "",
		"«\u202fOui\u202f», 🇫🇷 👨🏽‍💻 e\u0301\u00a0: 1\u202f234\u202f567,89\u00a0%\r\n‹\u00a0a\u00a0›\u00a0?\r\n",
		"1.234.567,89 1,000 3.5 12.05.2020 en 2019 2 000 A4,5 x1 000",
		strings.Repeat("«\u00a0Le café 😀 coûte 1\u00a0000,5\u00a0€\u00a0» ; ", 120),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := English(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("English(%q) = %q: not valid UTF-8", s, out)
		}
		if again := English(out); again != out {
			t.Fatalf("English(%q) = %q, and English of that = %q", s, out, again)
		}
	})
}
