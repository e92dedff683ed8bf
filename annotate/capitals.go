package annotate

import (
	"strings"
	"unicode"
)

// InCapitals reports whether words from to to (end exclusive) of a sentence of n words, word(i) giving
// the i-th, lie in a stretch written in capitals, as a headline or a heading is ("L'UNION EUROPÉENNE A
// DÉCIDÉ"), where a capital says nothing of a word: each of them has no lower-case letter, and the run
// of words in capitals around them holds three words of two letters or more, or two when those are
// all the sentence's. Words without a cased letter (numbers) and one-letter words in capitals ("L'",
// "A") neither break a run nor count; a word with a lower-case letter ends it. This is how
// pre-annotation's truecasing reads a stretch (annotate/ner, capsStretches), so that one word in
// capitals for emphasis ("d'une UNION sacrée") or an acronym is no headline. A glossary entry that
// matches case is found in such a stretch (suggest/glossary).
func InCapitals(n int, word func(int) string, from, to int) bool {
	if from < 0 || to > n || from >= to {
		return false
	}
	for i := from; i < to; i++ {
		if strings.ContainsFunc(word(i), unicode.IsLower) {
			return false
		}
	}
	start, end := from, to
	for start > 0 && !strings.ContainsFunc(word(start-1), unicode.IsLower) {
		start--
	}
	for end < n && !strings.ContainsFunc(word(end), unicode.IsLower) {
		end++
	}
	caps, all := 0, 0
	for i := range n {
		if w := word(i); casedLetters(w) >= 2 {
			all++
			if i >= start && i < end {
				caps++
			}
		}
	}
	return caps >= 3 || caps >= 2 && caps == all
}

// casedLetters counts the letters of w that have a case.
func casedLetters(w string) int {
	k := 0
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) {
			k++
		}
	}
	return k
}
