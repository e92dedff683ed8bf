package quotes

import (
	"math"
	"slices"
	"strings"
)

// The subject of a reporting verb, read on its left or, for an inversion, after it.

// subjectLeft finds the subject of the verb at toks[v], scanning left over auxiliaries, clitics,
// negation, adverbs and filler phrases; the subject "qui" stands for the noun phrase before it. It falls
// back on the sentence's first noun phrase.
func subjectLeft(toks []tok, v int, a *attribution) {
	if invertedSubject(toks, v-1, a) {
		return
	}
	if sp, kind, ok := leftSubject(toks, v, a.gerund); ok {
		a.speaker, a.kind = sp, kind
	}
}

// leftSubject reads the subject on the left of the verb group ending at toks[v] (a present
// participle when gerund is true).
func leftSubject(toks []tok, v int, gerund bool) (Span, SpeakerKind, bool) {
	if gerund {
		if j := gerundComma(toks, v); j >= 1 && toks[j].text == "," && toks[j-1].text == "«»" {
			return Span{}, NoSpeaker, false // "X a dit que « … », ajoutant que « … »": the quotation's speaker (subjectFallback)
		}
		if v >= 2 && (toks[v-1].low == "lui" || toks[v-1].low == "leur") && toks[v-2].text == "," {
			return firstNP(toks, v-2) // "ont rappelé à l'ordre le ministre, lui faisant remarquer": the ministre is told
		}
		if sp, kind, ok := gerundAfterComma(toks, v); ok {
			return sp, kind, true
		}
		if j := gerundComma(toks, v); j >= 1 && toks[j].text == "," && inciseBefore(toks, j) {
			// "X a « … », a déclaré Y sur sa page, affirmant que « … »": the participle goes on with the
			// incise before it, not with the sentence's first noun phrase (subjectFallback)
			return Span{}, NoSpeaker, false
		}
	}
	if sp, ok := demonstrativeOpening(toks, v); ok { // "Celui qui est aussi viticulteur dans l'Hérault a fait état"
		return sp, Description, true
	}
	if gerund && enGerund(toks, v) && gerundComma(toks, v) >= 0 && toks[gerundComma(toks, v)].text == "," {
		return firstNP(toks, v) // "X a salué Y, qui le recevait à Sotchi, en le qualifiant de": the main clause's subject
	}
	j := skipVerbLeft(toks, v-1)
	if sp, kind, ok := antecedentLeft(toks, j); ok { // "Kit, qui a épousé Rose Leslie, actrice, a avoué"
		return sp, kind, true
	}
	if sp, ok := appositionLeft(toks, j); ok { // "Louis Dreyfus, président du directoire, estime"
		if fsp, _, ok := firstNP(toks, v); ok && fsp.Start <= sp.Start && fsp.End >= sp.End {
			sp = fsp // "Le maire de Brest, Yves Cadec, a estimé": the sentence's subject holds it
		}
		return sp, Name, true
	}
	for _, read := range []func([]tok, int, int, bool) (Span, SpeakerKind, bool){nousVousSubject, quiSubject, placeSubject, npSubject, nearSubject} {
		if sp, kind, ok := read(toks, j, v, gerund); ok {
			return sp, kind, true
		}
	}
	if sp, kind, ok := afterTopicColon(toks, v); ok {
		return sp, kind, true
	}
	if sp, kind, ok := firstNP(toks, v); ok {
		return sp, kind, true
	}
	return quantifiedSubject(toks, v)
}

// inciseBefore reports whether a reporting verb stands between the last quotation before toks[j] and
// toks[j]: the incise of that quotation.
func inciseBefore(toks []tok, j int) bool {
	q := slices.IndexFunc(toks[:j], func(t tok) bool { return t.text == "«»" })
	if q < 0 {
		return false
	}
	for k := j - 1; k > q; k-- {
		if toks[k].text == "«»" {
			q = k
			break
		}
	}
	return slices.ContainsFunc(toks[q+1:j], func(t tok) bool { return cueLemma(t.low) != "" })
}

// demonstrativeOpening reads "Celui qui", "Celle qui" opening the sentence toks before the verb at
// toks[v]: the demonstrative is the subject, whether the verb is that of the relative clause or the
// main one after it, and the nouns of the relative clause ("qui est aussi viticulteur dans l'Hérault")
// are none.
func demonstrativeOpening(toks []tok, v int) (Span, bool) {
	if v < 3 || !demonstratives[toks[0].low] || !isUpperStart(toks[0].text) || toks[1].low != "qui" {
		return Span{}, false
	}
	for _, t := range toks[2:v] {
		if t.text == "«»" || t.text == ":" || t.text == ";" {
			return Span{}, false
		}
	}
	return Span{toks[0].start, toks[0].end}, true
}

// nousVousSubject reads nous or vous between toks[j] and the verb at toks[v], which the scan left of
// the verb skipped as an object pronoun, as the subject when the verb right after it agrees with it
// ("Vous avez dit « … »", "nous avons déclaré"); before a verb that does not, it is the object ("il
// vous a dit").
func nousVousSubject(toks []tok, j, v int, _ bool) (Span, SpeakerKind, bool) {
	for k := j + 1; k >= 0 && k+1 < len(toks) && k < v; k++ {
		w, verb := toks[k].low, toks[k+1].low
		if w == "vous" && strings.HasSuffix(verb, "ez") || w == "nous" && strings.HasSuffix(verb, "ons") {
			return Span{toks[k].start, toks[k].end}, Pronoun, true
		}
	}
	return Span{}, NoSpeaker, false
}

// quiSubject reads the noun phrase a subject qui ending at toks[j] stands for: "X, qui a déclaré que".
func quiSubject(toks []tok, j, _ int, _ bool) (Span, SpeakerKind, bool) {
	if j < 0 || toks[j].low != "qui" {
		return Span{}, NoSpeaker, false
	}
	k := j - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	return npLeftOpt(toks, k, true)
}

// placeSubject is subjectBeforePlace: "X sur France Inter a dénoncé", "des journalistes sur place
// rapportent".
func placeSubject(toks []tok, j, _ int, _ bool) (Span, SpeakerKind, bool) {
	return subjectBeforePlace(toks, j)
}

// npSubject reads the noun phrase ending at toks[j], not a date, or the noun phrase it is the agent of
// ("une étude publiée par la revue X a avancé": the study). A participle's subject must stand in an
// absolute construction.
func npSubject(toks []tok, j, v int, gerund bool) (Span, SpeakerKind, bool) {
	sp, kind, ok := npLeft(toks, j)
	if !ok || gerund && !absoluteGerund(toks, j, v, kind) || dateSpan(toks, sp) {
		return Span{}, NoSpeaker, false
	}
	if head, hkind, ok := agentHead(toks, sp); ok {
		return head, hkind, true
	}
	return sp, kind, true
}

// nearSubject reads, before a participle, a description of people right before it, which the participle
// qualifies ("de la part de ces manifestants scandant", "des partisans criant", "certains se
// demandant"); before a verb, the nearest subject pronoun.
func nearSubject(toks []tok, j, v int, gerund bool) (Span, SpeakerKind, bool) {
	if !gerund {
		sp, ok := nearestPronoun(toks, v)
		return sp, Pronoun, ok
	}
	if j < 0 || !toks[j].word || j != v-1 && !(j == v-2 && reflexives[toks[v-1].low]) || toks[j].low == "en" || isConj(toks[j].low) {
		return Span{}, NoSpeaker, false // "en criant" has the clause's subject; "et invitant" is coordinated
	}
	if indefinites[toks[j].low] { // "certains se demandant"
		return Span{toks[j].start, toks[j].end}, Description, true
	}
	sp, kind, ok := npLeftOpt(toks, j, true)
	if !ok {
		sp, kind, ok = determinerBack(toks, j) // "face à des partisans unionistes criant"
	}
	if !ok || kind != Description {
		return Span{}, NoSpeaker, false
	}
	if from, to := spanToks(toks, sp); from < 0 || !personLike(toks, from, to, kind) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// determinerBack reads a description ending at toks[j] back to its determiner, within four words,
// de and des included, which the leftward reader leaves to the clause before.
func determinerBack(toks []tok, j int) (Span, SpeakerKind, bool) {
	for i := j - 1; i >= 0 && i >= j-4 && toks[i].word; i-- {
		if determiners[toks[i].low] {
			return Span{toks[i].start, toks[j].end}, Description, true
		}
		if stopNP[toks[i].low] {
			break
		}
	}
	return Span{}, NoSpeaker, false
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

// antecedentLeft reads the subject that a relative clause between commas separates from its verb, the
// comma before the verb being toks[j]: "Kit, qui a récemment épousé Rose Leslie, covedette de la série,
// a avoué" is Kit's avowal, not Rose Leslie's. The subject must name a person, a group or a document.
func antecedentLeft(toks []tok, j int) (Span, SpeakerKind, bool) {
	if j < 3 || toks[j].text != "," {
		return Span{}, NoSpeaker, false
	}
	for k := j - 1; k >= 2 && k >= j-25; k-- {
		t := toks[k]
		switch {
		case bracketed(toks, k): // "qui préside la conférence climat de l'Onu (COP21)"
			continue
		case !t.word && t.text != ",", t.low == "que" || t.low == "qu'":
			return Span{}, NoSpeaker, false
		case t.low == "qui" && toks[k-1].text == ",":
			return quiAntecedent(toks, k)
		}
	}
	return Span{}, NoSpeaker, false
}

// appositionLeft reads a name and its apposition between commas ending at toks[j], the comma before
// the verb: "Louis Dreyfus, président du directoire du journal, estime".
func appositionLeft(toks []tok, j int) (Span, bool) {
	i, ok := appositionComma(toks, j)
	if !ok {
		return Span{}, false
	}
	name, kind, ok := npLeft(toks, i-1)
	if ok && kind == Description && describedName(toks, name, i, j) {
		kind = Name // "mais le directeur de la Sûreté générale, Abbas Ibrahim, a évoqué"
	}
	if !ok || kind != Name {
		return Span{}, false
	}
	return Span{name.Start, toks[j-1].end}, true
}

// describedName reports whether the description d, ending before the comma toks[i], describes a
// person named between that comma and the one at toks[j]: "le ministre de la Santé, Hamad Hasan,".
func describedName(toks []tok, d Span, i, j int) bool {
	from, to := spanToks(toks, d)
	if from < 0 || !personLike(toks, from, to, Description) {
		return false
	}
	_, kind, n, ok := npRight(toks, i+1)
	return ok && kind == Name && n == j
}

// appositionComma returns the index of the comma opening an apposition without a verb that ends at
// toks[j], the comma before the verb, within ten words.
func appositionComma(toks []tok, j int) (int, bool) {
	if j < 3 || toks[j].text != "," {
		return 0, false
	}
	for i := j - 1; i > 0 && i >= j-10; i-- {
		t := toks[i]
		if t.text == "," {
			return i, verbless(toks[i+1 : j])
		}
		if !t.word || auxiliaries[t.low] || etre[t.low] || t.low == "qui" || t.low == "que" {
			return 0, false
		}
	}
	return 0, false
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
		if toks[j].text == "," {
			k, ok := commaFillerLeft(toks, j)
			if ok {
				j = k
				continue
			}
			return k
		}
		if verbLeftFiller(toks[j].low) {
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

// verbLeftFiller reports whether w may stand before a verb inside its group: an auxiliary, a clitic
// that is not a subject, an adverb, pas or en.
func verbLeftFiller(w string) bool {
	return auxiliaries[w] || etre[w] || clitics[w] && !subjectPronouns[w] || isAdverb(w) || w == "pas" || w == "en"
}

// commaFillerLeft reads leftwards over a filler between commas ending at the comma toks[j]. Before an
// auxiliary ("avait, il y a quelques jours, qualifié") it returns the auxiliary's index and true, for
// scanning to go on; after a subject ("La municipalité, quant à elle, justifie") the subject's index
// and false; otherwise j and false.
func commaFillerLeft(toks []tok, j int) (int, bool) {
	k := skipFillersLeft(toks, j)
	if k > 0 && k < j && toks[k].text == "," {
		k--
	}
	if k < 0 || k >= j-1 || !toks[k].word {
		return j, false
	}
	if auxiliaries[toks[k].low] || etre[toks[k].low] {
		return k, true
	}
	if k+1 < len(toks) && toks[k+1].text == "," {
		return k, false
	}
	return j, false
}

func dateSpan(toks []tok, sp Span) bool {
	from, to := spanToks(toks, sp)
	return from >= 0 && to > from && dateLike(toks, from, to)
}

// firstNP returns the sentence's subject before toks[v]: the noun phrase at its start or, after an
// opening adverbial phrase, after a comma ("De son côté, M. Lavrov …"), with an apposition between
// commas ("Guillaume Pepy, président de la SNCF, a dit"). Dates are skipped ("Le 19 juin, …").
func firstNP(toks []tok, v int) (Span, SpeakerKind, bool) {
	return firstNPFrom(toks, 0, v)
}

// afterTopicColon reads the subject of the verb at toks[v] after a colon that closes words with no verb,
// a headline's topic: "Haïti : un chef de gang menace le pays de « … »", "Résurgence du Covid-19 : le
// Gouvernement recommande « … »". The topic names what the news is about, not who speaks.
func afterTopicColon(toks []tok, v int) (Span, SpeakerKind, bool) {
	c := lastColon(toks, v)
	if c < 1 || !verbless(toks[:c]) {
		return Span{}, NoSpeaker, false
	}
	return firstNPFrom(toks, c+1, v)
}

// lastColon returns the index of the last colon before toks[v], or -1.
func lastColon(toks []tok, v int) int {
	for k := min(v, len(toks)) - 1; k >= 0; k-- {
		if toks[k].text == ":" {
			return k
		}
	}
	return -1
}

// firstNPFrom is firstNP over the words from toks[from].
func firstNPFrom(toks []tok, from, v int) (Span, SpeakerKind, bool) {
	limit := math.MaxInt
	if v < len(toks) {
		limit = toks[v].start
	}
	for k := from; k < v; k++ {
		if k > from && toks[k-1].text != "," {
			continue
		}
		j := k
		if j < v && isConj(toks[j].low) {
			j++
		}
		if sp, kind, ok := cleftSubject(toks, j, v); ok && sp.End <= limit { // "C'est Maradona qui a …"
			return sp, kind, true
		}
		if sp, kind, n, ok := npRight(toks, j); ok && sp.End <= limit && !dateLike(toks, j, n) {
			return apposition(toks, sp, kind, n, v)
		}
		if sp, kind, ok := indefiniteSubject(toks, j, v, limit); ok {
			return sp, kind, true
		}
	}
	return Span{}, NoSpeaker, false
}

// cleftSubject reads the subject a cleft sentence sets in focus at toks[j]: "C'est Maradona qui a
// fait le premier pas", where the noun phrase after c'est is the subject of the verb after qui. Words
// describing how the person is may stand before qui ("C'est un Paul Roux visiblement fâché qui").
func cleftSubject(toks []tok, j, v int) (Span, SpeakerKind, bool) {
	if j+3 >= v || toks[j].low != "c'" || toks[j+1].low != "est" && toks[j+1].low != "était" {
		return Span{}, NoSpeaker, false
	}
	sp, kind, n, ok := npRight(toks, j+2)
	for m := n; ok && m < v && m < n+3 && toks[m].word && (isAdverb(toks[m].low) || participleLike(toks[m].low)); m++ {
		if m+1 < v && toks[m+1].low == "qui" { // "C'est un Paul Roux visiblement fâché qui"
			n = m + 1
		}
	}
	if !ok || n >= v || toks[n].low != "qui" || kind == Pronoun {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// indefiniteSubject reads a description opening with des at toks[j], ending before the offset limit
// and right before a verb or an auxiliary ahead of toks[v]: an indefinite subject, "Vers 22h00, des
// Gilets jaunes ont …".
func indefiniteSubject(toks []tok, j, v, limit int) (Span, SpeakerKind, bool) {
	if j >= v || toks[j].low != "des" {
		return Span{}, NoSpeaker, false
	}
	sp, kind, n, ok := description(toks, j)
	if !ok || sp.End > limit || n >= v || !auxiliaries[toks[n].low] && !etre[toks[n].low] && !participleCue(toks[n].low) && !pluralVerbAfterNoun(toks, n) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// apposition extends the noun phrase sp ending before toks[n] over ", apposition ," when the verb at
// toks[v] follows; the result is a Name when either part is one.
func apposition(toks []tok, sp Span, kind SpeakerKind, n, v int) (Span, SpeakerKind, bool) {
	if kind == Pronoun || n >= v || toks[n].text != "," {
		return sp, kind, true
	}
	ap, akind, m, ok := npRight(toks, n+1)
	if ok && akind != Pronoun {
		ap, akind, m = apposedPair(toks, ap, akind, m)
	}
	if !ok || akind == Pronoun || m >= len(toks) || toks[m].text != "," || skipVerbLeft(toks, v-1) != m {
		return sp, kind, true
	}
	if akind == Name {
		kind = Name
	}
	return Span{sp.Start, ap.End}, kind, true
}

// apposedPair widens the apposition ap, read up to toks[m], over et and a second noun phrase that
// ends at a comma before a plural verb: "Les porte-paroles du front commun, Guy Chevrette et Benoît
// Jugand, font valoir" are both the apposition, as pairLeft reads a pair subject. Else ap as it is.
func apposedPair(toks []tok, ap Span, akind SpeakerKind, m int) (Span, SpeakerKind, int) {
	if m+1 >= len(toks) || toks[m].low != "et" {
		return ap, akind, m
	}
	second, skind, n, ok := npRight(toks, m+1)
	if !ok || skind == Pronoun || n >= len(toks) || toks[n].text != "," || !pluralVerbAfter(toks, n) {
		return ap, akind, m
	}
	if skind != akind {
		akind = Description
	}
	return Span{ap.Start, second.End}, akind, n
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
