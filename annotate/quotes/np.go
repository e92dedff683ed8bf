package quotes

import "strings"

// npRight reads a noun phrase naming a person starting at toks[k]: a subject pronoun, a name with its
// titles, a short name in guillemets (a newspaper or programme: « Quotidien »), or a description with
// its complements and an apposed name ("le président du Conseil européen Donald Tusk").
func npRight(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	if k >= len(toks) {
		return Span{}, NoSpeaker, k, false
	}
	if toks[k].text == "«" {
		return guillemetName(toks, k)
	}
	if !toks[k].word {
		return Span{}, NoSpeaker, k, false
	}
	w := toks[k].low
	start := toks[k].start
	switch {
	case subjectPronouns[w]:
		return Span{start, toks[k].end}, Pronoun, k + 1, true
	case determiners[w] && !strings.HasPrefix(w, "d"):
		return description(toks, k)
	case functionWords[w]:
		return Span{}, NoSpeaker, k, false
	case focusWords[w] && k+1 < len(toks) && (determiners[toks[k+1].low] || isUpperStart(toks[k+1].text)):
		return npRight(toks, k+1) // "Seul le ministre a répondu": seul singles the subject out, it is none
	case stressedPronouns[w] && isUpperStart(toks[k].text): // "Eux d'ajouter que « … »"
		return Span{start, toks[k].end}, Pronoun, k + 1, true
	case isUpperStart(toks[k].text) || titles[w] || titles[w+"."]:
		j := nameEnd(toks, k)
		if j == k+1 && (notName(w) || participleOpening(toks, k) || appositionOpening(toks, k) || labelOpening(toks, k) || interviewMark(toks, k)) {
			return Span{}, NoSpeaker, k, false
		}
		return Span{start, toks[j-1].end}, Name, j, true
	}
	return Span{}, NoSpeaker, k, false
}

// interviewMark reports whether the lone capital letter at toks[k] marks a question or an answer of an
// interview ("Q - Vous avez dit « … » ?", "R : …"): one letter followed by a dash or a colon.
func interviewMark(toks []tok, k int) bool {
	if len(toks[k].text) != 1 || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].text {
	case "-", "–", "—", ":":
		return true
	}
	return false
}

// focusWords set a subject apart before its determiner or its name ("Seul le maire a salué la
// décision", "Seules les infirmières ont témoigné"): capitalised at a sentence's start, they are no names.
var focusWords = set("seul seule seuls seules")

// stressedPronouns are the stressed personal pronouns that may open a sentence as its subject ("Eux
// d'ajouter que « … »"): capitalised there, they are no names.
var stressedPronouns = set("lui eux moi toi")

// guillemetName reads « Name » of at most four capitalised-first words and returns the words inside.
func guillemetName(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].text == "»" {
			if j == k+1 || !isUpperStart(toks[k+1].text) {
				break
			}
			return Span{toks[k+1].start, toks[j-1].end}, Name, j + 1, true
		}
		if !toks[j].word && toks[j].text != "-" && toks[j].text != "'" {
			break
		}
	}
	return Span{}, NoSpeaker, k, false
}

// description reads a determiner, up to four head words, complements introduced by de and the words
// after them ("le président de la Commission européenne Jean-Claude Juncker", "le cabinet de M. Le
// Roux"), at most three runs in all. Its kind is Name when it ends with a name not introduced by de.
func description(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	j, last := k+1, k
	if partitiveHead(toks, k) { // "une de ses tantes": un or une is the head
		j, last = skipLa(toks, k+2), k+1
	}
	for runs := 0; runs < 3 && j < len(toks); runs++ {
		e := wordRun(toks, j, j == k+1)
		if e == j {
			break
		}
		last = e
		if secondComplement(toks, e) {
			e++ // "le ministre de l'Économie et des Finances Michel Sapin"
		}
		if e >= len(toks) || !isOf(toks[e].low) {
			break
		}
		j = skipLa(toks, e+1)
	}
	if last == k || last == k+1 && partitiveHead(toks, k) {
		return Span{}, NoSpeaker, k, false
	}
	kind := Description
	head := last - 1
	for head > k+1 && nameAdjective(toks, head) {
		head-- // "L'Union européenne" ends with a name
	}
	// a title's capital is no name: "le Premier ministre", "le Président"
	// nor is a place's or a group's in apposition to its noun: "la présidente de la région Île-de-France"
	if ns := nameStartOver(toks, head); isUpperStart(toks[head].text) && !people[toks[head].low] && !afterOf(toks, ns) &&
		!(ns > k+2 && appositionNoun(toks, ns-1)) {
		kind = Name
	}
	return Span{toks[k].start, toks[last-1].end}, kind, last, true
}

// skipLa returns the index after the article la or l' at toks[j], which a de before a complement
// takes, or j.
func skipLa(toks []tok, j int) int {
	if j < len(toks) && (toks[j].low == "la" || toks[j].low == "l'") {
		j++
	}
	return j
}

// secondComplement reports whether toks[e] is the et joining a second complement with de to a name:
// "le ministre de l'Économie et des Finances".
func secondComplement(toks []tok, e int) bool {
	return e+2 < len(toks) && toks[e].low == "et" && isOf(toks[e+1].low) && isUpperStart(toks[e+2].text)
}

// wordRun returns the end of up to four noun-phrase words from toks[j], titles keeping their dot.
func wordRun(toks []tok, j int, first bool) int {
	start, adjectives := j, 0
	for j < len(toks) && j-start-adjectives < 4 && npWord(toks, j, first && j == start) {
		if j > start && nameAdjective(toks, j) {
			adjectives++ // "la Banque centrale européenne Christine Lagarde" holds the name
		}
		if j > start && (determiners[toks[j].low] && !titleName(toks, j) && !innerArticle(toks, start, j) || nameEndsRun(toks, j)) {
			break // "de Paris appelle les commerçants": a verb or a new noun phrase follows the name
		}
		if j > start && verbBeforeObject(toks, j) {
			break // "le président du club enfonce le clou", "L'opposition fait la même analyse"
		}
		if j > start && summaryTel[toks[j].low] && j+1 < len(toks) && toks[j+1].low == "que" {
			break // "l'auteur de chansons telles que « … »": examples follow the noun phrase
		}
		j++
		if j < len(toks) && toks[j].text == "." && titles[toks[j-1].low+"."] {
			j++
		}
	}
	return j
}

// verbBeforeObject reports whether the lower-case word at toks[j], after a noun, opens its object with a
// definite or possessive determiner and a lower-case word, as a verb does and no adjective of the noun
// phrase: "enfonce le clou", "gèrera la manutention". A name after its article is an apposition ("Le
// journal parodique Le Gorafi"); a participle before a date is cut too ("publié le 3 mai": a
// speaker's noun phrase stops at its noun).
func verbBeforeObject(toks []tok, j int) bool {
	return toks[j].word && !isUpperStart(toks[j].text) && j+2 < len(toks) && objectDeterminers[toks[j+1].low] &&
		!isOf(toks[j].low) && !determiners[toks[j].low] && toks[j+2].word && !isUpperStart(toks[j+2].text)
}

// objectDeterminers open a verb's object right after it.
var objectDeterminers = set("le la les l' son sa ses leur leurs")

// innerArticle reports whether the lower-case article at toks[j], the second word of a run from
// toks[start] after de, is inside a name that French capitalises on its first word only, between a
// capitalised word and a name: "de Debout la France", "de Sauvons la Recherche".
func innerArticle(toks []tok, start, j int) bool {
	switch toks[j].text {
	case "la", "le", "les", "l'", "l’":
		return j == start+1 && start > 0 && isOf(toks[start-1].low) && isUpperStart(toks[start].text) &&
			j+1 < len(toks) && toks[j+1].word && isUpperStart(toks[j+1].text)
	}
	return false
}

// nameEndsRun reports whether the capitalised word at toks[j-1] ends a run of noun-phrase words: a
// lower-case word follows it, with neither a name after that word nor de and a name. A capitalised
// noun of office ends none: "le Premier ministre" is one description; an institution's name goes on
// with its adjectives ("l'Assemblée nationale", "la Sûreté générale"), the last of which ends the run
// as the capital would ("du Front national voudrait").
func nameEndsRun(toks []tok, j int) bool {
	i := j - 1
	for nameAdjective(toks, i) {
		i--
	}
	return isUpperStart(toks[i].text) && !people[toks[i].low] && !isUpperStart(toks[j].text) && !institutionAdjectives[toks[j].low] &&
		!(j+1 < len(toks) && isUpperStart(toks[j+1].text)) && !(j+2 < len(toks) && isOf(toks[j+1].low) && isUpperStart(toks[j+2].text))
}

// nameAdjective reports whether toks[i] is an institution's adjective after a capitalised word, maybe
// over other such adjectives, that is no article opening the sentence ("l'Assemblée nationale", "la
// Banque centrale européenne", not "La centrale chrétienne").
func nameAdjective(toks []tok, i int) bool {
	for i > 0 && institutionAdjectives[toks[i].low] {
		i--
		if toks[i].word && isUpperStart(toks[i].text) && !determiners[toks[i].low] {
			return true
		}
	}
	return false
}

// institutionAdjectives are the lower-case adjectives that end the names of institutions and bodies:
// "l'Assemblée nationale", "la Banque mondiale", "la Santé publique", "la Cour suprême", "la
// Protection civile", "la Commission européenne".
var institutionAdjectives = set(`national nationale nationaux nationales général générale généraux générales
mondial mondiale public publique européen européenne international internationale fédéral fédérale
régional régionale municipal municipale départemental départementale constitutionnel constitutionnelle
suprême civil civile populaire islamique centrale central unies`)

// titleName reports whether a capitalised determiner at toks[j] inside a noun phrase starts a title
// ("le journal Le Monde", "le quotidien La Croix").
func titleName(toks []tok, j int) bool {
	return isUpperStart(toks[j].text) && j+1 < len(toks) && isUpperStart(toks[j+1].text)
}

// afterOf reports whether the name starting at toks[i] is introduced by de ("de M. Le Roux", "de la
// SNCF").
func afterOf(toks []tok, i int) bool {
	for i > 0 {
		w := toks[i-1].low
		switch {
		case isOf(w):
			return true
		case w == "la" || w == "l'" || w == "." || titles[w] || titles[w+"."]:
			i--
		default:
			return false
		}
	}
	return false
}

// npWord reports whether toks[j] can belong to a noun phrase; the first word after a determiner may be
// a verb form read as a noun ("le juge", "la demande"), or personne, a noun there ("une personne",
// where alone it is a pronoun: "personne n'a dit").
func npWord(toks []tok, j int, first bool) bool {
	t := toks[j]
	w := t.low
	if !t.word || stopNP[w] || functionWords[w] && !(first && w == "personne") || auxiliaries[w] || etre[w] || w == "ne" || w == "n'" || reflexives[w] && !first {
		return false
	}
	if !first && pluralVerbAfterNoun(toks, j) { // "des agriculteurs manifestent"
		return false
	}
	return first || personNouns[w] || isUpperStart(t.text) || lexicon()[w].lemma == ""
}

// nameStart returns the index of the first word of the capitalised run ending at toks[j].
func nameStart(toks []tok, j int) int {
	for j > 0 && toks[j-1].word && isUpperStart(toks[j-1].text) {
		j--
	}
	return j
}

// nameStartOver is nameStart over an article inside the name: "Debout la France" from "France".
func nameStartOver(toks []tok, j int) int {
	ns := nameStart(toks, j)
	if ns >= 2 && innerArticle(toks, ns-2, ns-1) {
		return nameStart(toks, ns-2)
	}
	return ns
}

var prepositions = set("de d' du des à au aux en dans sur sous avec pour par sans vers chez entre après avant contre devant derrière pendant depuis parmi malgré selon")

func isOf(w string) bool { return w == "de" || w == "d'" || w == "du" || w == "des" }

// nameEnd returns the index after a name starting at toks[k]: capitalised words, titles with their
// abbreviation dot, and particles between capitalised words.
func nameEnd(toks []tok, k int) int {
	j := k
	for j < len(toks) {
		t := toks[j]
		w := t.low
		switch {
		case t.word && (isUpperStart(t.text) || titles[w] || titles[w+"."]):
			j++
			if j < len(toks) && toks[j].text == "." && titles[w+"."] {
				j++
			}
		case t.word && particles[w] && j+1 < len(toks) && isUpperStart(toks[j+1].text) && j > k:
			j++
		default:
			return j
		}
	}
	return j
}

// dateLike reports whether a noun phrase is a date or a time ("Le 19 juin", "lundi", "cette année"): it
// holds a number (not an age, "de 31 ans"), a month or a weekday, or its head is a noun of time. Such
// phrases never speak.
func dateLike(toks []tok, from, to int) bool {
	for i, t := range toks[from:to] {
		w := t.low
		if w != "" && w[0] >= '0' && w[0] <= '9' && from+i+1 < len(toks) && toks[from+i+1].low == "ans" {
			continue // an age: "l'attaquant de 31 ans"
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' && ordinal(w) && from+i+1 < len(toks) && !timeHeads[toks[from+i+1].low] {
			continue // a rank: "une habitante du 16e arrondissement", not "le 16e siècle"
		}
		if timeWords[w] && !ofDayName(toks, from, from+i) || w != "" && w[0] >= '0' && w[0] <= '9' || i <= 1 && timeHeads[w] {
			return true
		}
	}
	return false
}

// ofDayName reports whether the time word at toks[k] completes a name after du: "Le Journal du
// dimanche" is a newspaper, not a date.
func ofDayName(toks []tok, from, k int) bool {
	if k-from < 2 || toks[k-1].low != "du" {
		return false
	}
	for _, t := range toks[from : k-1] {
		if t.word && isUpperStart(t.text) && !articles[t.low] && !determiners[t.low] {
			return true
		}
	}
	return false
}

// notName reports whether a capitalised word standing alone is rather a sentence-initial adverb,
// conjunction, gerund, adjective or numeral ("Maintenant", "Aussi", "Voyant", "Impuissant", "Treize
// jours après", "Pas une excuse pour …").
func notName(w string) bool {
	if f, ok := lexicon()[w]; ok && (f.class == participle || f.class == gerund || strings.HasSuffix(w, "ons")) { // "Interrogé vendredi, …", "Rappelons"
		return true
	}
	return w == "a" || w == "pas" || isAdverb(w) || functionWords[w] || openingAdjectives[w] || isConj(w) || subjectPronouns[w] || reflexives[w] || numerals[w] || degree[w] || strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ment")
}

// labelOpening reports whether the lone capitalised word at toks[k] opens its sentence as a noun that
// announces what a colon gives: "Bilan : « … »", "Résultat : « … »", or a noun of speech with its
// author, "Explications d'une infirmière : « … »" (whose author speaks, speechNounSource).
func labelOpening(toks []tok, k int) bool {
	if k > 0 && !sentenceStop(toks[k-1].text) || k+1 >= len(toks) {
		return false
	}
	w, next := toks[k].low, toks[k+1]
	return labelNouns[w] && next.text == ":" || speechNouns[w] && isOf(next.low)
}

// labelNouns open a sentence that announces what its colon gives.
var labelNouns = set("bilan résultat résultats conclusion verdict constat question réponse objectif problème morale explication explications réaction réactions témoignage")

// participleOpening reports whether the lone capitalised word at toks[k] opens its sentence as a past
// participle with its complement, "Contactée au sujet de …, la police rassure", "Réunis lundi soir en
// séance, les élus ont adopté": shaped like one (participleLike) and
// followed by a preposition or a time word. A name opening a sentence is followed by its verb or a
// comma ("René a dit", "Chloé, qui …"); one after a verb ("a dit René à la radio") is not at the start.
func participleOpening(toks []tok, k int) bool {
	if k > 0 && !sentenceStop(toks[k-1].text) || k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	next := toks[k+1].low
	if !prepositions[next] && !timeWords[next] && next != "lors" {
		return false
	}
	return participleLike(toks[k].low)
}

// personLike reports whether the noun phrase toks[from:to] of the given kind can name a speaker when
// no reporting verb ties it to the quote: a pronoun, a name that is not a date, or a description headed
// by a noun of person, group or document ("le ministre", "le cabinet", "le communiqué").
func personLike(toks []tok, from, to int, kind SpeakerKind) bool {
	if dateLike(toks, from, to) {
		return false
	}
	switch kind {
	case Pronoun:
		return toks[from].low != "on"
	case Name:
		return true
	}
	start := from + 1
	if partitiveHead(toks, from) { // "une de ses tantes": the head is after de and its determiner
		start = from + 2
		if start < to && determiners[toks[start].low] {
			start++
		}
	}
	for j := start; j < to; j++ {
		w := toks[j].low
		if people[w] || groups[w] || people[singular(w)] || groups[singular(w)] || agentNoun(w) {
			return true
		}
		if !headModifiers[w] {
			return false
		}
	}
	return false
}

// indefinites are the indefinite pronouns that may be subjects of a reporting verb.
var indefinites = set("beaucoup certains certaines plusieurs d'aucuns tous toutes")

// degree are adverbs that open sentences capitalised ("Plus tôt dans la journée").
var degree = set("plus moins très peu trop assez tôt ceci")

// agentNoun reports whether a noun names a person by its suffix ("donatrice", "enquêteur",
// "militante", "syndicaliste").
func agentNoun(w string) bool {
	w = singular(w)
	for _, suf := range []string{"eur", "euse", "rice", "iste", "ienne", "ante", "ant"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// singular strips a plural s or x ("associations", "journaux" is left alone).
func singular(w string) string {
	if len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') {
		return w[:len(w)-1]
	}
	return w
}

// spanToks returns the index range of the tokens covering s.
func spanToks(toks []tok, s Span) (int, int) {
	from, to := -1, -1
	for i, t := range toks {
		if from < 0 && t.start >= s.Start {
			from = i
		}
		if t.end <= s.End {
			to = i + 1
		}
	}
	return from, to
}

// PersonDescription reports whether a description as written ("le ministre", "la vieille servante") is
// definite and singular, headed by a common noun that is not one of a group or a document, so that it
// may refer back to the person who spoke last; indefinite ("un élu"), plural ("les membres"), group and
// document descriptions ("la cour", "le communiqué") may not.
func PersonDescription(s string) bool {
	toks := tokenize(s, 0, len(s))
	if len(toks) < 2 {
		return false
	}
	switch toks[0].low {
	case "le", "la", "l'", "ce", "cet", "cette", "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur":
	default:
		return false
	}
	for _, t := range toks[1:] {
		w := t.low
		if !headModifiers[w] {
			return t.word && !groups[w] && (people[w] || !isUpperStart(t.text))
		}
	}
	return false
}

// GroupDescription reports whether a description as written is headed by a noun of a group or an
// institution that speaks for itself ("la mairie de Lyon", "la police", "le syndicat"), not of a
// person nor of a document ("le communiqué"): a speaker so described is an organisation.
func GroupDescription(s string) bool {
	toks := tokenize(s, 0, len(s))
	if len(toks) < 2 || !determiners[toks[0].low] {
		return false
	}
	for _, t := range toks[1:] {
		w := t.low
		if !headModifiers[w] {
			w1 := singular(w)
			return (groups[w] || groups[w1]) && !documents[w] && !documents[w1] && !notBodies[w] && !notBodies[w1] && !people[w]
		}
	}
	return false
}

// notBodies are the nouns of groups that name a text or may name a person, not an organisation.
var notBodies = set("règlement loi décret traité charte arrêt jugement avis étude résolution source")

// PersonNoun reports whether w, in any case, is a noun of a person by office, trade or role
// ("ministre", "Premier" as French capitalises it in "le Premier ministre"): a capital on such a word
// names no one.
func PersonNoun(w string) bool { return people[strings.ToLower(w)] }
