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

// TestComposedOffsets checks the way from the text as written to its NFC form: each word of the text
// as written, decomposed letters, emoji, « » and all, maps to the same word composed, and an offset
// inside a decomposed letter to the whole letter.
func TestComposedOffsets(t *testing.T) {
	tests := []struct {
		name, text string
		words      []string // words of the text as written, in order
	}{
		{"composed", "Élise a déclaré « merci » 👍🏽", []string{"Élise", "déclaré", "merci", "👍🏽"}},
		{"decomposed", norm.NFD.String("Élise a déclaré « merci »"), []string{norm.NFD.String("Élise"), norm.NFD.String("déclaré"), "merci"}},
		{"mixed", "E\u0301lise a de\u0301clare\u0301\u202f: « mère » et e\u0301te\u0301 🇫🇷", []string{"E\u0301lise", "de\u0301clare\u0301", "mère", "e\u0301te\u0301", "🇫🇷"}},
		{"two marks", "o\u0302\u0301 et a\u0300", []string{"o\u0302\u0301", "a\u0300"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nfc, m := NFC(tt.text)
			checkWordsMap(t, tt.text, nfc, m, tt.words)
		})
	}
	_, m := NFC("cafe\u0301 noir") // "café noir": é is bytes 3–5 composed, 3–6 as written
	if got := m.ComposedStart(4); got != 3 {
		t.Errorf("ComposedStart inside e + U+0301 = %d, want 3", got)
	}
	if got := m.ComposedEnd(4); got != 5 {
		t.Errorf("ComposedEnd inside e + U+0301 = %d, want 5 (after é)", got)
	}
	if got := m.ComposedStart(len("cafe\u0301 ")); got != len("café ") {
		t.Errorf("ComposedStart of noir = %d, want %d", got, len("café "))
	}
}

// checkWordsMap checks that each of words, in order in text, maps through m to the same word composed
// in out (text's normal form) and back to itself, and the whole text to the whole of out.
func checkWordsMap(t *testing.T, text, out string, m *Map, words []string) {
	t.Helper()
	from := 0
	for _, w := range words {
		i := strings.Index(text[from:], w)
		if i < 0 {
			t.Fatalf("%q not in %q", w, text)
		}
		s, e := from+i, from+i+len(w)
		from = e
		if got, want := out[m.ComposedStart(s):m.ComposedEnd(e)], norm.NFC.String(w); got != want {
			t.Errorf("word %q at [%d,%d) maps to %q, want %q", w, s, e, got, want)
		}
		if m.Start(m.ComposedStart(s)) != s || m.End(m.ComposedEnd(e)) != e {
			t.Errorf("word %q: there and back gives [%d,%d), want [%d,%d)", w, m.Start(m.ComposedStart(s)), m.End(m.ComposedEnd(e)), s, e)
		}
	}
	if m.ComposedStart(0) != 0 || m.ComposedEnd(len(text)) != len(out) {
		t.Errorf("the whole text maps to [%d,%d), want [0,%d)", m.ComposedStart(0), m.ComposedEnd(len(text)), len(out))
	}
}
