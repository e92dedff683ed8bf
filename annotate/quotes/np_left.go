package quotes

import "strings"

// The leftward readers: the noun phrase, name or description that ends just before a reporting verb
// or a relative qui, read from its last word back.

// npLeft reads a subject noun phrase ending with toks[j].
func npLeft(toks []tok, j int) (Span, SpeakerKind, bool) {
	return npLeftOpt(toks, j, false)
}

// npLeftOpt is npLeft; afterPrep accepts a noun phrase governed by a preposition, as the antecedent of
// a relative qui may be ("contestée par l'opposition, qui considère"). A pair joined by et before a
// plural verb is read whole (pairLeft).
func npLeftOpt(toks []tok, j int, afterPrep bool) (Span, SpeakerKind, bool) {
	sp, kind, ok := npLeftOne(toks, j, afterPrep)
	if ok && kind != Pronoun {
		sp, kind = pairLeft(toks, sp, kind, j)
	}
	return sp, kind, ok
}

// npLeftOne reads the one noun phrase ending with toks[j] that npLeftOpt reads.
func npLeftOne(toks []tok, j int, afterPrep bool) (Span, SpeakerKind, bool) {
	if j < 0 || !toks[j].word {
		return Span{}, NoSpeaker, false
	}
	w := toks[j].low
	end := toks[j].end
	if subjectPronouns[w] {
		return Span{toks[j].start, end}, Pronoun, true
	}
	if indefinites[w] && (clauseOpens(toks, j) || relativeOpens(toks, j)) { // "beaucoup craignent", "que certains jugent"
		return Span{toks[j].start, end}, Description, true
	}
	if stopNP[w] || functionWords[w] {
		return Span{}, NoSpeaker, false
	}
	if nameAdjective(toks, j) { // "de l'Assemblée nationale"
		sp, kind, ok := npLeftOne(toks, j-1, afterPrep)
		return Span{sp.Start, end}, kind, ok
	}
	if isUpperStart(toks[j].text) && !titleAlone(toks, j) {
		s := nameLeft(toks, j)
		if s > 0 && innerArticle(toks, s-1, s) {
			s-- // "Le fondateur de Sauvons la Recherche a déclaré"
		}
		if sp, ok := headBeforeName(toks, s, afterPrep); ok {
			return Span{sp.Start, end}, Description, true
		}
		if sp, kind, ok := complementHead(toks, s, afterPrep); ok {
			return Span{sp.Start, end}, kind, true
		}
		return Span{toks[listStart(toks, s)].start, end}, Name, true
	}
	return descriptionLeft(toks, j, afterPrep)
}

// titleAlone reports whether the capitalised toks[j] is a noun of office with nothing but its
// determiner before it ("le Président", "Le Premier ministre" ends otherwise), read as a description;
// after a capitalised word it ends a name ("Bruno Le Maire").
func titleAlone(toks []tok, j int) bool {
	k := nameLeft(toks, j)
	return people[toks[j].low] && k >= j-1 && (k == 0 || !toks[k-1].word || !isUpperStart(toks[k-1].text))
}

// headBeforeName reads the description of a person that the name starting at toks[s] completes after
// de: "Le leader des Tories", "le ministre de l'Intérieur", "la porte-parole du Kremlin" speak, not
// the party, the ministry or the Kremlin.
func headBeforeName(toks []tok, s int, afterPrep bool) (Span, bool) {
	if s < 2 || !isOf(toks[s-1].low) || !people[toks[s-2].low] && !agentNoun(toks[s-2].low) {
		return Span{}, false
	}
	sp, kind, ok := descriptionLeft(toks, s-2, afterPrep)
	return sp, ok && kind == Description
}

// descriptionLeft reads npLeftOpt's description ending with the common noun toks[j]: leftwards over at
// most four words to the determiner that opens it ("d'autres policiers", "le juge"), or to a
// quantifier counting persons ("plusieurs médecins").
func descriptionLeft(toks []tok, j int, afterPrep bool) (Span, SpeakerKind, bool) {
	end := toks[j].end
	if pluralVerbAfterNoun(toks, j) { // "des agriculteurs manifestent"
		return Span{}, NoSpeaker, false
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		t := toks[i]
		lw := t.low
		if lw == "d'" && toks[i+1].low == "autres" && clauseOpens(toks, i) { // "d'autres policiers"
			return Span{t.start, end}, Description, true
		}
		if !t.word || stopNP[lw] && !determiners[lw] || finiteAux[lw] { // "Le ministre est parti" is a clause
			return Span{}, NoSpeaker, false
		}
		if determiners[lw] && (!strings.HasPrefix(lw, "d") || clauseOpens(toks, i)) {
			return determinerLeft(toks, i, end, afterPrep)
		}
		if quantifiers[lw] {
			if sp, kind, ok := determinerLeft(toks, i, end, afterPrep); ok && countsPersons(toks, i) {
				return sp, kind, true
			}
			return Span{}, NoSpeaker, false
		}
	}
	return Span{}, NoSpeaker, false
}

// relativeOpens reports whether toks[j] follows dont, que or où, which open a clause whose subject
// it is: "un commentaire que certains jugent « … »", "le public, dont beaucoup disent que".
func relativeOpens(toks []tok, j int) bool {
	if j == 0 {
		return false
	}
	w := toks[j-1].low
	return w == "dont" || w == "que" || w == "qu'" || w == "où"
}

// quantifiers open a noun phrase as a determiner does, but one that counts: "Plusieurs médecins ont
// indiqué", "divers observateurs notaient". Only persons so counted are read as the subject of a
// reporting verb ("Plusieurs sites ont publié un communiqué" gives a document's words).
var quantifiers = set("plusieurs quelques divers diverses")

// countsPersons reports whether the quantifier at toks[k] counts persons: the noun after it names
// people or an agent ("médecins", "observateurs").
func countsPersons(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	h := toks[k+1].low
	return people[h] || people[singular(h)] || agentNoun(h)
}

// pluralVerbAfterNoun reports whether toks[j] ends in -ent right after a plural noun: a verb of the
// third person plural ("des agriculteurs manifestent"), as an adjective after a plural noun would
// be plural too. Adverbs in -ment ("les élus notamment") are none.
func pluralVerbAfterNoun(toks []tok, j int) bool {
	w := toks[j].low
	if j == 0 || !strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "ment") || isAdverb(w) || len(w) < 5 {
		return false
	}
	p := toks[j-1].low
	return toks[j-1].word && (strings.HasSuffix(p, "s") || strings.HasSuffix(p, "x")) && !stopNP[p] && !functionWords[p]
}

// finiteAux are the finite forms of être and avoir, which no noun phrase holds.
var finiteAux = set("est sont était étaient fut furent sera seront serait seraient a ont avait avaient eut eurent aura auront aurait auraient")

// determinerLeft reads the noun phrase opened by the determiner at toks[i] and ending at offset end:
// from the head of a partitive before it ("l'un des avocats"), not after a preposition unless
// afterPrep, a Name when a capital follows the determiner ("Le Canard enchaîné", "La Croix") but for
// a title's ("le Premier ministre").
func determinerLeft(toks []tok, i, end int, afterPrep bool) (Span, SpeakerKind, bool) {
	if h := partitiveLeft(toks, i); h >= 0 {
		return Span{toks[h].start, end}, Description, true
	}
	if i > 0 && prepositions[toks[i-1].low] && !afterPrep {
		return Span{}, NoSpeaker, false
	}
	if isUpperStart(toks[i+1].text) && !people[toks[i+1].low] { // "Le Premier ministre" is no name
		return Span{toks[i].start, end}, Name, true
	}
	return Span{toks[i].start, end}, Description, true
}

// partitiveHead reports whether toks[k] is un or une heading a partitive ("une de ses tantes", "l'un
// des avocats").
func partitiveHead(toks []tok, k int) bool {
	w := toks[k].low
	return (w == "un" || w == "une" || w == "chacun" || w == "chacune" || w == "aucun" || w == "aucune") &&
		k+1 < len(toks) && isOf(toks[k+1].low)
}

// partitiveLeft returns the index where a partitive ending with the determiner at toks[i] starts ("une
// de ses tantes", "l'un des avocats"), or -1.
func partitiveLeft(toks []tok, i int) int {
	de := i - 1
	if isOf(toks[i].low) && toks[i].low != "de" && toks[i].low != "d'" {
		de = i // "l'un des avocats": des is de + les
	}
	if de < 1 || !isOf(toks[de].low) || !partitiveHead(toks, de-1) {
		return -1
	}
	h := de - 1
	if h > 0 && toks[h-1].low == "l'" {
		h--
	}
	return h
}

// clauseOpens reports whether toks[i] opens a clause: the sentence's first token, or after a comma or
// a conjunction ("Sur LCI, des voisins décrivent").
func clauseOpens(toks []tok, i int) bool {
	return i == 0 || toks[i-1].text == "," || isConj(toks[i-1].low)
}

// nameLeft returns the index of the first token of the name ending with toks[j]: capitalised words,
// titles and particles, and a determiner before them ("le président Trump").
func nameLeft(toks []tok, j int) int {
	i := j
	for i-1 >= 0 {
		step := nameStepLeft(toks, i)
		if step == 0 {
			break
		}
		i -= step
	}
	if i > 0 && determiners[toks[i-1].low] && !strings.HasPrefix(toks[i-1].low, "d") {
		i-- // "le président Trump" keeps its determiner
	}
	return i
}

// nameStepLeft returns how many tokens before toks[i] nameLeft takes into the name: a capitalised word
// or a title, a title with its abbreviation dot ("M."), a particle between capitalised words; 0 when
// the name starts at toks[i].
func nameStepLeft(toks []tok, i int) int {
	t := toks[i-1]
	switch {
	case t.word && (nameWordLeft(t) || titles[t.low]):
		return 1
	case t.text == "." && i-2 >= 0 && titles[toks[i-2].low+"."]:
		return 2
	case t.word && particles[t.low] && i-2 >= 0 && isUpperStart(toks[i-2].text):
		return 1
	}
	return 0
}

// nameWordLeft reports whether a capitalised t can belong to a name: not a determiner, a function
// word or a conjunction capitalised at a sentence's start.
func nameWordLeft(t tok) bool {
	return isUpperStart(t.text) && !determiners[t.low] && !functionWords[t.low] && !isConj(t.low)
}

// quantifiedSubject reads a subject of persons counted by a quantifier that opens the sentence or a
// clause before the reporting verb at toks[v]: "Plusieurs médecins et infirmiers ont indiqué que",
// not "Plusieurs sites ont publié", whose words are a document's.
func quantifiedSubject(toks []tok, v int) (Span, SpeakerKind, bool) {
	for k := 0; k < v; k++ {
		if !quantifiers[toks[k].low] || !clauseOpens(toks, k) {
			continue
		}
		sp, kind, n, ok := description(toks, k)
		if ok && n <= v && countsPersons(toks, k) {
			return sp, kind, true
		}
	}
	return Span{}, NoSpeaker, false
}
