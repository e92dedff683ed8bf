package quotes

import (
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
	if a, ok := clauseToks(toks, len(toks)); ok {
		return a, true
	}
	return f.parlerInside(toks, we)
}

// clauseToks finds the reporting verb nearest toks[end-1] and its subject. An infinitive ("avant de
// préciser que") takes the subject of the verb before it, or of the sentence.
func clauseToks(toks []tok, end int) (attribution, bool) {
	if a, ok := onPeutLire(toks, end); ok {
		return a, true
	}
	var sc clauseScope
	for v := end - 1; v >= 0; v-- {
		if skip, stop := sc.pass(toks, v); stop {
			return attribution{}, false
		} else if skip {
			continue
		}
		if jeCite(toks, v) { // "a déclaré, je cite :": the writer's formula, not the reporting verb
			v--
			continue
		}
		if toks[v].low == "pour" {
			if a, ok := pourSource(toks, v, end); ok {
				return a, true
			}
			continue
		}
		if a, ok := framedBy(toks, v, end); ok {
			return a, true
		}
		if objectNoun(toks, v, end) { // "lancera les « consultations citoyennes »": a thing made, not words said
			// but the verb it depends on may report: "a demandé de reprendre la « … »", "a souligné que
			// l'accord prévoyait des « … »"
			sc.blocked = sc.blocked || lexicon()[toks[v].low].class != infinitive
			continue
		}
		if parentheticalGerund(toks, v, end) { // "que les vents, soufflant à 260 km/h, « ont emporté … »"
			continue
		}
		if a, ok := clauseAt(toks, v); ok {
			if sc.blocked {
				return openingSource(toks, v)
			}
			return a, true
		}
	}
	return attribution{}, false
}

// jeCite reports whether toks[v] is the cite of "je cite", with which the writer announces that the
// words that follow are quoted verbatim.
func jeCite(toks []tok, v int) bool {
	return v > 0 && toks[v].low == "cite" && toks[v-1].low == "je"
}

// openingSource reads "Selon X," or "D'après X," opening the sentence, which credits X with all of it,
// a quotation in a causal clause included: "Selon lui, point n'est besoin de s'alarmer parce que « … »".
// The source must end before toks[v], the verb the causal clause stopped, unless that is the selon.
func openingSource(toks []tok, v int) (attribution, bool) {
	if len(toks) == 0 || toks[0].low != "selon" && toks[0].low != "d'" {
		return attribution{}, false
	}
	if v == 0 {
		v = len(toks)
	}
	a, next, ok := verbGroup(toks, 0)
	if !ok || next >= v {
		return attribution{}, false
	}
	a, ok = selonSource(toks, 0, next, a)
	if !ok || a.speaker.Empty() {
		return attribution{}, false
	}
	if _, to := spanToks(toks, a.speaker); to >= v || toks[to].text != "," {
		return attribution{}, false
	}
	return a, true
}

// clauseAt reads a reporting verb at toks[v] with its speaker: after selon or d'après, the subject
// of the main clause for an infinitive, else the subject on its left.
func clauseAt(toks []tok, v int) (attribution, bool) {
	a, next, ok := verbGroup(toks, v)
	if !ok {
		return a, false
	}
	if sourceCueAt(toks, v) {
		return selonSource(toks, v, next, a)
	}
	if a.infin {
		return infinitiveSubject(toks, v, a), true
	}
	if a.speaker.Empty() && commeBefore(toks, v) { // "comme l'a indiqué X", "ce que remarque X"
		if sp, kind, _, ok := npRight(toks, skipFillers(toks, next)); ok {
			a.speaker, a.kind = sp, kind
			return a, true
		}
	}
	if sp, kind, ok := parLaVoix(toks, next); ok { // "a répondu par la voix de son porte-parole X"
		a.speaker, a.kind = sp, kind
		return a, true
	}
	return leftOrInvertedSubject(toks, v, next, a), true
}

// infinitiveSubject gives the infinitive cue a at toks[v] ("avant de préciser que") the subject of the
// reporting clause before it, or else the first noun phrase of the sentence.
func infinitiveSubject(toks []tok, v int, a attribution) attribution {
	if sp, kind, ok := controlledSubject(toks, v); ok { // "a permis à la ministre de déclarer"
		a.speaker, a.kind = sp, kind
		return a
	}
	main, ok := clauseToks(toks, v)
	if ok && main.speaker.Empty() {
		main.speaker, main.kind = invertedBeforeInfinitive(toks, main.cue, v)
	}
	if ok && !main.speaker.Empty() {
		a.speaker, a.kind = main.speaker, main.kind
		if sp, kind, ok := subjectAfterQue(toks, main.cue, v); ok {
			a.speaker, a.kind = sp, kind
		}
	} else if sp, kind, ok := firstNP(toks, v); ok {
		a.speaker, a.kind = sp, kind
	}
	return a
}

// invertedBeforeInfinitive reads the subject inverted after the reporting verb at cue when it runs up
// to the preposition of the infinitive at toks[v]: "« … », a ironisé X avant de dénoncer le « … »".
func invertedBeforeInfinitive(toks []tok, cue Span, v int) (Span, SpeakerKind) {
	k := 0
	for k < v && toks[k].start < cue.End {
		k++
	}
	sp, kind, n, ok := npRight(toks, k)
	if !ok || kind == Pronoun || n >= v || n+2 < v || !afterSubject[toks[n].low] {
		return Span{}, NoSpeaker
	}
	return sp, kind
}

// subjectAfterQue reads the subject of the clause that que opens after the reporting verb at cue and
// before the infinitive at toks[v]: in "TVA indique que le porte-parole en a profité pour demander",
// who asks is the porte-parole, not TVA. The subject must name a person or a group, not a writing,
// and the verb must not be one of opinion.
func subjectAfterQue(toks []tok, cue Span, v int) (Span, SpeakerKind, bool) {
	for k := v - 1; k > 0 && toks[k].start >= cue.End; k-- {
		if toks[k-1].end == cue.End && opinionVerbs[cueLemma(toks[k-1].text)] {
			break
		}
		if toks[k].low != "que" && toks[k].low != "qu'" {
			continue
		}
		sp, kind, n, ok := npReaderAt(toks, k+1)(toks, k+1)
		for ok && n > k+2 && clitics[toks[n-1].low] { // "qu'un homme lui aurait tiré": lui is the verb's
			n--
			sp.End = toks[n-1].end
		}
		if !ok || n >= v || kind == Pronoun || !personLike(toks, k+1, n, kind) || writingIn(toks, k+1, n) {
			return Span{}, NoSpeaker, false
		}
		return sp, kind, true
	}
	return Span{}, NoSpeaker, false
}

// writingIn reports whether a noun of a writing stands among toks[from:to]: "que les lois étaient
// révisées afin de garantir que « … »" does not make the laws speak.
func writingIn(toks []tok, from, to int) bool {
	for _, t := range toks[from:to] {
		if w := singular(t.low); documents[w] || writings[w] || documents[t.low] || writings[t.low] {
			return true
		}
	}
	return false
}

// opinionVerbs give their subject's view: the words quoted in the clause they govern are the
// subject's, whoever that clause is about ("Il estime que X a bien fait de dire « la vérité »").
var opinionVerbs = setOf("estimer", "juger", "considérer", "penser", "croire", "trouver", "espérer",
	"souhaiter", "imaginer", "supposer", "présumer", "redouter", "craindre")

// leftOrInvertedSubject gives the cue a of the verb group at toks[v] (ending before toks[next]) the
// subject on its left; but when the verb carries no pronoun and finds no more than a description on
// its left (not one before a relative clause), a subject inverted after it and closed by a colon takes
// the place.
func leftOrInvertedSubject(toks []tok, v, next int, a attribution) attribution {
	if sp, kind, ok := commaIncise(toks, v, next); ok && a.speaker.Empty() && !a.gerund {
		a.speaker, a.kind = sp, kind
		return a
	}
	left := a
	if a.speaker.Empty() || v > 0 {
		subjectLeft(toks, v, &left)
	}
	if a.speaker.Empty() && (left.kind == NoSpeaker || left.kind == Description && !antecedentBefore(toks, v)) {
		if sp, kind, ok := invertedBeforeColon(toks, v, next); ok {
			a.speaker, a.kind = sp, kind
			return a
		}
	}
	return left
}

// antecedentBefore reports whether the verb at toks[v] has its subject on its left before a relative
// clause between commas, "Puis l'accusé, qui risque la perpétuité, prévient la cour :": the noun
// phrase after the verb is then its object, not an inverted subject.
func antecedentBefore(toks []tok, v int) bool {
	j := skipVerbLeft(toks, v-1)
	_, _, ok := antecedentLeft(toks, j)
	return ok || apposedLeft(toks, j)
}

// apposedLeft reads, like appositionLeft, a noun phrase and its apposition between commas ending at
// toks[j], the comma before the verb, the noun phrase a description as well as a name: "la
// présidente, d’un certain âge, enchaîne les questions :" has its subject there.
func apposedLeft(toks []tok, j int) bool {
	i, ok := appositionComma(toks, j)
	if !ok {
		return false
	}
	_, _, ok = npLeft(toks, i-1)
	return ok
}

// commaIncise reads the subject of a finite verb set between commas with its subject after it, an incise
// inside the narration: "De plus, note le communiqué, la position du pays est connue", "La réforme,
// affirment des syndicalistes, est injuste", or closing its sentence: "Quelque 300 agents manquent à
// l'appel, indique le Dr X." The subject must name a person or a group and be followed by the comma
// or the sentence's end.
func commaIncise(toks []tok, v, next int) (Span, SpeakerKind, bool) {
	if v == 0 || toks[v-1].text != "," {
		return Span{}, NoSpeaker, false
	}
	k := skipFillers(toks, next)
	sp, kind, n, ok := npReaderAt(toks, k)(toks, k)
	if !ok || kind == Pronoun || !inciseSubjectEnds(toks, n) || !personLike(toks, k, n, kind) ||
		(n >= len(toks) || toks[n].text != ",") && detachedSubject(toks) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// detachedSubject reports whether the sentence toks opens with a noun phrase set off by a comma, its
// subject before an apposition or a relative clause ("X, qui préside le club, salue les joueurs."):
// the noun phrase after its verb is then the object, not an inverted subject.
func detachedSubject(toks []tok) bool {
	_, _, next, ok := npRight(toks, 0)
	return ok && next < len(toks) && toks[next].text == ","
}

// inciseSubjectEnds reports whether the incise subject read up to toks[n] ends there: at a comma, a
// sentence stop or the end of the words.
func inciseSubjectEnds(toks []tok, n int) bool {
	if n >= len(toks) {
		return true
	}
	switch toks[n].text {
	case ",", ".", "!", "?", "…":
		return true
	}
	return false
}

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

// commeBefore reports whether the verb group at toks[v] follows "comme l'" or "comme le", or the "ce
// que" of a cleft sentence, its subject then coming after it ("comme l'indique Chris McKay", "comme l'a
// rappelé le ministre", "c'est ce que remarque aussi Mélanie :").
func commeBefore(toks []tok, v int) bool {
	j := v - 1
	for j >= 0 && toks[j].word && (auxiliaries[toks[j].low] || isAdverb(toks[j].low)) {
		j--
	}
	return j >= 1 && (toks[j].low == "l'" || toks[j].low == "le") && toks[j-1].low == "comme" ||
		j >= 1 && (toks[j].low == "que" || toks[j].low == "qu'") && toks[j-1].low == "ce" && clefted(toks, j-1) // "c'est ce qu'a expliqué X :"
}

// clefted reports whether the ce at toks[c] follows "c'est" or "voilà", which set a ce que clause in
// focus; after another verb ("je répétais ce qu'avait dit X") the clause is that verb's object and its
// subject speaks.
func clefted(toks []tok, c int) bool {
	return c >= 2 && (toks[c-1].low == "est" || toks[c-1].low == "était") && toks[c-2].low == "c'" ||
		c >= 1 && (toks[c-1].low == "voilà" || toks[c-1].low == "voici")
}

// pourSource reads "pour X, « … »": "pour" followed by a person-like noun phrase and a comma that ends
// the clause, the way "selon X" attributes. Opening the sentence, "Pour X," attributes the quotes of
// the whole sentence ("Pour X, au contraire, il s'agit d'« … »").
func pourSource(toks []tok, v, end int) (attribution, bool) {
	sp, kind, next, ok := sourceNP(toks, v+1)
	if !ok || !personLike(toks, v+1, next, kind) || next >= end {
		return attribution{}, false
	}
	if next+1 < end && toks[next].low == "pour" { // "Pour le chef de l'agence de l'ONU pour les réfugiés, « … »"
		if sp2, _, n2, ok := sourceNP(toks, next+1); ok && n2 < end && toks[n2].text == "," {
			sp.End, next = sp2.End, n2
		}
	}
	// "Pour la ministre X interrogée sur une radio, « … »"
	next = participialPhrase(toks, next, end)
	if toks[next].text == "," && toks[end-1].text == ":" && verbless(toks[next+1:end-1]) { // "pour X, membre du comité :"
		return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: Span{sp.Start, toks[end-2].end}, kind: kind}, true
	}
	if t := toks[next].text; t != "," && !(t == ":" && next == end-1) || next != end-1 && !opensClause(toks, v) {
		return attribution{}, false
	}
	return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: sp, kind: kind}, true
}

// opensClause reports whether toks[v] opens the sentence or a clause coordinated after a comma or a
// semicolon ("…, et pour le Sun, c'est « … »", "…, mais pour la ministre, il s'agit d'« … »"), where a
// "pour X," frames what follows as X's view.
func opensClause(toks []tok, v int) bool {
	return v == 0 || toks[v-1].text == ";" ||
		v >= 2 && (toks[v-1].low == "et" || toks[v-1].low == "mais") && (toks[v-2].text == "," || toks[v-2].text == ";")
}

// participialPhrase returns the index of the comma ending a participle phrase that qualifies a noun
// phrase ending before toks[k] ("interrogée sur une radio", "joint par téléphone"), before end and
// within six words; or k when none is there.
func participialPhrase(toks []tok, k, end int) int {
	if k >= end || !toks[k].word || !participleLike(toks[k].low) {
		return k
	}
	for j := k + 1; j < end && j <= k+7; j++ {
		if toks[j].text == "," {
			if verbless(toks[k+1 : j]) {
				return j
			}
			return k
		}
	}
	return k
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

// parentheticalGerund reports whether the present participle at toks[v] opens a phrase set between
// commas that ends right before the quotation, at toks[end-1]: "affirmant que les vents, soufflant à
// 260 km/h, « ont emporté les toits »". The phrase describes the noun before it, and the quotation goes
// on with that noun's clause: a participle that reports speech leads into its words with que, a colon
// or nothing, not with the comma that closes it.
func parentheticalGerund(toks []tok, v, end int) bool {
	if v < 1 || end-1 <= v+1 || toks[v-1].text != "," || toks[end-1].text != "," || lexicon()[toks[v].low].class != gerund {
		return false
	}
	for _, t := range toks[v+1 : end-1] {
		if !t.word && t.text != "/" && t.text != "%" || t.low == "que" || t.low == "qu'" { // "à 260 km/h"; "indiquant que X, « … »" reports
			return false
		}
	}
	return true
}
