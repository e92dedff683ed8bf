package formats

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate/numerals"
)

// A code around a number, an amount, a percentage, a date or a time ("<pc>15 décembre</pc>",
// "<pc>3,5 millions d'euros</pc>", "<pc>20 %</pc>", "<pc>14 h 30</pc>") goes around its English
// ("December 15", "€3.5 million", "20%", "2:30 pm"), found by the values of its numbers, months and
// times (annotate/numerals, which QA's numbers check reads too) whatever their order and spelling: only
// when the English holds those values together once, and the French nowhere else, so that what is found
// is sure.

// numberGlue are the folded words a French range of numbers may hold besides them: what joins a date
// or an amount, and units.
var numberGlue = map[string]bool{"de": true, "d": true, "du": true, "le": true, "l": true, "et": true, "a": true,
	"euro": true, "euros": true, "dollar": true, "dollars": true, "livre": true, "livres": true, "franc": true, "francs": true,
	"pour": true, "cent": true, "heure": true, "heures": true, "h": true}

// gapGlue are the folded words that may stand between the numbers of one date or amount, by language.
var gapGlue = map[bool]map[string]bool{true: {"de": true, "du": true, "d": true, "le": true, "l": true}, false: {"of": true, "the": true}}

// unitBefore and unitAfter are the units written before or after the English of an amount; frUnit
// says the French range has one.
var (
	unitBefore = regexp.MustCompile(`(?:US\$|€|\$|£) ?$`)
	unitAfter  = regexp.MustCompile(`^ ?(?:%|per ?cent\b|percent\b|euros?\b|dollars?\b|pounds?\b)`)
	frUnit     = regexp.MustCompile(`(?i)[%€$£]|\beuros?\b|\bdollars?\b|\blivres?\b|\bpour cent\b`)
)

// numberRange is where the English of the source range r is when r holds numbers, months or times
// and only the words that go with them (numbers true): found when exactly one place holds them.
// Projection is not asked for such a range: it would take the first of two "20%" as sure.
func (l *srcLocator) numberRange(r [2]int) (t [2]int, found, numbers bool) {
	if !mayHoldNumbers(l.src[r[0]:r[1]]) {
		return t, false, false
	}
	if l.srcNums == nil {
		l.srcNums = numerals.Expressions(l.src, numerals.French)
		l.tgtNums = numerals.Expressions(l.tgt, numerals.English)
	}
	a, b, ok := l.numbersIn(r)
	if !ok {
		return t, false, false
	}
	want := numerals.Values(l.srcNums[a:b])
	if src := windows(l.src, l.srcNums, want, true); len(src) > 1 || len(src) == 1 && src[0] != a {
		return t, false, true // the same numbers elsewhere in the French
	}
	tgt := windows(l.tgt, l.tgtNums, want, false)
	if len(tgt) != 1 {
		return t, false, true
	}
	t = [2]int{l.tgtNums[tgt[0]].Start, l.tgtNums[tgt[0]+len(want)-1].End}
	if frUnit.MatchString(l.src[r[0]:r[1]]) {
		t = l.withUnit(t)
	}
	return t, true, true
}

// numbersIn returns the tokens [a, b) of l.srcNums that the source range r holds, when it holds
// some, none only in part, and otherwise only the words that go with them (numberGlue).
func (l *srcLocator) numbersIn(r [2]int) (a, b int, ok bool) {
	a = slices.IndexFunc(l.srcNums, func(t numerals.Token) bool { return t.End > r[0] })
	if a < 0 || l.srcNums[a].Start < r[0] {
		return 0, 0, false
	}
	b = a
	for b < len(l.srcNums) && l.srcNums[b].End <= r[1] {
		b++
	}
	if b == a || b < len(l.srcNums) && l.srcNums[b].Start < r[1] || !onlyGlue(l.src, r, l.srcNums[a:b]) {
		return 0, 0, false
	}
	return a, b, true
}

// withUnit widens the target range t of an amount over the unit written before or after it
// ("€3.5", "20 per cent").
func (l *srcLocator) withUnit(t [2]int) [2]int {
	if m := unitBefore.FindStringIndex(l.tgt[:t[0]]); m != nil {
		t[0] = m[0]
	}
	t[1] += len(unitAfter.FindString(l.tgt[t[1]:]))
	return t
}

// mayHoldNumbers reports whether s has a digit, or a number word or month.
func mayHoldNumbers(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	found := false
	numerals.EachWord(s, func(_, _ int, w string) { found = found || numerals.IsNumberWord(w) })
	return found
}

// onlyGlue reports whether the range r of s holds nothing but the tokens toks, numberGlue words and
// no letters else.
func onlyGlue(s string, r [2]int, toks []numerals.Token) bool {
	ok, at := true, r[0]
	check := func(gap string) {
		numerals.EachWord(gap, func(_, _ int, w string) { ok = ok && numberGlue[w] })
	}
	for _, t := range toks {
		check(s[at:t.Start])
		at = t.End
	}
	check(s[at:r[1]])
	return ok
}

// windows are the first tokens of the runs of len(want) tokens of toks whose values are want's, in
// any order, with only spaces, commas, dashes and gapGlue words between them.
func windows(s string, toks []numerals.Token, want []string, french bool) []int {
	var out []int
	for i := 0; i+len(want) <= len(toks); i++ {
		if sameValues(toks[i:i+len(want)], want) && glued(s, toks[i:i+len(want)], french) {
			out = append(out, i)
		}
	}
	return out
}

// sameValues reports whether toks' values are want's, in any order (numerals.Same).
func sameValues(toks []numerals.Token, want []string) bool {
	used := make([]bool, len(want))
	for _, t := range toks {
		k := slices.IndexFunc(want, func(v string) bool { return numerals.Same(v, t.Value) })
		for k >= 0 && used[k] {
			next := slices.IndexFunc(want[k+1:], func(v string) bool { return numerals.Same(v, t.Value) })
			if next < 0 {
				k = -1
				break
			}
			k += 1 + next
		}
		if k < 0 {
			return false
		}
		used[k] = true
	}
	return true
}

// glued reports whether only spaces, commas, dashes, apostrophes and gapGlue words stand between
// toks in s.
func glued(s string, toks []numerals.Token, french bool) bool {
	for i := 1; i < len(toks); i++ {
		gap := s[toks[i-1].End:toks[i].Start]
		for _, r := range gap {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && !strings.ContainsRune(" \u00a0\u202f,-–'’", r) {
				return false
			}
		}
		ok := true
		numerals.EachWord(gap, func(_, _ int, w string) { ok = ok && gapGlue[french][w] })
		if !ok {
			return false
		}
	}
	return true
}
