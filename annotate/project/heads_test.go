package project_test

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// TestOrganisationTakesItsHeadNoun: the English of an organisation's name takes the capitalised head
// noun that ends it in English (Ministry, Office, Council…), which the French puts first and leaves
// out of a tag on "Intérieur" or "Affaires étrangères": the name found by its likeness to the French,
// or through the glossary, would otherwise stop one word short ("North Korean Foreign" for "North
// Korean Foreign Ministry"). Other labels, lower-case words and a head noun another name holds are
// left alone.
func TestOrganisationTakesItsHeadNoun(t *testing.T) {
	glossary := project.GlossaryFunc(func(fr string) []string {
		if fr == "Affaires étrangères" {
			return []string{"Foreign Affairs"}
		}
		return nil
	})
	for _, c := range []struct {
		name, src, en string
		spans         [][2]string
		want          []string // the English of each source span, in order
	}{
		{"likeness", "Le ministère de l'Intérieur français a parlé.", "The French Interior Ministry spoke.",
			[][2]string{{"ORG", "Intérieur"}}, []string{"Interior Ministry"}},
		{"glossary", "Le ministère des Affaires étrangères nord-coréen a dénoncé jeudi les manœuvres.",
			"Pyongyang's Foreign Affairs Ministry on Thursday denounced the manoeuvres.",
			[][2]string{{"ORG", "Affaires étrangères"}}, []string{"Foreign Affairs Ministry"}},
		{"two head nouns", "Le ministère de l'Intérieur a parlé.", "The Interior Ministry Office spoke.",
			[][2]string{{"ORG", "Intérieur"}}, []string{"Interior Ministry Office"}},
		// The French tag leaves "français" out, so does the English.
		{"whole name already", "Le ministère de l'Intérieur français a parlé.", "The French Interior Ministry spoke.",
			[][2]string{{"ORG", "ministère de l'Intérieur"}}, []string{"Interior Ministry"}},
		// QA: the office's words were left out ("Prime", "Minister" are titles), "Office" taken by position.
		{"possessive", "Les services du Premier ministre ont répondu.", "The Prime Minister's Office responded.",
			[][2]string{{"ORG", "Premier ministre"}}, []string{"Prime Minister's Office"}},
		// QA: "North Korean" was taken by position, then nothing was found.
		{"words in lower case", "Le ministère nord-coréen des Affaires étrangères a dénoncé les manœuvres.",
			"The North Korean foreign ministry denounced the manoeuvres.",
			[][2]string{{"ORG", "Affaires étrangères"}}, []string{"foreign ministry"}},
		{"words reordered", "Le ministère nord-coréen des Affaires étrangères a dénoncé les manœuvres.",
			"North Korea's Foreign Ministry denounced the manoeuvres.",
			[][2]string{{"ORG", "Affaires étrangères"}}, []string{"Foreign Ministry"}},
		{"lower case", "Le ministère de l'Intérieur a parlé.", "The Interior ministry spoke.",
			[][2]string{{"ORG", "Intérieur"}}, []string{"Interior"}},
		// Any name takes the English of the head noun its French begins with, in lower case too.
		{"its own head noun", "Ils veulent une péninsule coréenne dénucléarisée.", "They want a nuclear-free Korean peninsula.",
			[][2]string{{"LOC", "péninsule coréenne"}}, []string{"Korean peninsula"}},
		// Names the Wikinews gold tags so ("désert syrien" 5 times, "affaire Fillon" 9): the English
		// stopped at "Syrian", "Fillon".
		{"its own head noun: a desert", "Le désert syrien est vaste.", "The Syrian desert is vast.",
			[][2]string{{"LOC", "désert syrien"}}, []string{"Syrian desert"}},
		{"its own head noun: an affair", "L'affaire Fillon continue.", "The Fillon affair continues.",
			[][2]string{{"MISC", "affaire Fillon"}}, []string{"Fillon affair"}},
		{"not an organisation", "Le conseil de Paris a voté.", "The Paris Council voted.",
			[][2]string{{"LOC", "Paris"}}, []string{"Paris"}},
		{"not across a comma", "L'Intérieur, selon le Conseil, a parlé.", "The Interior, according to the Council, spoke.",
			[][2]string{{"ORG", "Intérieur"}, {"ORG", "Conseil"}}, []string{"Interior", "Council"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, []string{c.en}, c.spans...)
			opts := project.Options{Names: project.NamerFunc(ner.EnglishName), Glossary: glossary}
			if c.name == "words in lower case" || c.name == "words reordered" {
				opts.Glossary = nil // the recogniser's "Ministry of Foreign Affairs", as in the app
			}
			if _, err := project.Segment(annotate.NewEditor(d), d.Segments[0].ID, opts); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sp := range spans {
				got = append(got, english(d, sp)...)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("English %q, want %q", got, c.want)
			}
		})
	}
}
