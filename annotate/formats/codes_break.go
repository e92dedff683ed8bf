package formats

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// A line break (<ph/> or <x/> standing for <br/>) stands where the French breaks its line, which is
// white space in the running text: where the English has white space at its place, the break goes at
// the end of the words before it ("said:<br/> « We"), not after the space the translator typed, unless
// the French too has white space before its break.

// lineBreakCode matches the start tag (or the whole element) of a code that stands for a line break:
// XLIFF 1.2's ctype="lb" (or "x-lb"), XLIFF 2's subType="xlf:lb", an equiv of a line feed, or the
// HTML <br> it holds (1.2's <ph>&lt;br/&gt;</ph>).
var lineBreakCode = regexp.MustCompile(`(?i)\bctype="(?:x-)?lb"|\bsubType="xlf:lb"|\bequiv="(?:&#10;|&#xa;|\n)"|^<ph\b[^>]*>\s*&lt;br\b`)

// isLineBreak reports whether the code c is a line break standing at one place.
func isLineBreak(c icode) bool {
	return !c.wrapping() && c.pair < 0 && lineBreakCode.MatchString(c.open)
}

// breakPlace is the place of a line break placed at t in tgt, its place in text at: moved back over
// the white space before t when text has none right before the break.
func breakPlace(text string, at int, tgt string, t int) int {
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at == 0 || unicode.IsSpace(r) {
		return t
	}
	for t > 0 {
		r, n := utf8.DecodeLastRuneInString(tgt[:t])
		if !unicode.IsSpace(r) {
			break
		}
		t -= n
	}
	return t
}
