package quotes

import "strings"

// markTitles sets aside short capitalised « … » that name something rather than quote anyone: a
// newspaper, a programme, a slogan written after a noun ("l'émission « Quotidien »", "selon
// « Quotidien »") or standing as a subject ("« Quotidien » a affirmé"). A short « … » introduced by a
// reporting verb, que or a colon, or followed by an incise, stays a quotation. A document named in
// lower case after its article is a title too ("la « déclaration de Rome »").
func (f *finder) markTitles(byGroup [][]part) {
	for g, ps := range byGroup {
		grp := f.groups[g]
		if len(ps) != 1 || grp.kind != guillemet {
			continue
		}
		p := ps[0]
		ln := f.lines[grp.line]
		prev := tokenize(f.text, max(ln.Start, p.Start-80), p.Start)
		if f.documentTitle(p, prev) || f.programmeTitle(p, prev) {
			grp.title = true
			continue
		}
		if !f.nameLike(p) {
			continue
		}
		next := tokenize(f.text, p.End, min(ln.End, p.End+80))
		if f.inciseAfter(p, ln.End) && !(namingPhrase(prev) && !strings.HasPrefix(strings.TrimLeft(f.text[p.End:ln.End], " \u00a0\u202f"), ",")) {
			continue // "« Bon voyage » répond Marie"; but "l'organisation « État islamique » revendique …" names
		}
		grp.title = namedAfterWord(prev) || startsClause(prev) && len(next) > 0 && verbAt(next, 0) || afterArticle(prev)
	}
}

// nameLike reports whether a part is « X » of one to four words, the first capitalised, without
// sentence punctuation.
func (f *finder) nameLike(p part) bool {
	s := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	n := wordCount(s, 5)
	return n >= 1 && n <= 4 && (isUpperStart(s) || n > 1 && isDigitStart(s) && isUpperStart(secondWord(s))) &&
		!strings.ContainsAny(s, ".!?…;:,")
}

// documentTitle reports whether a part names a document in lower case after its article: « X de Y »
// of at most four words, X a noun of a writing (documents, writings), Y capitalised ("la « déclaration
// de Rome »", "le « traité d'Amsterdam »"). Without the name it may be someone's words ("a dénoncé la
// « déclaration de guerre »"). Of the development texts and ../shared/data, one « … » has this shape.
// Such a noun capitalised after an article opens a title of any length, "le « Pacte social pour la paix
// et le bien-vivre ensemble »": three « … » of the development sets open with such a capitalised noun
// (one after an article), none a quotation.
func (f *finder) documentTitle(p part, prev []tok) bool {
	s := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	if !afterArticle(prev) || strings.ContainsAny(s, ".!?…;:,") {
		return false
	}
	toks := tokenize(f.text, p.Start, p.End)
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	if k+2 >= len(toks) || !documents[toks[k].low] && !writings[toks[k].low] {
		return false
	}
	if isUpperStart(toks[k].text) { // "la question du « Pacte social pour la paix … »": a capitalised name
		return true
	}
	return len(strings.Fields(s)) <= 4 && (toks[k+1].low == "de" || toks[k+1].low == "d'" || toks[k+1].low == "du" || toks[k+1].low == "des") &&
		toks[k+2].word && isUpperStart(toks[k+2].text)
}

// inciseAfter reports whether an incise follows the part, after a comma or not ("« Bon voyage »
// répond Marie").
func (f *finder) inciseAfter(p part, lineEnd int) bool {
	q := skipSpaces(f.text, p.End, lineEnd)
	if q < lineEnd && f.text[q] == ',' {
		q = skipSpaces(f.text, q+1, lineEnd)
	}
	if q >= lineEnd {
		return false
	}
	_, _, ok := f.incise(q, lineEnd)
	return ok
}

// namedAfterWord reports whether the tokens before a « … » end with a word that does not introduce
// speech: a noun, a name, selon or pour ("l'émission de TMC « … »"), not "a déclaré", "que" or ":".
func namedAfterWord(prev []tok) bool {
	k := len(prev) - 1
	for k >= 0 && prev[k].word && isAdverb(prev[k].low) {
		k--
	}
	if k < 0 || !prev[k].word {
		return false
	}
	if namingPreposition(prev, k) {
		return true
	}
	w := prev[k].low
	_, cue := lexicon()[w]
	return !cue && !speechLinks[w] && !auxiliaries[w] && !etre[w]
}

// namingPreposition reports whether prev[k] is a preposition after which a « … » is a name: "selon
// « Quotidien »", "pour", "d'après", "lors de « L'Émission politique »".
func namingPreposition(prev []tok, k int) bool {
	w := prev[k].low
	return w == "selon" || w == "pour" || w == "après" && k > 0 && prev[k-1].low == "d'" || w == "de" && k > 0 && prev[k-1].low == "lors"
}

// namingPhrase reports whether prev ends with a noun phrase that a name can complete: a determiner
// and one or two words, none a verb ("le site internet", "l'organisation", "le groupe autoproclamé").
func namingPhrase(prev []tok) bool {
	n := len(prev)
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if !prev[k].word {
			return false
		}
		if determiners[prev[k].low] {
			return k < n-1
		}
		if _, ok := lexicon()[prev[k].low]; ok || auxiliaries[prev[k].low] || etre[prev[k].low] || speechLinks[prev[k].low] {
			return false
		}
	}
	return false
}

// afterArticle reports whether the tokens before a short capitalised « … » end with an article: the
// « … » is then a name ("l'« Obamacare »", "la « Sentinelle »").
func afterArticle(prev []tok) bool {
	n := len(prev)
	return n > 0 && articles[prev[n-1].low]
}

var articles = set("le la l' les un une du des au aux")

// speechLinks are words after which a « … » is what is said.
var speechLinks = set("que qu' de d' un une du des le la les l' à en par comme dit mot mots terme termes cri cris")

// startsClause reports whether the tokens before a « … » end a sentence or a clause (or are none).
func startsClause(prev []tok) bool {
	if len(prev) == 0 {
		return true
	}
	t := prev[len(prev)-1].text
	return t == "." || t == "!" || t == "?" || t == "…" || t == "»"
}

// verbAt reports whether toks[k] starts a verb group ("a affirmé", "affirme", "révèle").
func verbAt(toks []tok, k int) bool {
	if !toks[k].word {
		return false
	}
	w := toks[k].low
	if auxiliaries[w] || w == "n'" || w == "ne" {
		return true
	}
	fm, ok := lexicon()[w]
	return ok && fm.class == finite
}

// programmeTitle reports whether a part names the programme a guest is invited to: "invité du « 20
// heures » de France 2", "invitée de « C à vous »", "l'invité de la « Matinale »". A short « … »
// without sentence punctuation after invité and de names a broadcast, whatever its first letter.
func (f *finder) programmeTitle(p part, prev []tok) bool {
	s := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	if n := len(strings.Fields(s)); n == 0 || n > 5 || strings.ContainsAny(s, ".!?…;:,") {
		return false
	}
	k := len(prev) - 1
	if k >= 0 && (prev[k].low == "la" || prev[k].low == "l'") {
		k--
	}
	return k >= 1 && (prev[k].low == "de" || prev[k].low == "du" || prev[k].low == "d'") && guests[prev[k-1].low] &&
		(k < 2 || !auxiliaries[prev[k-2].low]) // "a invité de « … »" is a verb
}

// guests are the forms of invité, the guest of a programme.
var guests = set("invité invitée invités invitées")
