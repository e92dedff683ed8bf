package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// TestProposalsAreNoSuggestions: "suggestion" names, in both languages, what pre-annotation and
// projection propose and one accepts or rejects (Edit › Accept all suggestions); the side tab that
// offers the memory's matches, machine translation and the glossary's terms, and what it offers,
// say Proposals and proposal (« Propositions », « proposition »): they said Suggestions and
// suggestion, and a translator read one word for two things.
func TestProposalsAreNoSuggestions(t *testing.T) {
	for _, c := range []struct{ language, tab, word string }{
		{"en", "Proposals", "proposal"},
		{"fr", "Propositions", "proposition"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui := suggestUI(t, pairDoc("Le chat dort."), nil, nil)
			p := ui.sugg
			shown := []string{p.title(), p.headline(), stepWhat(stepInsertSuggestion)}
			ui.focusSegment(0, annotate.Target)
			shown = append(shown, p.headline()) // "Segment 1: 0 proposals"
			for _, a := range ui.suggestionActions()[:numbered] {
				shown = append(shown, a.name)
			}
			if p.title() != c.tab {
				t.Errorf("the tab reads %q, want %q", p.title(), c.tab)
			}
			for _, s := range shown {
				if strings.Contains(strings.ToLower(s), "suggestion") {
					t.Errorf("the Proposals tab says %q", s)
				}
			}
			if !strings.Contains(strings.Join(shown, " "), c.word) {
				t.Errorf("nothing says %q: %q", c.word, shown)
			}
			if s := lang.L("Accept all suggestions"); !strings.Contains(s, "suggestions") {
				t.Errorf("the annotations' word changed too: %q", s)
			}
		})
	}
}
