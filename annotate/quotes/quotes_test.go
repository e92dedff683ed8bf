package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// want describes one expected quote part: its text, and optionally its cue and speaker words.
type want struct {
	quote, cue, speaker string
}

func TestFind(t *testing.T) {
	nnbsp := "\u202f"
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"guillemets with narrow no-break spaces, postposed inversion",
			"«" + nnbsp + "Nous ne discutons pas cela." + nnbsp + "», a martelé M. Lavrov.",
			[]want{{"«" + nnbsp + "Nous ne discutons pas cela." + nnbsp + "»", "martelé", "M. Lavrov"}}},
		{"no-break spaces, pronoun inversion a-t-il",
			"« Ils ont un vif intérêt », a-t-il relaté, soulignant que Moscou espérait.",
			[]want{{"« Ils ont un vif intérêt »", "relaté", "il"}}},
		{"preposed complex inversion with que",
			"Ainsi, M. Lavrov a-t-il indiqué que « Le président a clairement dit son intérêt ».",
			[]want{{"« Le président a clairement dit son intérêt »", "indiqué", "M. Lavrov"}}},
		{"preposed description subject, short partial quote",
			"Par ailleurs, le diplomate russe a déclaré « un rôle crucial » dans ce processus.",
			[]want{{"« un rôle crucial »", "déclaré", "le diplomate russe"}}},
		{"nested English quotes stay inside",
			"Il a dit : « Le mot “liberté” n'a plus de sens, voilà tout. »",
			[]want{{"« Le mot “liberté” n'a plus de sens, voilà tout. »", "dit", "Il"}}},
		{"straight quotes at top level with selon",
			`"Nous allons gagner cette élection demain", selon Marie Dupont.`,
			[]want{{`"Nous allons gagner cette élection demain"`, "selon", "Marie Dupont"}}},
		{"curly quotes with passé simple inversion",
			"“Je ne viendrai pas ce soir, c'est décidé”, répondit Pierre.",
			[]want{{"“Je ne viendrai pas ce soir, c'est décidé”", "répondit", "Pierre"}}},
		{"em-dash dialogue with incise splitting the turn",
			"Elle entra.\n— Oh, répondit-il, personne n'est plus insensible.\nIl sortit.",
			[]want{{"— Oh", "répondit", "il"}, {"personne n'est plus insensible.", "répondit", "il"}}},
		{"en-dash dialogue running to the paragraph end",
			"– Tu ne voudrais pas que je te dise qu'il est beau ?\n",
			[]want{{"– Tu ne voudrais pas que je te dise qu'il est beau ?", "", ""}}},
		{"incise inside guillemets gives two parts",
			"« C'était, dit Mademoiselle, une mélancolie qui refroidissait tout le monde. »",
			[]want{{"« C'était", "dit", "Mademoiselle"}, {"une mélancolie qui refroidissait tout le monde. »", "dit", "Mademoiselle"}}},
		{"quote continued over paragraphs",
			"Elle me disait :\n« Si tu veux être à moi, je te ferai heureux.\n« Répands le vin de ce calice, et tu es libre. »\nFin.",
			[]want{{"« Si tu veux être à moi, je te ferai heureux.", "disait", "Elle"}, {"« Répands le vin de ce calice, et tu es libre. »", "disait", "Elle"}}},
		{"incise followed by narration ends the turn",
			"— Bon Dieu ! qu'il est laid ! fit le vieux, d'un ton convaincu. Il alla reposer la lampe.",
			[]want{{"— Bon Dieu ! qu'il est laid !", "fit", "le vieux"}}},
		{"scare quotes are not quotes",
			"Le mouvement des « gilets jaunes » manifeste à Paris.",
			nil},
		{"title in guillemets is not a quote",
			"Il a lu le livre « Guerre et paix » pendant l'été.",
			nil},
		{"em dash inside a sentence is not dialogue",
			"L'administration — et le président lui-même — veut agir.",
			nil},
		{"emoji and combining characters before the quote",
			"Cafe\u0301 😀 : la patronne a lancé « On ferme à minuit, c'est la règle ! »",
			[]want{{"« On ferme à minuit, c'est la règle ! »", "lancé", "la patronne"}}},
		// no edge inside a grapheme cluster (UAX #29): flags, ZWJ sequences, skin tones, keycaps, marks
		{"quote ending with emoji, speaker followed by a flag",
			"« On a gagné 🇫🇷👍🏽 », a déclaré Emmanuel Macron 🇫🇷.",
			[]want{{"« On a gagné 🇫🇷👍🏽 »", "déclaré", "Emmanuel Macron"}}},
		{"dialogue turn ending with a family and a keycap",
			"— On arrive, dit Ame\u0301lie 👨\u200d👩\u200d👧 1\ufe0f\u20e3\n",
			[]want{{"— On arrive", "dit", "Ame\u0301lie"}}},
		{"closing guillemet carrying a combining mark",
			"«" + nnbsp + "Rien ne va" + nnbsp + "»\u0301, a dit Marie.",
			[]want{{"«" + nnbsp + "Rien ne va" + nnbsp + "»\u0301", "dit", "Marie"}}},
		{"curly quote ending with an emoji presentation selector",
			"“Je t’aime ❤\ufe0f”, répondit Pierre 👍🏽.",
			[]want{{"“Je t’aime ❤\ufe0f”", "répondit", "Pierre"}}},
		{"speaker taken from the previous paragraph's quote",
			"« Les discussions avancent bien », a déclaré M. Dupont.\n\n« Nous signerons demain, sans doute. »",
			[]want{{"« Les discussions avancent bien »", "déclaré", "M. Dupont"}, {"« Nous signerons demain, sans doute. »", "", "M. Dupont"}}},
	}
	tests = append(tests, newsTests...)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// checkFind fails unless Find keeps (confidence 0.5 or more) exactly the quotations of wants in text,
// with their cues and speakers.
func checkFind(t *testing.T, text string, wants []want) {
	t.Helper()
	var got []want
	for _, q := range Find(text) {
		if q.Confidence >= 0.5 {
			got = append(got, want{text[q.Start:q.End], text[q.Cue.Start:q.Cue.End], text[q.Speaker.Start:q.Speaker.End]})
		}
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d quotes %q, want %d %q", len(got), got, len(wants), wants)
	}
	for i := range got {
		if got[i] != wants[i] {
			t.Errorf("quote %d = %q, want %q", i, got[i], wants[i])
		}
	}
}

func TestGroups(t *testing.T) {
	text := "« Je pense, a-t-il dit, que tout ira bien. » Puis : « Autre chose. »"
	qs := Find(text)
	if len(qs) != 3 {
		t.Fatalf("got %d parts, want 3", len(qs))
	}
	if qs[0].Group != qs[1].Group || qs[1].Group == qs[2].Group {
		t.Errorf("groups = %d %d %d, want the first two equal and the third different", qs[0].Group, qs[1].Group, qs[2].Group)
	}
}

func TestLexicon(t *testing.T) {
	for form, lemma := range map[string]string{
		"déclara": "déclarer", "martèle": "marteler", "lança": "lancer", "rappelle": "rappeler",
		"répondit": "répondre", "dit": "dire", "écria": "s'écrier", "interrogea": "interroger",
		"bégaya": "bégayer", "reprit": "reprendre", "Ajouta": "ajouter", "complète": "compléter",
		"tweeté": "tweeter", "défend": "se défendre", "espère": "espérer", "réjouit": "se réjouir",
		"inquiète": "s'inquiéter", "réaffirment": "réaffirmer", "concède": "concéder", "justifie": "justifier",
		"conclure": "conclure", "préciser": "préciser", "démentait": "démentir", "rejette": "",
	} {
		if got := cueLemma(form); got != lemma {
			t.Errorf("cueLemma(%q) = %q, want %q", form, got, lemma)
		}
	}
	if cueLemma("maison") != "" {
		t.Error("maison is not a reporting verb")
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	for _, s := range []string{"", "«", "»", "—", "« »", "\"", "“", strings.Repeat("« a ", 50), "-- --", "a — « b",
		"« a », a t- 0", "« a » va t-\u0301 b"} { // "t-" and no word after it (a fuzz find)
		Find(s)
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("De son côté, M. Lavrov a-t-il indiqué que « Le président Trump a clairement dit son intérêt ». "+
		"« Nous ne discutons pas cela », a martelé M. Lavrov.\n— Oh, répondit-il, personne n'est plus insensible.\n", 5000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

// BenchmarkFindDense is the worst case met so far: one paragraph without a full stop holding thousands
// of short quotations (a transcript), where every look back for a sentence's start or a reporting verb
// used to cross the whole paragraph (quadratic time: 64 KB took 22 s). Its cost must grow linearly
// with the text: compare -benchtime runs at the two sizes.
func BenchmarkFindDense(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		text := strings.Repeat("« a » lancée par X , selon Y ", n) + strings.Repeat("« x, a-t-il dit, y » et ", n) +
			strings.Repeat("\n— Jean Dupont, ministre\n« a »", n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text)
			}
		})
	}
}
