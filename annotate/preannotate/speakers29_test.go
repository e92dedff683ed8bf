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

// TestDescriptionGenderAgrees: a description speaker shows a gender by its determiner or its noun
// ("la directrice", "le président du club", "l'ancienne présidente"), and refers to no person of the other gender,
// be it the previous quotation's speaker; it still goes on with a speaker of its gender.
func TestDescriptionGenderAgrees(t *testing.T) {
	checkSpeakerNames(t, []speaker29Case{
		{"la directrice after a man's quotation",
			"Le maire Jean Dupont a inauguré l'école. « C'est un grand jour », a-t-il dit. « Nous attendions ce moment 😀 », a déclaré la directrice de l'établissement.",
			"« Nous attendions ce moment 😀 »", ""},
		{"le président du club after a woman's quotation",
			"La maire Martine Aubry hausse le ton : « Nous ne céderons rien. » Le président du club reste confiant : « Nous allons gagner 😀. »",
			"« Nous allons gagner 😀. »", ""},
		{"an elided feminine noun",
			"Le prévenu Paul Roux a nié. « Je n'y étais pas », a-t-il dit. L'ancienne présidente de l'association a répliqué : « Les preuves sont là 😀. »",
			"« Les preuves sont là 😀. »", ""},
		{"la ministre after a woman's quotation is still she",
			"La ministre Amélie Roux a présenté le budget. « Il est sincère », a-t-elle dit. « Nous tiendrons nos promesses 😀 », a ajouté la ministre.",
			"« Nous tiendrons nos promesses 😀 »", "Amélie Roux"},
	})
}
