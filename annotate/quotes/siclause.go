package quotes

import (
	"strings"
	"unicode"
)

// A quotation that ends a clause opened by si, with nothing or only the clause's subject before it
// ("Si « le calme est revenu », …", "si neuf salariés « ont retrouvé un emploi », les autres …"), is
// the clause itself or its whole predicate: words someone said, set against the main clause. News
// writes so to go on with the words of the speaker of the sentence or quotation before; on the
// development pool and the fresh news, all three such « … » are quotations, and the two si-clauses
// where the quotation stands inside a noun phrase ("si le « non » l'emportait", "Si on soustrait ces
// « … »,") are told apart by the word before the guillemets.

// siClauseConf is the confidence of a quotation ending a si-clause, that of a long « … » nothing
// attributes.
const siClauseConf = 0.85

// siClause reports whether the quotation part p ends a clause opened by si (or s'il) whose only other
// words are a subject before it: the sentence's words before p are toks. The quotation opens in lower
// case, holds two words or more and a comma follows it. It returns the subject, if any and if it
// names someone, as the speaker.
func (f *finder) siClause(p part, toks []tok) (Span, SpeakerKind, bool) {
	inner := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	if r, _ := decode(inner, 0); !unicode.IsLower(r) || len(strings.Fields(inner)) < 2 {
		return Span{}, NoSpeaker, false
	}
	if after := skipSpaces(f.text, p.End, len(f.text)); after >= len(f.text) || f.text[after] != ',' {
		return Span{}, NoSpeaker, false
	}
	i := len(toks) - 1
	for i >= 0 && toks[i].word && i >= len(toks)-6 && !siOpens(toks, i) {
		i--
	}
	if i < 0 || !siOpens(toks, i) {
		return Span{}, NoSpeaker, false
	}
	from, to := i+1, len(toks) // "S'il « … »": il is the subject
	if from == to {
		return Span{}, NoSpeaker, true
	}
	if determiners[toks[to-1].low] || articles[toks[to-1].low] {
		return Span{}, NoSpeaker, false // the quotation heads a noun phrase: "si le « non » l'emportait"
	}
	sp, kind, n, ok := npRight(toks, from)
	switch {
	case ok && n != to: // a verb after the subject: "Si on soustrait ces chiffres « … »"
		return Span{}, NoSpeaker, false
	case !ok && (!numerals[toks[from].low] && !isDigitStart(toks[from].text) || !nounWords(toks[from+1:to])): // "si neuf salariés"
		return Span{}, NoSpeaker, false
	case !ok || !personLike(toks, from, to, kind):
		return Span{}, NoSpeaker, true
	}
	return sp, kind, true
}

// siOpens reports whether toks[i] is si opening a clause (at the sentence start, after a comma or a
// conjunction) or the s' of "s'il" with its pronoun after it.
func siOpens(toks []tok, i int) bool {
	w := toks[i].low
	if w == "s'" {
		if i+1 >= len(toks) || toks[i+1].low != "il" && toks[i+1].low != "ils" {
			return false
		}
	} else if w != "si" {
		return false
	}
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	return prev.text == "," || prev.low == "et" || prev.low == "mais" || prev.low == "même"
}

// nounWords reports whether toks can be the rest of a noun phrase after a number: words with no
// preposition but de, no auxiliary and no pronoun ("salariés", "des dix salariés").
func nounWords(toks []tok) bool {
	for _, t := range toks {
		w := t.low
		if !t.word || stopNP[w] && !isOf(w) && w != "des" || auxiliaries[w] || etre[w] || clitics[w] && !articles[w] {
			return false
		}
	}
	return true
}
