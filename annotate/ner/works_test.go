package ner

import "testing"

// TestArticlePlaces makes places of the names opening with a plural article mid-sentence.
func TestArticlePlaces(t *testing.T) {
	tests := []ruleCase{
		{"Elle habite à Des Roches depuis mai.", []string{"PER:Des Roches"}, "LOC:Des Roches"},
		{"Elle habite à Des Roches depuis mai.", []string{"LOC:Roches"}, "LOC:Des Roches"},
		{"Il arrive aux Les Vignes ce soir.", []string{"PER:Vignes"}, "LOC:Les Vignes"},
		// at a sentence's start the article is the French one
		{"Des Bretons ont voté.", []string{"PER:Bretons"}, "PER:Bretons"},
		{"Les Durand sont partis.", []string{"PER:Les Durand"}, "PER:Les Durand"},
		// an organisation keeps its label
		{"Il a rejoint Les Modérés hier.", []string{"ORG:Modérés"}, "ORG:Modérés"},
	}
	checkRule(t, tests, func(d *docInfo, ms []Mention) []Mention { articlePlaces(d, ms); return ms })
}

// TestWorksToMisc relabels MISC the English titles of works taken for persons, and leaves persons.
func TestWorksToMisc(t *testing.T) {
	tests := []ruleCase{
		{"Elle regarde Sunday Morning Show chaque semaine.", []string{"PER:Sunday Morning Show"}, "MISC:Sunday Morning Show"},
		{"Le film Moon Riders sort demain.", []string{"PER:Moon Riders"}, "MISC:Moon Riders"},
		{"La série Lord of the Valley revient.", []string{"PER:Lord of the Valley"}, "MISC:Lord of the Valley"},
		// a person: a known given name, or the surname alone later, or no English word
		{"Le livre de Harry Mills se vend.", []string{"PER:Harry Mills"}, "PER:Harry Mills"},
		{"Rob Baker a gagné. Baker était ému.", []string{"PER:Rob Baker", "PER:Baker"}, "PER:Rob Baker, PER:Baker"},
		{"Silver Hall a gagné. Puis Hall a parlé.", []string{"PER:Silver Hall", "PER:Hall"}, "PER:Silver Hall, PER:Hall"},
		{"Elle a rencontré Kowalski Brzęk.", []string{"PER:Kowalski Brzęk"}, "PER:Kowalski Brzęk"},
		{"Il a vu Madonna hier.", []string{"PER:Madonna"}, "PER:Madonna"},
	}
	checkRule(t, tests, func(d *docInfo, ms []Mention) []Mention { worksToMisc(d, ms); return ms })
}
