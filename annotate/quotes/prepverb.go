package quotes

import "sync"

// prepVerbs report speech only with the quotation right after a given preposition: "appelle à
// « … »" (a call), "traite X de « … »" (an insult). Elsewhere their forms mean something else ("une
// commune appelée …", "traiter un dossier"), so they stay out of the lexicon.
var prepVerbs = map[string]map[string]bool{
	"appeler": set("à au aux"),
	"traiter": set("de d'"),
}

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
// preposition, maybe a determiner after it, and no more than four words between the verb and it
// ("appelle à « … »", "a appelé les Français à « … »", "traite des journalistes de « … »").
func prepVerb(toks []tok, v, end int) (attribution, bool) {
	f, ok := prepVerbForms()[toks[v].low]
	if !ok || end-v > 6 || !prepVerbGoverns(toks, v, end, f.lemma) {
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
