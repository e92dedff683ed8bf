package glossary

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/suggest/token"
)

// fuzzGlossary builds a glossary's in-memory index (as reload does from the database) over fixed
// terms and one fuzzed term.
func fuzzGlossary(term string) *Glossary {
	g := &Glossary{index: map[string][]compiled{}}
	for _, src := range []string{"Maison Blanche", "Sergueï Lavrov", "Nations unies", "l’ONU", "café 😀", "e\u0301té", term} {
		keys := termKeys(src)
		if len(keys) == 0 {
			continue
		}
		g.index[keys[0]] = append(g.index[keys[0]], compiled{keys: keys, entry: Entry{Source: src, Target: "x"}})
	}
	if keys := termKeys(term); len(keys) > 0 { // the same term matching case, another translation
		e := Entry{Source: term, Target: "y", MatchCase: true}
		g.index[keys[0]] = append(g.index[keys[0]], compiled{keys: keys, cased: casedKeys(e), entry: e})
	}
	return g
}

// FuzzFind looks glossary terms up in arbitrary NFC text (the importer guarantees NFC): hits are
// ordered, non-overlapping ranges of the text on character boundaries, and an entry that matches case
// is found only where the text has its case; and the term, written with single spaces between its
// words, is found as a whole.
func FuzzFind(f *testing.F) {
	for _, s := range [][2]string{
		{"« La Maison-Blanche », a déclaré Sergueï Lavrov aux Nations\u00a0unies et à l'ONU.", "Moscou"},
		{"— Non\u202f! Le café 😀 de l’été e\u0301té, aujourd’hui.", "aujourd'hui"},
		{"«\u00a0La Maison-Blanche\u202f», dit-il 🇫🇷 👨🏽‍💻 à l\u2019ONU\r\nÉTÉ e\u0301te\u0301\r\n", "e\u0301te\u0301"},
		{strings.Repeat("Le café 😀 de la Maison\u00a0Blanche et des Nations unies\u202f; ", 100), "Nations"},
		{"MAISON  BLANCHE maison blanche", "maison"}, {"Le PAN, la pan, le Pan 👍🏽", "PAN"}, {"ÉTATS-UNIS États Unis", "Etats-Unis"}, {"\xff« \xc3", "\xff"}, {"", ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, term string) {
		text = norm.NFC.String(strings.ToValidUTF8(text, "\uFFFD"))
		term = norm.NFC.String(strings.ToValidUTF8(term, "\uFFFD"))
		g := fuzzGlossary(term)
		prev := 0
		for _, h := range g.Find(text) {
			if h.Start < prev || h.End > len(text) || h.Start >= h.End {
				t.Fatalf("hit [%d, %d) out of order or outside %q", h.Start, h.End, text)
			}
			if !utf8.RuneStart(text[h.Start]) || h.End < len(text) && !utf8.RuneStart(text[h.End]) {
				t.Fatalf("hit [%d, %d) splits a character of %q", h.Start, h.End, text)
			}
			prev = h.End
			for _, e := range append([]Entry{h.Entry}, h.Others...) {
				if e.MatchCase && CaseKey(text[h.Start:h.End]) != CaseKey(e.Source) {
					t.Fatalf("%q matches case, found as %q", e.Source, text[h.Start:h.End])
				}
			}
		}
		if !findsItself(g, term) {
			t.Fatalf("the term %q is not found as a whole", term)
		}
	})
}

// findsItself reports whether g finds term, its words joined by spaces, as one hit with term among
// its entries; a term whose words read otherwise once joined ("1. 000" becomes the number "1 000")
// or that has no words is not looked for.
func findsItself(g *Glossary, term string) bool {
	var words []string
	for _, tk := range token.Tokenize(term) {
		if tk.Kind != token.Punct {
			words = append(words, tk.Text)
		}
	}
	text := strings.Join(words, " ")
	if len(words) == 0 || !slices.Equal(termKeys(text), termKeys(term)) {
		return true
	}
	for _, h := range g.Find(text) {
		if h.Start == 0 && h.End == len(text) {
			return h.Entry.Source == term || slices.ContainsFunc(h.Others, func(e Entry) bool { return e.Source == term })
		}
	}
	return false
}
