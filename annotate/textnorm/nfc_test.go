package textnorm

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCMapsWordsBack checks that each word found in the composed form maps back to the same word
// as written, whatever mix of composed and decomposed letters, emoji and guillemets the text holds.
func TestNFCMapsWordsBack(t *testing.T) {
	tests := []struct {
		name, text string
		words      []string // words of the composed form, in order
	}{
		{"composed", "Élise a déclaré « merci » 👍🏽", []string{"Élise", "déclaré", "merci", "👍🏽"}},
		{"decomposed", norm.NFD.String("Élise a déclaré « merci »"), []string{"Élise", "déclaré", "merci"}},
		{"mixed", "E\u0301lise a de\u0301clare\u0301\u202f: « mère » et e\u0301te\u0301 🇫🇷", []string{"Élise", "déclaré", "mère", "été", "🇫🇷"}},
		{"two marks", "o\u0302\u0301 et a\u0300", []string{"ố", "à"}},
		{"mark with no starter", "\u0301début", []string{"début"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nfc, m := NFC(tt.text)
			if !norm.NFC.IsNormalString(nfc) {
				t.Fatalf("NFC(%q) = %q, not composed", tt.text, nfc)
			}
			if got := m.Identity(); got != (nfc == tt.text) {
				t.Errorf("Identity() = %v for %q", got, tt.text)
			}
			from := 0
			for _, w := range tt.words {
				i := strings.Index(nfc[from:], w)
				if i < 0 {
					t.Fatalf("%q not in %q", w, nfc)
				}
				s, e := from+i, from+i+len(w)
				from = e
				got := tt.text[m.Start(s):m.End(e)]
				if norm.NFC.String(got) != w {
					t.Errorf("word %q at [%d,%d) maps to %q", w, s, e, got)
				}
			}
			if m.Start(0) != 0 || m.End(len(nfc)) != len(tt.text) {
				t.Errorf("the whole text maps to [%d,%d), want [0,%d)", m.Start(0), m.End(len(nfc)), len(tt.text))
			}
		})
	}
}

// TestNFCInsideACharacter checks that an offset inside a composed character, which a span should not
// have, still maps to a whole character of the text as written.
func TestNFCInsideACharacter(t *testing.T) {
	text := "cafe\u0301 noir"
	nfc, m := NFC(text) // "café noir": é is bytes 3–5
	if nfc != "café noir" {
		t.Fatalf("NFC = %q", nfc)
	}
	if got := m.Start(4); got != 3 {
		t.Errorf("Start inside é = %d, want 3", got)
	}
	if got := m.End(4); got != 6 {
		t.Errorf("End inside é = %d, want 6 (after the accent)", got)
	}
	if got := text[m.End(len("café")):]; got != " noir" {
		t.Errorf("after café: %q", got)
	}
}

func BenchmarkNFC(b *testing.B) {
	text := strings.Repeat(norm.NFD.String("Le président a déclaré « très, très bonne rencontre ». "), 20000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NFC(text)
	}
}
