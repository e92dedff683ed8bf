package quotes

import (
	"math"
	"sort"
	"strings"
)

// tokensOutside tokenizes text[ws:we], each quote part in it (names in guillemets excepted) replaced by
// one placeholder token "«»", so that words quoted are never read as the narrator's.
func (f *finder) tokensOutside(ws, we int) []tok {
	toks := tokenize(f.text, ws, we)
	if len(f.masks) == 0 {
		return toks
	}
	out := toks[:0]
	i := sort.Search(len(f.masks), func(i int) bool { return f.masks[i].End > ws })
	for _, t := range toks {
		for i < len(f.masks) && f.masks[i].End <= t.start {
			i++
		}
		if i < len(f.masks) && f.masks[i].Start <= t.start {
			if n := len(out); n == 0 || out[n-1].text != "«»" || out[n-1].end != min(f.masks[i].End, we) {
				out = append(out, tok{start: t.start, end: min(f.masks[i].End, we), text: "«»"})
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// clause finds the reporting verb nearest the end of text[ws:we] and its subject.
func (f *finder) clause(ws, we int) (attribution, bool) {
	toks := f.tokensOutside(max(ws, we-2*maxIncise), we)
	return clauseToks(toks, len(toks))
}

// clauseToks finds the reporting verb nearest toks[end-1] and its subject. An infinitive ("avant de
// préciser que") takes the subject of the verb before it, or of the sentence.
func clauseToks(toks []tok, end int) (attribution, bool) {
	if a, ok := onPeutLire(toks, end); ok {
		return a, true
	}
	que := false   // a complementizer or a comma lies between toks[v] and the quotation
	cause := false // a causal clause (puisque, parce que) or a verb making the quoted thing comes between
	for v := end - 1; v >= 0; v-- {
		if !toks[v].word {
			que = que || toks[v].text == ":" || toks[v].text == "," // "que, tandis que …, le couple a « … »"
			continue
		}
		w := toks[v].low
		if subordinator(toks, v) {
			if !que {
				return attribution{}, false // "… précise que « … » tandis que son avocat s'« indigne … »"
			}
			continue
		}
		if w == "puisque" || w == "puisqu'" || (w == "que" || w == "qu'") && v > 0 && toks[v-1].low == "parce" {
			cause = true // "a lâché son boulot, puisqu'il se trouvait « … »": unless a que clause holds it
			continue
		}
		if w == "que" || w == "qu'" {
			que, cause = true, false
		}
		if w == "après" && v > 0 && toks[v-1].low == "d'" {
			continue
		}
		if w == "pour" {
			if a, ok := pourSource(toks, v, end); ok {
				return a, true
			}
			continue
		}
		if a, ok := prepVerb(toks, v, end); ok {
			return a, true
		}
		if a, ok := parlerDe(toks, v, end); ok {
			return a, true
		}
		if a, ok := motTerme(toks, v, end); ok {
			return a, true
		}
		if objectNoun(toks, v, end) { // "lancera les « consultations citoyennes »": a thing made, not words said
			// but the verb it depends on may report: "a demandé de reprendre la « … »", "a souligné que
			// l'accord prévoyait des « … »"
			cause = cause || lexicon()[toks[v].low].class != infinitive
			continue
		}
		if a, ok := clauseAt(toks, v); ok {
			return a, !cause
		}
	}
	return attribution{}, false
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
	for i := k + 1; i < last; i++ {
		t := toks[i]
		if !t.word || t.low == "que" || t.low == "qu'" || t.low == "qui" {
			return false
		}
		if _, verb := lexicon()[t.low]; verb && i > k+1 || auxiliaries[t.low] || etre[t.low] { // the head noun may look like a verb: "un communiqué"
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

// clauseAt reads a reporting verb at toks[v] with its speaker: after selon or d'après, the subject
// of the main clause for an infinitive, else the subject on its left.
func clauseAt(toks []tok, v int) (attribution, bool) {
	a, next, ok := verbGroup(toks, v)
	if !ok {
		return a, false
	}
	if w := toks[v].low; w == "selon" || w == "d'" {
		if next < len(toks) && relativeLequel[toks[next].low] { // "un message selon lequel": its antecedent
			if toks[len(toks)-1].text == ":" {
				return a, false // "a balayé les suggestions selon lesquelles … : « … »": not the suggestions
			}
			if sp, kind, ok := npLeftOpt(toks, v-1, true); ok {
				a.speaker, a.kind = sp, kind
			}
			return a, true
		}
		if sp, kind, n, ok := sourceNP(toks, next); ok && !dateLike(toks, next, n) {
			a.speaker, a.kind = sp, kind
			if kind == Pronoun && v > 0 { // "X, qui a rappelé que selon lui « … »": the reporter
				if main, ok := clauseToks(toks, v); ok && !main.speaker.Empty() && main.kind != Pronoun {
					a.speaker, a.kind = main.speaker, main.kind
				}
			}
		} else if next == len(toks)-1 && articles[toks[next].low] {
			return a, false // "selon un « mode sans échec »": the quotation is what selon governs
		}
		return a, true
	}
	if a.infin {
		if main, ok := clauseToks(toks, v); ok && !main.speaker.Empty() {
			a.speaker, a.kind = main.speaker, main.kind
		} else if sp, kind, ok := firstNP(toks, v); ok {
			a.speaker, a.kind = sp, kind
		}
		return a, true
	}
	if a.speaker.Empty() && commeBefore(toks, v) { // "comme l'a indiqué X"
		if sp, kind, _, ok := npRight(toks, skipFillers(toks, next)); ok {
			a.speaker, a.kind = sp, kind
			return a, true
		}
	}
	if sp, kind, ok := parLaVoix(toks, next); ok { // "a répondu par la voix de son porte-parole X"
		a.speaker, a.kind = sp, kind
		return a, true
	}
	left := a
	if a.speaker.Empty() || v > 0 {
		subjectLeft(toks, v, &left)
	}
	if j := skipVerbLeft(toks, v-1); a.speaker.Empty() && (j < 0 || !toks[j].word) && (left.kind == NoSpeaker || left.kind == Description) {
		// "…, rappelle le communiqué : « … »": the subject is inverted (not "X, alias Y, commente les …")
		// or between commas: "Des conférences auront lieu, a affirmé Sanders, mais « … »"
		if sp, kind, n, ok := npRight(toks, skipFillers(toks, next)); ok && (n == len(toks) || toks[n].text == ":" || toks[n].text == "," && kind != Description) {
			a.speaker, a.kind = sp, kind
			return a, true
		}
	}
	return left, true
}

var relativeLequel = set("lequel laquelle lesquels lesquelles")

// onPeutLire reads "Sur la page Twitter de Pixar, on pouvait lire :", "peut-on lire dans le
// communiqué": the place where the words are read is their source.
func onPeutLire(toks []tok, end int) (attribution, bool) {
	for v := end - 1; v >= 1 && v >= end-4; v-- {
		if toks[v].low != "lire" {
			continue
		}
		pv, subj := toks[v-1].low, ""
		if verb, pron, ok := splitInversion(toks[v-1].text); ok {
			pv, subj = lower(verb), pron
		} else if v >= 2 {
			subj = toks[v-2].low
		}
		if !strings.HasPrefix(pv, "peu") && !strings.HasPrefix(pv, "pouv") || subj != "on" {
			return attribution{}, false
		}
		for k := 0; k+1 < end; k++ {
			if w := toks[k].low; w == "sur" || w == "dans" {
				if sp, kind, _, ok := npRight(toks, k+1); ok {
					return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: sp, kind: kind}, true
				}
			}
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// parLaVoix reads "par la voix de X" (or "par la voix du", "par la voix d'") among the words after a
// reporting verb, before the quotation: X speaks for the verb's subject.
func parLaVoix(toks []tok, k int) (Span, SpeakerKind, bool) {
	for j := k; j+3 < len(toks) && j < k+4; j++ {
		if toks[j].low != "par" || toks[j+1].low != "la" || toks[j+2].low != "voix" {
			continue
		}
		n := j + 3
		if toks[n].low == "de" || toks[n].low == "d'" {
			n++
		} else if toks[n].low != "du" {
			return Span{}, NoSpeaker, false
		} else {
			n++ // "du lieutenant-colonel X": de + le
			if sp, kind, _, ok := description(toks, n-1); ok {
				return Span{toks[n].start, sp.End}, kind, true
			}
			return Span{}, NoSpeaker, false
		}
		if sp, kind, _, ok := npRight(toks, n); ok {
			return sp, kind, true
		}
	}
	return Span{}, NoSpeaker, false
}

// commeBefore reports whether the verb group at toks[v] follows "comme l'" or "comme le", its subject
// then coming after it ("comme l'indique Chris McKay", "comme l'a rappelé le ministre").
func commeBefore(toks []tok, v int) bool {
	j := v - 1
	for j >= 0 && toks[j].word && (auxiliaries[toks[j].low] || isAdverb(toks[j].low)) {
		j--
	}
	return j >= 1 && (toks[j].low == "l'" || toks[j].low == "le") && toks[j-1].low == "comme"
}

// pourSource reads "pour X, « … »": "pour" followed by a person-like noun phrase and a comma that ends
// the clause, the way "selon X" attributes. Opening the sentence, "Pour X," attributes the quotes of
// the whole sentence ("Pour X, au contraire, il s'agit d'« … »").
func pourSource(toks []tok, v, end int) (attribution, bool) {
	sp, kind, next, ok := sourceNP(toks, v+1)
	if !ok || !personLike(toks, v+1, next, kind) || next >= end {
		return attribution{}, false
	}
	if toks[next].text == "," && toks[end-1].text == ":" && verbless(toks[next+1:end-1]) { // "pour X, membre du comité :"
		return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: Span{sp.Start, toks[end-2].end}, kind: kind}, true
	}
	if t := toks[next].text; t != "," && !(t == ":" && next == end-1) || next != end-1 && v != 0 {
		return attribution{}, false
	}
	return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: sp, kind: kind}, true
}

// verbless reports whether toks, an apposition, hold words only, none of them a verb form.
func verbless(toks []tok) bool {
	for _, t := range toks {
		if !t.word && t.text != "-" && t.text != "(" && t.text != ")" {
			return false
		}
		if f, ok := lexicon()[t.low]; auxiliaries[t.low] || etre[t.low] || ok && f.class == finite {
			return false
		}
	}
	return len(toks) > 0
}

// subjectLeft finds the subject of the verb at toks[v], scanning left over auxiliaries, clitics,
// negation, adverbs and filler phrases; the subject "qui" stands for the noun phrase before it. It falls
// back on the sentence's first noun phrase.
func subjectLeft(toks []tok, v int, a *attribution) {
	if invertedSubject(toks, v-1, a) {
		return
	}
	if sp, kind, ok := gerundAfterComma(toks, v); ok && a.gerund {
		a.speaker, a.kind = sp, kind
		return
	}
	j := skipVerbLeft(toks, v-1)
	if sp, ok := appositionLeft(toks, j); ok { // "Louis Dreyfus, président du directoire, estime"
		a.speaker, a.kind = sp, Name
		if fsp, _, ok := firstNP(toks, v); ok && fsp.Start <= sp.Start && fsp.End >= sp.End {
			a.speaker = fsp // "Le maire de Brest, Yves Cadec, a estimé": the sentence's subject holds it
		}
		return
	}
	if j >= 0 && toks[j].low == "qui" { // "X, qui a déclaré que"
		k := j - 1
		if k >= 0 && toks[k].text == "," {
			k--
		}
		if sp, kind, ok := npLeftOpt(toks, k, true); ok {
			a.speaker, a.kind = sp, kind
			return
		}
	}
	if sp, kind, ok := subjectBeforePlace(toks, j); ok { // "X sur France Inter a dénoncé", "des journalistes sur place rapportent"
		a.speaker, a.kind = sp, kind
		return
	}
	if sp, kind, ok := npLeft(toks, j); ok && (!a.gerund || absoluteGerund(toks, j, v, kind)) && !dateSpan(toks, sp) {
		a.speaker, a.kind = sp, kind
		if head, hkind, ok := agentHead(toks, sp); ok { // "une étude publiée par la revue X a avancé": the study
			a.speaker, a.kind = head, hkind
		}
		return
	}
	if sp, kind, ok := npLeftOpt(toks, j, true); ok && a.gerund && j == v-1 && kind == Description {
		if from, to := spanToks(toks, sp); from >= 0 && personLike(toks, from, to, kind) { // "de la part de ces manifestants scandant"
			a.speaker, a.kind = sp, kind
			return
		}
	}
	if sp, ok := nearestPronoun(toks, v); ok && !a.gerund {
		a.speaker, a.kind = sp, Pronoun
		return
	}
	if sp, kind, ok := firstNP(toks, v); ok {
		a.speaker, a.kind = sp, kind
	}
}

// agentHead returns the noun phrase whose participle the noun phrase sp is the agent of, sp being
// introduced by par at most three words before it: "une étude publiée par la revue Nature".
func agentHead(toks []tok, sp Span) (Span, SpeakerKind, bool) {
	from, _ := spanToks(toks, sp)
	for k := from - 1; k >= 2 && k >= from-3; k-- {
		if !toks[k].word {
			break
		}
		if toks[k].low == "par" {
			if !participleLike(toks[k-1].low) {
				break
			}
			return npLeft(toks, k-2)
		}
	}
	return Span{}, NoSpeaker, false
}

// subjectBeforePlace reads the subject before a place or a medium ending at toks[j], where the subject
// speaks from: "Mounir Mahjoubi sur France Inter", "des journalistes sur place".
func subjectBeforePlace(toks []tok, j int) (Span, SpeakerKind, bool) {
	for k := j; k >= 1 && k >= j-4; k-- {
		if !toks[k].word {
			return Span{}, NoSpeaker, false
		}
		if !placePreps[toks[k].low] {
			continue
		}
		if k == j || !(k+1 == j && toks[j].low == "place" || isUpperStart(toks[k+1].text) && nameEnd(toks, k+1) == j+1) {
			return Span{}, NoSpeaker, false
		}
		sp, kind, ok := npLeft(toks, k-1)
		if from, to := spanToks(toks, sp); ok && from >= 0 && personLike(toks, from, to, kind) {
			return sp, kind, true
		}
		return Span{}, NoSpeaker, false
	}
	return Span{}, NoSpeaker, false
}

var placePreps = set("sur dans chez depuis devant")

// absoluteGerund reports whether the name ending at toks[j] is the subject of the present participle at
// toks[v] in an absolute construction: "Télérama le qualifiant « … »", not "… en Île-de-France en
// tweetant".
func absoluteGerund(toks []tok, j, v int, kind SpeakerKind) bool {
	if toks[v-1].low == "en" {
		return false
	}
	if kind == Description { // "…, ce dernier estimant", "…, un communiqué réclamant"
		sp, _, _ := npLeft(toks, j)
		from, _ := spanToks(toks, sp)
		return j == v-1 && from >= 0 && clauseOpens(toks, from)
	}
	return kind == Name && (j == v-1 || j == v-2 && clitics[toks[v-1].low])
}

// appositionLeft reads a name and its apposition between commas ending at toks[j], the comma before
// the verb: "Louis Dreyfus, président du directoire du journal, estime".
func appositionLeft(toks []tok, j int) (Span, bool) {
	if j < 3 || toks[j].text != "," {
		return Span{}, false
	}
	for i := j - 1; i > 0 && i >= j-10; i-- {
		t := toks[i]
		if t.text == "," {
			name, kind, ok := npLeft(toks, i-1)
			if !ok || kind != Name || !verbless(toks[i+1:j]) {
				return Span{}, false
			}
			return Span{name.Start, toks[j-1].end}, true
		}
		if !t.word || auxiliaries[t.low] || etre[t.low] || t.low == "qui" || t.low == "que" {
			return Span{}, false
		}
	}
	return Span{}, false
}

// invertedSubject reads the subject of a complex inversion ending at toks[j] ("M. Lavrov a-t-il",
// "s'est-elle"): the name before it, else the pronoun.
func invertedSubject(toks []tok, j int, a *attribution) bool {
	if j < 0 {
		return false
	}
	verb, pron, ok := splitInversion(toks[j].text)
	if !ok || !isAux(toks, j, lower(verb)) {
		return false
	}
	a.speaker, a.kind = Span{toks[j].end - len(pron), toks[j].end}, Pronoun
	before := j - 1
	if reflexiveBefore(toks, j) {
		before--
	}
	if sp, kind, ok := npLeft(toks, before); ok && kind == Name {
		a.speaker, a.kind = sp, kind
	}
	return true
}

// skipVerbLeft returns the index of the last token before the auxiliaries, clitics, negation, adverbs
// and filler phrases ending at toks[j].
func skipVerbLeft(toks []tok, j int) int {
	for j >= 0 && (toks[j].word || toks[j].text == ",") {
		if toks[j].text == "," { // "avait, il y a quelques jours, qualifié"
			k := skipFillersLeft(toks, j)
			if k > 0 && k < j && toks[k].text == "," {
				k--
			}
			if k >= 0 && k < j-1 && toks[k].word && (auxiliaries[toks[k].low] || etre[toks[k].low]) {
				j = k
				continue
			}
			if k >= 0 && k < j-1 && toks[k].word && k+1 < len(toks) && toks[k+1].text == "," { // "La municipalité, quant à elle, justifie"
				j = k
			}
			break
		}
		w := toks[j].low
		if auxiliaries[w] || etre[w] || clitics[w] && !subjectPronouns[w] || isAdverb(w) || w == "pas" || w == "en" {
			j--
			continue
		}
		if k := skipFillersLeft(toks, j); k != j && k >= 0 && toks[k].word {
			j = k
			continue
		}
		break
	}
	return j
}

func dateSpan(toks []tok, sp Span) bool {
	from, to := spanToks(toks, sp)
	return from >= 0 && to > from && dateLike(toks, from, to)
}

// firstNP returns the sentence's subject before toks[v]: the noun phrase at its start or, after an
// opening adverbial phrase, after a comma ("De son côté, M. Lavrov …"), with an apposition between
// commas ("Guillaume Pepy, président de la SNCF, a dit"). Dates are skipped ("Le 19 juin, …").
func firstNP(toks []tok, v int) (Span, SpeakerKind, bool) {
	limit := math.MaxInt
	if v < len(toks) {
		limit = toks[v].start
	}
	for k := 0; k < v; k++ {
		if k > 0 && toks[k-1].text != "," {
			continue
		}
		j := k
		if j < v && isConj(toks[j].low) {
			j++
		}
		if sp, kind, n, ok := npRight(toks, j); ok && sp.End <= limit && !dateLike(toks, j, n) {
			return apposition(toks, sp, kind, n, v)
		}
		if j < v && toks[j].low == "des" { // "Vers 22h00, des Gilets jaunes ont …": an indefinite subject
			if sp, kind, n, ok := description(toks, j); ok && sp.End <= limit && n < v && (auxiliaries[toks[n].low] || etre[toks[n].low] || participleCue(toks[n].low)) {
				return sp, kind, true
			}
		}
	}
	return Span{}, NoSpeaker, false
}

// apposition extends the noun phrase sp ending before toks[n] over ", apposition ," when the verb at
// toks[v] follows; the result is a Name when either part is one.
func apposition(toks []tok, sp Span, kind SpeakerKind, n, v int) (Span, SpeakerKind, bool) {
	if kind == Pronoun || n >= v || toks[n].text != "," {
		return sp, kind, true
	}
	ap, akind, m, ok := npRight(toks, n+1)
	if !ok || akind == Pronoun || m >= len(toks) || toks[m].text != "," || skipVerbLeft(toks, v-1) != m {
		return sp, kind, true
	}
	if akind == Name {
		kind = Name
	}
	return Span{sp.Start, ap.End}, kind, true
}

// nearestPronoun returns the subject pronoun closest before toks[v].
func nearestPronoun(toks []tok, v int) (Span, bool) {
	for j := v - 1; j >= 0; j-- {
		if w := toks[j].low; subjectPronouns[w] && w != "on" {
			return Span{toks[j].start, toks[j].end}, true
		}
	}
	return Span{}, false
}

func isConj(w string) bool {
	return w == "et" || w == "mais" || w == "puis" || w == "alors" || w == "ainsi"
}
