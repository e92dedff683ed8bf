package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// Where in the English a code goes when nothing places it better: the place most like the French's.

// snapLike moves t to the place of tgt in [lo, hi] most like the place p of src (white space,
// punctuation or a word on either side), nearest t among equals, on a character boundary.
func snapLike(src string, p int, tgt string, t, lo, hi int) int {
	lo, hi = max(0, min(lo, len(tgt))), max(0, min(hi, len(tgt)))
	if lo > hi {
		lo, hi = hi, lo
	}
	wantL, wantR := classBefore(src, p), classAfter(src, p)
	markL, markR := signBefore(src, p), signAfter(src, p)
	best, bestCost := max(lo, min(t, hi)), 1e9
	for i := lo; i <= hi; i++ {
		if i > 0 && i < len(tgt) && (!utf8.RuneStart(tgt[i]) || !grapheme.AlwaysBreaks(tgt, i) && grapheme.Start(tgt, 0, i) != i) {
			continue
		}
		cost := float64(abs(i-t)) / float64(max(1, len(tgt)))
		if classBefore(tgt, i) != wantL {
			cost += 0.2
		}
		if classAfter(tgt, i) != wantR {
			cost += 0.2
		}
		if (i == 0 || i == len(tgt)) && p > 0 && p < len(src) { // the middle of the French is not an edge
			cost += 0.1
		}
		if markL != 0 && signBefore(tgt, i) == markL {
			cost -= 0.15
		}
		if markR != 0 && signAfter(tgt, i) == markR {
			cost -= 0.15
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
	}
	return best
}

// classBefore and classAfter say what is on either side of the place p of s: 0 nothing or white space,
// 1 punctuation or a symbol, 2 a word.
func classBefore(s string, p int) int {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return runeClass(r, p == 0)
}

func classAfter(s string, p int) int {
	r, _ := utf8.DecodeRuneInString(s[p:])
	return runeClass(r, p == len(s))
}

// signBefore and signAfter are the punctuation or symbol nearest the place p of s on either side,
// past white space, or 0 when a word or nothing is there: a code after "dit :" goes after "said:".
func signBefore(s string, p int) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[:p], unicode.IsSpace))
	return sign(r)
}

func signAfter(s string, p int) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s[p:], unicode.IsSpace))
	return sign(r)
}

func sign(r rune) rune {
	if r == utf8.RuneError || runeClass(r, false) != 1 {
		return 0
	}
	return r
}

func runeClass(r rune, none bool) int {
	switch {
	case none || unicode.IsSpace(r):
		return 0
	case codeWordRune(r):
		return 2
	}
	return 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
