package quotes

import "strings"

// afterLineEnd returns the tokens of the first line with words after line li, for a quotation that
// ends its line: "“ … ”.\nC’est du moins ce qu’a déclaré le ministre" points back across the break.
func (f *finder) afterLineEnd(li int) []tok {
	for _, ln := range f.lines[min(li+1, len(f.lines)):] {
		if toks := f.tokensOutside(ln.Start, min(ln.End, ln.Start+maxLater)); hasWords(toks) {
			return toks
		}
	}
	return nil
}

// skipDuMoins skips "du moins" at toks[k], which may follow "c'est" in a cleft pointing back to a
// quotation ("C'est du moins ce qu'a déclaré X").
func skipDuMoins(toks []tok, k int) int {
	if k+1 < len(toks) && toks[k].low == "du" && toks[k+1].low == "moins" {
		return k + 2
	}
	return k
}

// closesSentence reports whether the quotation p ends with a stop inside its marks, so that a word
// right after them opens a new sentence: "« Ce budget est sincère. » C’est ce qu’a déclaré X."
func (f *finder) closesSentence(p part) bool {
	s := strings.TrimRight(f.text[p.Start:p.End], "»”\"’ \u00a0\u202f")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
