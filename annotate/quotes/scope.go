package quotes

// What governs a quotation, read walking left from it: the clause it sits in, a verb that makes the
// quoted thing rather than saying it, the source a selon names.

// clauseScope follows, walking left from a quotation, what lies between it and the words read.
type clauseScope struct {
	que     bool // a complementizer or a comma: "que, tandis que …, le couple a « … »"
	blocked bool // a causal clause (puisque, parce que) or a verb making the quoted thing, with no que since
}

// pass takes in the word or mark at toks[v]; skip says it holds no verb to read, stop that no verb
// before it governs the quotation.
func (sc *clauseScope) pass(toks []tok, v int) (skip, stop bool) {
	if !toks[v].word {
		sc.que = sc.que || toks[v].text == ":" || toks[v].text == ","
		return true, false
	}
	w := toks[v].low
	switch {
	case subordinator(toks, v): // "… précise que « … » tandis que son avocat s'« indigne … »"
		return true, !sc.que
	case subjectPronouns[w] && v > 0 && relativeWords[toks[v-1].low] && !sc.que:
		return true, true // "une vidéo dans laquelle il donne des nouvelles du « … »": that clause's verb, not one before
	case causalQue(toks, v):
		sc.blocked = true // "a lâché son boulot, puisqu'il se trouvait « … »": unless a que clause holds it
		return true, false
	case w == "que" || w == "qu'":
		sc.que, sc.blocked = true, false
	}
	return w == "après" && v > 0 && toks[v-1].low == "d'", false
}

// relativeWords open a relative clause whose own subject may follow: "dans lequel il", "où elle".
var relativeWords = set("lequel laquelle lesquels lesquelles où dont auquel duquel")

// causalQue reports whether toks[v] opens a causal clause: puisque, car, or the que of parce que.
func causalQue(toks []tok, v int) bool {
	w := toks[v].low
	return w == "puisque" || w == "puisqu'" || w == "car" || (w == "que" || w == "qu'") && v > 0 && toks[v-1].low == "parce"
}

// framedBy reads a verb at toks[v] that reports only in a frame around the quotation right after
// toks[end-1]: "appelle à « … »", "parle d'un « … »", "utilise le mot « … »".
func framedBy(toks []tok, v, end int) (attribution, bool) {
	if a, ok := prepVerb(toks, v, end); ok {
		return a, true
	}
	if a, ok := appelNoun(toks, v, end); ok { // "son appel à « … »"
		return a, true
	}
	if a, ok := parlerDe(toks, v, end); ok {
		return a, true
	}
	return motTerme(toks, v, end)
}

// objectVerbs report speech with a quotation or a clause, but with a noun phrase as their object they
// make, carry on or present a thing: "lancer une « cagnotte »", "développer son « pouvoir d'influence »".
var objectVerbs = setOf("lancer", "relancer", "développer", "publier", "rédiger", "continuer", "poursuivre",
	"reprendre", "terminer", "compléter", "illustrer", "analyser", "prononcer", "communiquer", "exposer",
	"détailler", "avancer", "risquer", "soutenir", "maintenir", "transmettre", "émettre", "prévoir",
	"garantir", "se défendre", "considérer", "citer", "informer", "promettre")

// objectNoun reports whether the verb at toks[v] is one of objectVerbs with the quotation right after it
// as the noun of its object, behind a determiner (toks[end-1]), or as a complement of that object.
func objectNoun(toks []tok, v, end int) bool {
	f, ok := lexicon()[toks[v].low]
	if !ok || !objectVerbs[f.lemma] || end-1 <= v {
		return false
	}
	k := skipFillers(toks, v+1)
	if k == end-1 {
		return determiners[toks[end-1].low]
	}
	// or a complement of that object: "a publié un communiqué de la « … »"
	if k >= end-2 || !determiners[toks[k].low] {
		return false
	}
	last := end - 1
	if articles[toks[last].low] && !isOf(toks[last].low) {
		last--
	}
	if !isOf(toks[last].low) {
		return false
	}
	return objectWords(toks, k, last)
}

// objectWords reports whether the tokens between the determiner at toks[k] and the de at toks[last]
// are the words of one noun phrase: no que or qui, no auxiliary, and no verb but the head noun, which
// may look like one ("un communiqué").
func objectWords(toks []tok, k, last int) bool {
	for i := k + 1; i < last; i++ {
		t := toks[i]
		if !t.word || t.low == "que" || t.low == "qu'" || t.low == "qui" {
			return false
		}
		if _, verb := lexicon()[t.low]; verb && i > k+1 || auxiliaries[t.low] || etre[t.low] {
			return false
		}
	}
	return true
}

// subordinator reports whether toks[v] is the que of "tandis que" or "alors que", which open a clause
// set against the one before: its own verb, not one before it, governs a quotation inside it.
func subordinator(toks []tok, v int) bool {
	if w := toks[v].low; w != "que" && w != "qu'" || v == 0 {
		return false
	}
	switch toks[v-1].low {
	case "tandis":
		return true
	case "alors": // not "expliquait alors que", where alors means then
		return v == 1 || !toks[v-2].word
	}
	return false
}

// selonSource completes the attribution a of selon or d'après at toks[v], the source starting at
// toks[next]; false when selon governs the quotation itself ("selon un « mode sans échec »").
func selonSource(toks []tok, v, next int, a attribution) (attribution, bool) {
	if next < len(toks) && relativeLequel[toks[next].low] { // "un message selon lequel": its antecedent
		if toks[len(toks)-1].text == ":" {
			return a, false // "a balayé les suggestions selon lesquelles … : « … »": not the suggestions
		}
		if sp, kind, ok := npLeftOpt(toks, v-1, true); ok {
			a.speaker, a.kind = sp, kind
		}
		return a, true
	}
	if next == v+1 && next < len(toks) && toks[next].low == "qui" && toks[v].low == "selon" { // "Marine Le Pen, selon qui « … »"
		return selonQui(toks, v, a)
	}
	sp, kind, n, ok := sourceNP(toks, next)
	switch {
	case ok && !dateLike(toks, next, n):
		a.speaker, a.kind = sp, kind
		if kind == Pronoun && v > 0 { // "X, qui a rappelé que selon lui « … »": the reporter
			if main, ok := clauseToks(toks, v); ok && !main.speaker.Empty() && main.kind != Pronoun && speakerLike(toks, main) {
				a.speaker, a.kind = main.speaker, main.kind
			}
		}
	case next == len(toks)-1 && articles[toks[next].low]:
		return a, false
	}
	return a, true
}

// speakerLike reports whether the speaker a found is a person, a group or a document (personLike),
// not a thing: in "cette décision, qui a selon lui « validé » la loi", lui speaks, not the decision.
func speakerLike(toks []tok, a attribution) bool {
	from, to := spanToks(toks, a.speaker)
	return from >= 0 && personLike(toks, from, to, a.kind)
}

// selonQui reads the antecedent of "selon qui" at toks[v], the person before its comma, as the source:
// "Insuffisant pour la leader du RN Marine Le Pen, selon qui « … »".
func selonQui(toks []tok, v int, a attribution) (attribution, bool) {
	j := v - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	sp, kind, ok := npLeftOpt(toks, j, true)
	if !ok || kind == Pronoun {
		return a, false
	}
	if from, to := spanToks(toks, sp); from < 0 || !personLike(toks, from, to, kind) {
		return a, false
	}
	a.speaker, a.kind = sp, kind
	return a, true
}

// invertedBeforeColon reads the subject inverted after the verb group at toks[v] (its words end at
// toks[next]) of a clause set off by punctuation: "…, rappelle le communiqué : « … »", "Des
// conférences auront lieu, a affirmé Sanders, mais « … »"; not "X, alias Y, commente les …", nor after
// a subject whose name ends with a plus ("la direction du groupe Canal + avait adressé un communiqué :").
func invertedBeforeColon(toks []tok, v, next int) (Span, SpeakerKind, bool) {
	if j := skipVerbLeft(toks, v-1); j >= 0 && (toks[j].word || toks[j].text == "+" && j > 0 && toks[j-1].word) {
		return Span{}, NoSpeaker, false
	}
	sp, kind, n, ok := npRight(toks, skipFillers(toks, next))
	if !ok || n < len(toks) && toks[n].text != ":" && (toks[n].text != "," || kind == Description) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

var relativeLequel = set("lequel laquelle lesquels lesquelles")
