package quotes

import "strings"

// unknownParticiple reads an incise after a quotation whose past participle is in no lexicon: "», a
// exulté le sélectionneur", "», avait jubilé Anne Martin". After a quotation and its comma, an
// auxiliary with no subject before it is inverted, so a person named after its participle is the
// speaker; journalists vary incise verbs without end, as the euphonic t shows (euphonicInversion). The
// participle must be a first-group one (-é), and the subject a name or a description of a person: "»,
// a changé la donne" is a clause about the quotation, not an incise. Adverbs may stand between the
// auxiliary and the participle: "», a d'ailleurs commencé Marine Roux", "», a aussi exulté le maire".
func unknownParticiple(toks []tok, v int) (attribution, int, bool) {
	if v+2 >= len(toks) || !inversionAux[toks[v].low] || !toks[v+1].word {
		return attribution{}, v, false
	}
	p := skipFillers(toks, v+1)
	if p+1 >= len(toks) || !toks[p].word {
		return attribution{}, v, false
	}
	pp := toks[p]
	if pp.text != pp.low || !strings.HasSuffix(pp.low, "é") || len(pp.low) < 5 || notSayingPP[pp.low] {
		return attribution{}, v, false
	}
	a := attribution{cue: Span{pp.start, pp.end}}
	k, ok := inciseSubject(toks, p+1, &a)
	if !ok || a.kind == Pronoun || !personLike(toks, p+1, k, a.kind) {
		return attribution{}, v, false
	}
	return a, k, true
}

// unknownFinite reads an incise after a quotation whose verb is a first-group form in no lexicon, in
// the imperfect or the present: "», anticipait Paul Roux, secrétaire du syndicat", "», apprécie cette
// vacancière." The subject after it must name a person and end at punctuation: "», concerne les
// salariés du site" is a clause with an object.
func unknownFinite(toks []tok, v int) (attribution, int, bool) {
	t := toks[v]
	if v+1 >= len(toks) || !t.word || t.text != t.low || len(t.low) < 6 || !firstGroupFinite(t.low) || notSaying[t.low] {
		return attribution{}, v, false
	}
	if _, known := lexicon()[t.low]; known {
		return attribution{}, v, false
	}
	a := attribution{cue: Span{t.start, t.end}}
	k, ok := inciseSubject(toks, v+1, &a)
	if !ok || a.kind == Pronoun || !personLike(toks, v+1, k, a.kind) || k < len(toks) && toks[k].word {
		return attribution{}, v, false
	}
	return a, k, true
}

// firstGroupFinite reports whether w ends as a first-group verb's third person in the imperfect or
// the present: -ait, -aient, -ie, -ue, -que.
func firstGroupFinite(w string) bool {
	for _, s := range []string{"ait", "aient", "ie", "ue", "que"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// inversionAux are the forms of avoir an inverted incise opens with.
var inversionAux = set("a avait aurait ont avaient auraient")

// notSayingPP are first-group participles that, inverted after a quotation, report no words but what
// the words did: "Cette phrase, « … », a agacé l'Élysée", "», a marqué le ministre".
var notSayingPP = set("été marqué touché frappé choqué étonné agacé énervé inquiété intéressé passé " +
	"irrité fâché outré scandalisé indigné rassuré amusé ulcéré exaspéré blessé vexé offensé heurté " +
	"dérangé embarrassé gêné troublé alarmé alerté fait tué visé accompagné suivi précédé")

// aspectual reports whether the reporting verb at toks[k], of the given lemma, governs an infinitive
// with de or à and so only says that an action goes on, starts or ends: "continue de mener une «
// guerre »", "a commencé à construire".
func aspectual(toks []tok, k int, lemma string) bool {
	if !aspectVerbs[lemma] || k+2 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "de", "d'", "à":
		j := k + 2
		for j+1 < len(toks) && infinitiveClitics[toks[j].low] {
			j++
		}
		return infinitiveAfterAspect(toks[j].low)
	}
	return false
}

// infinitiveClitics are the object pronouns an infinitive may have before it: "continue de le dire".
var infinitiveClitics = set("le la les l' lui leur se s' y en")

// infinitiveAfterAspect reports whether a lower-case word after "continue de" reads as an infinitive
// that reports no speech: a first- or second-group ending that is no common noun, or a frequent
// third-group verb ("continue à titre personnel" has none). After a reporting infinitive the verb
// stays the cue, as it always was.
func infinitiveAfterAspect(w string) bool {
	if _, ok := lexicon()[w]; ok || w == "parler" {
		return false // "continue de dénoncer", "a continué à parler d'une « … »" report
	}
	return (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) && len(w) > 3 && !nounsLikeInfinitives[w] ||
		thirdGroupInfinitives[w]
}

var nounsLikeInfinitives = set("hier hiver avenir plaisir désir loisir souvenir pouvoir devoir quartier dossier " +
	"premier dernier métier chantier courrier janvier février fer mer cher clair noir soir espoir")

var thirdGroupInfinitives = set("faire être prendre mettre vivre suivre croire battre voir vendre attendre " +
	"défendre combattre produire construire détruire réduire perdre rendre descendre")

// aspectVerbs are the reporting verbs that also govern an infinitive to mark an aspect.
var aspectVerbs = setOf("continuer", "commencer", "terminer", "poursuivre")
