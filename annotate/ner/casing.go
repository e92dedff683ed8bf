package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text in capitals. A French headline, a heading or a whole paragraph is often written in capitals
// ("LA COMMISSION EUROPÉENNE PENCHE POUR UNE LOI SUR L'IMMIGRATION"), where a capital says nothing;
// the tagger, which leans on capitals and reads a word in capitals as an acronym, then tags common
// nouns ORG or MISC ("LOI", "PANDÉMIE"). As recognisers do (truecasing), the words of such a stretch
// are given to the tagger in their likeliest case, which keeps every offset: the case the document
// writes the same word in elsewhere, inside a sentence; a capital to the first word of a place's or
// an institution's name of the gazetteer ("Commission européenne"); else the case the training text
// mostly wrote it in (the model's casing lexicon, learnt with the model); else a guess: an acronym
// stays as written ("OTAN", "COVID-19"), a word whose family or ending is a common word's goes lower
// case ("FERMETÉ", "PANDÉMIE"), any other is a name ("ASSELINEAU": "Asselineau"). The mentions found
// cover the original text, capitals and all.

// casingLexicon holds the form the training text most often writes each word in inside a sentence
// ("loi", "Paris", "ONU", "McDonald"), by folded word, and the folded words it writes in lower case,
// sorted, to find a word's family ("fermement" for "fermeté").
type casingLexicon struct {
	form  map[string]string
	lower []string
}

// buildCasing learns the casing lexicon from analysed documents: each word's commonest form inside
// a sentence, outside stretches in capitals; a tie goes to the lower-case form.
func buildCasing(docs []*docInfo) []string {
	counts := map[string]map[string]int{}
	for _, d := range docs {
		d.eachCasedUse(d.capsStretches(), func(i int) {
			c := counts[d.fold[i]]
			if c == nil {
				c = map[string]int{}
				counts[d.fold[i]] = c
			}
			c[d.words[i]]++
		})
	}
	forms := make([]string, 0, len(counts))
	for _, c := range counts {
		forms = append(forms, dominantForm(c))
	}
	slices.Sort(forms)
	return forms
}

// dominantForm returns the commonest form in c; ties go to the lower-case one, then to the first in
// byte order, so that the lexicon does not depend on map order.
func dominantForm(c map[string]int) string {
	best, bn := "", 0
	for w, n := range c {
		better := n > bn || n == bn && (isLowerWord(w) && !isLowerWord(best) || isLowerWord(w) == isLowerWord(best) && w < best)
		if better {
			best, bn = w, n
		}
	}
	return best
}

func isLowerWord(w string) bool { return !strings.ContainsFunc(w, unicode.IsUpper) }

// newCasingLexicon indexes the forms of a model file by their folded word.
func newCasingLexicon(forms []string) casingLexicon {
	lex := casingLexicon{form: make(map[string]string, len(forms))}
	for _, f := range forms {
		fold := foldString(f)
		lex.form[fold] = f
		if isLowerWord(f) {
			lex.lower = append(lex.lower, fold)
		}
	}
	slices.Sort(lex.lower)
	return lex
}

// forms returns the lexicon's forms, sorted, as a model file stores them.
func (lex casingLexicon) forms() []string {
	out := make([]string, 0, len(lex.form))
	for _, f := range lex.form {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// lowerFamily reports whether the lexicon writes in lower case a word of fold's family: one that
// begins as fold does but for its last three letters, five at least ("fermete": "fermement").
func (lex casingLexicon) lowerFamily(fold string) bool {
	n := utf8.RuneCountInString(fold)
	if n < 6 {
		return false
	}
	stem := string([]rune(fold)[:max(5, n-3)])
	i, _ := slices.BinarySearch(lex.lower, stem)
	return i < len(lex.lower) && strings.HasPrefix(lex.lower[i], stem)
}

// eachCasedUse calls fn with every token of d that says how its word is written: a word (it has a
// letter) inside a sentence, not its first word, and outside the stretches in capitals (caps).
func (d *docInfo) eachCasedUse(caps []bool, fn func(i int)) {
	for k := 0; k+1 < len(d.sents); k++ {
		for i := d.sents[k] + 1; i < d.sents[k+1]; i++ {
			if (caps == nil || !caps[i]) && hasCasedLetter(d.words[i]) {
				fn(i)
			}
		}
	}
}

func hasCasedLetter(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) })
}

// noLowerCase reports whether w has a capital and no lower-case letter: "LOI", "L'", "COVID-19".
func noLowerCase(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// capsWord reports whether w is a word of two letters or more in capitals, the words whose share
// tells a stretch in capitals.
func capsWord(w string) bool { return noLowerCase(w) && letterCount(w) >= 2 }

func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// capsStretches marks the tokens of d in stretches written in capitals: in each sentence, a run of
// words in capitals (punctuation, numbers and one-letter words such as "L'" or "À" inside it) that
// holds three words of two letters or more, or two when the run holds all of its sentence's words. It
// returns nil when d has none, which is most documents.
func (d *docInfo) capsStretches() []bool {
	var caps []bool
	for k := 0; k+1 < len(d.sents); k++ {
		s, e := d.sents[k], d.sents[k+1]
		words := 0
		for i := s; i < e; i++ {
			if letterCount(d.words[i]) >= 2 {
				words++
			}
		}
		for i := s; i < e; {
			j, n := d.capsRun(i, e)
			if n >= 3 || n >= 2 && n == words {
				if caps == nil {
					caps = make([]bool, len(d.toks))
				}
				for k := i; k < j; k++ {
					caps[k] = noLowerCase(d.words[k])
				}
			}
			i = max(j, i+1)
		}
	}
	return caps
}

// capsRun returns the end of the run of words in capitals that starts at i (before e), and how many
// words of two letters or more it holds; a token with a lower-case letter ends it.
func (d *docInfo) capsRun(i, e int) (end, words int) {
	j := i
	for ; j < e; j++ {
		w := d.words[j]
		if !hasCasedLetter(w) || noLowerCase(w) && letterCount(w) < 2 {
			continue
		}
		if !capsWord(w) {
			break
		}
		words++
	}
	return j, words
}

// truecase returns d's text with the words of its stretches in capitals written in their likeliest
// case, every token keeping its length in bytes, and whether there was any such stretch.
func (m *Model) truecase(d *docInfo) (string, bool) {
	caps := d.capsStretches()
	if caps == nil {
		return "", false
	}
	doc := map[string]map[string]int{}
	d.eachCasedUse(caps, func(i int) {
		c := doc[d.fold[i]]
		if c == nil {
			c = map[string]int{}
			doc[d.fold[i]] = c
		}
		c[d.words[i]]++
	})
	b := []byte(d.text)
	first := d.sentenceFirstWords()
	for i, t := range d.toks {
		if !caps[i] {
			continue
		}
		form := m.likeliestForm(d, i, doc)
		if first[i] {
			form = capitalise(form)
		}
		copy(b[t.start:t.end], recase(d.text[t.start:t.end], form))
	}
	return string(b), true
}

// sentenceFirstWords marks the first word of each sentence, past any punctuation (« , - …).
func (d *docInfo) sentenceFirstWords() []bool {
	first := make([]bool, len(d.toks))
	for k := 0; k+1 < len(d.sents); k++ {
		for i := d.sents[k]; i < d.sents[k+1]; i++ {
			if hasCasedLetter(d.words[i]) {
				first[i] = true
				break
			}
		}
	}
	return first
}

// likeliestForm returns the likeliest way of writing word i of d, which is in capitals: the
// document's commonest form of it (doc, outside capitals), else the lexicon's, else a guess.
func (m *Model) likeliestForm(d *docInfo, i int, doc map[string]map[string]int) string {
	if d.beginsLongName(i) {
		return titleWord(d.words[i])
	}
	if c := doc[d.fold[i]]; c != nil {
		return dominantForm(c)
	}
	if f, ok := m.casing.form[d.fold[i]]; ok {
		return f
	}
	w := d.words[i]
	switch {
	case acronymLike(w):
		return w // OTAN, COVID-19, CFE-CGC
	case uint16(d.gaz[i]|d.gaz[i]>>16)&(placeNames|gazFirstName) != 0:
		return titleWord(w)
	case commonEnding(d.lower[i]) || m.casing.lowerFamily(d.fold[i]):
		return d.lower[i]
	}
	return titleWord(w)
}

// acronymLike reports whether w, unknown, reads as an acronym: a word with a digit, or whose every
// part between hyphens has four letters at most.
func acronymLike(w string) bool {
	if strings.ContainsFunc(w, unicode.IsDigit) {
		return true
	}
	for part := range strings.SplitSeq(w, "-") {
		if letterCount(part) > 4 {
			return false
		}
	}
	return true
}

// placeNames are the gazetteer's kinds of names of places and institutions.
const placeNames = gazCountry | gazRegion | gazCity | gazPlace | gazInstitution

// beginsLongName reports whether token i of d begins a name of the gazetteer's, a place's or an
// institution's, of two words or more, which French writes with a capital to its first word only
// ("Commission européenne", "Conseil constitutionnel"), not a capital to every word.
func (d *docInfo) beginsLongName(i int) bool {
	return i+1 < len(d.toks) && uint16(d.gaz[i])&placeNames != 0 && uint16(d.gaz[i+1]>>16)&placeNames != 0
}

// commonEndings are endings of French common nouns and adjectives, which few names have.
var commonEndings = []string{"tion", "sion", "ité", "ite", "isme", "iste", "ment", "mie", "rie", "gie",
	"phie", "eur", "euse", "ique", "aire", "age", "ance", "ence", "able", "ible", "elle", "ette", "oire",
	"ée", "ées", "és", "ait", "aient", "ront", "era", "ions", "iez", "ants", "ents", "eux", "ive", "ifs", "ives"}

func commonEnding(lower string) bool {
	for _, e := range commonEndings {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// titleWord writes w's first letter, and the first after a hyphen or an apostrophe, as capitals and
// the others in lower case: "JEAN-PIERRE" is "Jean-Pierre", "O'BRIEN" "O'Brien".
func titleWord(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if unicode.IsLetter(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		b.WriteRune(r)
		up = r == '-' || isApostrophe(r)
	}
	return b.String()
}

// capitalise writes form's first letter as a capital.
func capitalise(form string) string {
	for i, r := range form {
		if unicode.IsLetter(r) {
			u := unicode.ToUpper(r)
			return form[:i] + string(u) + form[i+utf8.RuneLen(r):]
		}
	}
	return form
}

// recase writes orig, a word in capitals, in the case of form, a way of writing the same word
// (perhaps with accents orig lacks: "ETAT", "État"), keeping orig's length in bytes: letter by letter
// when both have as many runes, else lower case after the first letter when form has its first
// letter only in capitals, else all lower case or unchanged. A letter whose lower case would take
// other bytes stays a capital.
func recase(orig, form string) string {
	or, fr := []rune(orig), []rune(form)
	if len(or) != len(fr) {
		switch {
		case isLowerWord(form):
			fr = []rune(strings.ToLower(orig))
		case form == titleWord(form):
			fr = []rune(titleWord(orig))
		default:
			return orig
		}
	}
	if len(or) != len(fr) {
		return orig
	}
	for k, r := range or {
		if l := unicode.ToLower(r); unicode.IsLower(fr[k]) && utf8.RuneLen(l) == utf8.RuneLen(r) {
			or[k] = l
		}
	}
	return string(or)
}
