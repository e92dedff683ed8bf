package quotes

import (
	"strings"
	"sync"
)

// formClass says how a reporting-verb form can be read.
type formClass uint8

const (
	finite     formClass = iota // a conjugated form: "déclare", "dit", "répondit"
	participle                  // a past participle only: "déclaré", "répondu" (needs avoir or se … être)
	infinitive                  // "déclarer", "dire": reports speech of the main clause's subject
	gerund                      // a present participle: "déclarant", "disant"
)

// verbForm is one entry of the lexicon.
type verbForm struct {
	lemma string
	class formClass
}

// auxiliaries are the forms of avoir used in compound tenses ("a déclaré", "avait dit", "a-t-il dit"),
// the subjunctive's too ("après que X ait qualifié Y de « … »").
var auxiliaries = map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "eut": true, "aura": true, "ai": true,
	"avais": true, "avons": true, "avez": true, "aurait": true, "auraient": true, "auront": true,
	"as": true, "aurais": true, "eût": true, "avoir": true, "ayant": true, "ait": true, "aient": true,
}

// etre are the forms of être, the auxiliary of reflexive verbs ("s'est défendu", "se sont engagés").
var etre = map[string]bool{
	"est": true, "sont": true, "était": true, "étaient": true, "fut": true, "furent": true, "sera": true,
	"seront": true, "serait": true, "seraient": true, "suis": true, "es": true, "sommes": true,
	"êtes": true, "étais": true, "être": true, "étant": true,
}

// lexicon maps a lower-case verb form to its infinitive and class; built once and never modified.
var lexicon = sync.OnceValue(buildLexicon)

func buildLexicon() map[string]verbForm {
	m := make(map[string]verbForm, 8192)
	add := func(form, inf string, c formClass) {
		if old, ok := m[form]; !ok || old.class != finite && c == finite { // a finite reading wins
			m[form] = verbForm{inf, c}
		}
	}
	for _, inf := range erVerbs {
		erForms(inf, add)
	}
	for _, inf := range irVerbs {
		irForms(inf, add)
	}
	for inf, forms := range irregular {
		for _, f := range strings.Fields(forms) {
			c := finite
			switch {
			case f == bare(inf) && f != "selon" || f == "reconnaitre":
				c = infinitive
			case strings.HasSuffix(f, "ant"):
				c = gerund
			}
			add(f, inf, c)
		}
		if pp := irregularPP[inf]; pp != "" {
			for _, f := range []string{pp, pp + "e", pp + "s", pp + "es"} {
				add(f, inf, participle)
			}
		}
	}
	return m
}

// bare drops a reflexive pronoun from an infinitive.
func bare(inf string) string {
	return strings.TrimPrefix(strings.TrimPrefix(inf, "s'"), "se ")
}

// erForms conjugates a first-group verb, spelling changes included (ç/ge before a and o, è in
// "répète", "complète", "martèle", doubled l and t in "rappelle", "rejette", i in "bégaie").
func erForms(inf string, add func(form, inf string, c formClass)) {
	stem := strings.TrimSuffix(bare(inf), "er")
	hard := stem // before a and o
	switch {
	case strings.HasSuffix(stem, "c"):
		hard = stem[:len(stem)-1] + "ç"
	case strings.HasSuffix(stem, "g"):
		hard = stem + "e"
	}
	soft := softStem(stem) // before a mute e
	for _, e := range []string{"e", "es", "ent", "era", "eront", "erait", "eraient"} {
		add(soft+e, inf, finite)
	}
	for _, e := range []string{"e", "ent"} { // "bégaye" beside "bégaie", "répéte" typed without accent
		add(stem+e, inf, finite)
	}
	for _, e := range []string{"a", "ai", "as", "ait", "aient", "ais", "âmes"} {
		add(hard+e, inf, finite)
	}
	add(stem+"èrent", inf, finite)
	add(stem+"ons", inf, finite)
	add(hard+"ons", inf, finite)
	add(stem+"ez", inf, finite)
	add(hard+"ant", inf, gerund)
	for _, e := range []string{"é", "ée", "és", "ées"} {
		add(stem+e, inf, participle)
	}
	add(stem+"er", inf, infinitive)
}

// softStem is the stem before a mute e: "répét" → "répèt", "martel" → "martèl", "rappel" → "rappell",
// "bégay" → "bégai".
func softStem(stem string) string {
	r := []rune(stem)
	n := len(r)
	switch {
	case n >= 3 && strings.HasSuffix(stem, "ay") || strings.HasSuffix(stem, "oy") || strings.HasSuffix(stem, "uy"):
		return string(r[:n-1]) + "i"
	case strings.HasSuffix(stem, "pel") || strings.HasSuffix(stem, "jet"):
		return stem + string(r[n-1])
	case n >= 3 && !isVowel(r[n-1]) && (r[n-2] == 'é' || r[n-2] == 'e' && !isVowel(r[n-3])):
		r[n-2] = 'è'
		return string(r)
	}
	return stem
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyéèêëàâîïôöûüœ", r) }

// irForms conjugates a second-group verb: "réagit", "réagissait", "réagi".
func irForms(inf string, add func(form, inf string, c formClass)) {
	stem := strings.TrimSuffix(bare(inf), "ir")
	for _, e := range []string{"it", "is", "issent", "issait", "issaient", "issais", "irent", "ira", "iront", "irait", "issons", "issez"} {
		add(stem+e, inf, finite)
	}
	add(stem+"issant", inf, gerund)
	for _, e := range []string{"i", "ie", "is", "ies"} {
		add(stem+e, inf, participle)
	}
	add(stem+"ir", inf, infinitive)
}

// cueLemma returns the infinitive of a reporting-verb form (any case), or "".
func cueLemma(word string) string {
	return lexicon()[lower(word)].lemma
}

// cueForm returns a reporting-verb form's entry; ok is false when the word is not one.
func cueForm(word string) (verbForm, bool) {
	f, ok := lexicon()[lower(word)]
	return f, ok
}
