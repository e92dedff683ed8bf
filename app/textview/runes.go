package textview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// isBreakSpace reports whether a line may break at r. Newlines are handled
// apart; no-break spaces (U+00A0, U+202F, U+2007) keep words together, as in
// French « guillemets » and « 10 000 ».
func isBreakSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f':
		return true
	case '\n', '\u00a0', '\u202f', '\u2007':
		return false
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// spaceRunEnd returns the end of the run of breakable spaces starting at i
// (i itself when there is none).
func spaceRunEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isBreakSpace(rune(c)) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isBreakSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// wordEnd returns the end of the unbreakable run starting at i: up to the
// next breakable space, newline or the end of s.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\n' || isBreakSpace(rune(c)) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isBreakSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// displayText returns s with the control characters that count as spaces
// replaced by U+0020, byte for byte, so offsets stay valid.
func displayText(s string) string {
	if !strings.ContainsAny(s, "\t\r\v\f") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\r', '\v', '\f':
			return ' '
		}
		return r
	}, s)
}

// displaySpaces is displayText for a run of spaces.
func displaySpaces(run string) string { return displayText(run) }

// nextCluster returns the end of the grapheme cluster (UAX #29) that starts at i: a letter with its
// marks, an emoji sequence, a flag.
func nextCluster(s string, i int) int { return grapheme.Next(s, i) }

// prevCluster returns the start of the cluster that ends at i.
func prevCluster(s string, i int) int {
	if i > len(s) {
		i = len(s)
	}
	return snapCluster(s, i-1)
}

// snapCluster moves off back to the start of the cluster holding it, so a range never splits a rune, a
// base from its marks, an emoji sequence or a flag.
func snapCluster(s string, off int) int { return grapheme.Snap(s, off) }

// isWordRune reports whether r belongs to a word for double-click and
// word-wise movement.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isJoiner reports whether r joins two words into one when it stands between
// letters, as in « aujourd'hui » or « Maison-Blanche ».
func isJoiner(r rune) bool {
	switch r {
	case '\'', '\u2019', '-', '\u2010', '\u2011':
		return true
	}
	return false
}

// elisions are the French words that an apostrophe elides before a vowel ("l'État", "qu'il",
// "jusqu'au"): the apostrophe ends them, so that a double-click on "État" selects the name alone.
// Words that keep an apostrophe inside ("aujourd'hui", "presqu'île") are not among them.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
}

// elidedAt reports whether the apostrophe at byte i of s ends an elided word: the letters right
// before it, back to the previous non-letter, are one of the elisions.
func elidedAt(s string, i int) bool {
	if r := runeAt(s, i); r != '\'' && r != '\u2019' {
		return false
	}
	j := i
	for j > 0 {
		r, n := runeBefore(s, j)
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return j < i && elisions[strings.ToLower(s[j:i])]
}

func runeAt(s string, i int) rune {
	if i < 0 || i >= len(s) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// wordBounds returns the word around off. When off is not in or just after a
// word it returns the cluster at off.
func wordBounds(s string, off int) (start, end int) {
	off = snapCluster(s, off)
	if before, _ := runeBefore(s, off); !isWordRune(runeAt(s, off)) && !isWordRune(before) {
		return off, nextCluster(s, off)
	}
	return wordStart(s, off), wordStop(s, off)
}

// wordStart walks left from off over word runes and inner joiners.
func wordStart(s string, off int) int {
	for off > 0 {
		r, n := runeBefore(s, off)
		if isWordRune(r) {
			off -= n
			continue
		}
		if isJoiner(r) && isWordRune(runeAt(s, off)) && !elidedAt(s, off-n) {
			if b, _ := runeBefore(s, off-n); isWordRune(b) {
				off -= n
				continue
			}
		}
		break
	}
	return off
}

// wordStop walks right from off over word runes and inner joiners.
func wordStop(s string, off int) int {
	for off < len(s) {
		r, n := utf8.DecodeRuneInString(s[off:])
		if isWordRune(r) {
			off += n
			continue
		}
		if isJoiner(r) && isWordRune(runeAt(s, off+n)) && !elidedAt(s, off) {
			if b, _ := runeBefore(s, off); isWordRune(b) {
				off += n
				continue
			}
		}
		break
	}
	return off
}

// nextWordEnd returns the end of the next word at or after off.
func nextWordEnd(s string, off int) int {
	for off < len(s) && !isWordRune(runeAt(s, off)) {
		off = nextCluster(s, off)
	}
	return wordStop(s, off)
}

// prevWordStart returns the start of the word at or before off.
func prevWordStart(s string, off int) int {
	for off > 0 {
		if r, _ := runeBefore(s, off); isWordRune(r) {
			break
		}
		off = prevCluster(s, off)
	}
	return wordStart(s, off)
}
