package spell

import (
	"slices"
	"testing"
)

// misspellings are realistic misspellings of news English with the word meant, of each kind a
// translator makes: letters swapped, doubled or missing, a wrong vowel, two slips apart, the other
// variety's spelling, capitalised words and words with an apostrophe.
var misspellings = []struct{ typo, want string }{
	// two letters swapped
	{"teh", "the"}, {"recieve", "receive"}, {"wierd", "weird"}, {"thier", "their"}, {"freind", "friend"},
	{"becuase", "because"}, {"sutdent", "student"}, {"govenrment", "government"}, {"minsiter", "minister"},
	// a letter missing
	{"goverment", "government"}, {"enviroment", "environment"}, {"Washingtn", "Washington"},
	{"internationl", "international"}, {"parliment", "parliament"}, {"quesion", "question"},
	{"begining", "beginning"}, {"comittee", "committee"}, {"ocurred", "occurred"}, {"untill", "until"},
	// a letter doubled or added
	{"accross", "across"}, {"tommorrow", "tomorrow"}, {"realy", "really"}, {"proffesional", "professional"},
	{"writting", "writing"}, {"allready", "already"},
	// a wrong letter: a vowel, a neighbouring key, a sound
	{"definately", "definitely"}, {"seperate", "separate"}, {"independant", "independent"},
	{"calender", "calendar"}, {"existance", "existence"}, {"grammer", "grammar"}, {"pwople", "people"},
	{"politivs", "politics"}, {"presidwnt", "president"}, {"truely", "truly"},
	{"wich", "which"}, {"sieze", "seize"},
	// two slips apart
	{"recieveing", "receiving"}, {"accomodate", "accommodate"}, {"occassionaly", "occasionally"},
	{"embarassment", "embarrassment"}, {"neccesary", "necessary"}, {"goverement", "government"},
	{"prefered", "preferred"}, {"concious", "conscious"}, {"resistence", "resistance"},
	{"millenium", "millennium"}, {"persue", "pursue"}, {"beleive", "believe"}, {"agressive", "aggressive"},
	{"responsability", "responsibility"}, {"refering", "referring"}, {"sucessful", "successful"},
	{"apparantly", "apparently"}, {"tendancy", "tendency"}, {"adress", "address"}, {"rythm", "rhythm"},
	{"negociation", "negotiation"}, {"developpment", "development"}, {"litterature", "literature"},
	{"mesage", "message"}, {"confortable", "comfortable"}, {"exemple", "example"},
	{"indepandance", "independence"}, {"elction", "election"}, {"secratary", "secretary"},
	{"pwoplw", "people"}, {"elwctiom", "election"}, {"ecomony", "economy"}, {"cpuntey", "country"},
	{"goverbmebt", "government"}, {"seperete", "separate"}, {"sargent", "sergeant"}, {"Carribean", "Caribbean"},
	// capitalised, in capitals, with an apostrophe
	{"Recieve", "Receive"}, {"RECIEVE", "RECEIVE"}, {"Goverment", "Government"}, {"Parliment", "Parliament"},
	{"Europian", "European"}, {"Amercian", "American"}, {"Brittain", "Britain"}, {"Frace", "France"},
	{"dosen't", "doesn't"}, {"does'nt", "doesn't"}, {"wasnt", "wasn't"}, {"could'nt", "couldn't"},
	{"theyre", "they're"}, {"Im", "I'm"},
}

// TestSuggestionQuality measures how many of the misspellings get the word meant in the first three
// suggestions, and fails below the rate the suggestions reached when it was written.
func TestSuggestionQuality(t *testing.T) {
	c := englishChecker(t)
	hits, first := 0, 0
	for _, m := range misspellings {
		got := c.Suggest(m.typo, 3)
		switch {
		case len(got) > 0 && got[0] == m.want:
			hits, first = hits+1, first+1
		case slices.Contains(got, m.want):
			hits++
		default:
			t.Logf("%s: %q, want %q", m.typo, got, m.want)
		}
	}
	t.Logf("%d of %d in the first three, %d first", hits, len(misspellings), first)
	if min := len(misspellings) * 95 / 100; hits < min {
		t.Errorf("%d of %d in the first three, want at least %d", hits, len(misspellings), min)
	}
}
