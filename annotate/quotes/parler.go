package quotes

import (
	"strings"
	"unicode/utf8"
)

// parlerInside reads "a parlé « d'actes odieux »", "parle "de trahison"": parler right before a
// quotation that opens with its de, the quoted words being the complement of parler; the speaker is
// the subject on its left. we is the offset of the quotation's opening mark.
func (f *finder) parlerInside(toks []tok, we int) (attribution, bool) {
	v := len(toks) - 1
	if v < 0 || !parlerForms[toks[v].low] || toks[v].low == "parlé" && !participleOK(toks, v) {
		return attribution{}, false
	}
	_, n := utf8.DecodeRuneInString(f.text[we:])
	inner := strings.TrimLeft(f.text[we+n:min(len(f.text), we+n+12)], " \u00a0\u202f")
	inner = strings.ToLower(inner)
	if !strings.HasPrefix(inner, "d'") && !strings.HasPrefix(inner, "d’") && !strings.HasPrefix(inner, "de ") &&
		!strings.HasPrefix(inner, "du ") && !strings.HasPrefix(inner, "des ") {
		return attribution{}, false
	}
	a := attribution{cue: Span{toks[v].start, toks[v].end}}
	subjectLeft(toks, v, &a)
	return a, true
}
