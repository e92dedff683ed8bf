package quotes

import "unicode/utf8"

// singlePairs adds to swap the single curly quotation marks that stand for « and »: an opening ‘ after
// a space or a punctuation mark and before a letter, closed on its line by the first ’ that no space
// precedes and no letter follows ("a déclaré que ‘l’inflation baissera d’ici la fin de l’année’."). A ‘ inside a word
// ("d‘origine", "c‘est") is an apostrophe, and a ’ before a letter an elision.
func singlePairs(text string, swap map[int]int) map[int]int {
	opened := -1
	for i, r := range text {
		switch {
		case r == '\n':
			opened = -1
		case r == '‘' && opened < 0 && !letterBefore(text, i) && letterAfter(text, i+len("‘")):
			opened = i
		case r == '’' && opened >= 0 && !spaceBefore(text, i) && !letterAfter(text, i+len("’")):
			if swap == nil {
				swap = map[int]int{}
			}
			swap[opened], swap[i], opened = open, shut, -1
		}
	}
	return swap
}

func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && isLetter(r)
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isLetter(r)
}
