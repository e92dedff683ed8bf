package quotes

import (
	"strings"
	"unicode/utf8"
)

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

// Some pages (a Swiss agency's copy among them) quote a whole article in straight single marks with no
// space inside, the same ' they elide with: 'Il n'est pas dangereux', a insisté son avocat. A ' between
// two letters elides (l'homme, n'est) and is never a mark, so the others can pair; the reading is taken
// for the whole text or not at all, and only when it is clear: at least two pairs, each ' outside a
// word opening a pair (after no letter, before one) or closing the one open on its line (after no
// space, before no letter), none left over, and a reporting verb in the sentence of one of them.

// straightSinglePairs returns the straight ' of text that stand for « and », as described above, or
// nil.
func straightSinglePairs(text string) map[int]int {
	var swap map[int]int
	opened, reported := -1, false
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n' && opened >= 0:
			return nil // a mark left open on its line: not a quoting text
		case text[i] != '\'':
			continue
		}
		before, after := letterBefore(text, i), letterAfter(text, i+1) || opensBracket(text, i+1)
		switch {
		case before && (after || elidedBefore(text, i)): // an elision, "l'homme" or "l' homme"
		case opened < 0 && !before && after:
			opened = i
		case opened >= 0 && !after && !spaceBefore(text, i):
			if swap == nil {
				swap = map[int]int{}
			}
			swap[opened], swap[i] = open, shut
			reported = reported || reportedAround(text, opened, i+1)
			opened = -1
		default:
			return nil // a ' that neither elides nor pairs
		}
	}
	if opened >= 0 || len(swap) < 4 || !reported {
		return nil
	}
	return swap
}

// elidedBefore reports whether the word ending at the ' at i is one French elides (l', d', qu' …):
// the ' is then an apostrophe even with a space after it, as some texts type "l' Ukraine".
func elidedBefore(text string, i int) bool {
	k := i
	for k > 0 && text[k-1] >= 'a' && text[k-1] <= 'z' || k > 0 && text[k-1] >= 'A' && text[k-1] <= 'Z' {
		k--
	}
	return elided[lower(text[k:i]+"'")] && (k == 0 || !letterBefore(text, k))
}

// elided are the words French writes with an elision apostrophe.
var elided = set("l' d' j' m' t' s' n' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu'")

// opensBracket reports whether a [ or a ( stands at i: a quotation may open on the writer's bracketed
// words, '[il] y a …'.
func opensBracket(text string, i int) bool {
	return i < len(text) && (text[i] == '[' || text[i] == '(')
}

// reportedAround reports whether a reporting verb stands in the sentence of the quotation text[start:end],
// before it or after it on its line.
func reportedAround(text string, start, end int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if k := strings.IndexByte(text[end:], '\n'); k >= 0 {
		lineEnd = end + k
	}
	after := tokenize(text, end, min(lineEnd, end+120))
	for _, t := range after {
		if sentenceStop(t.text) {
			break
		}
		if reportingWord(t) {
			return true
		}
	}
	before := tokenize(text, max(lineStart, start-120), start)
	for k := len(before) - 1; k >= 0 && !sentenceStop(before[k].text); k-- {
		if reportingWord(before[k]) {
			return true
		}
	}
	return false
}

// reportingWord reports whether t is a form of a reporting verb, inverted ("a-t-il") or not.
func reportingWord(t tok) bool {
	if !t.word {
		return false
	}
	if v, _, ok := splitInversion(t.text); ok {
		_, ok = cueForm(v)
		return ok
	}
	_, ok := cueForm(t.text)
	return ok
}
