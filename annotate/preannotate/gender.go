package preannotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/quotes"
)

// gender is what the text tells of a person's grammatical gender.
type gender int8

const (
	unknownGender gender = iota
	masculine
	feminine
)

// pronounGender is the gender a subject pronoun asks of its referent ("elle" → feminine); unknown for
// the others, "ils" and "ceux-ci" included: a group of men and women is "ils" ("Thierry et Véronique
// Roy … ils"), so that no woman is ruled out by them.
func pronounGender(p string) gender {
	switch Fold(p) {
	case "il", "celui-ci":
		return masculine
	case "elle", "elles", "celle-ci", "celles-ci":
		return feminine
	}
	return unknownGender
}

// titleGender reads the words written just before a name: "Mme", "Madame", "la ministre", "l'ancienne
// présidente" are feminine; "M.", "Monsieur", "le ministre" masculine.
func titleGender(before string) gender {
	var buf [24]string // the words of a mention's 40 bytes before, without allocating for each mention
	words := buf[:0]
	for w := range strings.FieldsFuncSeq(before, titleSeparator) {
		words = append(words, w)
	}
	if len(words) == 0 {
		return unknownGender
	}
	if g, ok := courtesyTitleGenders[Fold(strings.TrimRight(words[len(words)-1], "."))]; ok {
		return g
	}
	return titleArticleGender(words)
}

// titleSeparator reports whether r separates the words titleGender reads.
func titleSeparator(r rune) bool { return unicode.IsSpace(r) || r == ',' }

// courtesyTitleGenders are the courtesy titles written right before a name, and the gender each shows.
var courtesyTitleGenders = map[string]gender{
	"mme": feminine, "madame": feminine, "mlle": feminine, "mademoiselle": feminine, "mmes": feminine,
	"m": masculine, "monsieur": masculine, "mm": masculine,
}

// titleArticleGenders are the articles and demonstratives that open a title, and the gender each shows.
var titleArticleGenders = map[string]gender{
	"la": feminine, "cette": feminine, // "La ministre", capitalised at the start of a sentence too
	"le": masculine, "ce": masculine, "cet": masculine,
}

// titleArticleGender reads, among the last seven words before a name, the article of the title before
// it, over its complement: "la ministre X", "le président X", "l'ancienne ministre X", "le ministre
// de la Santé X". Another name right before ("Jean X") shows no gender.
func titleArticleGender(words []string) gender {
	for i := len(words) - 1; i >= 0 && i >= len(words)-7; i-- {
		w := Fold(words[i])
		if g, ok := titleArticleGenders[w]; ok {
			return g
		}
		elided := strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’")
		switch {
		case !isLowerWord(words[i]) && i > 0 && complementBefore(Fold(words[i-1])):
			i-- // "de la Santé": skip the complement's own article
		case !isLowerWord(words[i]) && !elided:
			return unknownGender // "Jean X": another name right before
		case elided:
			if g := elidedTitleGender(words[i]); g != unknownGender {
				return g
			}
		}
	}
	return unknownGender
}

// elidedTitleGender tells the gender of a title after l' ("l'ancienne"), unknown when what follows the
// apostrophe is capitalised ("l'Économie": a complement).
func elidedTitleGender(word string) gender {
	rest := strings.TrimPrefix(strings.TrimPrefix(word[1:], "'"), "’")
	if !isLowerWord(rest) {
		return unknownGender
	}
	return elidedGender(Fold(rest))
}

func complementBefore(w string) bool {
	return w == "la" || w == "de" || w == "du" || w == "des" || strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'")
}

// elidedGender tells the gender of a title after l' by its ending: "ancienne", "actrice" are
// feminine, "ancien", "acteur" masculine.
func elidedGender(w string) gender {
	for _, suf := range []string{"enne", "rice", "euse", "esse", "ière", "ante"} {
		if strings.HasSuffix(w, suf) {
			return feminine
		}
	}
	for _, suf := range []string{"ien", "eur", "ier", "ant", "ain"} {
		if strings.HasSuffix(w, suf) {
			return masculine
		}
	}
	return unknownGender
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// entityGenders gives each PER entity the gender its name's given name tells (nameGender), or when
// none does the gender its mentions' titles show; unknown when neither does or the titles disagree. A
// given name comes first: the words before a mention are not always its title ("à la présidentielle
// Emmanuel Macron").
func entityGenders(text string, res *Result) []gender {
	out := make([]gender, len(res.Entities))
	for k, e := range res.Entities {
		if e.Type == "PER" {
			out[k] = entityGender(text, res, e)
		}
	}
	return out
}

func entityGender(text string, res *Result, e Entity) gender {
	for _, i := range e.Mentions {
		if g := nameGender(text[res.Mentions[i].Start:res.Mentions[i].End]); g != unknownGender {
			return g
		}
	}
	seen := unknownGender
	for _, i := range e.Mentions {
		m := res.Mentions[i]
		g := titleGender(text[max(0, m.Start-40):m.Start])
		if first, ok := firstOfSeveral(text[m.Start:m.End]); g == unknownGender && ok {
			g = titleGender(first) // "Mme Dubois" as one mention
		}
		switch {
		case g == unknownGender:
		case seen == unknownGender:
			seen = g
		case seen != g:
			return unknownGender
		}
	}
	return seen
}

// descriptionGender is the gender a description speaker shows by its determiner ("la présidente",
// "cette élue", "sa mère" feminine; "le préfet", "cet ancien ministre" masculine) or, elided, by its
// noun's ending ("l'avocate", "l'entraîneur"); unknown for a plural, "son", "leur" and any other, and
// for a masculine title written with its capital, as French writes a woman's office too ("le
// Président", "le Premier ministre").
func descriptionGender(desc string) gender {
	first, rest, _ := strings.Cut(strings.TrimSpace(desc), " ")
	switch w := Fold(first); w {
	case "la", "cette", "sa", "ma", "ta":
		return feminine
	case "le", "ce", "cet":
		if isLowerWord(rest) {
			return masculine
		}
	default:
		if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") {
			return elidedTitleGender(first)
		}
	}
	return unknownGender
}

// wantGender is the gender speaker m asks of the person it refers to: a pronoun's ("elle"), a
// description's ("la directrice" is no man).
func (r speakerReferents) wantGender(m Mention) gender {
	if m.kind == quotes.Description {
		return descriptionGender(r.text[m.Start:m.End])
	}
	return pronounGender(r.text[m.Start:m.End])
}

// firstOfSeveral returns the first word of s, as strings.Fields cuts it, and whether another follows.
func firstOfSeveral(s string) (string, bool) {
	first, n := "", 0
	for w := range strings.FieldsSeq(s) {
		if n++; n == 2 {
			return first, true
		}
		first = w
	}
	return "", false
}

// agrees reports whether a pronoun of gender want may refer to a person of gender has.
func agrees(want, has gender) bool {
	return want == unknownGender || has == unknownGender || want == has
}
