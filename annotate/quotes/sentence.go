package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a sentence starts and ends around a quotation, abbreviations and guillemets taken into account.

// maxSentence bounds, in bytes, how far back sentenceStart looks for the start of a sentence: without
// it, a long paragraph with no full stop and many quotations (a transcript) costs quadratic time.
const maxSentence = 1500

// sentenceStart returns the start of the sentence holding offset end, not before lineStart, nor more
// than maxSentence bytes back (then at a word start). A closing » ends a sentence only after the
// quotation's own final punctuation ("… demain. » Il partit"); a stop glued to the « opening the next
// sentence ends its own.
func (f *finder) sentenceStart(lineStart, end int) int {
	lineStart = f.sentenceFloor(lineStart, end)
	i := end
	m := sort.Search(len(f.masks), func(k int) bool { return f.masks[k].Start >= end }) - 1
	for i > lineStart {
		for m >= 0 && f.masks[m].Start >= i {
			m--
		}
		if m >= 0 && i < f.masks[m].End { // a full stop inside an earlier quotation ends no sentence
			i = max(f.masks[m].Start, lineStart)
			continue
		}
		r, n := decodeLast(f.text, i)
		if (sentenceFinal(r) || r == '»' && f.endsSentence(lineStart, i-n)) && i <= end && i-n > lineStart {
			if r2, _ := decode(f.text, i); (isSpace(r2) && i < end || r2 == '«') && !f.abbrevBefore(i-n) { // "celui-ci.«Je …": a page that lost its space
				return i
			}
		}
		i -= n
	}
	return f.afterDateline(lineStart, end)
}

// sentenceFloor returns how far back sentenceStart may look for the sentence holding offset end:
// lineStart, or, when that lies more than maxSentence bytes back, the first word start after it.
func (f *finder) sentenceFloor(lineStart, end int) int {
	if end-lineStart <= maxSentence {
		return lineStart
	}
	cut := end - maxSentence
	for cut < end && !utf8.RuneStart(f.text[cut]) {
		cut++
	}
	if sp := strings.IndexAny(f.text[cut:end], " \u00a0"); sp >= 0 {
		cut += sp + 1
	}
	return cut
}

// sentenceFinal reports whether r is punctuation that ends a sentence: . ! ? or ….
func sentenceFinal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endsSentence reports whether the » at i closes a quotation ending with . ! ? or ….
func (f *finder) endsSentence(lineStart, i int) bool {
	for i > lineStart {
		r, n := decodeLast(f.text, i)
		if !isSpace(r) {
			return sentenceFinal(r)
		}
		i -= n
	}
	return false
}

// abbrevBefore reports whether the dot at i ends a title abbreviation like "M.".
func (f *finder) abbrevBefore(i int) bool {
	j := i
	for j > 0 && isLetter(rune(f.text[j-1])) {
		j--
	}
	w := f.text[j:i]
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true // an initial: "E. Macron"
	}
	return titles[strings.ToLower(w)+"."]
}
