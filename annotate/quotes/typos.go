package quotes

import "strings"

// spacedInversion returns the end of "a t-il" when the word ending at j is followed by one space and a
// "t-" inversion ("a t-il affirmé", "va t-elle"): web pages often type a space for the first hyphen,
// and the two words are then read as one, "a-t-il". So are "a t il", "a t elle", typed with spaces for
// both hyphens (a lone t before a pronoun is nothing else). It returns j when they are not.
func spacedInversion(text string, j, end int) int {
	if j+3 >= end || text[j] != ' ' || text[j+1] != 't' || text[j+2] != '-' && text[j+2] != ' ' {
		return j
	}
	k := scanWord(text, j+1, end) // "t" alone when no letter follows its hyphen ("a t- 0")
	if text[j+2] == ' ' {
		k = scanWord(text, j+3, end)
	}
	if k < j+3 || !subjectPronouns[strings.ToLower(text[j+3:k])] {
		return j
	}
	return k
}
