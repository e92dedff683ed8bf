package app

import (
	"testing"

	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// TestDictionaryGrammarInTheInterfaceLanguage: a dictionary card says the word's grammar as the
// interface's language abbreviates it, « n. f. » in French where FreeDict writes "n, fem" (which the
// card showed as it was, in English abbreviations); English keeps FreeDict's, and an abbreviation
// unknown stays as written.
func TestDictionaryGrammarInTheInterfaceLanguage(t *testing.T) {
	for _, c := range []struct{ lang, grammar, want string }{
		{"fr", "n, fem", "4 · Dictionnaire · n. f."},
		{"fr", "n, masc", "4 · Dictionnaire · n. m."},
		{"fr", "vt", "4 · Dictionnaire · v. tr."},
		{"fr", "prep", "4 · Dictionnaire · prép."},
		{"fr", "n, pl", "4 · Dictionnaire · n. pl"},
		{"en", "n, fem", "4 · Dictionary · n, fem"},
		{"en", "vt", "4 · Dictionary · vt"},
	} {
		t.Run(c.lang+" "+c.grammar, func(t *testing.T) {
			useLanguage(t, c.lang)
			o := offer{Suggestion: suggest.Suggestion{Kind: suggest.KindDict, Source: "assemblée", Text: "assembly", Note: c.grammar}}
			if got := cardTitle(3, o); got != c.want {
				t.Errorf("heading %q, want %q", got, c.want)
			}
		})
	}
}

// TestMemoryDifferencesInFrench: what a fuzzy match differs in reads as a French label,
// « Différences : les mots, la casse », where « Diffère par : les mots » put a colon after a
// preposition.
func TestMemoryDifferencesInFrench(t *testing.T) {
	useLanguage(t, "fr")
	if got := differencesText(tm.DiffWords | tm.DiffCase); got != "Différences\u00a0: les mots, la casse" {
		t.Errorf("differences %q", got)
	}
}
