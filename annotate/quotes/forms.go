package quotes

import "strings"

// How a word form reads around a reporting verb: a verb that qualifies the reporting infinitive, a
// pronoun that is the subject, an imperative, a reflexive verb of feeling, a plural noun.

// subjectClitic reports whether nous or vous before the verb w is its subject, the verb agreeing with
// it ("nous avons", "vous dites"), rather than its object ("nous a-t-il dit", "nous explique le maire").
func subjectClitic(pron, w string) bool {
	if v, _, ok := splitInversion(w); ok {
		w = lower(v)
	}
	switch pron {
	case "nous":
		return strings.HasSuffix(w, "ons") || w == "sommes"
	case "vous":
		return strings.HasSuffix(w, "ez") || w == "êtes" || w == "dites" || w == "faites"
	}
	return false
}

// semiAux reads the infinitive of a reporting verb after the verb at toks[k] that only qualifies it:
// "a tenu à tempérer", "préférait rectifier", "a voulu rassurer", "s'est borné à rappeler".
func semiAux(toks []tok, k int) (attribution, int, bool) {
	j := skipFillers(toks, k+1)
	if j < len(toks) && toks[j].low == "juste" && toks[j-1].low == "tout" { // "vient tout juste de déclarer"
		j++
	}
	if j < len(toks) && (toks[j].low == "à" || toks[j].low == "de" || toks[j].low == "d'" || toks[j].low == "par") {
		j++
	}
	if j >= len(toks) {
		return attribution{}, k, false
	}
	if j < len(toks)-1 && reflexives[toks[j].low] {
		j++
	}
	if f, ok := lexicon()[toks[j].low]; ok && f.class == infinitive && (!feeling(f.lemma) || reflexiveBefore(toks, j)) {
		return attribution{cue: Span{toks[j].start, toks[j].end}}, j + 1, true
	}
	return attribution{}, k, false
}

// semiAuxFinite and semiAuxPP are the forms of verbs that qualify a reporting infinitive after them;
// venir de only dates it ("Le ministre vient d'annoncer", "vient de déclarer le maire").
var (
	semiAuxFinite = set(`tient tiennent tenait tenaient tint préfère préfèrent préférait préféraient préféra
veut veulent voulait voulaient voulut peut peuvent pouvait pouvaient doit doivent devait devaient
s'empresse s'empressait borne bornait contente contentait finit finissait vient viennent venait venaient`)
	semiAuxPP = set("tenu tenue tenus tenues préféré préférée voulu voulue pu dû empressé empressée borné bornée contenté contentée fini")
)

// imperative reports whether the form at toks[k] is a first or second person plural with no subject
// pronoun before it: the writer's "Rappelons que …", "Notez que …", which report nobody's words.
func imperative(toks []tok, k int) bool {
	w := toks[k].low
	if !strings.HasSuffix(w, "ons") && !strings.HasSuffix(w, "ez") {
		return false
	}
	j := k - 1
	for j >= 0 && clitics[toks[j].low] && toks[j].low != "nous" && toks[j].low != "vous" {
		j--
	}
	return j < 0 || toks[j].low != "nous" && toks[j].low != "vous" && toks[j].low != "on"
}

// feeling reports whether a reflexive verb of feeling is meant, whose forms without their pronoun are
// adjectives ("inquiète", "indignée"): s'inquiéter, s'indigner, s'étonner, se féliciter …; not "se
// défendre" or "se justifier", which report bare in an incise.
func feeling(lemma string) bool {
	return (strings.HasPrefix(lemma, "s'") || strings.HasPrefix(lemma, "se ")) && !bareReflexives[lemma]
}

var bareReflexives = setOf("se défendre", "se justifier", "s'expliquer", "s'excuser", "s'exprimer", "s'adresser",
	"s'interroger", "se plaindre", "s'enquérir", "se confier")

// skipEnY returns k, or k-1 after en or y: "s'en inquiète" has its pronoun before en.
func skipEnY(toks []tok, k int) int {
	if k > 0 && (toks[k-1].low == "en" || toks[k-1].low == "y") {
		return k - 1
	}
	return k
}

// secondSingular reports whether the form at toks[k] reads as a second person singular ("reproches",
// "critiques") with no tu before it: then it is a plural noun.
func secondSingular(toks []tok, k int) bool {
	w := toks[k].low
	if !strings.HasSuffix(w, "es") || w == "dites" || w == "faites" || strings.HasSuffix(w, "ées") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].low == "tu" || toks[j].low == "t'" {
			return false
		}
	}
	return true
}
