package quotes

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// spacedGuillemet matches a guillemet with the spaces French puts inside it.
var spacedGuillemet = regexp.MustCompile("«[ \u00a0\u202f]?|[ \u00a0\u202f]?»")

// requote writes the guillemets of s as the marks open and shut, without the spaces inside.
func requote(s, open, shut string) string {
	return spacedGuillemet.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "«") {
			return open
		}
		return shut
	})
}

// unquoted is s without its quotation marks and spaces.
func unquoted(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("«»“”\" \u00a0\u202f", r) {
			return -1
		}
		return r
	}, s)
}

// TestOtherMarksReadAsGuillemets runs the news sentences of TestFind that quote in guillemets again, their
// guillemets written “ ” and then " ": the same quotations must come out, with the same cue, speaker
// and confidence, their offsets on the marks of the text given.
func TestOtherMarksReadAsGuillemets(t *testing.T) {
	var cases []struct{ name, text string }
	for _, tc := range newsTests {
		cases = append(cases, struct{ name, text string }{tc.name, tc.text})
	}
	for _, s := range []string{
		"« Ils ont un vif intérêt », a-t-il relaté, soulignant que Moscou espérait.",
		"Ainsi, M. Lavrov a-t-il indiqué que « Le président a clairement dit son intérêt ».",
		"« C'était, dit Mademoiselle, une mélancolie qui refroidissait tout le monde. »",
		"Le mouvement des « gilets jaunes » manifeste à Paris.",
		"Cafe\u0301 😀 : la patronne a lancé « On ferme à minuit, c'est la règle ! »",
		"« Les discussions avancent bien », a déclaré M. Dupont.\n\n« Nous signerons demain, sans doute. »",
	} {
		cases = append(cases, struct{ name, text string }{s, s})
	}
	marks := []struct{ name, open, shut string }{{"curly", "“", "”"}, {"straight", `"`, `"`}}
	n := 0
	for _, tc := range cases {
		if !strings.Contains(tc.text, "«") || strings.ContainsAny(tc.text, "“”\"") {
			continue // nested marks would read differently, and are tested below
		}
		paragraphs := strings.Contains(tc.text, "\n\n") || strings.Contains(tc.text, "\n»")
		n++
		base := requote(tc.text, "«", "»")
		for _, m := range marks {
			if paragraphs && m.name == "straight" {
				continue // a " reopening a paragraph or closing a quotation looks the same
			}
			sameQuotes(t, tc.name+", "+m.name, requote(tc.text, m.open, m.shut), base)
		}
	}
	if n < 100 {
		t.Fatalf("only %d sentences compared", n)
	}
}

// sameQuotes fails unless Find reads text as it reads base, the same text quoting in guillemets.
func sameQuotes(t *testing.T, label, text, base string) {
	t.Helper()
	got, want := Find(text), Find(base)
	if len(got) != len(want) {
		t.Errorf("%s: %d quotes, want %d as with guillemets\n%s", label, len(got), len(want), text)
		return
	}
	for i := range got {
		g, w := got[i], want[i]
		if unquoted(text[g.Start:g.End]) != unquoted(base[w.Start:w.End]) ||
			text[g.Cue.Start:g.Cue.End] != base[w.Cue.Start:w.Cue.End] ||
			text[g.Speaker.Start:g.Speaker.End] != base[w.Speaker.Start:w.Speaker.End] ||
			g.Confidence != w.Confidence || g.Group != w.Group || g.Kind != w.Kind {
			t.Errorf("%s: quote %d = %q (cue %q, speaker %q, %.2f), want %q (cue %q, speaker %q, %.2f)",
				label, i, text[g.Start:g.End], text[g.Cue.Start:g.Cue.End], text[g.Speaker.Start:g.Speaker.End], g.Confidence,
				base[w.Start:w.End], base[w.Cue.Start:w.Cue.End], base[w.Speaker.Start:w.Speaker.End], w.Confidence)
		}
	}
}

// TestStraightPairs checks which straight " are taken for quotation marks in a text without guillemets.
func TestStraightPairs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want // quotes of confidence 0.5 or more
	}{
		{"an inch mark pairs with nothing",
			`Il a acheté un écran de 27" hier. "Nous avons tout vendu en une heure", a déclaré le gérant.`,
			[]want{{`"Nous avons tout vendu en une heure"`, "déclaré", "le gérant"}}},
		{"marks spaced the French way",
			`Chanet a conseillé que " on maintienne le moratoire de la peine de mort " . Elle a aussi plaidé pour une réforme.`,
			[]want{{`" on maintienne le moratoire de la peine de mort "`, "conseillé", "Chanet"}}},
		{"a quotation nested in straight marks",
			`"Un adulte a crié "Sortez !" et tout le monde a couru", a raconté une lycéenne.`,
			[]want{{`"Un adulte a crié "Sortez !" et tout le monde a couru"`, "raconté", "une lycéenne"}}},
		{"the closing mark moved to the next line by a sentence splitter",
			"L'article stipule que \"tout membre du Conseil doit demander sa mise en congé.\nLa mise en congé est de droit.\n\" Ces juristes en doutent.",
			[]want{{"\"tout membre du Conseil doit demander sa mise en congé.\nLa mise en congé est de droit.\n\"", "stipule", "L'article"}}},
		{"a mark left open is a slip when the next line opens a quotation",
			"Elle a demandé que le gouvernement \"autorise les visites des ONG.\nLa juriste a conseillé, en outre, que \"l'on maintienne le moratoire sur la peine de mort\".",
			[]want{{`"l'on maintienne le moratoire sur la peine de mort"`, "conseillé", "La juriste"}}},
		{"curly quotes nested in straight ones",
			`"Le mot “liberté” n'a plus de sens pour eux", a regretté la ministre.`,
			[]want{{`"Le mot “liberté” n'a plus de sens pour eux"`, "regretté", "la ministre"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// TestGuillemetsLeaveOtherMarksNested checks that a text quoting in « » is read as it is: its “ ” and
// " " are nested quotations or terms, never rewritten.
func TestGuillemetsLeaveOtherMarksNested(t *testing.T) {
	text := `Le « plan "Marshall" » du ministre. « Le mot “liberté” n'a plus de sens », a-t-il dit. Un "terme".`
	if _, _, ok := asGuillemets(text); ok {
		t.Fatal("a text with guillemets was rewritten")
	}
	for _, q := range Find(text) {
		if q.Confidence >= 0.5 && !strings.HasPrefix(text[q.Start:], "«") {
			t.Errorf("%q taken as a quotation in a text that quotes in « »", text[q.Start:q.End])
		}
	}
}

// TestMostlyCurly: a text that quotes in “ ” with a « … » or two is read as if its “ ” were « », a
// text that quotes in « » with a nested or stray “ … ” as it is.
func TestMostlyCurly(t *testing.T) {
	mostly := "“Nous ne voterons pas ce texte”, a déclaré Marie Dupont. Le mot « trahison » circule. " +
		"Paul Girard a répondu que “le gouvernement ira jusqu’au bout”."
	sameQuotes(t, "mostly “ ”", mostly, strings.NewReplacer("“", "«", "”", "»").Replace(mostly))
	if _, _, ok := asGuillemets("« Le mot “liberté” n'a plus de sens », a-t-il dit. « Non », a-t-elle répondu."); ok {
		t.Error("a text quoting in « » was rewritten")
	}
}

// BenchmarkFindStraight reads text quoting in " " whose first mark opens a quotation that no line after
// it closes: a mark left open is looked for over sixteen lines at most, so the time stays linear in the
// text (2,000 and 8,000 lines run at the same rate).
func BenchmarkFindStraight(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		text := `Il a lancé "bonjour` + "\n" +
			strings.Repeat("\"Nous verrons\", a déclaré le ministre. Une ligne sans guillemets ici.\n", n) + `fin" et voilà.`
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text)
			}
		})
	}
}
