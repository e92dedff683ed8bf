package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are French news and dialogue with guillemets, dashes, both apostrophes, no-break spaces,
// emoji, combining marks and the shapes that crashed the finder before.
var fuzzSeeds = []string{
	"« Oui », a-t-il dit.", "— Non, dit-elle.", "Selon « X », « y ».", "« a », mais « b », a déclaré M. Z , ",
	"», ,", "« ", "—0", "— «",
	"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou. « Nous verrons », a-t-il ajouté.",
	"M. Lavrov a-t-il indiqué que «\u00a0la guerre est finie\u202f». D'après l'AFP, « rien n’est joué ».",
	"— Oh ! dit-elle ; puis — Non.\n— Si, répondit-il.\n\n« Le premier paragraphe\n\n« continue ici. »",
	"“Nested « inner » quote,” he said. \"Plain\" 😀 quote e\u0301té -- dit Zoé.",
	// the constructions of the later rules: a sentence pointing back, a voice, a credit line, a
	// translation in brackets, a passive with its agent, selon a relay, an absolute participle
	"« Revoir les objectifs ». C'est ce qu'a annoncé aujourd'hui le président.",
	"Le Rwanda a répondu par la voix du lieutenant-colonel X, porte-parole : « Non ».",
	"« Ils cassaient les os » .\n— Christian Casseyas, anthropologue\n— Donald Trump, Président élu.",
	"« Jusqu'à la victoire ! » ( « Hasta la victoria » ) surnommée « MOAB » ( « Mère » ) (SGPCT)",
	"Ce « désastre » est déploré par l'ONU, qualifié par les enquêteurs d'« homme violent », selon une agence citée par Reuters.",
	"Télérama le qualifiant « expert », ce dernier estimant « mineure », Sur RTL, rappelant « 50 », Mme X, la présidente, a dit.",
	"Le président 👩‍👩‍👧 a « déclaré » : « C’est un moment\u00a0historique », selon Le Monde.",
	// texts that quote in “ ” or " " and have no guillemets, read as if they had
	"“Je pense que c’est fini”, a déclaré Sergueï Lavrov 😀. “Nous verrons”, a-t-il ajouté e\u0301té.",
	"Un écran de 12\" et \" on verra \", dit-il. \"Rien\n\" n'est joué\", selon \"Le Monde\".\n\n\"",
	"\"\"", "“", "”“", "\" \"", "\"a \"b\" c\"",
	// grapheme clusters at the edges of quotes, cues and speakers: flags, ZWJ sequences, skin tones,
	// keycaps, combining marks
	"« Bravo 👍🏽 », a déclaré Angela Merkel 🇩🇪. « Oui 🇪🇺 », dit-il 👨\u200d👩\u200d👧.",
	"— Non 🇫🇷\n— Si 1\ufe0f\u20e3, répondit Ame\u0301lie 🇺🇳.\n— 👍🏽 dit Zoé\u0301",
	"Selon Emmanuel Macron 🇫🇷, « c’est fini 👩\u200d⚕\ufe0f ». Il a ajouté : « Rien\u202f»\u0301 🇪",
	"\"Oui 👍🏽\" 🇪🇺, a dit Macron🇫🇷. “Non 🇺🇳”, a-t-elle répondu🏽.",
	// si-clauses, brackets crediting, intertitles, a participle opening a sentence, appel, an incise's
	// apposition: the constructions of the twentieth session, at the text's edges too
	"Si « le calme est revenu », il reste « à faire ». S'il « ne regrette rien », «", "Si « a", "si X « b c » ,",
	"« Un rêve » (Greta Gerwig), « voir c’est un défi » (Bayona 🇪🇸), « x » (", "« y » (A B C D)",
	"Titre\n« Nous sommes peu »\nÊtre « plus fort »", "«\u00a0a\u00a0»\n",
	"« Tout », dit-elle. Tout en relativisant : « Rien ». Indiquant :", "Précisant : «",
	"Son appel à « rentrer », l'appel mercredi d'Éric à « x » appel à «",
	"« Prêts, a dit la Dre Roux, cheffe du service. Bien sûr 😀 », a-t-elle dit. « a, a dit X, chef.",
	"Le voyage est qualifié par son opposition basée à Dakar de « campagne » ; a, elle, dénoncé « x",
	// the twenty-third session's typography: a whole text quoting in straight ' … ', ” opening a
	// quotation, “ closed by », a « left open continued by the next paragraph, dialogue turns after a «
	// left open, a « before a comma closing, the junk subjects no longer speakers
	"'Il n'est pas dangereux', a insisté son avocat 😀. Une 'mesure ultime' qu'il 'n'a pas' e\u0301, a dit X.",
	"Il a dit.”(Ils) sont morts: j’en suis responsable”, lâche celui qui a menti. ”La prison”, a répété Z.",
	"“Ce fut l’occasion 👍🏽 »,\u00a0précise Gwenaël Brogard.\n\n« Le premier\n\nreste ici. »", "”", "' '", "'a'",
	"« Oui, dit-il :\n- Non, répond la juge.\n- Si 🇫🇷, dit-il.", "« Le tribunal « , a dit Me X, « non",
	"Qu’on se le dise : « Oui ». Q - « Non » Néanmoins, « x », ajoute et conclut Stéphane Rouault. défaite 1-2 « a. b. »",
}

// clusterBoundaries returns the grapheme cluster boundaries of text, 0 and len(text) included.
func clusterBoundaries(text string) map[int]bool {
	bounds := map[int]bool{0: true}
	state, i := -1, 0
	for rest := text; rest != ""; {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		i += len(c)
		bounds[i] = true
	}
	return bounds
}

// checkSpan fails unless s is empty or a non-empty range of text on grapheme cluster boundaries.
func checkSpan(t *testing.T, text, what string, s Span) {
	t.Helper()
	if s.Empty() && s.Start == s.End {
		return
	}
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		t.Fatalf("%s [%d, %d) outside %q", what, s.Start, s.End, text)
	}
	if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
		t.Fatalf("%s [%d, %d) splits a character of %q", what, s.Start, s.End, text)
	}
	if bounds := clusterBoundaries(text); !bounds[s.Start] || !bounds[s.End] {
		t.Fatalf("%s %q [%d, %d) cuts a grapheme cluster of %q", what, text[s.Start:s.End], s.Start, s.End, text)
	}
}

// FuzzFind checks that no input makes the detector panic, and that every quote, cue and speaker lies
// inside the text on grapheme cluster boundaries, quotes in text order with confidences in [0, 1].
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")) // the importer guarantees NFC
		qs := Find(s)
		for i, q := range qs {
			if q.Empty() {
				t.Fatalf("empty quote [%d, %d) in %q", q.Start, q.End, s)
			}
			checkSpan(t, s, "quote", q.Span)
			checkSpan(t, s, "cue", q.Cue)
			checkSpan(t, s, "speaker", q.Speaker)
			if i > 0 && q.Start < qs[i-1].Start {
				t.Fatalf("quotes out of order: %d after %d in %q", q.Start, qs[i-1].Start, s)
			}
			if q.Confidence < 0 || q.Confidence > 1 || q.Group < 0 {
				t.Fatalf("quote %+v: confidence or group out of range in %q", q, s)
			}
		}
	})
}
