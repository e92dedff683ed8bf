package quotes

import "strings"

// unknownParticiple reads an incise after a quotation whose past participle is in no lexicon: "», a
// exulté le sélectionneur", "», avait jubilé Anne Martin". After a quotation and its comma, an
// auxiliary with no subject before it is inverted, so a person named after its participle is the
// speaker; journalists vary incise verbs without end, as the euphonic t shows (euphonicInversion). The
// participle must be a first-group one (-é), and the subject a name or a description of a person: "»,
// a changé la donne" is a clause about the quotation, not an incise.
func unknownParticiple(toks []tok, v int) (attribution, int, bool) {
	if v+2 >= len(toks) || !inversionAux[toks[v].low] || !toks[v+1].word {
		return attribution{}, v, false
	}
	pp := toks[v+1]
	if pp.text != pp.low || !strings.HasSuffix(pp.low, "é") || len(pp.low) < 5 || notSayingPP[pp.low] {
		return attribution{}, v, false
	}
	a := attribution{cue: Span{pp.start, pp.end}}
	k, ok := inciseSubject(toks, v+2, &a)
	if !ok || a.kind == Pronoun || !personLike(toks, v+2, k, a.kind) {
		return attribution{}, v, false
	}
	return a, k, true
}

// inversionAux are the forms of avoir an inverted incise opens with.
var inversionAux = set("a avait aurait ont avaient auraient")

// notSayingPP are first-group participles that, inverted after a quotation, report no words but what
// the words did: "Cette phrase, « … », a agacé l'Élysée", "», a marqué le ministre".
var notSayingPP = set("été marqué touché frappé choqué étonné agacé énervé inquiété intéressé passé " +
	"irrité fâché outré scandalisé indigné rassuré amusé ulcéré exaspéré blessé vexé offensé heurté " +
	"dérangé embarrassé gêné troublé alarmé alerté fait tué visé accompagné suivi précédé")
