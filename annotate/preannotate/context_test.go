package preannotate

import (
	"strings"
	"testing"
)

// TestContextSpeakers: a quotation in the first person that nothing attributes is the words of the
// person the paragraph is about; a quotation that does not speak in the first person, a phrase, and
// the next turn of a conversation get no speaker from context.
func TestContextSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, want string // want: a word of the speaker's name, "" for no speaker
	}{
		{"first person after narration",
			"Ahmed Benali a attendu des secours pendant trois jours sur la plage. Ses appels sont restés sans réponse. " +
				"« Je crois qu'ils n'ont jamais reçu mes messages. »",
			"« Je crois", "Benali"},
		{"the person the paragraph is about, not the one named last",
			"Marie Lambert a quitté le club samedi. Marie Lambert y jouait depuis dix ans, sous les ordres de Paul Girard. " +
				"Le départ a surpris. « Nous avons tout gagné ensemble, mais il était temps de partir. »",
			"« Nous avons", "Lambert"},
		{"the same in a text quoting in “ ”",
			"Ahmed Benali a attendu des secours pendant trois jours sur la plage. Ses appels sont restés sans réponse. " +
				"“Je crois qu'ils n'ont jamais reçu mes messages.”",
			"“Je crois", "Benali"},
		{"and in straight marks",
			"Ahmed Benali a attendu des secours pendant trois jours sur la plage. Ses appels sont restés sans réponse. " +
				`"Je crois qu'ils n'ont jamais reçu mes messages."`,
			`"Je crois`, "Benali"},
		{"no first person",
			"Ahmed Benali a attendu des secours pendant trois jours. « Les secours sont arrivés bien trop tard dans la région. »",
			"« Les secours", ""},
		{"a phrase",
			"Ahmed Benali a attendu des secours pendant trois jours. Le village de « mon enfance à moi » a disparu.",
			"« mon enfance", ""},
		{"the next turn of a conversation",
			"Ahmed Benali attendait sur la plage avec Paul Girard. « Tu vois un bateau là-bas ? » « Non, je ne vois rien du tout. »",
			"« Non", ""},
	}
	for _, c := range cases {
		res, err := Text(c.text, Options{MinConfidence: 0.01}) // phrases too
		if err != nil {
			t.Fatal(err)
		}
		var q *Quote
		for i := range res.Quotes {
			if strings.HasPrefix(c.text[res.Quotes[i].Start:], c.quote) {
				q = &res.Quotes[i]
			}
		}
		if q == nil {
			t.Errorf("%s: no quote %q in %+v", c.name, c.quote, res.Quotes)
			continue
		}
		got := ""
		if q.Speaker >= 0 {
			if m := res.Mentions[q.Speaker]; m.Entity >= 0 {
				got = res.Entities[m.Entity].Names["fr"]
			} else {
				got = c.text[m.Start:m.End]
			}
		}
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%s: speaker %q, want %q", c.name, got, c.want)
		}
		if c.want != "" && !q.Inferred {
			t.Errorf("%s: the speaker is not marked inferred", c.name)
		}
	}
}

// TestApposedSpeaker: a speaker written as a description with the person's name after a comma is that
// person, not the previous speaker nor nobody.
func TestApposedSpeaker(t *testing.T) {
	cases := []struct{ text, want string }{
		{"« C'est une victoire contre le terrorisme », a déclaré sa porte-parole, Maria Zakharova.", "Maria Zakharova"},
		{"Paul Girard a parlé le premier. « Nous restons prudents », a indiqué le porte-parole du Kremlin, Dmitri Peskov, jeudi.", "Dmitri Peskov"},
		{"« Nous restons prudents », a indiqué le ministre, qui parlait à Paris.", ""},
	}
	for _, c := range cases {
		res, err := Text(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, q := range res.Quotes {
			if q.Speaker >= 0 && res.Mentions[q.Speaker].Entity >= 0 {
				got = res.Entities[res.Mentions[q.Speaker].Entity].Names["fr"]
			}
		}
		if got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCapitalisedTitleRefersBack: "le Premier ministre", a description since its capital no longer
// makes it a name, refers back to the person who spoke before, as "le chef du gouvernement" does; its
// capital read as a complement naming someone else ("le ministre de l'Intérieur") had left it with no
// entity, so the Quotes tab named no one for the quotation.
func TestCapitalisedTitleRefersBack(t *testing.T) {
	for _, text := range []string{
		"Haïder al-Abadi a fait part d’un « énorme choc ».\n\nMais le Premier ministre a indiqué que ses auteurs seront « traqués\u202f» 👍🏽.",
		"Zoé Périe\u0301 a parlé d’un « choc ».\n\n« Ils seront traqués », a déclaré le Président.",
	} {
		res, err := Text(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range res.Quotes {
			name := ""
			if q.Speaker >= 0 && res.Mentions[q.Speaker].Entity >= 0 {
				name = res.Entities[res.Mentions[q.Speaker].Entity].Names["fr"]
			}
			got = append(got, name)
		}
		if len(got) != 2 || got[0] == "" || got[1] != got[0] {
			t.Errorf("%q: the quotes' speakers are %q, want the same person twice", text, got)
		}
	}
}
