package annotate

import (
	"strings"
	"testing"
)

func TestInCapitals(t *testing.T) {
	for _, c := range []struct {
		sentence, words string // words: the ones asked about, found in the sentence
		want            bool
	}{
		{"L UNION EUROPÉENNE A DÉCIDÉ", "UNION", true},
		{"L UNION EUROPÉENNE A DÉCIDÉ", "UNION EUROPÉENNE", true},
		{"UNION EUROPÉENNE", "UNION", true},                     // two words, the whole sentence
		{"ETATS UNIS 2024 LA PIERRE ANGULAIRE", "PIERRE", true}, // a number does not break the run
		{"le vote d une UNION sacrée", "UNION", false},          // one word for emphasis
		{"le vote d une UNION SACRÉE hier", "UNION", false},     // two, among other words
		{"la PAN", "PAN", false},                                // an acronym in a sentence
		{"UNION", "UNION", false},                               // one word alone: an acronym as well
		{"L Union européenne a décidé", "Union", false},         // not in capitals
		{"DE PIERRE e\u0301tait là", "PIERRE", false},           // é as e + U+0301, lower case: two words in capitals of four
		{"🙂 LE CHOIX DE PIERRE 🙂", "PIERRE", true},
		{"L'ŒUVRE DE PIERRE", "PIERRE", true}, // Œ, a ligature in capitals
	} {
		words := strings.Fields(c.sentence)
		asked := strings.Fields(c.words)
		from := -1
		for i := range words {
			if strings.Join(words[i:min(i+len(asked), len(words))], " ") == c.words {
				from = i
				break
			}
		}
		if from < 0 {
			t.Fatalf("%q is not in %q", c.words, c.sentence)
		}
		got := InCapitals(len(words), func(i int) string { return words[i] }, from, from+len(asked))
		if got != c.want {
			t.Errorf("InCapitals(%q, %q) = %v, want %v", c.sentence, c.words, got, c.want)
		}
	}
}
