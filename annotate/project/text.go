package project

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// token is a word of a text: a run of letters, digits and combining marks, byte offsets [start, end).
type token struct {
	start, end int
	fold       string // lower case, without accents (see fold)
	upper      bool   // starts with an upper-case letter
	addr       bool   // part of an e-mail or web address (see markAddresses)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize cuts s into words; hyphens, apostrophes and spaces separate them. A dotted initialism
// ("U.S.", "U.N.", "F.B.I.") is one word, its dots included, folded without them ("us").
func tokenize(s string) []token {
	toks := mergeInitialisms(s, splitWords(s))
	markAddresses(s, toks)
	return toks
}

// splitWords cuts s into runs of word runes.
func splitWords(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, newToken(s, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, newToken(s, start, len(s)))
	}
	return out
}

// mergeInitialisms joins the single capital letters that each end with a dot, two or more in a row
// ("U.S.", "D.C."), into one word ending after the last dot.
func mergeInitialisms(s string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		j := i
		for j < len(toks) && isInitial(s, toks[j]) && (j == i || toks[j].start == toks[j-1].end+1) {
			j++
		}
		if j-i < 2 {
			out = append(out, toks[i])
			continue
		}
		var b strings.Builder
		for _, t := range toks[i:j] {
			b.WriteString(t.fold)
		}
		out = append(out, token{start: toks[i].start, end: toks[j-1].end + 1, fold: b.String(), upper: true})
		i = j - 1
	}
	return out
}

// isInitial reports whether t is one capital letter followed by a dot.
func isInitial(s string, t token) bool {
	return t.upper && t.end < len(s) && s[t.end] == '.' && utf8.RuneCountInString(s[t.start:t.end]) == 1
}

func newToken(s string, a, b int) token {
	r, _ := utf8.DecodeRuneInString(s[a:b])
	return token{start: a, end: b, fold: fold(s[a:b]), upper: unicode.IsUpper(r)}
}

// fold is the comparison key of names and terms ("Sergueï", "SERGUEÏ" and "Serguei" agree).
func fold(s string) string { return annotate.Fold(s) }

// foldWords returns the folded words of s.
func foldWords(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.fold
	}
	return out
}

// respellings turn the French spelling of foreign (mostly Slavic and Arabic) names into the usual
// English one, applied in order to folded text: Sergueï → serguei → sergei, Khrouchtchev → khrushchev.
var respellings = []struct{ fr, en string }{
	{"tch", "ch"}, {"ou", "u"}, {"gue", "ge"}, {"gui", "gi"}, {"dj", "j"}, {"ch", "sh"}, {"ski", "sky"},
	{"ii", "y"},
}

// transliterate respells a folded French form of a name the English way.
func transliterate(folded string) string {
	for _, r := range respellings {
		folded = strings.ReplaceAll(folded, r.fr, r.en)
	}
	return folded
}

// similarity is 1 minus the edit distance of a and b over the longer length, in code points.
func similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if n == 0 {
		return 1
	}
	return 1 - float64(annotate.EditDistance(ra, rb))/float64(n)
}

// nameSimilarity compares a French name with English words, the better of a plain and a respelled
// comparison.
func nameSimilarity(frFold, enFold string) float64 {
	return max(similarity(frFold, enFold), similarity(transliterate(frFold), transliterate(enFold)))
}

// joined reports whether the target words a and b (a before b) are adjacent words of one name: joined
// by spaces, a hyphen or an apostrophe, or by the dot and space after an initial or a short
// abbreviation ("Dionisio A. Lind", "St. Martin").
func joined(target string, a, b token) bool {
	gap := target[a.end:b.start]
	if gap == ". " && a.upper && utf8.RuneCountInString(target[a.start:a.end]) <= 2 {
		return true
	}
	return joinedBy(gap)
}

// joinedBy reports whether the text between two adjacent words of a name is only spaces, a hyphen or
// an apostrophe (so that a name never runs across a comma or a sentence end).
func joinedBy(gap string) bool {
	if gap == "" || len(gap) > 4 {
		return gap == ""
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) && !strings.ContainsRune("-‑'’", r) {
			return false
		}
	}
	return true
}
