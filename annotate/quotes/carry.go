package quotes

import (
	"slices"
	"strings"
)

// Speakers carried over: a quotation with no reporting verb of its own that opens a sentence takes the
// speaker of the sentence or quotation before it, or of the credit line after it.

// carryOver infers the speaker of the group order[n], which opens a sentence starting at ws.
func (f *finder) carryOver(order []int, n, ws int) {
	grp := f.groups[order[n]]
	if sp, ok := f.creditAfter(order[n]); ok { // "« … »" then a line "— Penny Oleksiak"
		grp.speaker, grp.skind, grp.inferred = sp, Name, true
		return
	}
	if sp, kind, ok := f.leadSpeaker(order[n]); ok { // "« … » L'entraîneur n'a pas tourné autour du pot."
		grp.speaker, grp.skind, grp.inferred = sp, kind, true
		return
	}
	if n > 0 {
		if grp.kind == dash && grp.lineStart {
			f.turnTaking(order, n)
			return
		}
		if prev := f.groups[order[n-1]]; continues(grp, prev) && !f.indefiniteSpeaker(prev) {
			grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
			if sp, kind, ok := f.newPersonBefore(order[n], ws, prev); ok {
				grp.speaker, grp.skind = sp, kind
			}
			return
		}
	}
	if grp.kind == dash {
		return
	}
	toks, ok := f.sentenceBefore(order[n], ws)
	if !ok {
		return
	}
	if sp, kind, ok := floorGiven(toks); ok { // "Il laisse la parole à son épouse. « … »"
		grp.speaker, grp.skind, grp.inferred = sp, kind, true
		return
	}
	a, ok := clauseToks(toks, len(toks))
	if !ok || a.speaker.Empty() || a.kind == Pronoun {
		f.firstPersonSpeaker(order[n], toks)
		if grp.speaker.Empty() && n > 0 {
			f.speakerGoesOn(order[n], f.groups[order[n-1]])
		}
		if grp.speaker.Empty() && ok && a.kind == Pronoun && thirdPerson(f.text[a.speaker.Start:a.speaker.End]) && (f.firstPerson(order[n]) || inciseCloses(toks, a)) {
			// "C'est ce qu'il vient de déclarer en conférence de presse." then "« Je … »": his words; and
			// "Les jours se comptent en victimes, a-t-il lancé." then "« … »": his words go on
			grp.speaker, grp.skind, grp.inferred = a.speaker, a.kind, true
		}
		return
	}
	if from, to := spanToks(toks, a.speaker); from >= 0 && personLike(toks, from, to, a.kind) {
		grp.speaker, grp.skind, grp.inferred = a.speaker, a.kind, true
	}
}

// firstPersonSpeaker gives group g, when it speaks in the first person, the name, the il/elle or the
// description of a person that opens toks, the sentence before it: "Elisa Di Francisca a brandi le
// drapeau. « Je voulais … »" are her words, as "L'éleveur prend du retard. « Je … »" are his.
func (f *finder) firstPersonSpeaker(g int, toks []tok) {
	sp, kind, ok := sentencePerson(toks)
	if ok && (kind != Pronoun || thirdPerson(f.text[sp.Start:sp.End])) && f.firstPerson(g) {
		grp := f.groups[g]
		grp.speaker, grp.skind, grp.inferred = sp, kind, true
	}
}

// sentencePerson reads the name, the pronoun or the description of a person that opens the sentence
// toks, after a circumstance if one comes first ("Après le match, l'entraîneur …").
func sentencePerson(toks []tok) (Span, SpeakerKind, bool) {
	sp, kind, ok := firstNP(toks, len(toks))
	if ok && kind == Description { // "L'éleveur prend du retard. « Je … »"; not "Ses messages sont restés sans réponse."
		from, to := spanToks(toks, sp)
		ok = from == frontedCircumstance(toks, 0) && personLike(toks, from, to, kind)
		if ok {
			sp, ok = personSpan(toks, sp)
		}
	}
	if ok && kind == Name {
		ok = !capitalisedWord(toks, sp)
	}
	return sp, kind, ok
}

// newPersonBefore reads, for group g speaking in the first person in a sentence of its own, the person
// who opens the sentence before it when that sentence quotes nothing and names someone other than the
// speaker of the quotation prev before it: "« … », selon une source. X, un pilote présent, avait tenté
// de le prévenir. « On lui a dit … »" are X's words, not the source's.
func (f *finder) newPersonBefore(g, ws int, prev *group) (Span, SpeakerKind, bool) {
	grp := f.groups[g]
	if grp.line != prev.line || ws <= f.lines[grp.line].Start || !f.firstPerson(g) {
		return Span{}, NoSpeaker, false
	}
	toks, _ := f.sentenceBefore(g, ws)
	if len(toks) == 0 || slices.ContainsFunc(toks, func(t tok) bool { return t.text == "«»" }) {
		return Span{}, NoSpeaker, false
	}
	sp, kind, ok := sentencePerson(toks)
	if !ok || kind == Pronoun || sp.Start < prev.speaker.End && prev.speaker.Start < sp.End {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// leadSpeaker reads the speaker of a quotation that opens its paragraph in the sentence after it on its
// line, when that sentence opens with a person, a group or a document and a verb: a news lead
// ("« Pourquoi avons-nous perdu ? » L'entraîneur n'a pas tourné autour du pot pour expliquer la
// défaite.", "« Le marché continue à se corriger ». La dernière note de la banque confirme …").
func (f *finder) leadSpeaker(g int) (Span, SpeakerKind, bool) {
	grp, ps := f.groups[g], f.byGroup[g]
	if !grp.lineStart || grp.kind != guillemet || len(ps) == 0 {
		return Span{}, NoSpeaker, false
	}
	last := ps[len(ps)-1]
	li := grp.lineOf(f, last)
	if li != grp.line {
		return Span{}, NoSpeaker, false
	}
	toks := f.tokensOutside(last.End, min(f.lines[li].End, last.End+maxLater))
	k := 0
	if k < len(toks) && toks[k].text == "." {
		k++
	}
	if k >= len(toks) || !isUpperStart(toks[k].text) {
		return Span{}, NoSpeaker, false
	}
	if sp, kind, ok := summarySpeaker(toks, k); ok { // "« … ». Tel est l'avis de Rudi Garcia"
		return sp, kind, true
	}
	k = frontedCircumstance(toks, k) // "« … » Au téléphone, la policière plaide …"
	sp, kind, next, ok := npRight(toks, k)
	if ok && kind == Description {
		sp, next = longComplements(toks, sp, next)
	}
	if !ok || kind == Pronoun || next >= len(toks) || !toks[next].word || prepositions[toks[next].low] {
		return Span{}, NoSpeaker, false
	}
	if !personLike(toks, k, next, kind) && !(kind == Description && DocumentDescription(f.text[sp.Start:sp.End])) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// longComplements extends a description read up to toks[next] over the complements with de that it
// did not read ("La dernière note de conjoncture immobilière de la direction des études économiques du
// Crédit Agricole"), and returns its span and the index after it.
func longComplements(toks []tok, sp Span, next int) (Span, int) {
	for next < len(toks) && isOf(toks[next].low) {
		j := skipLa(toks, next+1)
		e := wordRun(toks, j, false)
		if e == j {
			break
		}
		sp.End, next = toks[e-1].end, e
	}
	return sp, next
}

// speakerGoesOn gives group g, which speaks in the first person with no one named before it, the
// speaker of the quotation prev just before it, in its paragraph or the one before: "« Je pense qu'il
// faudra changer », dit l'entraîneur.\nC'est après le repos que cela s'est gâté. « Je suis déçu … »".
func (f *finder) speakerGoesOn(g int, prev *group) {
	grp := f.groups[g]
	if prev.title || prev.speaker.Empty() || prev.conf < 0.5 || grp.line-prev.line > 2 || !f.firstPerson(g) || f.indefiniteSpeaker(prev) {
		return
	}
	grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
}

// capitalisedWord reports whether the name sp is only the capitalised first word of the sentence toks
// followed by de or an adverb, an adjective or a noun opening it: "Impossible aussi de se rendre …".
func capitalisedWord(toks []tok, sp Span) bool {
	from, to := spanToks(toks, sp)
	return from == 0 && to == 1 && len(toks) > 1 && (isOf(toks[1].low) || isAdverb(toks[1].low))
}

// personSpan returns a description read over toks ending at its last noun of a person, when no de
// follows it and no auxiliary ends it: a verb the reader took for an adjective goes ("L'éleveur prend"
// is "L'éleveur"), a complement stays ("le maire de Brest"), and so does an adjective before an
// auxiliary ("Le coach liégeois a …"). ok is false when the description names no person.
func personSpan(toks []tok, sp Span) (Span, bool) {
	from, to := spanToks(toks, sp)
	head := personHead(toks, from, to)
	if head < 0 {
		return sp, false
	}
	verbNext := to < len(toks) && (auxiliaries[toks[to].low] || etre[toks[to].low]) // "Le coach liégeois a …" is whole
	if !verbNext && !slices.ContainsFunc(toks[head:to], func(t tok) bool { return isOf(t.low) }) {
		sp.End = toks[head].end
	}
	return sp, true
}

// personHead returns the index of the last noun of a person ("l'éleveur", "la maire") in a description
// toks[from:to], which may then say "je", or -1 when it names a group or a thing.
func personHead(toks []tok, from, to int) int {
	for j := to - 1; j >= from; j-- {
		if w := toks[j].low; people[w] || people[singular(w)] || agentNoun(w) {
			return j
		}
	}
	return -1
}

// sentenceBefore returns the words of the sentence before the one starting at ws, in which group g
// opens: in the same line, or, for a quotation opening its paragraph in the first person, the last
// sentence of the paragraph before ("Il a évoqué des raisons familiales." then "« Aujourd'hui, je
// suis … »").
func (f *finder) sentenceBefore(g, ws int) ([]tok, bool) {
	grp := f.groups[g]
	ln := f.lines[grp.line]
	if ws > ln.Start {
		return f.tokensOutside(f.sentenceStart(ln.Start, ws-1), ws), true
	}
	if grp.kind != guillemet || !f.firstPerson(g) {
		return nil, false
	}
	li := grp.line - 1
	for li >= 0 && strings.TrimSpace(f.text[f.lines[li].Start:f.lines[li].End]) == "" {
		li--
	}
	if li < 0 {
		return nil, false
	}
	prev := f.lines[li]
	end := len(strings.TrimRight(f.text[:prev.End], " \t\r\u00a0\u202f"))
	if end <= prev.Start || !strings.ContainsRune(".!?", rune(f.text[end-1])) {
		return nil, false // a headline, or a line that ends on a colon or a quotation
	}
	return f.tokensOutside(f.sentenceStart(prev.Start, end-1), end), true
}

// thirdPerson reports whether a pronoun is il or elle.
func thirdPerson(p string) bool {
	p = lower(p)
	return p == "il" || p == "elle"
}

// firstPerson reports whether the first part of group g speaks in the first person, singular or plural
// ("nous", or "on" as news quotes write it: "on peut toujours faire des leçons").
func (f *finder) firstPerson(g int) bool {
	ps := f.byGroup[g]
	if len(ps) == 0 {
		return false
	}
	for _, t := range tokenize(f.text, ps[0].Start, ps[0].End) {
		switch t.low {
		case "je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on":
			return true
		}
	}
	return false
}

// creditAfter reads the name on a credit line right after the paragraph that the group's quotation
// ends: "« … »" then "— Penny Oleksiak" or "— Christian Casseyas, anthropologue".
func (f *finder) creditAfter(g int) (Span, bool) {
	ps := f.byGroup[g]
	if len(ps) == 0 {
		return Span{}, false
	}
	grp, last := f.groups[g], ps[len(ps)-1]
	li := grp.lineOf(f, last)
	if strings.TrimRight(f.text[last.End:f.lines[li].End], " .\u00a0\u202f") != "" {
		return Span{}, false
	}
	next := li + 1
	for next < len(f.lines) && strings.TrimSpace(f.text[f.lines[next].Start:f.lines[next].End]) == "" {
		next++
	}
	if next >= len(f.lines) {
		return Span{}, false
	}
	ln := f.lines[next]
	i := skipSpaces(f.text, ln.Start, ln.End)
	d := dashLen(f.text, i, ln.End)
	if d == 0 {
		return Span{}, false
	}
	s := f.text[i+d : ln.End]
	if !byline(s) && !nameLine(s) && !f.caption(next, s) {
		return Span{}, false
	}
	name, _, _ := strings.Cut(s, ",")
	start := skipSpaces(f.text, i+d, ln.End)
	end := start + len(strings.TrimRight(strings.TrimSpace(name), " ."))
	toks := tokenize(f.text, start, end)
	if len(toks) == 0 || !isUpperStart(toks[0].text) {
		return Span{}, false
	}
	return Span{start, end}, true
}

// nextSentenceSpeaker gives a quotation that is a sentence of its own, with no speaker before it, the
// person who opens the sentence right after it in its paragraph: "« Acceptez-vous d'être jugé ? » La
// présidente pose sa question à chaque prévenu.", "« … » Le maire de Chailles, Florent Marmagne, a
// vécu …". A name, or a description of a person; not a group or a thing ("« … » Le procès s'est
// terminé").
func (f *finder) nextSentenceSpeaker(grp *group, ps []part) {
	last := ps[len(ps)-1]
	end := f.lines[grp.lineOf(f, last)].End
	if !strings.HasSuffix(f.text[:last.End], "»") || !f.endsSentence(last.Start, last.End-len("»")) {
		return
	}
	toks := f.tokensOutside(last.End, min(end, last.End+maxLater))
	if len(toks) < 2 || !toks[0].word || !isUpperStart(toks[0].text) {
		return
	}
	sp, kind, ok := firstNP(toks, len(toks))
	if !ok || kind == Pronoun {
		return
	}
	if from, to := spanToks(toks, sp); from != 0 || to >= len(toks) {
		return
	}
	if kind == Description {
		if sp, ok = personSpan(toks, sp); !ok {
			return
		}
	}
	grp.speaker, grp.skind, grp.inferred = sp, kind, true
}

// inciseCloses reports whether the attribution a read in the sentence toks is an inverted incise that
// ends it after a comma: "Les jours se comptent en victimes, a-t-il lancé.", "…, ajoute-t-elle
// devant la presse.". The sentence reports the speaker's words without quotation marks, and a
// quotation opening the next sentence goes on with them.
func inciseCloses(toks []tok, a attribution) bool {
	i := slices.IndexFunc(toks, func(t tok) bool { return t.start <= a.speaker.Start && a.speaker.End <= t.end })
	if i < 1 || toks[i-1].text != "," && !(i >= 2 && toks[i-2].text == "," && clitics[toks[i-1].low]) {
		return false
	}
	if _, _, ok := splitInversion(toks[i].text); !ok {
		return false
	}
	rest := toks[i+1:]
	if len(rest) == 0 || len(rest) > 6 || !sentenceStop(rest[len(rest)-1].text) {
		return false
	}
	for _, t := range rest[:len(rest)-1] {
		if !t.word {
			return false
		}
	}
	return true
}

// indefiniteSpeaker reports whether the group's speaker is an indefinite pronoun ("certains",
// "beaucoup"): people left unnamed who voice one opinion, whom no quotation after goes on with.
func (f *finder) indefiniteSpeaker(grp *group) bool {
	return indefinites[lower(f.text[grp.speaker.Start:grp.speaker.End])]
}
