package preannotate

import "testing"

// speaker29Case is a quotation and the name of the entity its speaker should resolve to ("" when the
// text never names that speaker).
type speaker29Case struct{ name, text, quote, want string }

func checkSpeakerNames(t *testing.T, tests []speaker29Case) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Text(tt.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := "(no quote)"
			for _, q := range r.Quotes {
				if tt.text[q.Start:q.End] != tt.quote {
					continue
				}
				got = ""
				if q.Speaker >= 0 && r.Mentions[q.Speaker].Entity >= 0 {
					got = r.Entities[r.Mentions[q.Speaker].Entity].Names["fr"]
				}
			}
			if got != tt.want {
				t.Errorf("%s spoken by %q, want %q", tt.quote, got, tt.want)
			}
		})
	}
}

// TestGivenNameOverTitleWords: a man's given name tells his gender over the words before one of his
// mentions, which are not always his title ("la mère de Pascal Durand", "de la droite Paul Roux"), so
// that "elle" is not given to him.
func TestGivenNameOverTitleWords(t *testing.T) {
	checkSpeakerNames(t, []speaker29Case{
		{"a kinswoman named by her tie to a man",
			"Le drame a eu lieu lundi. La mère de Pascal Durand a confirmé les faits. « Mon fils était malade 😀 », ajoute-t-elle.",
			"« Mon fils était malade 😀 »", ""},
		{"a feminine complement before a man's name",
			"Le candidat de la droite Paul Roux était à Lyon. « Nous gagnerons 😀 », a-t-elle lancé.",
			"« Nous gagnerons 😀 »", ""},
		{"his given name still lets il find him",
			"La fille de Jean Martin témoigne. Jean Martin, lui, se tait. « Je n'ai rien à dire 😀 », a-t-il lâché.",
			"« Je n'ai rien à dire 😀 »", "Jean Martin"},
	})
}
