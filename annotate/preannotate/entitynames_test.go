package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate/ner"
)

// TestStripTitles names entities without the titles before a person's name, and keeps the first
// word of another name that happens to be a title's: "Premier League" is not "League".
func TestStripTitles(t *testing.T) {
	for _, tt := range []struct {
		name   string
		person bool
		want   string
	}{
		{"M. Lavoisier", true, "Lavoisier"},
		{"le président Dufresne", true, "Dufresne"},
		{"Premier League", false, "Premier League"},
		{"General Turbines", false, "General Turbines"},
		{"la Maison-Blanche", false, "Maison-Blanche"},
		{"La Paz", false, "La Paz"},
	} {
		if got := stripTitles(tt.name, tt.person); got != tt.want {
			t.Errorf("stripTitles(%q, %v) = %q, want %q", tt.name, tt.person, got, tt.want)
		}
	}
}

// TestPersonsEnglishNames pre-annotates invented sentences naming persons: a name English writes the
// same is its own English name, a well-known one French spells its own way gets the English spelling,
// and one whose French spelling English would not keep gets none rather than the French copied.
func TestPersonsEnglishNames(t *testing.T) {
	text := "Hélène Dumarchey a rencontré Vladimir Poutine à Moscou.\n\n" +
		"Le négociateur ukrainien Oleg Chapochnikov a démenti.\n\n" +
		"Plus tard, Hélène Dumarchey et Oleg Chapochnikov ont dîné ensemble."
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Hélène Dumarchey": "Hélène Dumarchey", "Vladimir Poutine": "Vladimir Putin",
		"Oleg Chapochnikov": "", "Moscou": "Moscow"}
	for _, e := range res.Entities {
		fr := e.Names["fr"]
		if w, ok := want[fr]; ok {
			if e.Names["en"] != w {
				t.Errorf("%s %q: English %q, want %q", e.Type, fr, e.Names["en"], w)
			}
			delete(want, fr)
		}
	}
	for fr := range want {
		t.Errorf("no entity %q", fr)
	}
}

// TestDropCapitalArticle names a place without a capitalised article that is not its own, and keeps
// the article of names that hold one.
func TestDropCapitalArticle(t *testing.T) {
	for _, tt := range []struct{ name, label, want string }{
		{"La Russie", "LOC", "Russie"},
		{"L'Allemagne", "LOC", "Allemagne"},
		{"Le Caire", "LOC", "Le Caire"},
		{"La Haye", "LOC", "La Haye"},
		{"Le Courrier du Soir", "ORG", "Le Courrier du Soir"},
		{"La Bergerie", "LOC", "La Bergerie"},
	} {
		if got := dropCapitalArticle(tt.name, tt.label); got != tt.want {
			t.Errorf("dropCapitalArticle(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	// in a text, the entity's French name
	text := "La France et La Chine ont signé. Pour La Chine, c'est un succès."
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Names["en"] == "China" && e.Names["fr"] != "Chine" {
			t.Errorf("China's French name = %q, want Chine", e.Names["fr"])
		}
	}
}

// TestHeadlineCapitalsDoNotNameTheEntity pre-annotates an article whose headline writes names in
// capitals: each entity is named as the body writes it, which the English name and the glossary's
// proposals take on; a name the text writes only in capitals keeps them.
func TestHeadlineCapitalsDoNotNameTheEntity(t *testing.T) {
	text := "BREXIT : NIGEL FARAGE ET THERESA MAY S’AFFRONTENT À BIRMINGHAM\n\n" +
		"Nigel Farage a promis aujourd’hui de « mobiliser l’armée populaire », à Birmingham.\n\n" +
		"Theresa May lui a répondu le soir même. L’ONU n’a pas réagi."
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Nigel Farage": "PER", "Theresa May": "PER", "Birmingham": "LOC"}
	for _, e := range res.Entities {
		fr := e.Names["fr"]
		if ner.InCapitals(fr) && fr != "ONU" {
			t.Errorf("%s named %q (English %q), from the headline's capitals", e.Type, fr, e.Names["en"])
		}
		if w, ok := want[fr]; ok && e.Type == w {
			if len(e.Mentions) < 2 {
				t.Errorf("%q has %d mentions, want the headline's and the body's", fr, len(e.Mentions))
			}
			delete(want, fr)
		}
	}
	for fr := range want {
		t.Errorf("no entity named %q", fr)
	}
}
