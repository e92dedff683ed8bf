package textnorm

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNormalLineEndings checks that Normal gives the text import gives (CRLF and lone CR as LF, in
// NFC) and that each word of the text as written, accents decomposed, « » with no-break spaces and
// emoji among them, maps there and back to itself across the line breaks.
func TestNormalLineEndings(t *testing.T) {
	tests := []struct {
		name, text string
		words      []string // words of the text as written, in order
	}{
		{"CRLF", "« Nous partons\u00a0», a de\u0301clare\u0301 Élise 😀.\r\n\r\nLe café\u202f: e\u0301te\u0301 🇫🇷\r\n",
			[]string{"« Nous partons\u00a0»", "de\u0301clare\u0301", "Élise", "😀", "café", "e\u0301te\u0301", "🇫🇷"}},
		{"lone CR", "Élise\r\rde\u0301clare\u0301\r", []string{"Élise", "de\u0301clare\u0301"}},
		{"mixed endings", "a\r\nb\rc\nd\u0301", []string{"a", "b", "c", "d\u0301"}},
		{"mark after CR", "x\r\n\u0301e\u0301", []string{"x", "e\u0301"}},
		{"no CR", "de\u0301clare\u0301 « oui »", []string{"de\u0301clare\u0301", "oui"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := Normal(tt.text)
			want := norm.NFC.String(strings.ReplaceAll(strings.ReplaceAll(tt.text, "\r\n", "\n"), "\r", "\n"))
			if got != want {
				t.Fatalf("Normal(%q) = %q, want %q", tt.text, got, want)
			}
			if m.Identity() != (got == tt.text) {
				t.Errorf("Identity() = %v", m.Identity())
			}
			checkWordsMap(t, tt.text, got, m, tt.words)
		})
	}
	text := "ab\r\ncd" // a span ending between CR and LF keeps the whole line break
	_, m := Normal(text)
	if got := m.ComposedEnd(3); got != 3 {
		t.Errorf("ComposedEnd between CR and LF = %d, want 3 (after the LF)", got)
	}
	if got := m.ComposedStart(3); got != 2 {
		t.Errorf("ComposedStart between CR and LF = %d, want 2 (the LF)", got)
	}
}
