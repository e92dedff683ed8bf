package dict

import "strings"

// lemmaRules map an ending of an inflected French form to the endings of its possible lemmas,
// longest endings first.
var lemmaRules = []struct {
	suffix string
	lemmas []string
}{
	{"aient", []string{"er", "re", "ir"}},
	{"èrent", []string{"er"}},
	{"aux", []string{"al", "ail"}},
	{"ées", []string{"er", "ée"}},
	{"ait", []string{"er", "re", "ir"}},
	{"ais", []string{"er", "re", "ir"}},
	{"ons", []string{"er", "re", "ir"}},
	{"ent", []string{"er", "re", "ir", "ent"}},
	{"és", []string{"er", "é"}},
	{"ée", []string{"er", "é"}},
	{"ez", []string{"er", "re", "ir"}},
	{"es", []string{"e", "", "er"}},
	{"é", []string{"er"}},
	{"e", []string{"", "er"}},
	{"s", []string{""}},
	{"x", []string{""}},
}

// futureEndings are the endings of the future and the conditional, which French puts after a stem
// made of the infinitive (parler-ait, finir-ont, prendr-ait for prendre) or an irregular one
// (deviendr-ait, ser-a), longest first.
var futureEndings = []string{"aient", "ions", "iez", "ait", "ais", "ons", "ont", "ai", "as", "ez", "a"}

// irregularFuture maps the future stems that are not their infinitive's to it: whole stems, and
// "iendr", the ending of venir's and tenir's and their compounds' (deviendrait, maintiendra).
var irregularFuture = []struct {
	stem, lemma string
	ending      bool // stem is an ending: the stem before it is kept (deviendr → devenir)
}{
	{"iendr", "enir", true},
	{"ser", "être", false}, {"aur", "avoir", false}, {"fer", "faire", false}, {"ir", "aller", false},
	{"pourr", "pouvoir", false}, {"devr", "devoir", false}, {"voudr", "vouloir", false},
	{"faudr", "falloir", false}, {"saur", "savoir", false}, {"verr", "voir", false},
	{"vaudr", "valoir", false}, {"enverr", "envoyer", false}, {"recevr", "recevoir", false},
	{"courr", "courir", false}, {"mourr", "mourir", false},
}

// Lemmas proposes the possible dictionary forms of a lower-cased French word, most likely first:
// "chevaux" → "cheval", "grandes" → "grande", "grand"; "parlait" → "parler"; "arrivée" → "arriver";
// "parlerait" → "parler", "prendra" → "prendre", and the irregular futures and conditionals of
// news ("serait" → "être", "pourrait" → "pouvoir", "deviendrait" → "devenir"). Candidates are
// guesses to look up, not checked words. The irregular stems come first, as "serait" would else
// find "serre"; the infinitives of the regular ones after the other rules, as "tirait" is tirer's
// imperfect before it is a conditional of "tir".
func Lemmas(word string) []string {
	var out []string
	seen := map[string]bool{word: true}
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	stems := futureStems(word)
	for _, stem := range stems {
		for _, ir := range irregularFuture {
			if before, ok := strings.CutSuffix(stem, ir.stem); ok && (before == "" || ir.ending) {
				add(before + ir.lemma)
			}
		}
	}
	for _, r := range lemmaRules {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		for _, l := range r.lemmas {
			add(stem + l)
		}
	}
	for _, stem := range stems {
		for _, c := range regularInfinitives(stem) {
			add(c)
		}
	}
	return out
}

// futureStems are what word leaves without each future or conditional ending it has.
func futureStems(word string) []string {
	var out []string
	for _, e := range futureEndings {
		if stem, ok := strings.CutSuffix(word, e); ok && strings.HasSuffix(stem, "r") {
			out = append(out, stem)
		}
	}
	return out
}

// regularInfinitives are the infinitives a regular future stem may be: the stem itself for the
// verbs in -er and -ir ("parler", "finir": at least four letters, as "tir" is a noun), and with an
// e for those in -re ("prendr" → "prendre", "écrir" → "écrire", "connaîtr" → "connaître").
func regularInfinitives(stem string) []string {
	var out []string
	if len([]rune(stem)) >= 4 && (strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "ir")) {
		out = append(out, stem)
	}
	for _, end := range []string{"dr", "tr", "vr", "ir", "ur", "oir"} {
		if strings.HasSuffix(stem, end) && len([]rune(stem)) > len(end) {
			out = append(out, stem+"e")
			break
		}
	}
	return out
}

// CompoundLemmas proposes the singular of a lower-cased French compound written with spaces or
// hyphens, whose words take the plural each on its own: "pommes de terre" → "pomme de terre",
// "choux-fleurs" → "chou-fleur", "grands-pères" → "grand-père". Every word ending as a plural may be
// singular or not (with "coffres-forts" both are, with "pommes de terre" only the first): the
// candidates are every such choice but the word as it is, fewest changed words first. A word alone
// gets none: Lemmas serves it.
func CompoundLemmas(word string) []string {
	parts := strings.FieldsFunc(word, func(r rune) bool { return r == ' ' || r == '-' })
	if len(parts) < 2 || len(parts) > 6 {
		return nil
	}
	var words []string // the words and, between them, the separators as written
	rest := word
	for i, p := range parts {
		at := strings.Index(rest, p)
		if i > 0 {
			words = append(words, rest[:at])
		}
		words = append(words, p)
		rest = rest[at+len(p):]
	}
	choices := make([][]string, len(words))
	for i, w := range words {
		choices[i] = []string{w}
		if i%2 == 1 {
			continue // a separator
		}
		for _, r := range []struct{ suffix, lemma string }{{"aux", "al"}, {"s", ""}, {"x", ""}} {
			if stem, ok := strings.CutSuffix(w, r.suffix); ok && len([]rune(stem)) >= 2 {
				choices[i] = append(choices[i], stem+r.lemma)
			}
		}
	}
	var out []string
	seen := map[string]bool{word: true}
	var build func(i, changed, want int, b []string)
	build = func(i, changed, want int, b []string) {
		if i == len(words) {
			if c := strings.Join(b, ""); changed == want && !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
			return
		}
		for k, c := range choices[i] {
			if k > 0 && changed == want {
				break
			}
			next := changed
			if k > 0 {
				next++
			}
			build(i+1, next, want, append(b, c))
		}
	}
	for want := 1; want <= len(parts); want++ {
		build(0, 0, want, nil)
	}
	return out
}
