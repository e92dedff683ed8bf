package quotes

import "strings"

// Attributions written away from the quote: further on in its sentence, or in the main clause of a
// participial phrase that holds it.

// maxLater bounds how far after a quote an attributing incise is looked for, in bytes.
const maxLater = 200

// afterLater looks for an attributing incise further on in the quote's sentence, after narration that
// completes it: "Cet « … » du pays, a-t-il ajouté.", "« … » cette décision, se défend le groupe.",
// "« rester solidaire », bien qu'ayant …, selon son porte-parole X.", "…, comme l'a lancé X." No other
// quotation may lie between the quote and the incise. With commeOnly, only "comme l'a dit X" is read:
// it names the quote's source even when a reporting verb comes before the quote.
func (f *finder) afterLater(grp *group, p part, commeOnly bool) {
	ln := f.lines[grp.lineOf(f, p)]
	toks := f.tokensOutside(p.End, min(ln.End, p.End+maxLater))
	for k, t := range toks {
		switch {
		case t.text == "«»" || t.text == "«" || sentenceStop(t.text) && !f.abbrevBefore(t.start):
			return
		case t.text != ",":
			continue
		}
		q := skipComme(toks, k+1)
		if q >= len(toks) || !toks[q].word || commeOnly && q == k+1 {
			continue
		}
		if a, _, ok := f.incise(toks[q].start, ln.End); ok && !a.speaker.Empty() {
			grp.set(a)
			return
		}
	}
}

// cestCeQue reads an attribution in the sentence after the quote that points back to it: "« … ».
// C'est ce qu'a annoncé aujourd'hui le président de la Région X."
func (f *finder) cestCeQue(grp *group, p part) {
	ln := f.lines[grp.lineOf(f, p)]
	toks := f.tokensOutside(p.End, min(ln.End, p.End+maxLater))
	k, ok := quoteSentenceEnd(toks)
	if !ok && !f.closesSentence(p) {
		return // the quote's sentence goes on
	} else if !ok {
		k = 0
	}
	if k >= len(toks) { // the quotation ends its line
		toks, k = f.afterLineEnd(grp.lineOf(f, p)), 0
	}
	if k, ok = cestCeQueAt(toks, k); !ok {
		return
	}
	a, next, ok := verbGroup(toks, k)
	if !ok || a.infin || a.gerund {
		return
	}
	if _, ok = inciseSubject(toks, skipFillers(toks, next), &a); ok && !a.speaker.Empty() {
		grp.set(a)
	}
}

// quoteSentenceEnd returns the index after the stop that ends the quote's sentence, when only
// punctuation lies between the quote and it (toks start after the quote), or false.
func quoteSentenceEnd(toks []tok) (int, bool) {
	k := 0
	for k < len(toks) && !sentenceStop(toks[k].text) {
		if toks[k].word || toks[k].text == "«»" {
			return 0, false
		}
		k++
	}
	return k + 1, true
}

// cestCeQueAt reads "c'est ce qu'" or "c'est ce que" at toks[k] and returns the index of the verb
// after it, which must be a word, or false.
func cestCeQueAt(toks []tok, k int) (int, bool) {
	for _, w := range [...]string{"c'", "est", "ce"} {
		if w == "ce" {
			k = skipDuMoins(toks, k)
		}
		if k >= len(toks) || toks[k].low != w {
			return 0, false
		}
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "qu'" && toks[k].low != "que" || !toks[k+1].word {
		return 0, false
	}
	return k + 1, true
}

func sentenceStop(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" || s == ";" }

// skipComme skips "comme l'" or "comme le" opening an incise ("comme l'a lancé X").
func skipComme(toks []tok, k int) int {
	if k+1 < len(toks) && toks[k].low == "comme" {
		k++
		if w := toks[k].low; w == "l'" || w == "le" {
			k++
		}
	}
	return k
}

// subjectVerbAfter reads a subject followed by its reporting verb right after a quote: "« … », May a
// dit aux députés", "« … », le ministre a ajouté". The subject must be a name, a pronoun or a
// description of a person or a group.
func (f *finder) subjectVerbAfter(q, limit int) (attribution, bool) {
	toks := tokenize(f.text, q, min(limit, q+maxIncise))
	sp, kind, next, ok := personOpening(toks)
	if !ok {
		return attribution{}, false
	}
	v := skipNegationClitics(toks, skipFillers(toks, next))
	if v >= len(toks) || !toks[v].word {
		return attribution{}, false
	}
	a, _, ok := verbGroup(toks, v)
	if !ok || a.infin || a.gerund || !a.speaker.Empty() || sourceCueAt(toks, v) {
		return attribution{}, false
	}
	a.speaker, a.kind = sp, kind
	return a, true
}

// personOpening reads the noun phrase opening toks when it names a person, a group or a document and
// a word follows it, as a subject would its verb.
func personOpening(toks []tok) (Span, SpeakerKind, int, bool) {
	if len(toks) == 0 || !toks[0].word {
		return Span{}, NoSpeaker, 0, false
	}
	sp, kind, next, ok := npRight(toks, 0)
	if !ok || !personLike(toks, 0, next, kind) || next >= len(toks) || !toks[next].word {
		return Span{}, NoSpeaker, 0, false
	}
	return sp, kind, next, true
}

// skipNegationClitics skips ne and the object pronouns between a subject and its verb at toks[v]: "May
// ne l'a pas dit". Articles are no such pronouns.
func skipNegationClitics(toks []tok, v int) int {
	for v < len(toks) && (toks[v].low == "ne" || toks[v].low == "n'" || clitics[toks[v].low] && !determiners[toks[v].low]) {
		v++
	}
	return v
}

// sourceCueAt reports whether the verb group at toks[v] is selon or d'après, which name a source after
// them rather than follow a subject.
func sourceCueAt(toks []tok, v int) bool {
	return toks[v].low == "selon" || toks[v].low == "d'" || avisDe(toks, v) > 0
}

// participialSubject gives a quote held by a participial phrase opening its sentence the subject of
// the main clause after it: "Soulignant … leurs « canapés », le pape les a encouragés", "Se disant
// « confiant », le conseil a estimé …". toks are the sentence's tokens before the quote; the gerund
// cue is a.
func (f *finder) participialSubject(toks []tok, a attribution, p part, lineEnd int) (Span, SpeakerKind, bool) {
	first := 0
	if len(toks) > 0 && prepositions[toks[0].low] { // "Sur RTL, rappelant que « … », X a dénoncé"
		for i := 1; i < len(toks) && i <= 5; i++ {
			if toks[i].text == "," {
				first = i + 1
				break
			}
		}
	}
	for first < len(toks) && toks[first].word && (reflexives[toks[first].low] || toks[first].low == "en") {
		first++
	}
	if first >= len(toks) || toks[first].start != a.cue.Start {
		return Span{}, NoSpeaker, false
	}
	return f.subjectAfter(p, lineEnd)
}

// subjectAfter reads the subject of the clause after the comma that follows the part p in its
// sentence: ", le pape les a encouragés". It must name a person, a group or a document and be followed
// by a verb.
func (f *finder) subjectAfter(p part, lineEnd int) (Span, SpeakerKind, bool) {
	rest := f.tokensOutside(p.End, min(lineEnd, p.End+maxLater))
	for k, t := range rest {
		if sentenceStop(t.text) {
			break
		}
		if t.text != "," {
			continue
		}
		sp, kind, next, ok := npRight(rest, k+1)
		if ok && next < len(rest) && rest[next].text == "," { // "X, la présidente de la Ligue contre …, a dénoncé"
			if m, apposed := appositionEnd(rest, next); apposed {
				sp, next = Span{sp.Start, rest[m-1].end}, m+1
			}
		}
		if ok && personLike(rest, k+1, next, kind) && next < len(rest) && rest[next].word && !prepositions[rest[next].low] {
			return sp, kind, true
		}
		return Span{}, NoSpeaker, false
	}
	return Span{}, NoSpeaker, false
}

// appositionEnd returns the index of the comma closing an apposition that opens after the comma at
// rest[next] ("X, la présidente de la Ligue contre …, a dénoncé"): the first comma within fourteen
// words, when the words before it hold no verb.
func appositionEnd(rest []tok, next int) (int, bool) {
	for m := next + 2; m < len(rest) && m <= next+14; m++ {
		if rest[m].text == "," {
			return m, verbless(rest[next+1 : m])
		}
	}
	return 0, false
}

// gerundAfterComma reads the subject of a present participle set off by a comma after it: "a expliqué
// l'entraîneur X, estimant que « … »", "X, soulignant « … »". v is the participle's index.
func gerundAfterComma(toks []tok, v int) (Span, SpeakerKind, bool) {
	j := gerundComma(toks, v)
	if j < 1 || toks[j].text != "," {
		return Span{}, NoSpeaker, false
	}
	if sp, ok := gerundInvertedPronoun(toks, j); ok { // "ajoute-t-elle, précisant", "écrit-il sur Twitter, ajoutant"
		return sp, Pronoun, true
	}
	sp, kind, ok := npLeft(toks, j-1)
	if !ok {
		return Span{}, NoSpeaker, false
	}
	from, to := spanToks(toks, sp)
	if kind == Name && nameOfThing(toks, from) { // "sur sa page Facebook, affirmant"
		return Span{}, NoSpeaker, false
	}
	if from > 0 && kind != Pronoun && (objectNP(toks, from) || namingParticiples[toks[from-1].low]) { // "avait confié Fillon aux Échos, tout en", "a défendu le candidat, affirmant", "l'opération baptisée Sentinelle, affirmant"
		return gerundSubjectBeforeObject(toks, from)
	}
	if kind == Description && (from < 0 || !personLike(toks, from, to, kind)) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// nameOfThing reports whether the name at toks[from] completes the common noun before it, after a
// determiner: "sa page Facebook", "son compte Twitter", "le stade Vélodrome" name things, not people.
func nameOfThing(toks []tok, from int) bool {
	if from < 2 || !determiners[toks[from-2].low] {
		return false
	}
	w := toks[from-1].low
	return toks[from-1].word && !isUpperStart(toks[from-1].text) && !PersonNoun(w) && !titles[w] && !groups[w] && !groups[singular(w)]
}

// gerundComma returns the index of the word before the participle at toks[v] and its "en" or "tout
// en" ("tout en affirmant"), where the comma setting it off should be; -1 when there is none.
func gerundComma(toks []tok, v int) int {
	j := v - 1
	if enClitic(toks, v) { // "en le qualifiant"
		j--
	}
	if j >= 0 && toks[j].low == "en" {
		j--
		if j >= 0 && toks[j].low == "tout" {
			j--
		}
	}
	return j
}

// gerundInvertedPronoun reads the pronoun of an inverted verb among the five words before the comma at
// toks[j]: "ajoute-t-elle, précisant", "écrit-il sur Twitter, ajoutant".
func gerundInvertedPronoun(toks []tok, j int) (Span, bool) {
	for i := j - 1; i >= 0 && i >= j-5 && toks[i].word; i-- {
		if _, pron, ok := splitInversion(toks[i].text); ok {
			return Span{toks[i].end - len(pron), toks[i].end}, true
		}
	}
	return Span{}, false
}

// gerundSubjectBeforeObject reads the subject of a participle when the noun phrase before its comma,
// at toks[from], is an object: the inverted subject before a recipient ("avait confié Fillon aux
// Échos, tout en"), else the first noun phrase of the sentence ("X a défendu le candidat, affirmant").
// A name after de completes the object's noun ("X a salué le vote du Sénat, qualifiant"): no recipient.
func gerundSubjectBeforeObject(toks []tok, from int) (Span, SpeakerKind, bool) {
	if from >= 2 && prepositions[toks[from-1].low] && !isOf(toks[from-1].low) {
		if sp, kind, ok := npLeft(toks, from-2); ok {
			if f, _ := spanToks(toks, sp); f > 0 && participleCue(toks[f-1].low) {
				return sp, kind, true
			}
		}
	}
	return firstNP(toks, from)
}

// objectNP reports whether the noun phrase starting at toks[from] is governed by a preposition or is
// the object of a verb that does not report speech ("a défendu le candidat"), rather than a subject.
// After a reporting verb it is its inverted subject ("a annoncé aujourd'hui le président").
func objectNP(toks []tok, from int) bool {
	j := skipFillersLeft(toks, from-1)
	if j < 0 || j >= from || !toks[j].word {
		return false
	}
	w := toks[j].low
	if prepositions[w] {
		// "le président de la Région X" is one noun phrase, which npLeft has read whole
		// (complementHead); a name left after de completes a thing ("ses plans dits de Chequers")
		return !isOf(w) || thingComplement(toks, from)
	}
	if f, ok := lexicon()[w]; ok {
		reflexive := strings.HasPrefix(f.lemma, "se ") || strings.HasPrefix(f.lemma, "s'")
		return reflexive && (j == 0 || !etre[toks[j-1].low])
	}
	return !isConj(w) && !subjectPronouns[w] && w != "qui" && articles[toks[from].low]
}

// thingComplement reports whether the name at toks[from], after de, completes a common noun that
// names no person nor body ("ses plans dits de Chequers"), which complementHead has not read as the
// speaker's head.
func thingComplement(toks []tok, from int) bool {
	if from < 2 || !isUpperStart(toks[from].text) || !toks[from-2].word || isUpperStart(toks[from-2].text) {
		return false
	}
	w := toks[from-2].low
	return !speakingHead(toks, from-2, from-1) && !determiners[w] && !functionWords[w]
}

// disjunctive are the stressed pronouns that may follow selon or d'après ("selon lui").
var disjunctive = set("lui elle eux elles moi nous vous")

// sourceNP reads the source after selon or d'après: a stressed pronoun or a noun phrase.
func sourceNP(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	if k < len(toks) && toks[k].word && disjunctive[toks[k].low] {
		return Span{toks[k].start, toks[k].end}, Pronoun, k + 1, true
	}
	sp, kind, next, ok := npReaderAt(toks, k)(toks, k) // "selon des sources judiciaires"
	if ok && next > k+1 && next+1 < len(toks) && toks[next].low == "par" && participleLike(toks[next-1].low) {
		next-- // the participle was read into the noun phrase: "les informations fournies"
	}
	if ok {
		if sp2, kind2, next2, ok2 := sourceAgent(toks, k, next, kind); ok2 {
			return sp2, kind2, next2, true
		}
	}
	return sp, kind, next, ok
}

// npReaderAt returns the reader for the noun phrase at toks[k]: description when it opens with des or
// du ("des témoins", "des sources judiciaires"), else npRight.
func npReaderAt(toks []tok, k int) func([]tok, int) (Span, SpeakerKind, int, bool) {
	if k < len(toks) && (toks[k].low == "des" || toks[k].low == "du") {
		return description
	}
	return npRight
}

// sourceAgent reads the agent of a participle that ends the source read over toks[k:next]: in "selon
// les précisions apportées par François Molins", who gave them is the source; but "selon une agence
// locale citée par Reuters" keeps the agency, which names a person or a group.
func sourceAgent(toks []tok, k, next int, kind SpeakerKind) (Span, SpeakerKind, int, bool) {
	if next+2 >= len(toks) || toks[next+1].low != "par" || !participleLike(toks[next].low) || personLike(toks, k, next, kind) {
		return Span{}, NoSpeaker, 0, false
	}
	return npReaderAt(toks, next+2)(toks, next+2)
}

// participleLike reports whether a word looks like a past participle: "apportées", "confiés", "fournies".
func participleLike(w string) bool {
	for _, suf := range []string{"é", "ée", "és", "ées", "is", "ise", "ies", "us", "ues"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// parlerDe reads "parle d'un « … »", "a parlé de « … »": parler followed by de, maybe a determiner,
// and the quote right after toks[end-1]; the speaker is the subject on its left.
func parlerDe(toks []tok, v, end int) (attribution, bool) {
	w := toks[v].low
	if !parlerForms[w] || v+1 >= end || end-v > 9 || !toks[end-1].word {
		return attribution{}, false
	}
	de := end - 1 // "parle de « … »", "a parlé sur la télévision d'État d'une « … »"
	if !isOf(toks[de].low) {
		de--
	}
	if de <= v || !isOf(toks[de].low) || de < end-1 && !articles[toks[end-1].low] && !determiners[toks[end-1].low] {
		return attribution{}, false
	}
	if w == "parlé" && !participleOK(toks, v) {
		return attribution{}, false
	}
	a := attribution{cue: Span{toks[v].start, toks[v].end}}
	subjectLeft(toks, v, &a)
	return a, true
}

// motTerme reads "utilise le mot « … »", "a employé le terme « … »": a verb of use before a noun of
// words, the quote right after; the speaker is the subject on its left.
func motTerme(toks []tok, v, end int) (attribution, bool) {
	if v+2 != end-1 || !useForms[toks[v].low] || !wordNouns[toks[end-1].low] || toks[v+1].low != "le" && toks[v+1].low != "l'" && toks[v+1].low != "les" {
		return attribution{}, false
	}
	if f := lexicon()[toks[v].low]; strings.HasSuffix(toks[v].low, "é") && !participleOK(toks, v) && f.lemma == "" {
		return attribution{}, false
	}
	a := attribution{cue: Span{toks[v].start, toks[v].end}}
	subjectLeft(toks, v, &a)
	return a, true
}

var (
	useForms  = set("utilise utilisent utilisait utilisaient utilisé emploie emploient employait employé reprend reprennent repris")
	wordNouns = set("mot mots terme termes expression expressions qualificatif formule")
)

var parlerForms = set("parle parlent parlait parlaient parla parlèrent parlera parleront parlé")

// sentenceIncise gives a quotation that no reporting verb governs the incise written after a later
// quotation of its sentence ("Les « … » de la mairie ne sont pas à la « … », juge X."): an incise after
// the quotation reports all the sentence before it. The first attributed quotation after it in the
// sentence decides; walking back from the end passes the incise on over several quotations. The
// incise's subject must be a person, a group or a document: "…, a révélé des traces de sang" is a
// clause, not an incise.
func (f *finder) sentenceIncise(order []int, byGroup [][]part) {
	for n := len(order) - 2; n >= 0; n-- {
		grp, ps := f.groups[order[n]], byGroup[order[n]]
		if grp.kind != guillemet || grp.attrib || grp.title {
			continue
		}
		for m := n + 1; m < len(order); m++ {
			next, nps := f.groups[order[m]], byGroup[order[m]]
			ln := f.lines[next.line]
			if nps[0].Start > ln.End || f.sentenceStart(ln.Start, nps[0].Start) > ps[len(ps)-1].Start {
				break // not the same sentence
			}
			if !next.attrib || next.title || next.cue.Empty() {
				continue // a name, or a quotation with no verb of its own
			}
			if next.cue.Start >= nps[len(nps)-1].End && !selonCue(f.text[next.cue.Start:next.cue.End]) && f.speakerLike(next) {
				grp.cue, grp.attrib = next.cue, true
				grp.speaker, grp.skind, grp.inferred = next.speaker, next.skind, true
				f.confidence(ps, grp)
			}
			break
		}
	}
}

// speakerLike reports whether grp's speaker is a name, a pronoun or a description of a person, a
// group or a document.
func (f *finder) speakerLike(grp *group) bool {
	switch grp.skind {
	case Name, Pronoun:
		return true
	case Description:
		s := f.text[grp.speaker.Start:grp.speaker.End]
		return PersonDescription(s) || GroupDescription(s) || DocumentDescription(s)
	}
	return false
}
