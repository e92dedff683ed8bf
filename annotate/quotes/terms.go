package quotes

import (
	"strings"
	"unicode"
)

// markTerms sets aside one-part « … » that are terms rather than quotations: a vote option (« oui »,
// « non »), a short term counted by a numeral ("émet deux « réserves »"), a name announced by a
// naming noun and a colon ("avait pour thème : « La Route »"). It marks as glosses the « … » written
// right after pour or comme ("placé en détention pour « … »", "considéré comme une « … »"), which
// are quotations only when a reporting verb attributes them.
func (f *finder) markTerms(byGroup [][]part) {
	for g, ps := range byGroup {
		grp := f.groups[g]
		if len(ps) != 1 || grp.kind != guillemet || grp.title {
			continue
		}
		p := ps[0]
		ln := f.lines[grp.line]
		prev := tokenize(f.text, max(ln.Start, p.Start-80), p.Start)
		inner := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
		switch {
		case f.termName(p, ln, prev, inner): // a name, even if an incise follows
			grp.title = true
		case inscription(prev) && wordCount(inner, 9) <= 8: // "sa pancarte « … »": masked still, as words quoted
			grp.sign = true
		case wordCount(inner, 9) <= 8 && f.readOnSign(p, ln.End): // "« … », pouvait-on lire sur des banderoles"
			grp.sign = true
		case f.inciseAfter(p, ln.End):
		case f.listedAfterTitle(p, inner): // "titres comme « A », « B » et « C »"
			grp.title = true
		case chargeNamed(prev) || announcedContent(prev): // "une enquête pour « homicide involontaire »", "le motif suivant : « … »"
			grp.title = true
		case termWord(prev, inner):
			grp.title = true
		case glossAfter(prev):
			grp.gloss = true
		}
	}
}

// termName reports whether the « … » p on line ln, with inner inside and prev before, names something
// whatever follows it: a headline after a dateline, a body with its acronym, the translation of a
// title, a work, a name given by a participle (with a colon or not), or a name glossed in brackets.
func (f *finder) termName(p part, ln Span, prev []tok, inner string) bool {
	if n := len(prev); n > 1 && prev[n-1].text == ":" && participleStem(prev[n-2].low) != "" {
		prev = prev[:n-1] // "un rapport intitulé : « … »"
	}
	return f.datelineTitle(p, ln) || f.acronymAfter(p, ln.End) || f.translatesTitle(p) || workTitle(prev, inner) || worksAsExamples(prev, inner) ||
		namedByParticiple(prev) && (len(strings.Fields(inner)) <= 8 || titledByParticiple(prev)) ||
		f.glossInBrackets(p, prev, inner, ln.End) || f.originalNameAfter(p, inner, ln.End) || f.translatedAfter(p, ln.End)
}

// translatedAfter reports whether "en français" follows the « … » p right after its closing mark,
// before a stop, a comma or the line's end: the writer's translation of words quoted in another
// language just before ("« Yes, we did it ! ». « Oui, nous l'avons fait ! » en français.").
func (f *finder) translatedAfter(p part, lineEnd int) bool {
	toks := tokenize(f.text, p.End, min(lineEnd, p.End+40))
	return len(toks) >= 2 && toks[0].low == "en" && toks[1].low == "français" && (len(toks) == 2 || !toks[2].word)
}

// termWord reports whether a « … » with inner inside and prev before is a word rather than speech: a
// vote option after a word other than a verb of reply, a short term counted or announced by a colon,
// a literal translation.
func termWord(prev []tok, inner string) bool {
	return voteOption(inner) && len(prev) > 0 && prev[len(prev)-1].word && !replyVerb(prev[len(prev)-1].low) || shortTerm(inner) && (countedAfter(prev) || namedByColon(prev)) ||
		glossedLiterally(prev) || lawNickname(prev, inner)
}

// translatesTitle reports whether a « … » in brackets follows a name in guillemets: its translation,
// "surnommée « Mother of All Bombs » ( « Mère de toutes les bombes » )".
func (f *finder) translatesTitle(p part) bool {
	before := strings.TrimRight(f.text[:p.Start], " \u00a0\u202f")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " \u00a0\u202f")
	if q, ok := f.endsAt[len(before)]; ok {
		return f.groups[q.group].title
	}
	return false
}

// acronymAfter reports whether a « … » is followed by its acronym in brackets: the name of a body or a
// plan, "la « structure de gestion policière contre le terrorisme » (SGPCT)".
func (f *finder) acronymAfter(p part, lineEnd int) bool {
	rest := strings.TrimLeft(f.text[p.End:lineEnd], " \u00a0\u202f")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	inner, _, ok := strings.Cut(rest[1:], ")")
	inner = strings.TrimSpace(inner)
	if !ok || len(inner) < 2 || len(inner) > 10 {
		return false
	}
	return strings.IndexFunc(inner, func(r rune) bool { return !unicode.IsUpper(r) && r != '-' && r != '&' }) < 0
}

// datelineTitle reports whether a « … » is a headline on a line of its own after a date and no verb:
// "Page actualisée : 13 octobre 2016 — « Burundi : Ban Ki-moon appelle … »". A headline is one
// sentence: a « … » of several after a number is someone's words ("X (Lens, défaite 0-1) : « La
// défaite est logique. Nous avons trop subi. »", a coach's reaction after the score).
func (f *finder) datelineTitle(p part, ln Span) bool {
	if strings.TrimSpace(f.text[p.End:ln.End]) != "" || severalSentences(f.text[p.Start:p.End]) {
		return false
	}
	prev := tokenize(f.text, ln.Start, p.Start)
	if len(prev) == 0 || !dateLike(prev, 0, len(prev)) || !datelineWord(prev) {
		return false
	}
	if last := prev[len(prev)-1].text; last == "." || last == "!" || last == "?" {
		return false // a sentence that holds a number ("il doit quitter Europe 1."), not a dateline
	}
	for _, t := range prev {
		if fm, ok := lexicon()[t.low]; auxiliaries[t.low] || etre[t.low] || ok && fm.class == finite {
			return false
		}
	}
	return true
}

// voteOption reports whether s is a lower-case « oui » or « non ».
func voteOption(s string) bool {
	return s == "oui" || s == "non"
}

// replyVerb reports whether w is a form of répondre, répliquer or rétorquer: « oui » or « non » after
// it is a reply, said ("Il répond « oui »"), where after another word ("a dit « oui » au
// référendum", "la victoire du « non »") it is a vote.
func replyVerb(w string) bool {
	switch cueLemma(w) {
	case "répondre", "répliquer", "rétorquer":
		return true
	}
	return false
}

// shortTerm reports whether s has one to four words and no sentence punctuation.
func shortTerm(s string) bool {
	n := wordCount(s, 5)
	return n >= 1 && n <= 4 && !strings.ContainsAny(s, ".!?…;:,")
}

// countedAfter reports whether the tokens before a « … » end with a cardinal number ("deux", "12").
func countedAfter(prev []tok) bool {
	if len(prev) == 0 || !prev[len(prev)-1].word {
		return false
	}
	w := prev[len(prev)-1].low
	return numerals[w] || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

var numerals = set("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent mille plusieurs quelques")

// namedByColon reports whether the tokens before a « … » end with a colon announcing a name: a
// naming noun (thème, titre, slogan …) among the four words before it.
func namedByColon(prev []tok) bool {
	n := len(prev)
	if n < 2 || prev[n-1].text != ":" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		if namingNouns[prev[k].low] {
			return true
		}
	}
	return false
}

// glossedLiterally reports whether a « … » follows "littéralement" or "en français": a translation
// of a title or a term, not speech.
func glossedLiterally(prev []tok) bool {
	n := len(prev)
	return n > 0 && (prev[n-1].low == "littéralement" || n > 1 && prev[n-2].low == "en" && prev[n-1].low == "français")
}

// namedByParticiple reports whether the tokens before a « … » end with a naming participle
// ("surnommé « A.B.C. »", "baptisée « Victoire »", "aussi appelées « … »", "les accords dits de « … »"),
// alias or "sous le nom de".
func namedByParticiple(prev []tok) bool {
	n := len(prev)
	if n == 0 || !prev[n-1].word {
		return false
	}
	if prev[n-1].low == "alias" || n >= 4 && isOf(prev[n-1].low) && prev[n-2].low == "nom" && prev[n-3].low == "le" && prev[n-4].low == "sous" {
		return true // "Jacques X, alias « … »", "plus connu sous le nom de « … »"
	}
	if n >= 2 && articles[prev[n-1].low] && participleStem(prev[n-2].low) != "" { // "rebaptisé la « … »"
		n--
	}
	if named, ok := namedByDit(prev, n); ok {
		return named
	}
	return participleStem(prev[n-1].low) != ""
}

// ditForms are the forms of the participle dit, which names after a noun ("la loi dite « … »").
var ditForms = set("dit dite dits dites")

// namedByDit reads a form of dit ending prev[:n], maybe before de, after a noun: "les accords dits de
// « Minsk II »", "la loi dite « Sapin 2 »"; a bare dit after a noun is rather the verb ("le texte dit
// « … »"). ok says whether it decided: false leaves the naming participles to be tried.
func namedByDit(prev []tok, n int) (named, ok bool) {
	if n >= 2 && isOf(prev[n-1].low) && ditForms[prev[n-2].low] {
		return n >= 3 && prev[n-3].word && !subjectPronouns[prev[n-3].low], true
	}
	if w := prev[n-1].low; w != "dit" && ditForms[w] && n >= 2 && prev[n-2].word && !subjectPronouns[prev[n-2].low] && prev[n-2].low != "vous" {
		return true, true
	}
	return false, false
}

// participleStem returns the stem of a naming participle ("intitulée" → "intitul"), or "".
func participleStem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	if !strings.HasSuffix(w, "é") { // "titré", not the noun "titre"
		return ""
	}
	w = strings.TrimSuffix(w, "é")
	switch w {
	case "surnomm", "baptis", "rebaptis", "intitul", "titr", "dénomm", "nomm", "renomm", "appel":
		return w
	}
	return ""
}

// titledByParticiple reports whether the « … » after prev is a title whatever its length: "une vidéo
// intitulée « … »", "un article titré « … »".
func titledByParticiple(prev []tok) bool {
	n := len(prev)
	if n >= 2 && articles[prev[n-1].low] {
		n--
	}
	if n == 0 {
		return false
	}
	w := participleStem(prev[n-1].low)
	return w == "intitul" || w == "titr"
}

var namingNouns = set("thème titre titres slogan slogans devise intitulé nom surnom mot-clé mot-dièse hashtag")

// glossAfter reports whether a « … » follows pour or comme, maybe with a determiner.
func glossAfter(prev []tok) bool {
	k := len(prev) - 1
	if k >= 0 && prev[k].word && determiners[prev[k].low] {
		k--
	}
	if k < 0 || !prev[k].word {
		return false
	}
	w := prev[k].low
	return w == "comme" || w == "pour" && k == len(prev)-1
}

// caption reports whether s, after a dash opening line li, credits the quotation paragraph before it:
// that paragraph ends with », and s is short and does not end a sentence ("— Christian Casseyas,
// anthropologue", "— Communiqué de la SDJ d'I-Télé").
func (f *finder) caption(li int, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 16 || strings.ContainsAny(s, "«»\"“”") {
		return false
	}
	if r, _ := decodeLast(s, len(s)); r == '.' || r == '!' || r == '?' || r == '…' || r == ':' {
		return false
	}
	prev := f.prevLine(li)
	if prev < 0 {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(f.text[f.lines[prev].Start:f.lines[prev].End], " .\u00a0\u202f"), "»")
}

// nameLine reports whether a line after a dash is only a name of two to four capitalised words
// without punctuation ("— Comité Nobel"): a credit line, not speech.
func nameLine(s string) bool {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’' }) >= 0 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || !isUpperStart(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !isUpperStart(w) && !particles[lower(w)] {
			return false
		}
	}
	return true
}

// completed reports whether a quote a opening its sentence is completed by a few words without a
// verb and then by the quote b of the same sentence, whose incise then attributes both ("« … » de sa
// voiture, « … », selon le parquet").
func (f *finder) completed(a, b part) bool {
	ln := f.lines[f.groups[a.group].line]
	if b.Start < a.End || b.Start-a.End > 60 || b.Start > ln.End || f.endsSentence(ln.Start, a.End-len("»")) ||
		!strings.HasSuffix(f.text[:a.End], "»") || f.sentenceStart(ln.Start, a.Start) != a.Start {
		return false
	}
	toks := tokenize(f.text, a.End, b.Start)
	if len(toks) > 8 {
		return false
	}
	for _, t := range toks {
		if t.text == "." || t.text == "!" || t.text == "?" || t.text == ":" || t.text == ";" {
			return false
		}
	}
	_, ok := clauseToks(toks, len(toks))
	return !ok
}

// detachDistant drops the attribution of a short « … » written as a noun behind a determiner when its
// reporting verb stands more than five words back, over a comma: the verb governs another phrase, and
// the quoted noun is a term ("Il s'engagera aussi auprès de jeunes en réinsertion, ses « loulous »").
// What the verb says or asks after the comma keeps it: a clause with que, an infinitive with de or à,
// a verb coordinated with the reporting one.
// Selon, d'après and pour X rule their whole sentence and keep it.
func (f *finder) detachDistant(order []int, byGroup [][]part) {
	for _, g := range order {
		grp, ps := f.groups[g], byGroup[g]
		if !f.detachable(grp, ps) {
			continue
		}
		toks := f.tokensOutside(max(grp.cue.End, ps[0].Start-maxIncise), ps[0].Start)
		n := len(toks)
		if n <= 5 || !determiners[toks[n-1].low] {
			continue
		}
		comma := -1
		for i, t := range toks {
			if t.text == "," {
				comma = i
			}
		}
		if comma >= 0 && !contentInfinitive(toks[comma+1:]) && !continuesClause(toks[comma+1:]) && !insertAfterQue(toks, comma) {
			grp.attrib = false
		}
	}
}

// insertAfterQue reports whether the comma at toks[comma] closes a phrase set off right after que
// ("a affirmé que, contrairement à la thèse répandue, il y aurait eu un « … »"): the words after it
// carry on the que clause.
func insertAfterQue(toks []tok, comma int) bool {
	for i := 0; i+2 < comma; i++ {
		if (toks[i].low == "que" || toks[i].low == "qu'") && toks[i+1].text == "," {
			return true
		}
	}
	return false
}

// detachable reports whether detachDistant may drop a group's attribution: one short « … » that is no
// title, attributed by a cue written before it other than selon, d'après or pour.
func (f *finder) detachable(grp *group, ps []part) bool {
	if len(ps) != 1 || grp.kind != guillemet || !grp.attrib || grp.title || grp.cue.Empty() ||
		grp.cue.End > ps[0].Start || f.long(ps) {
		return false
	}
	cue := f.text[grp.cue.Start:grp.cue.End]
	return !selonCue(cue) && lower(cue) != "pour"
}

// continuesClause reports whether the words after a comma carry on what the verb before it says: a
// que clause, "comme étant", or a verb coordinated with et, mais or puis ("réfute être raciste, et
// assimile les poursuites à une « … »").
func continuesClause(toks []tok) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].low {
	case "que", "qu'", "comme":
		return true
	case "et", "mais", "puis":
		return toks[1].word && !determiners[toks[1].low] && !isAdverb(toks[1].low) && !subjectPronouns[toks[1].low]
	}
	return false
}

// contentInfinitive reports whether toks hold an infinitive after de or à, maybe over clitics:
// what the reporting verb asks or says to do ("a estimé, …, de la remplacer par une « … »").
func contentInfinitive(toks []tok) bool {
	for i, t := range toks {
		if !t.word || !strings.HasSuffix(t.low, "er") && !strings.HasSuffix(t.low, "ir") && !strings.HasSuffix(t.low, "re") {
			continue
		}
		j := i - 1
		for j >= 0 && clitics[toks[j].low] {
			j--
		}
		if j >= 0 && (isOf(toks[j].low) && toks[j].low != "des" && toks[j].low != "du" || toks[j].low == "à") {
			return true
		}
	}
	return false
}

// works are the nouns of works whose title follows in guillemets, and of the electoral lists whose
// name does ("la liste « Dialogue et dynamisme »").
var works = set(`livre livres ouvrage ouvrages roman romans essai essais film films documentaire album albums
chanson chansons titre morceau single série séries feuilleton émission émissions spectacle pièce opéra
tableau exposition jeu recueil poème bande-dessinée manifeste tribune liste listes`)

// makers are the nouns of people who make a work, whose title follows them after de.
var makers = set(`auteur auteure autrice créateur créatrice réalisateur réalisatrice producteur productrice
scénariste compositeur compositrice coauteur coauteure interprète présentateur présentatrice animateur
animatrice éditeur éditrice`)

// workTitle reports whether a « … » starting with a capital follows the noun of a work or its maker and
// de, whatever its length: "dont le livre « AI Superpowers: China, Silicon Valley and the New World
// Order »", "l'auteure de « Just the Funny Parts : … »" ("demande à l'animateur de « ne pas venir »"
// is no title).
func workTitle(prev []tok, inner string) bool {
	n := len(prev)
	if n < 2 || !isUpperStart(inner) {
		return false
	}
	if w := prev[n-1].low; (w == "de" || w == "du" || w == "d'") && makers[prev[n-2].low] {
		return true
	}
	return works[prev[n-1].low] && (determiners[prev[n-2].low] || articles[prev[n-2].low])
}

// severalSentences reports whether s holds a sentence stop followed by a space and a capital.
func severalSentences(s string) bool {
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], " \u00a0\u202f")
		if len(rest) < len(s[i+1:]) && isUpperStart(rest) {
			return true
		}
	}
	return false
}
