package quotes

import (
	"strings"
	"unicode"
)

// Names glossed in brackets: a « … » that translates the foreign name before it, or whose original
// name follows it, names something and quotes no one.

// glossInBrackets reports whether the « … » p is all that a bracket after a name holds, but for an
// article or the name's acronym: the French rendering of that name, "Freiheitliche Partei Österreichs
// (FPÖ, « Parti de la liberté autrichien »)", "The Don't make a Wave Committee (le « Comité … »)".
func (f *finder) glossInBrackets(p part, prev []tok, inner string, lineEnd int) bool {
	if !nameShaped(inner) || !strings.HasPrefix(strings.TrimLeft(f.text[p.End:lineEnd], " \u00a0\u202f"), ")") {
		return false
	}
	k := len(prev) - 1
	switch {
	case k >= 0 && articles[prev[k].low]:
		k--
	case k >= 2 && prev[k].text == "," && acronym(prev[k-1].text) && prev[k-2].text == "(":
		return true // the acronym names it
	}
	return k >= 1 && prev[k].text == "(" && prev[k-1].word && isUpperStart(prev[k-1].text)
}

// nameShaped reports whether the words inside guillemets can be a name: one to eight words, the first
// capitalised, no sentence punctuation ("Parti de la liberté autrichien", not "le but étant …").
func nameShaped(inner string) bool {
	n := wordCount(inner, 9)
	return n >= 1 && n <= 8 && isUpperStart(inner) && !strings.ContainsAny(inner, ".!?…;")
}

// acronym reports whether w is two to ten capitals ("FPÖ", "BZÖ", "ONU").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 10
}

// originalNameAfter reports whether a short « … » is followed by its original name in brackets,
// capitalised word by word: a title or a body's name given in translation, "le premier « Rapport
// mondial sur le paludisme » (World Malaria Report)". A translation of what someone said is a phrase
// in lower case ("(a tragic mistake …)") and stays a quotation.
func (f *finder) originalNameAfter(p part, inner string, lineEnd int) bool {
	if !nameShaped(inner) {
		return false
	}
	rest := strings.TrimLeft(f.text[p.End:lineEnd], " \u00a0\u202f")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	name, _, ok := strings.Cut(rest[1:], ")")
	words := strings.Fields(name)
	if !ok || len(words) < 2 || strings.Contains(name, ",") { // not a list of names
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) && !nameLinks[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// nameLinks are the small words a name in title case leaves in lower case ("Bank of England",
// "World Report on Violence and Health").
var nameLinks = set("of the and for on in at to a an de du des la le et")

// announced reports whether the words of its line before a quotation starting at q end with a colon:
// "Paul Roux, député : « … » (El Watan)" names its speaker before the colon, and a name in brackets
// after the quotation is then its source, a newspaper.
func (f *finder) announced(lineStart, q int) bool {
	return strings.HasSuffix(strings.TrimRight(f.text[lineStart:q], " \u00a0\u202f"), ":")
}

// bracketCredit reads the name of a person in brackets right after a quotation, which credits it to
// them as round-ups of short statements do ("« … » (Anne Martin), « … » (Roux)"): one to three words,
// each capitalised and none all capitals (an acronym glosses: "(LR)"), no article (a gloss: "(la
// Syrie)"), the bracket closing after them. q is the offset after the quotation's spaces.
func (f *finder) bracketCredit(q, lineEnd int) (attribution, bool) {
	if q >= lineEnd || f.text[q] != '(' {
		return attribution{}, false
	}
	end := strings.IndexByte(f.text[q:lineEnd], ')')
	if end < 0 {
		return attribution{}, false
	}
	toks := tokenize(f.text, q+1, q+end)
	if len(toks) == 0 || len(toks) > 3 {
		return attribution{}, false
	}
	for _, t := range toks {
		if !t.word || !isUpperStart(t.text) || acronym(t.text) || articles[t.low] || isDigitStart(t.text) {
			return attribution{}, false
		}
	}
	return attribution{speaker: Span{toks[0].start, toks[len(toks)-1].end}, kind: Name}, true
}
