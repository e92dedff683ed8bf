package quotes

import "sync"

// prepVerbs report speech only with the quotation right after a given preposition: "appelle à
// « … »" (a call), "traite X de « … »" (an insult). Elsewhere their forms mean something else ("une
// commune appelée …", "traiter un dossier"), so they stay out of the lexicon.
var prepVerbs = map[string]map[string]bool{
	"appeler": set("à au aux"),
	"traiter": set("de d'"),
}

// maxPrepVerbWords bound the tokens from a prepVerb to its quotation: traiter's object may carry its
// own complement ("traite les journalistes de la RTBF de « … »").
var maxPrepVerbWords = map[string]int{"appeler": 6, "traiter": 9}

// prepVerbForms maps the forms of prepVerbs to their infinitive; built once.
var prepVerbForms = sync.OnceValue(func() map[string]verbForm {
	m := map[string]verbForm{}
	for inf := range prepVerbs {
		erForms(inf, func(form, inf string, c formClass) {
			if _, ok := m[form]; !ok {
				m[form] = verbForm{inf, c}
			}
		})
	}
	return m
})

// prepVerb reads one of prepVerbs at toks[v] governing the quotation right after toks[end-1]: the
// preposition, maybe a determiner after it, and no more than four words between the verb and it, seven
// for traiter ("appelle à « … »", "a appelé les Français à « … »", "traite des journalistes de « … »").
func prepVerb(toks []tok, v, end int) (attribution, bool) {
	f, ok := prepVerbForms()[toks[v].low]
	if !ok || end-v > maxPrepVerbWords[f.lemma] || !prepVerbGoverns(toks, v, end, f.lemma) {
		return attribution{}, false
	}
	a := attribution{cue: Span{toks[v].start, toks[v].end}}
	switch f.class {
	case participle:
		if !participleOK(toks, v) {
			return attribution{}, false
		}
	case infinitive:
		a.infin = true
		if sp, kind, ok := firstNP(toks, v); ok {
			a.speaker, a.kind = sp, kind
		}
		return a, true
	case gerund:
		a.gerund = true
	}
	subjectLeft(toks, v, &a)
	return a, true
}

// prepVerbGoverns reports whether the words between the verb at toks[v] and the quotation at toks[end]
// end with the preposition lemma takes, maybe a determiner after it, and hold nothing but words and no
// que: "que" would open a clause of its own.
func prepVerbGoverns(toks []tok, v, end int, lemma string) bool {
	p := end - 1
	if p > v+1 && articles[toks[p].low] && toks[p].low != "au" && toks[p].low != "aux" {
		p--
	}
	if lemma == "appeler" && p >= v+2 && toks[p-1].low == "à" && infinitiveLike(toks[p].low) {
		p-- // "a appelé les pays à adopter « un accord historique »": the call is to do what is quoted
	}
	if p <= v || !prepVerbs[lemma][toks[p].low] {
		return false
	}
	for _, t := range toks[v+1 : p] {
		if !t.word || t.low == "que" || t.low == "qu'" {
			return false
		}
	}
	return true
}

// appelNoun reads the noun of appeler à at toks[v] governing the quotation right after toks[end-1],
// as the verb does: "son appel à « … »", "l'appel mercredi de X à « … »". The one who calls is the
// name after de within the words between, else the possessive before the noun ("son": a pronoun for
// the possessor, as "selon ses dires" gives); with neither, nobody is said to call and the noun
// attributes nothing.
func appelNoun(toks []tok, v, end int) (attribution, bool) {
	if w := toks[v].low; w != "appel" && w != "appels" || v == 0 || !determiners[toks[v-1].low] && toks[v-1].low != "l'" {
		return attribution{}, false
	}
	if end-v > 8 || !prepVerbGoverns(toks, v, end, "appeler") {
		return attribution{}, false
	}
	a := attribution{cue: Span{toks[v].start, toks[v].end}}
	for k := v + 1; k < end-1; k++ {
		if isOf(toks[k].low) && k+1 < end {
			if sp, kind, _, ok := npRight(toks, k+1); ok && kind == Name {
				a.speaker, a.kind = sp, kind
				return a, true
			}
		}
	}
	if possessives[toks[v-1].low] {
		a.speaker, a.kind = Span{toks[v-1].start, toks[v-1].end}, Pronoun
		return a, true
	}
	return attribution{}, false // "un appel au « calme »": nobody calls
}
