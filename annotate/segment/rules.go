package segment

import (
	"unicode"
	"unicode/utf8"
)

// dotEnds decides whether the single "." at i, followed (after spaces) by the token at n starting with r,
// ends a sentence. r is neither lowercase nor continuing punctuation.
func (s *splitter) dotEnds(i, n int, r rune) bool {
	tok, ts := tokenBefore(s.text, i, s.ps)
	switch {
	case tok == "":
		return true // "2016 . Il": a detached dot is a full stop
	case isAbbreviation(tok):
		return false
	case tok == "etc" || tok == "al":
		return startsSentence(s.text, n, r)
	case isInitials(tok):
		return startsSentence(s.text, n, r) // "G. W. Bush", "J.-C. Juncker" but "groupe B. Le match"
	case allDigits(tok) && ts == s.trimmedStart():
		return false // list numbering "1. Introduction"
	}
	return true
}

// tokenBefore returns the word ending at i (the position of a dot) and its start: the bytes back to the
// previous space, opening mark or apostrophe ("l'art" gives "art"). Longer tokens are cut short, which
// keeps the scan linear; no abbreviation is that long.
func tokenBefore(t string, i, ps int) (string, int) {
	b := i
	for b > ps && i-b <= maxTokenBytes {
		r, size := utf8.DecodeLastRuneInString(t[:b])
		if r == ' ' || r == '\n' || r == '\t' || isUnicodeSpace(r) || r == '’' || r == '\'' ||
			(r != '-' && isOpening(r)) || r == '/' {
			break
		}
		b -= size
	}
	return t[b:i], b
}

// isAbbreviation reports the abbreviations after which a dot never ends a sentence: titles before names
// and common lowercase abbreviations. Words that are also ordinary words ("art", "vol", "sept") are left
// out on purpose.
func isAbbreviation(tok string) bool {
	switch tok {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Prof", "Me", "Mgr", "St", "Ste",
		"Sts", "Stes", "Jr", "Sr", "Gén", "Gal", "Col", "Cdt", "Lt", "Cpt", "Cie", "Vve", "Mr", "Mrs", "Ms",
		"Ch", "Ph", "Th", "Chr",
		"av", "apr", "bd", "boul", "env", "cf", "p", "pp", "chap", "éd", "hab", "tél", "fig", "vs", "réf",
		"coll", "dir", "trad", "suiv", "ibid", "op", "cit", "janv", "févr", "avr", "juil", "oct", "nov",
		"déc", "nº", "n°", "resp", "approx", "anc", "dép", "cant", "Éd", "Cf", "Bd", "Av":
		return true
	}
	return false
}

// isInitials reports a capital initial ("G", "É") or a dotted abbreviation whose pieces are at most three
// letters ("J.-C", "U.S", "D.C", "c.-à-d").
func isInitials(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) {
		return unicode.IsUpper(r)
	}
	pieces, letters, dotted := 0, 0, false
	for _, r := range tok {
		switch {
		case r == '.' || r == '-':
			if letters == 0 && r == '.' {
				return false
			}
			dotted = dotted || r == '.'
			if letters > 0 {
				pieces++
			}
			letters = 0
		case unicode.IsLetter(r):
			letters++
			if letters > 3 {
				return false
			}
		default:
			return false
		}
	}
	return dotted && letters > 0 && pieces > 0
}

func allDigits(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return tok != ""
}

// startsSentence reports whether the token at n (starting with r) opens a new sentence after an
// abbreviation or initial that may or may not end one ("etc.", "B."): an opening quote or dialogue dash,
// or a capitalised function word. A bracket or a number continues ("Karabatic L. (4/4)"). Other capitalised words are taken as proper nouns continuing the sentence.
func startsSentence(t string, n int, r rune) bool {
	switch r {
	case '«', '“', '—', '–':
		return true
	}
	if !unicode.IsUpper(r) {
		return false
	}
	return isStarter(t[n:wordEnd(t[:min(len(t), n+maxTokenBytes)], n)])
}

// isStarter reports capitalised French function words that commonly open a sentence. Elided forms appear
// without their apostrophe ("L'", "C'", "Qu'").
func isStarter(w string) bool {
	switch w {
	case "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "D", "Au", "Aux", "Ce", "Cet", "Cette",
		"Ces", "C", "Ça", "Cela", "Ceci", "Il", "Ils", "Elle", "Elles", "On", "Nous", "Vous", "Je", "J", "Tu",
		"Mais", "Et", "Or", "Donc", "Car", "Puis", "Ainsi", "Alors", "En", "Dans", "Pour", "Par", "Sur",
		"Selon", "Après", "Avant", "Depuis", "Lors", "Cependant", "Pourtant", "Toutefois", "Néanmoins",
		"Enfin", "Ensuite", "Aussi", "Si", "Quand", "Lorsque", "Tout", "Tous", "Toute", "Toutes", "Aucun",
		"Aucune", "Chaque", "Plusieurs", "Certains", "Certaines", "Son", "Sa", "Ses", "Leur", "Leurs",
		"Notre", "Nos", "Votre", "Vos", "Mon", "Ma", "Mes", "Qui", "Que", "Qu", "Quel", "Quelle", "Quels",
		"Quelles", "Comment", "Pourquoi", "Où", "Ne", "N", "Y", "À", "Parmi", "Outre", "Malgré":
		return true
	}
	return false
}

// isHeadingLine reports whether [a, b) is short and lacks final punctuation. The first line of the text
// may end with "?", "!" or a closing quote (titles such as "Brexit : « et maintenant ? »").
func (s *splitter) isHeadingLine(a, b int) bool {
	if a >= b || b-a > 4*maxHeadingRunes || utf8.RuneCountInString(s.text[a:b]) > maxHeadingRunes {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[a : b-trailingNoteCall(s.text[a:b])])
	switch r {
	case '.', ',', ';', ':', '…', '-', '–', '—', '\'', '"':
		return false
	case '?', '!', '»', '”', '’':
		return s.para == 0 && a == s.ps
	}
	return true
}

// maxHeadingRunes bounds the length of a heading line, in characters.
const maxHeadingRunes = 150

// maxTokenBytes bounds the words examined around a dot.
const maxTokenBytes = 32
