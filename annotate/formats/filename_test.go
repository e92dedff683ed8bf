package formats

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSafeFileName: names every system accepts are kept as they are (files written before keep
// their names); the others are changed as little as needed.
func TestSafeFileName(t *testing.T) {
	long := strings.Repeat("é", 200) // 400 bytes
	for _, c := range []struct{ in, want string }{
		{"article", "article"},
		{"été-2024", "été-2024"},
		{"e\u0301te\u0301", "e\u0301te\u0301"}, // combining accents: kept as written
		{"« Le Monde » 🇫🇷", "« Le Monde » 🇫🇷"},
		{"dépêche 😀.fr", "dépêche 😀.fr"},
		{"CON", "CON_"},
		{"con", "con_"},
		{"Nul", "Nul_"},
		{"aux.txt", "aux_.txt"},
		{"prn.tar.gz", "prn_.tar.gz"},
		{"COM1", "COM1_"},
		{"lpt9.fr", "lpt9_.fr"},
		{"COM¹", "COM¹_"},
		{"CON .x", "CON_ .x"},
		{"COM0", "COM0"}, {"COM10", "COM10"}, {"CONSEIL", "CONSEIL"}, {"CON_", "CON_"}, {"icon", "icon"},
		{"fin.", "fin"},
		{"fin. . ", "fin"},
		{"fin\u00a0", "fin"},
		{"..", "document"},
		{". .", "document"},
		{"", "document"},
		{".cache", "cache"},
		{"a/b", "a_b"},
		{`a\b`, "a_b"},
		{" x:y ", "x_y"},
		{`q<u>o"t|e?*`, "q_u_o_t_e__"},
		{"tab\there\x00\x7f", "tab_here__"},
		{"CON\x00", "CON_"},
	} {
		if got := SafeFileName(c.in); got != c.want {
			t.Errorf("SafeFileName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	got := SafeFileName(long + ".")
	if len(got) > maxNameBytes || !utf8.ValidString(got) || !strings.HasPrefix(long, got) || len(got) < maxNameBytes-3 {
		t.Errorf("a 400-byte name gives %d bytes (valid UTF-8: %v), want at most %d, cut at a character", len(got), utf8.ValidString(got), maxNameBytes)
	}
	if got := SafeFileName(strings.Repeat("a", maxNameBytes-1) + ". b"); got != strings.Repeat("a", maxNameBytes-1) {
		t.Errorf("a name cut after a dot and a space keeps them: %q", got[maxNameBytes-4:])
	}
}
