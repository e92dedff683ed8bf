package quotes

import "unicode/utf8"

// singlePairs adds to swap the single quotation marks that stand for « and »: an opening ‘ after a
// space or a punctuation mark and before a letter, closed on its line by the first ’ that no space
// precedes and no letter follows ("a déclaré que ‘l’inflation baissera d’ici la fin de l’année’."). A ‘
// inside a word ("d‘origine", "c‘est") is an apostrophe, and a ’ before a letter an elision. Financial
// wires quote with straight ' set apart by spaces ("' La croissance reste solide ' indique le groupe."):
// a ' that no letter touches, opening a line or after a space and before a space and a letter, is
// closed on its line by the first ' after a space that no letter follows.
func singlePairs(text string, swap map[int]int) map[int]int {
	opened, straight := -1, -1
	for i, r := range text {
		var o, c int
		switch {
		case r == '\n':
			opened, straight = -1, -1
			continue
		case r == '‘' && opened < 0 && !letterBefore(text, i) && letterAfter(text, i+len("‘")):
			opened = i
			continue
		case r == '’' && opened >= 0 && !spaceBefore(text, i) && !letterAfter(text, i+len("’")):
			o, c, opened = opened, i, -1
		case r == '\'' && straight < 0 && spacedOpening(text, i):
			straight = i
			continue
		case r == '\'' && straight >= 0 && i > 0 && text[i-1] == ' ' && !letterAfter(text, i+1):
			o, c, straight = straight, i, -1
		default:
			continue
		}
		if swap == nil {
			swap = map[int]int{}
		}
		swap[o], swap[c] = open, shut
	}
	return swap
}

// spacedOpening reports whether the straight ' at i opens a quotation set apart by spaces: at the
// start of a line or after a space, and followed by one space and a letter.
func spacedOpening(text string, i int) bool {
	return (i == 0 || text[i-1] == ' ' || text[i-1] == '\n') && i+2 < len(text) && text[i+1] == ' ' && letterAfter(text, i+2)
}

func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && isLetter(r)
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isLetter(r)
}
