package ner

import (
	"strings"
	"testing"
)

// TestJoinDeNames gives the rule the mentions a tagger might have made and checks what it joins: given
// names, a "de" particle and a surname are one person; a place, a title or a noun naming a place after a
// person keeps the tagger's reading.
func TestJoinDeNames(t *testing.T) {
	tests := []struct {
		text   string
		tagged []string // "LABEL:words", in text order
		want   string
	}{
		// what the shipped tagger makes of it: the hyphenated given name untagged, the surname a place
		{"Charles-Maurice de Talleyrand-Périgord a reçu l'ambassadeur.", []string{"LOC:Talleyrand-Périgord"},
			"PER:Charles-Maurice de Talleyrand-Périgord"},
		{"Hier, Marie-Ségolène de Villiers-Montclar est arrivée à Lyon.", []string{"LOC:Villiers-Montclar", "LOC:Lyon"},
			"PER:Marie-Ségolène de Villiers-Montclar, LOC:Lyon"},
		{"« Non ! », a dit Jean-Paul Marie de La Tour-d'Auvergne 👍🏽.", []string{"PER:Jean-Paul Marie", "ORG:La Tour-d'Auvergne"},
			"PER:Jean-Paul Marie de La Tour-d'Auvergne"},
		{"Selon Louis d'Aubigné-Ferrand, tout va bien.", []string{"ORG:Aubigné-Ferrand"}, "PER:Louis d'Aubigné-Ferrand"},
		{"Françoise du Plessis-Mornay 🇫🇷 a parlé.", []string{"PER:Françoise", "LOC:Plessis-Mornay"}, "PER:Françoise du Plessis-Mornay"},
		// the surname is a known place: the tagger's reading stands
		{"Anne de Bretagne a épousé le roi.", []string{"PER:Anne", "LOC:Bretagne"}, "PER:Anne, LOC:Bretagne"},
		{"Le vin de Pierre de Bordeaux est bon.", []string{"LOC:Bordeaux"}, "LOC:Bordeaux"},
		// not given names before "de"
		{"La ville de Saint-Étienne-du-Rouvray est calme.", []string{"LOC:Saint-Étienne-du-Rouvray"}, "LOC:Saint-Étienne-du-Rouvray"},
		{"Le palais de Westminster-Abbaye ouvre.", []string{"LOC:Westminster-Abbaye"}, "LOC:Westminster-Abbaye"},
		// a noun that names a place after a person
		{"Il a atterri à l'aéroport Charles de Gaulle-Étoile hier.", []string{"LOC:Gaulle-Étoile"}, "LOC:Gaulle-Étoile"},
		// a mention running beyond the name is not cut
		{"Le prix Jean de Montfort-Lamaury Industries a été remis.", []string{"ORG:Montfort-Lamaury Industries"},
			"ORG:Montfort-Lamaury Industries"},
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		d := analyse(tt.text, m.gaz)
		got := joinDeNames(d, m.gaz, mentionsIn(t, tt.text, tt.tagged...))
		if s := mentionStrings(tt.text, got); s != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, s, tt.want)
		}
	}
}

// TestPlacesToPersons gives the rule a LOC mention and checks whether it becomes a person: a full
// personal name does, whatever the words around it; a place does not.
func TestPlacesToPersons(t *testing.T) {
	tests := []struct {
		text, loc string
		want      string
	}{
		{"La rencontre avec Ursula von der Leyen à Paris a duré deux heures.", "Ursula von der Leyen", "PER"},
		{"Un dîner avec Jean Dupont-Lavigne à Marseille 🇫🇷.", "Jean Dupont-Lavigne", "PER"},
		{"La réunion avec Charles-Maurice Talleyrand à Vienne.", "Charles-Maurice Talleyrand", "PER"},
		{"Un entretien avec Karl-Theodor zu Guttenberg à Berlin a eu lieu.", "Karl-Theodor zu Guttenberg", "PER"},
		{"Un déjeuner avec Marie de Montfort-Lamaury à Nantes.", "Marie de Montfort-Lamaury", "PER"},
		// places
		{"Il est arrivé à Saint-Jean-de-Luz.", "Saint-Jean-de-Luz", "LOC"},
		{"Il est parti vers l'aéroport Jean Lesage.", "Jean Lesage", "LOC"},
		{"Il habite rue Jean Moulin à Nantes.", "Jean Moulin", "LOC"},
		{"Un séjour avec Jean au Royaume-Uni.", "Royaume-Uni", "LOC"},
		{"Un voyage à Pierre Paris.", "Pierre Paris", "LOC"},         // a known city in it
		{"Un voyage à Victoria Falls.", "Victoria Falls", "LOC"},     // no known given name, no particle
		{"Un voyage à Pointe de Vanves.", "Pointe de Vanves", "LOC"}, // "de" is no particle like "von"
		{"Un voyage à Jean.", "Jean", "LOC"},                         // one word
		{"Une visite à Jean Université.", "Jean Université", "LOC"},  // an organisation word
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		d := analyse(tt.text, m.gaz)
		ms := mentionsIn(t, tt.text, "LOC:"+tt.loc)
		placesToPersons(d, m.gaz, ms)
		if ms[0].Label != tt.want {
			t.Errorf("%q: %q is %s, want %s", tt.text, tt.loc, ms[0].Label, tt.want)
		}
		if ms[0].Label == "PER" && ms[0].Confidence > fullNameConfidence {
			t.Errorf("%q: confidence %.2f, want at most %.2f", tt.text, ms[0].Confidence, fullNameConfidence)
		}
	}
}

// TestFullNamesRecognized runs the shipped recogniser on the names the rules are for.
func TestFullNamesRecognized(t *testing.T) {
	const text = "Charles-Maurice de Talleyrand-Périgord a reçu l'ambassadeur. Talleyrand-Périgord a ensuite quitté Paris.\n\n" +
		"La rencontre avec Ursula von der Leyen à Paris a duré deux heures.\n"
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := mentionStrings(text, m.Recognize(text))
	for _, want := range []string{"PER:Charles-Maurice de Talleyrand-Périgord, PER:Talleyrand-Périgord, LOC:Paris",
		"PER:Ursula von der Leyen, LOC:Paris"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s\nwant it to hold %s", got, want)
		}
	}
}
