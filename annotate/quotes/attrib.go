package quotes

import "strings"

// attribution is what an incise or a reporting clause says about a quote.
type attribution struct {
	cue     Span
	speaker Span
	kind    SpeakerKind
	infin   bool // the cue is an infinitive: the speaker is the subject of the main clause
	gerund  bool // the cue is a present participle ("en disant"): likewise
}

// maxIncise bounds how far an incise or a reporting clause is read, in bytes.
const maxIncise = 240

// incise reads an attributing incise starting at p ("dit-il", "a-t-elle relaté", "répondit le postillon",
// "selon M. Lavrov") and returns it with the offset where the incise ends (after its closing
// punctuation and spaces), or false.
func (f *finder) incise(p, limit int) (attribution, int, bool) {
	a, end, _, ok := f.inciseN(p, limit, false)
	return a, end, ok
}

// inciseN is incise that also reports whether narration follows the incise. inside says the incise
// cuts a quotation: its verb must then be one of inciseVerbs unless it carries an inverted pronoun.
func (f *finder) inciseN(p, limit int, inside bool) (attribution, int, bool, bool) {
	toks := tokenize(f.text, p, min(limit, p+maxIncise))
	k := inciseCliticsEnd(toks)
	if k >= len(toks) || !toks[k].word {
		return attribution{}, 0, false, false
	}
	if k > 0 && subjectClitic(toks[k-1].low, toks[k].low) {
		return attribution{}, 0, false, false // "…, nous avons constaté son changement": a clause, not an incise
	}
	if a, ok := pourAfter(toks, k); ok && !inside && strings.HasSuffix(strings.TrimRight(f.text[:toks[k].start], " \u00a0\u202f"), ",") {
		end, narrative := f.inciseEnd(toks, k+1, limit)
		return a, end, narrative, true
	}
	v := k
	a, k, ok := verbGroup(toks, k)
	if !ok && k == v {
		a, ok = euphonicInversion(toks, v)
		k = v + 1
		if !ok && !inside {
			a, k, ok = unknownParticiple(toks, v) // "», a exulté le sélectionneur"
			if !ok {
				a, k, ok = unknownFinite(toks, v) // "», anticipait Paul Roux."
			}
		}
	}
	if !ok || a.infin || a.gerund || inside && a.speaker.Empty() && !trustedIncise(f.text[a.cue.Start:a.cue.End]) {
		return attribution{}, 0, false, false
	}
	if a.speaker.Empty() {
		// "ajoute et conclut le maire"
		k = coordinatedVerb(toks, k)
		for range 2 { // "a dit ce vendredi 20 octobre", "a expliqué lundi soir", "précise d'emblée", "déclare d'un air las"
			k = skipFillers(toks, skipManner(toks, skipWhen(toks, k))) // "tout sourire" before tout alone
		}
		k = skipRecipient(toks, k) // "a indiqué au Monde le procureur"
		if k, ok = inciseSubject(toks, k, &a); ok {
			k = pairRight(toks, k, v, &a) // "ont affirmé le maire et son adjoint"
		} else if k, ok = subjectAfterCircumstance(toks, k, &a); !ok {
			return attribution{}, 0, false, false
		}
	}
	end, narrative := f.inciseEnd(toks, k, limit)
	return a, end, narrative, true
}

// euphonicInversion reads an incise verb that is in no lexicon but carries the euphonic t of an
// inversion, which only a verb takes: "», grince-t-il", "», positive-t-elle", "», indqiue-t-il" (a
// typo). Journalists vary incise verbs without end; after a quotation, "-t-il" marks one. "semble-t-il"
// and "va-t-il" report nothing.
func euphonicInversion(toks []tok, v int) (attribution, bool) {
	t := toks[v]
	low := lower(t.text)
	i := strings.Index(low, "-t-")
	if i < 0 {
		i = strings.Index(low, "-t’")
	}
	if i < 3 || notSaying[low[:i]] || strings.ContainsAny(low[:i], "- ’'") {
		return attribution{}, false
	}
	verb, pron, ok := splitInversion(t.text)
	if !ok || len(verb) != i || !inciseEndsAt(toks, v+1) {
		return attribution{}, false
	}
	return attribution{cue: Span{t.start, t.start + i}, speaker: Span{t.end - len(pron), t.end}, kind: Pronoun}, true
}

// inciseEndsAt reports whether an incise may end before toks[k]: punctuation but a question mark, or
// a preposition opening a circumstance ("grince-t-il au téléphone"). An object after the verb makes
// it a clause ("partagea-t-il son temps"), a question mark a question ("existe-t-elle ?").
func inciseEndsAt(toks []tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	if !toks[k].word {
		return toks[k].text != "?"
	}
	return circumstancePreps[toks[k].low] || toks[k].low == "avec" || toks[k].low == "en"
}

// notSaying are verbs whose inverted incise reports no words: "», semble-t-il", "», va-t-il".
var notSaying = set("semble sembla va ira aura sera faudra suffira reste restera")

// pourAfter reads "pour X" after a quotation and its comma, the way pourSource reads it before: "«
// Preuves irrecevables ! », pour ce salarié : …". X must name a person or a group, and end its sentence
// or stand before a colon ("», pour le moment." names no one); without the comma X is rather the one
// the quoted words concern ("une « injustice » pour les chauffeurs de taxi").
func pourAfter(toks []tok, k int) (attribution, bool) {
	if toks[k].low != "pour" || k+1 >= len(toks) {
		return attribution{}, false
	}
	sp, kind, next, ok := sourceNP(toks, k+1)
	if !ok || kind == Pronoun || !personLike(toks, k+1, next, kind) || next < len(toks) && !strings.Contains(":.!?", toks[next].text) {
		return attribution{}, false
	}
	return attribution{cue: Span{toks[k].start, toks[k].end}, speaker: sp, kind: kind}, true
}

// coordinatedVerb returns the index after a second reporting verb joined to the incise's first by et
// ("« … », ajoute et conclut le maire"), whose subject comes after both; else k.
func coordinatedVerb(toks []tok, k int) int {
	if k+1 >= len(toks) || toks[k].low != "et" || !toks[k+1].word {
		return k
	}
	if b, n, ok := verbGroup(toks, k+1); ok && b.speaker.Empty() && !b.infin && !b.gerund {
		return n
	}
	return k
}

// inciseCliticsEnd returns the index after the object pronouns opening an incise, before its verb:
// "lui a-t-il dit", "s'est-il défendu". Articles are no such pronouns: "la" opens a noun phrase; but
// before an auxiliary, which no noun follows an article to, le, la, l', les and leur are pronouns:
// "leur a répondu le maire", "l'a confirmé la ministre".
func inciseCliticsEnd(toks []tok) int {
	k := 0
	for k < len(toks) && toks[k].word && (clitics[toks[k].low] && (!determiners[toks[k].low] || auxNext(toks, k)) || toks[k].low == "s'") {
		k++
	}
	return k
}

// auxNext reports whether an auxiliary follows toks[k]: "a", "avait", or an inverted "a-t-il".
func auxNext(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	w := toks[k+1].low
	if v, _, ok := splitInversion(toks[k+1].text); ok {
		w = lower(v)
	}
	return auxiliaries[w]
}

// skipRecipient returns the index after "à l'AFP", "au Monde", "à BFMTV", "sur France Inter" at
// toks[k] (whom a reporting verb addresses, or where, between it and its inverted subject) when a
// subject follows it, or k. A run of capitalised words is split where the subject starts, taken as
// its last two words when the run is longer: "au Monde Michel Crépu", "sur France Inter Luc Roux";
// a run followed by a determiner is all the medium ("à BFM TV le père"). A web address written as a
// name counts as one word: "à ACTUALITE.CD Luc Roux".
func skipRecipient(toks []tok, k int) int {
	if k+1 >= len(toks) || !recipientPreps[toks[k].low] {
		return k
	}
	j := k + 1
	if toks[j].low == "l'" || toks[j].low == "la" {
		j++
	}
	if j >= len(toks) || !isUpperStart(toks[j].text) {
		return k
	}
	j = skipDomain(toks, j)
	last := nameEnd(toks, j)
	if last < len(toks) && determiners[toks[last].low] { // "à BFM TV le père du jeune homme": the whole run is the medium
		if _, _, _, ok := npRight(toks, last); ok {
			return last
		}
	}
	for e := max(j+1, last-2); e <= last; e++ {
		if _, _, _, ok := npRight(toks, e); ok {
			return e
		}
	}
	return k
}

var recipientPreps = set("à au aux sur")

// skipDomain returns the index of the last word of a web name written with its dots, "ACTUALITE.CD",
// "Le360.ma", that starts at toks[j], or j.
func skipDomain(toks []tok, j int) int {
	for j+2 < len(toks) && toks[j+1].text == "." && toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start && toks[j+2].word {
		j += 2
	}
	return j
}

// inciseSubject reads the subject after an incise's verb at toks[k] into a and returns the index after
// it: a name, a pronoun, or a description that names a person or ends at punctuation or a preposition.
func inciseSubject(toks []tok, k int, a *attribution) (int, bool) {
	source := afterSelon(toks, k) // "selon l'annonce du gouvernement"
	read := npReaderAt(toks, k)   // "ont affirmé des témoins"
	if source {
		read = sourceNP
	}
	if source && k < len(toks) && (speakerSelf[toks[k].low] || selfPossessives[toks[k].low]) {
		return k, false // « …, selon moi, … », « …, selon notre Constitution, … »: the speaker's own words
	}
	if k+1 < len(toks) && demonstratives[toks[k].low] && toks[k+1].low == "qui" { // "lâche celui qui avait agressé …"
		a.speaker, a.kind = Span{toks[k].start, toks[k].end}, Description
		return k + 1, true
	}
	sp, kind, next, ok := read(toks, k)
	if ok && k >= 3 && avisDe(toks, k-3) == 3 && sp.Start == toks[k].start && k+1 < next { // "de l'avis du ministre": du is de le
		sp.Start = toks[k+1].start
	}
	if ok && kind == Description {
		sp, next = dayAfterSubject(toks, k, sp, next)
	}
	if !ok || dateLike(toks, k, next) || kind == Description && !source && !personLike(toks, k, next, kind) && !npEnds(toks, next) {
		return k, false
	}
	a.speaker, a.kind = sp, kind
	return next, true
}

// demonstratives are the pronouns that, before qui, name the speaker of an incise by what they did:
// "« … », a répété celui qui purge déjà une peine".
var demonstratives = set("celui celle ceux celles")

// dayAfterSubject drops from a description read as an incise's subject the day written after it,
// "a prévenu l'accusé lundi", "a déclaré le ministre mardi soir": a day ends the noun phrase, it does
// not complete it. sp and next are the description's span and the index after it.
func dayAfterSubject(toks []tok, k int, sp Span, next int) (Span, int) {
	e := next
	if e-1 > k && dayParts[toks[e-1].low] && dayWords[toks[e-2].low] {
		e--
	}
	if e-1 > k+1 && dayWords[toks[e-1].low] && toks[e-2].word && !isOf(toks[e-2].low) && !determiners[toks[e-2].low] {
		return Span{sp.Start, toks[e-2].end}, e - 1
	}
	return sp, next
}

// afterSelon reports whether toks[k] follows selon or (d')après, which name a source rather than an
// inverted subject.
func afterSelon(toks []tok, k int) bool {
	return k > 0 && (toks[k-1].low == "selon" || toks[k-1].low == "après")
}

// speakerSelf are the pronouns after selon that name the speaker or the one spoken to: "selon moi"
// never attributes a quotation, it is part of one.
var speakerSelf = set("moi nous toi vous")

// selfPossessives are the possessives of the first and second persons: a source they open after selon
// ("selon notre Constitution", "selon mes informations") is the speaker's or the reader's, never a
// third party's.
var selfPossessives = set("mon ma mes notre nos ton ta tes votre vos")

func trustedIncise(cue string) bool {
	l := cueLemma(cue)
	return l == "" || l == "selon" || inciseVerbs[l]
}

// npEnds reports whether toks[k] may follow the subject closing an incise: punctuation, a preposition
// or a gerund ("dit le vieux en riant", "se défend le cabinet concernant …").
func npEnds(toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return true
	}
	w := toks[k].low
	return afterSubject[w] || strings.HasSuffix(w, "ant") && len(w) > 4
}

var faire = set("fait font faisait faisaient fit firent fera feront")

// faireCue are the words after faire that make it report: "a fait part de", "fait état de", "a fait
// savoir", "fait connaître son « … »", "fait valoir X", "fait remarquer X".
var faireCue = set("part état savoir connaître connaitre valoir remarquer")

// laisser are the forms of laisser that report before entendre or comprendre ("a laissé entendre X").
var laisser = set("laisse laissent laissait laissaient laissa laissé laissant")

var laisserCue = set("entendre comprendre")

// lightPair reports whether faire or laisser w, before next, says: "fait savoir", "laissé entendre".
func lightPair(w, next string) bool {
	return (faire[w] || w == "faisant") && faireCue[next] || laisser[w] && laisserCue[next]
}

// mettre are the forms of mettre that warn before "en garde" ("a mis en garde contre « … »").
var mettre = set("met mettent mettait mettaient mit mis mise mettant")

// lightVerb returns the number of words of faire or laisser at toks[k] with the word that makes it a
// verb of saying ("fait savoir", "laissé entendre"), or of "mis en garde", "mis en doute", "pointe du
// doigt" or "rendu hommage", or 0.
func lightVerb(toks []tok, k int) int {
	if k+1 >= len(toks) {
		return 0
	}
	w, next := toks[k].low, toks[k+1].low
	switch {
	case lightPair(w, next):
		return 2
	case mettre[w] && next == "en" && k+2 < len(toks) && (toks[k+2].low == "garde" || toks[k+2].low == "doute"): // "a mis en doute « l'honnêteté » du scrutin"
		return 3
	case pointer[w] && next == "du" && k+2 < len(toks) && toks[k+2].low == "doigt":
		return 3
	case rendre[w] && (next == "hommage" || next == "hommages"):
		return 2
	}
	return 0
}

// rendre are the forms of rendre that report in "rendre hommage" (pay tribute, in words).
var rendre = set("rend rendent rendait rendaient rendit rendu rendre rendra rendront rendant")

// pointer are the forms of pointer that report in "pointer du doigt" (denounce); the participle, often
// passive ("est pointé du doigt"), is left out.
var pointer = set("pointe pointent pointait pointaient pointa pointer pointera pointeront pointant")

var afterSubject = set("en avec sans d' de à au aux dans sur sous pour par lors après avant depuis devant derrière chez vers qui tandis alors puis et mais car lorsque quand pendant dès face")

// verbGroup reads a reporting verb at toks[k]: "dit-il", "a-t-il dit", "a ainsi dit", "s'est défendu",
// "dit", "selon", "d'après", "de préciser", "en disant". The speaker is set when the verb carries an
// inverted pronoun. A past participle needs avoir or a reflexive être ("qui sera lancé" is passive);
// a finite form after a determiner or preposition is a noun ("en avance").
func verbGroup(toks []tok, k int) (attribution, int, bool) {
	t := toks[k]
	w := t.low
	if v, pron, ok := splitInversion(t.text); ok {
		return inverted(toks, k, v, pron)
	}
	if n := lightVerb(toks, k); n > 0 { // "a fait part de", "a fait savoir", "fait valoir", "a laissé entendre", "met en garde"
		return attribution{cue: Span{t.start, toks[k+n-1].end}, gerund: w == "faisant" || w == "laissant" || w == "mettant" || w == "pointant" || w == "rendant"}, k + n, true
	}
	if voirForms[w] && seesAs(toks, k) { // "X y voit une « … »", "X voit dans ces élections « … »"
		return attribution{cue: Span{t.start, t.end}}, k + 1, true
	}
	if n := avisDe(toks, k); n > 0 {
		return attribution{cue: Span{t.start, toks[k+n-1].end}}, k + n, true
	}
	if w == "d'" && k+1 < len(toks) && toks[k+1].low == "après" {
		return attribution{cue: Span{t.start, toks[k+1].end}}, k + 2, true
	}
	if isAux(toks, k, w) {
		return participleAfterAux(toks, k)
	}
	if semiAuxFinite[w] {
		return semiAux(toks, k)
	}
	return bareVerb(toks, k)
}

// voirForms are the finite forms of voir, which judges in "y voir" and "voir dans".
var voirForms = set("voit voient voyait voyaient vit virent verra verront")

// seesAs reports whether the form of voir at toks[k] judges something as what the quotation says: y
// before it, or dans among the few words after it ("y voit une « prime »", "voit dans ce vote « un pas
// significatif »"). Bare voir reports a sight, not words.
func seesAs(toks []tok, k int) bool {
	if k > 0 && toks[k-1].low == "y" {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].low == "dans" {
			return true
		}
	}
	return false
}

// participleAfterAux reads the reporting participle after the auxiliary at toks[k], maybe over adverbs
// ("a ainsi dit", "s'est défendu"), or the semi-auxiliary that governs one ("a tenu à préciser").
func participleAfterAux(toks []tok, k int) (attribution, int, bool) {
	j := skipFillers(toks, k+1)
	if j+1 < len(toks) && contrastPronouns[toks[j].low] && auxiliaries[toks[k].low] { // "X a lui expliqué": no object pronoun follows avoir
		j = skipFillers(toks, j+1)
	}
	if n := lightVerb(toks, j); j < len(toks) && n > 0 { // "a fait savoir X", "a laissé entendre X", "a mis en garde"
		return attribution{cue: Span{toks[j].start, toks[j+n-1].end}}, j + n, true
	}
	if j < len(toks) && participleCue(toks[j].low) && !aspectual(toks, j, lexicon()[toks[j].low].lemma) {
		return attribution{cue: Span{toks[j].start, toks[j].end}}, j + 1, true
	}
	if j < len(toks) && semiAuxPP[toks[j].low] {
		return semiAux(toks, j)
	}
	return attribution{}, k, false
}

// inverted reads "dit-il" or "a-t-il (ainsi) dit", the word at toks[k] split into verb v and pronoun.
func inverted(toks []tok, k int, v, pron string) (attribution, int, bool) {
	t := toks[k]
	pronSpan := Span{t.end - len(pron), t.end}
	if f, ok := cueForm(v); ok && f.class == finite {
		return attribution{cue: Span{t.start, t.start + len(v)}, speaker: pronSpan, kind: Pronoun}, k + 1, true
	}
	if k+1 < len(toks) && lightPair(lower(v), toks[k+1].low) { // "fait-il remarquer"
		return attribution{cue: Span{t.start, toks[k+1].end}, speaker: pronSpan, kind: Pronoun}, k + 2, true
	}
	if isAux(toks, k, lower(v)) {
		j := skipFillers(toks, k+1)
		if n := lightVerb(toks, j); j < len(toks) && n > 0 { // "a-t-il mis en garde", "a-t-elle fait savoir"
			return attribution{cue: Span{toks[j].start, toks[j+n-1].end}, speaker: pronSpan, kind: Pronoun}, j + n, true
		}
		if j < len(toks) && participleCue(toks[j].low) && !aspectual(toks, j, lexicon()[toks[j].low].lemma) {
			return attribution{cue: Span{toks[j].start, toks[j].end}, speaker: pronSpan, kind: Pronoun}, j + 1, true
		} else if j < len(toks) && semiAuxPP[toks[j].low] { // "a-t-il tenu à préciser"
			a, next, ok := semiAux(toks, j)
			a.speaker, a.kind = pronSpan, Pronoun
			return a, next, ok
		}
	}
	if semiAuxFinite[lower(v)] { // "préfère-t-il rappeler"
		a, next, ok := semiAux(toks, k)
		a.speaker, a.kind = pronSpan, Pronoun
		return a, next, ok
	}
	return attribution{}, k, false
}

// bareVerb reads a reporting verb standing alone at toks[k], checking its context by form.
func bareVerb(toks []tok, k int) (attribution, int, bool) {
	t := toks[k]
	f, ok := lexicon()[t.low]
	if !ok {
		return attribution{}, k, false
	}
	a := attribution{cue: Span{t.start, t.end}}
	if reflexiveBefore(toks, k) && changedByReflexive[f.lemma] || aspectual(toks, k, f.lemma) {
		return a, k + 1, false // "Elle se termina par …", "l'enquête se poursuit", "continue de mener": no speech
	}
	if (f.class == finite || f.class == infinitive) && feeling(f.lemma) && !reflexiveBefore(toks, skipEnY(toks, k)) {
		return a, k + 1, false // "la sœur, inquiète de l'absence": an adjective
	}
	switch f.class {
	case finite:
		ok = finiteOK(toks, k)
	case participle:
		ok = participleOK(toks, k)
	case infinitive:
		ok, a.infin = (infinitiveOK(toks, k) || perceivedSpeaker(toks, k)) && !(f.lemma == "assurer" && purposeBefore(toks, k)), true
	case gerund:
		a.gerund = true
		ok = k > 0 && toks[k-1].low == "en" || enClitic(toks, k) || !nounContext(toks, k) // "Pour le plaignant," is a noun
	}
	return a, k + 1, ok
}

// enGerund reports whether the present participle at toks[v] is a gerund, after en and maybe an
// object pronoun ("en affirmant", "en le qualifiant").
func enGerund(toks []tok, v int) bool {
	return v > 0 && toks[v-1].low == "en" || enClitic(toks, v)
}

// enClitic reports whether the gerund at toks[k] has en and an object pronoun before it: "en le
// qualifiant de « … »", "en les décrivant comme", "en lui lançant", where le, la or les is no article.
func enClitic(toks []tok, k int) bool {
	return k > 1 && toks[k-2].low == "en" && clitics[toks[k-1].low] && toks[k-1].low != "en" && toks[k-1].low != "ne" && toks[k-1].low != "n'"
}

// changedByReflexive are reporting verbs that mean going on, ending or starting with a reflexive
// pronoun before them: "l'enquête se poursuit", "elle se termina", "il se lance".
var changedByReflexive = setOf("terminer", "poursuivre", "continuer", "lancer", "relancer", "développer",
	"conclure", "reprendre", "compléter")

// finiteOK reports whether the finite form at toks[k] is a verb that reports: not a noun ("les
// critiques"), a passive participle ("Il est aussi décrit comme", "écrit par") nor an imperative.
func finiteOK(toks []tok, k int) bool {
	if nounFirst[toks[k].low] && k > 0 && toks[k-1].word && !subjectPronouns[toks[k-1].low] {
		return false // "une autre tempête, « Marcel »", "bien que la tempête soit loin": only "», tempête X"
	}
	return !nounContext(toks, k) && !passiveAfterEtre(toks, k) && !passiveBy(toks, k) && !imperative(toks, k)
}

// nounFirst are reporting-verb forms read as nouns far more often than as verbs: they report only
// after punctuation, where an incise starts, or after a subject pronoun ("il tempête").
var nounFirst = set("tempête tempêtes")

// isAux reports whether the word w at toks[k] is an auxiliary: avoir, or être after a reflexive pronoun.
func isAux(toks []tok, k int, w string) bool {
	return auxiliaries[w] || etre[w] && reflexiveBefore(toks, k)
}

func reflexiveBefore(toks []tok, k int) bool {
	return k > 0 && reflexives[toks[k-1].low]
}

var reflexives = set("se s' me m' te t' nous vous")

// participleCue reports whether a lower-case word after an auxiliary is a reporting verb's participle.
func participleCue(w string) bool {
	f, ok := lexicon()[w]
	return ok && (f.class == participle || f.class == finite)
}

// participleOK reports whether the participle at toks[k] follows its auxiliary, maybe over adverbs.
func participleOK(toks []tok, k int) bool {
	j := skipFillersLeft(toks, k-1)
	if j > 0 && toks[j].text == "," { // "avait, il y a quelques jours, qualifié"
		j--
	}
	if j >= 0 && toks[j].low == "et" && auxBefore(toks, j) { // "a déclaré que « … », et ajouté que"
		return true
	}
	if j < 0 || !toks[j].word {
		return false
	}
	w := toks[j].low
	if v, _, ok := splitInversion(toks[j].text); ok {
		w = lower(v)
	}
	return isAux(toks, j, w)
}

// infinitiveOK reports whether the infinitive at toks[k] follows de, à, pour or sans, maybe over object
// pronouns ("avant de préciser", "pour leur expliquer").
func infinitiveOK(toks []tok, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].word && clitics[toks[j].low] {
		j--
	}
	if j < 0 || !toks[j].word {
		return false
	}
	w := toks[j].low
	return w == "de" || w == "d'" || w == "à" || w == "pour" || w == "sans"
}

// auxBefore reports whether an auxiliary followed by a reporting participle comes before toks[j] in
// the clause, which a coordinated participle after et shares.
func auxBefore(toks []tok, j int) bool {
	for i := j - 1; i >= 0 && i >= j-30; i-- {
		if sentenceStop(toks[i].text) {
			return false
		}
		if auxiliaries[toks[i].low] && i+1 < len(toks) && participleCue(toks[skipFillers(toks, i+1)].low) {
			return true
		}
	}
	return false
}

// passiveAfterEtre reports whether the form at toks[k], read as finite ("décrit", "dit"), follows être
// over adverbs and is thus a passive participle ("Il est aussi décrit comme").
func passiveAfterEtre(toks []tok, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].word && isAdverb(toks[j].low) {
		j--
	}
	return toks[k].low != "selon" && j >= 0 && toks[j].word && (etre[toks[j].low] || toks[j].low == "été") && !reflexiveBefore(toks, j)
}

// passiveBy reports whether the form at toks[k], read as finite, is a participle with its agent after a
// noun: "un texte commun écrit par les dirigeants".
func passiveBy(toks []tok, k int) bool {
	if k == 0 || k+2 >= len(toks) || toks[k+1].low != "par" || !toks[k-1].word {
		return false
	}
	w := toks[k-1].low
	if subjectPronouns[w] || clitics[w] || auxiliaries[w] || etre[w] || w == "qui" {
		return false
	}
	return determiners[toks[k+2].low] || isUpperStart(toks[k+2].text)
}

// nounContext reports whether a finite verb form at toks[k] follows a word that makes it a noun.
func nounContext(toks []tok, k int) bool {
	if secondSingular(toks, k) {
		return true // "les reproches", "des critiques": a plural noun, not "tu reproches"
	}
	if k == 0 || !toks[k-1].word {
		return false
	}
	w := toks[k-1].low
	if w == "en" {
		return nounAfterEn(toks, k)
	}
	if w == "le" || w == "la" || w == "l'" || w == "les" { // "à l'adresse de", "La demande", not "il la rassure"
		return nounAfterArticle(toks, k)
	}
	return nounMarkers[w]
}

// nounAfterEn reports whether the form at toks[k], after en, is a noun ("en avance"), not a verb with
// the pronoun en after its subject or a negation ("il en demande", "n'en dit").
func nounAfterEn(toks []tok, k int) bool {
	return k < 2 || !(subjectPronouns[toks[k-2].low] || toks[k-2].low == "n'" || toks[k-2].low == "ne")
}

// nounAfterArticle reports whether the form at toks[k], after le, la, l' or les, is a noun: the article
// comes first ("La demande"), or after a determiner, a preposition or être ("devant le juge", "c'est la
// demande", "A la demande de", its capital written without accent), not after a subject whose object
// pronoun it would be ("il la rassure").
func nounAfterArticle(toks []tok, k int) bool {
	if k < 2 {
		return true
	}
	w2 := toks[k-2].low
	return nounMarkers[w2] || prepositions[w2] || etre[w2] || w2 == "c'est" || toks[k-2].text == "A"
}

var nounMarkers = set("un une des du ce cet cette mon ma mes ton ta tes son sa ses notre votre nos vos leurs au aux à de d' par sans dans sur avec pour")

// inciseEnd returns the offset after the punctuation closing an incise that continues at toks[k].
// An incise going on with a narrative complement ("fit le vieux, d'un ton convaincu.") runs to the
// sentence end; narrative is then true.
func (f *finder) inciseEnd(toks []tok, k, limit int) (end int, narr bool) {
	for ; k < len(toks); k++ {
		if toks[k].word {
			continue
		}
		switch toks[k].text {
		case ",":
			if k+1 < len(toks) && narrative(toks, k+1) {
				return f.sentenceEnd(toks, k+1, limit), true
			}
			return skipSpaces(f.text, toks[k].end, limit), false
		case ";", ".", ":", "!", "?", "…", "—", "–", "»":
			return skipSpaces(f.text, toks[k].end, limit), false
		case "«":
			return toks[k].start, false
		}
	}
	return limit, false
}

// narrative reports whether the words after an incise's comma (toks[k:]) are narration, not speech:
// "d'un ton convaincu", "avec un sourire", "faisant allusion", or a short adjective phrase ending the
// sentence ("mécontent.").
func narrative(toks []tok, k int) bool {
	w := toks[k].low
	switch {
	case w == "d'" && k+1 < len(toks) && (toks[k+1].low == "un" || toks[k+1].low == "une"):
		return true
	case w == "avec" || w == "sans" || strings.HasSuffix(w, "ant") && len(w) > 4:
		return true
	case PersonNoun(w) || PersonNoun(compoundHead(w)) || chargeDe(toks, k) || circumstanceOpeners[w] || describedPerson(toks, k) || // "présidente-directrice générale"
		isOf(w) && verblessToStop(toks, k) || // "ajoutent X et Y, de l'association La lune."
		participleApposition(toks, k): // "constate Maryline, venue de Normandie avec ses fils.
		if appositionEnds(toks, k) {
			return true
		}
	}
	if (PersonNoun(w) || isOf(w)) && commaAppositionEnds(toks, k) {
		return true
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		if t := toks[j].text; t == "." || t == "!" {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// sentenceEnd returns where the sentence of toks[k] ends, after its stop, or at a « that opens a
// quotation; the dot of a title's abbreviation or an initial ("M. Sylvain Caron") ends none.
func (f *finder) sentenceEnd(toks []tok, k, limit int) int {
	for ; k < len(toks); k++ {
		if toks[k].text == "." && f.abbrevBefore(toks[k].start) {
			continue
		}
		switch toks[k].text {
		case ".", "!", "?", "…", ";":
			return skipSpaces(f.text, toks[k].end, limit)
		case "«":
			return toks[k].start
		}
	}
	return limit
}

// circumstancePreps open the circumstance that may stand between an incise's verb and its inverted
// subject ("a regretté dans un communiqué le syndicat").
var circumstancePreps = set("à au aux auprès dans en lors devant sur pendant depuis")

// subjectAfterCircumstance reads the inverted subject of an incise written after a circumstance, at
// toks[k] right after the verb: "a regretté dans un communiqué mardi le syndicat …", "a déclaré à la
// foule Tracey Ullman", "a assuré, mardi à Nantes, le ministre …". The circumstance opens with a
// preposition, or stands between commas. The subject must be a name or a description of a person or
// a group, and start a noun phrase: not right after a preposition or a determiner, which it would
// complete. It returns the index after the subject, or k and false.
func subjectAfterCircumstance(toks []tok, k int, a *attribution) (int, bool) {
	if k >= len(toks) {
		return k, false
	}
	from := k + 2
	if toks[k].text == "," {
		from = k + 1
		for from < len(toks) && from <= k+10 && (toks[from].word || bracketed(toks, from)) { // "samedi à Brazzaville (Congo)"
			from++
		}
		if from >= len(toks) || toks[from].text != "," {
			return k, false
		}
		from++
	} else if !circumstancePreps[toks[k].low] && !faceA(toks, k) {
		return k, false
	}
	for j := from; j < len(toks) && j <= k+10 && toks[j].word; j++ {
		if prepositions[toks[j-1].low] || determiners[toks[j-1].low] {
			continue
		}
		sp, kind, next, ok := npReaderAt(toks, j)(toks, j) // "a affirmé, samedi, des sources"
		if ok && (kind == Name || kind == Description) && personLike(toks, j, next, kind) {
			if endsSubject(toks, k, next) {
				a.speaker, a.kind = sp, kind
				return next, true
			}
			continue // "a commenté sur son compte Twitter le chef de …": Twitter ends the circumstance
		}
		if toks[k].text == "," {
			break // between commas, the subject comes right after the second
		}
	}
	if c := circumstanceComma(toks, k); c > k {
		if next, ok := subjectAfterCircumstance(toks, c, a); ok {
			return next, true
		}
	}
	return k, false
}

// bracketed reports whether toks[i] is a bracket of a place or a date in brackets inside a
// circumstance: "(" followed by words and ")", or ")" closing them.
func bracketed(toks []tok, i int) bool {
	switch toks[i].text {
	case "(":
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].text == ")" {
				return j > i+1
			}
			if !toks[j].word {
				return false
			}
		}
	case ")":
		return true
	}
	return false
}

// endsSubject reports whether the noun phrase ending before toks[next] is the subject read after the
// circumstance opening at toks[k]: a subject may end there, the circumstance was set between commas,
// or no subject follows it.
func endsSubject(toks []tok, k, next int) bool {
	return npEnds(toks, next) || toks[k].text == "," || !laterSubject(toks, next, k+10)
}

// laterSubject reports whether a noun phrase naming someone and ending where a subject may end starts
// at toks[j], before limit, after a name that the circumstance's noun ended with.
func laterSubject(toks []tok, j, limit int) bool {
	if j >= len(toks) || j > limit || !toks[j].word {
		return false
	}
	_, kind, next, ok := npReaderAt(toks, j)(toks, j)
	return ok && (kind == Name || kind == Description) && personLike(toks, j, next, kind) && npEnds(toks, next)
}

// circumstanceOpeners are the prepositions that open a circumstance of the incise after its subject
// ("a-t-il dit aux journalistes, après le match.").
var circumstanceOpeners = set("après avant lors devant pendant dans au aux sur depuis")

// verblessToStop reports whether the words from toks[k] to the next full stop, within twelve, hold no
// verb.
func verblessToStop(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+12; j++ {
		if t := toks[j].text; t == "." || t == "!" {
			return verbless(toks[k:j])
		}
	}
	return false
}

// appositionEnds reports whether the words from toks[k] run, with no punctuation, to the end of a
// sentence after which the quotation goes on: "…, a dit le Dr X, chef du service de psychiatrie.
// Évidemment …" goes on the incise's subject up to the stop, and the quotation resumes after it. Words
// that close the quotation are its speaker's ("…, a-t-il dit, dans les plus brefs délais. »"). Past
// twelve words the apposition must have no verb: a long title ("directrice de l'Office de la faune
// sauvage en Bretagne et en Normandie.") describes the speaker, a clause would be quoted words.
func appositionEnds(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+maxApposition; j++ {
		if t := toks[j].text; t == "." || t == "!" {
			return j > k && j+1 < len(toks) && toks[j+1].word && (j <= k+12 || verbless(toks[k:j]))
		}
		if !toks[j].word && !bracketed(toks, j) { // "présidente de la Centrale des syndicats (CSQ)."
			return false
		}
	}
	return false
}

// maxApposition bounds, in words, the title or description an incise's subject may carry before the
// quotation resumes.
const maxApposition = 24

// chargeDe reports whether toks[k] opens a title made of chargé de: "chargée d'études à l'Inrap",
// "chargé de mission", which names a post as a noun of person does.
func chargeDe(toks []tok, k int) bool {
	switch toks[k].low {
	case "chargé", "chargée", "chargés", "chargées":
		return k+1 < len(toks) && isOf(toks[k+1].low)
	}
	return false
}

// commaAppositionEnds is appositionEnds over commas, for a longer apposition with its circumstances:
// "…, a reconnu X, directeur général de Destination centre-ville, au moment d'officialiser son
// engagement, lundi. Juste en voyant …", "ajoutent X et Y, de l'association de femmes, La lune. On
// veut …". No verb nor subject pronoun may stand before the stop, and a capitalised word must follow
// it, the quotation going on.
func commaAppositionEnds(toks []tok, k int) bool {
	commas := 0
	for j := k; j < len(toks) && j <= k+24; j++ {
		t := toks[j]
		switch {
		case t.text == "." || t.text == "!":
			return commas > 0 && j > k && j+1 < len(toks) && toks[j+1].word && isUpperStart(toks[j+1].text)
		case t.text == ",":
			commas++
		case !t.word:
			return false
		case auxiliaries[t.low] || etre[t.low] || subjectPronouns[t.low] || t.low == "que" || t.low == "qu'" || t.low == "qui":
			return false
		}
		if f, ok := lexicon()[t.low]; ok && f.class == finite {
			return false
		}
	}
	return false
}

// describedPerson reports whether an article and a noun of person at toks[k] open an apposition that
// describes the incise's subject: "témoigne Richard, un commerçant qui a assisté à la scène. Elle a
// …", "le patron du bar". A verb after the noun ("le ministre est d'accord") makes it the quotation's
// next clause instead.
func describedPerson(toks []tok, k int) bool {
	if !articles[toks[k].low] || k+2 >= len(toks) || !PersonNoun(toks[k+1].low) {
		return false
	}
	w := toks[k+2].low
	return w == "qui" || w == "dont" || isOf(w) || w == "."
}

// compoundHead returns the first part of a hyphenated compound, which heads it in a title
// ("président-directeur", "directrice-adjointe"), or "".
func compoundHead(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return ""
}
