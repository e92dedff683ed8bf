// Package segment cuts French news text into paragraphs and translation units: headings, datelines and
// sentences, following the rules a translator expects (abbreviations such as "M." or "J.-C.", initials,
// numbers, ellipses, « guillemets » with incises, Wikinews extraction spacing).
//
// All offsets in this package are byte offsets into the UTF-8 string given to Split or Paragraphs.
//
// Ambiguous cases and the choices made:
//   - "etc." (and "et al.") ends a sentence only when the next word is a capitalised French function word
//     that typically opens a sentence ("Le", "Il", "Cette", "Mais", "C'est"…) or an opening quote or dash.
//     A capitalised word outside that closed list ("etc. Paris") is taken as a proper noun continuing the
//     sentence. "etc. Le" therefore breaks, accepting that "etc. Le Monde" is cut.
//   - Initials and dotted acronyms ("G.", "J.-C.", "U.S.") behave like "etc.": "G. W. Bush" and
//     "J.-C. Juncker" are not cut, "le groupe B. Le match" and "52 av. J.-C. Les Gaulois" are. A name
//     starting with a function word after an initial ("J. Le Pen") is therefore cut; titles ("M. Le Roux")
//     never are.
//   - Inside « … » (or “ … ”, or "…") no sentence break is made when the closing quote is followed by a comma,
//     semicolon, colon, closing parenthesis or a lowercase word (an incise such as ", a-t-il dit"), so the
//     quotation stays in one unit. Other quotations are cut at their internal sentence ends.
//   - A line break inside a paragraph is a space, except that a short line (≤ 150 characters) that is a
//     unit of its own and has no final punctuation, followed by a line that does not start in lowercase,
//     is a heading unit. The first line of the text may end with "?", "!", "»" or "”" and still be a heading
//     (a title); a first line ending with "." is a sentence.
//   - In a text hard-wrapped at one width, a line as long as the wrap allows goes on on the next line,
//     whatever its case: a title or heading the wrap cut is one heading, a sentence one sentence
//     (wrapped.go). A heading over its paragraph so long that the paragraph's first word would not
//     have fitted beside it is therefore taken for a wrapped line.
package segment

import (
	"unicode/utf8"
)

// Kind of a unit.
type Kind string

// The kinds of units Split produces.
const (
	// Heading is a title or a short line without final punctuation.
	Heading Kind = "heading"
	// Dateline is the place/date lead of a news paragraph, such as "4 janvier 2016 . –" or
	// "PARIS, 3 mai (AFP) -".
	Dateline Kind = "dateline"
	// Sentence is an ordinary sentence.
	Sentence Kind = "sentence"
)

// Unit is one segment of text: a half-open byte range [Start, End) into the text given to Split, trimmed of
// surrounding whitespace, never empty, never crossing a paragraph boundary.
type Unit struct {
	// Start is the byte offset of the first byte of the unit.
	Start int
	// End is the byte offset just past the last byte of the unit.
	End int
	// Paragraph is the 0-based index of the unit's paragraph, as returned by Paragraphs.
	Paragraph int
	// Kind says whether the unit is a heading, a dateline or a sentence.
	Kind Kind
}

// Paragraphs returns the byte ranges [start, end) of the paragraphs of text, trimmed of whitespace.
// Paragraphs are separated by one or more blank (empty or whitespace-only) lines.
func Paragraphs(text string) [][2]int {
	var out [][2]int
	forEachParagraph(text, func(start, end int) {
		out = append(out, [2]int{start, end})
	})
	return out
}

// Split cuts text (UTF-8, NFC, LF line ends) into paragraphs and then into heading, dateline and sentence
// units, in text order. See the package comment for the rules.
func Split(text string) []Unit {
	s := splitter{text: text, units: make([]Unit, 0, len(text)/120+1)}
	forEachParagraph(text, func(start, end int) {
		s.paragraph(start, end)
		s.para++
	})
	return s.units
}

// forEachParagraph calls fn with the trimmed range of every paragraph, in order.
func forEachParagraph(text string, fn func(start, end int)) {
	pstart, pend := -1, -1
	for ls := 0; ls < len(text); {
		le := indexNewline(text, ls)
		if isBlank(text[ls:le]) {
			if pstart >= 0 {
				emitTrimmed(text, pstart, pend, fn)
				pstart = -1
			}
		} else {
			if pstart < 0 {
				pstart = ls
			}
			pend = le
		}
		ls = le + 1
	}
	if pstart >= 0 {
		emitTrimmed(text, pstart, pend, fn)
	}
}

func emitTrimmed(text string, start, end int, fn func(start, end int)) {
	start, end = trim(text, start, end)
	if start < end {
		fn(start, end)
	}
}

// indexNewline returns the index of the next '\n' at or after i, or len(text).
func indexNewline(text string, i int) int {
	for j := i; j < len(text); j++ {
		if text[j] == '\n' {
			return j
		}
	}
	return len(text)
}

// isBlank reports whether line holds only whitespace.
func isBlank(line string) bool {
	for i := 0; i < len(line); {
		n := spaceAt(line, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// trim shrinks [start, end) past whitespace on both sides.
func trim(text string, start, end int) (int, int) {
	for start < end {
		n := spaceAt(text[:end], start)
		if n == 0 {
			break
		}
		start += n
	}
	for end > start {
		n := spaceBefore(text[start:], end-start)
		if n == 0 {
			break
		}
		end -= n
	}
	return start, end
}

// spaceAt returns the byte length of the whitespace rune at text[i], or 0 if it is not whitespace.
func spaceAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if c == ' ' || (c >= '\t' && c <= '\r') {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isUnicodeSpace(r) {
		return n
	}
	return 0
}

// spaceBefore returns the byte length of the whitespace rune ending at text[i-1], or 0.
func spaceBefore(text string, i int) int {
	c := text[i-1]
	if c < utf8.RuneSelf {
		if c == ' ' || (c >= '\t' && c <= '\r') {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if isUnicodeSpace(r) {
		return n
	}
	return 0
}

// isUnicodeSpace reports the non-ASCII spaces of unicode.IsSpace, without its table lookup.
func isUnicodeSpace(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
