package quotes

// How a reporting verb says something, written between an incise's verb and its inverted subject in
// reportage: "déclare d'un air dépité une habitante", "a répondu du tac au tac la porte-parole",
// "reconnaît sans détour le ministre", "souffle à voix basse une infirmière".

// mannerPhrases are the fixed phrases of manner that stand there.
var mannerPhrases = [][]string{
	{"du", "tac", "au", "tac"}, {"du", "bout", "des", "lèvres"}, {"sans", "détour"}, {"sans", "détours"},
	{"sans", "ambages"}, {"sans", "hésiter"}, {"sans", "hésitation"}, {"sans", "sourciller"},
	{"à", "voix", "basse"}, {"à", "voix", "haute"}, {"à", "mi-voix"}, {"à", "demi-mot"}, {"à", "demi-mots"},
	{"en", "souriant"}, {"en", "riant"}, {"en", "plaisantant"}, {"tout", "sourire"}, {"les", "larmes", "aux", "yeux"},
	{"non", "sans", "humour"}, {"non", "sans", "ironie"}, {"avec", "émotion"}, {"avec", "humour"},
	{"avec", "ironie"}, {"avec", "amertume"}, {"avec", "fierté"}, {"avec", "prudence"}, {"avec", "colère"},
}

// mannerNouns head "d'un air dépité", "d'une voix tremblante", "d'un ton ferme".
var mannerNouns = set("air ton voix sourire regard geste trait")

// skipManner returns the index after a phrase of manner at toks[k] that a subject follows, or k: one
// of mannerPhrases, or d'un or d'une, a noun of mannerNouns and up to three adjectives or adverbs
// before the subject's determiner or name.
func skipManner(toks []tok, k int) int {
	for _, m := range mannerPhrases {
		if matchOne(toks, k, m) {
			return k + len(m)
		}
	}
	if k+2 >= len(toks) || toks[k].low != "d'" || toks[k+1].low != "un" && toks[k+1].low != "une" || !mannerNouns[toks[k+2].low] {
		return k
	}
	for j := k + 3; j < len(toks) && j <= k+6 && toks[j].word; j++ {
		w := toks[j].low
		if determiners[w] || isUpperStart(toks[j].text) {
			return j
		}
		if functionWords[w] && !isAdverb(w) || lexicon()[w].lemma != "" {
			return k
		}
	}
	return k
}
