package tm

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/token"
	"golang.org/x/text/unicode/norm"
)

// Range is a byte range of a string, end exclusive.
type Range struct {
	Start, End int
}

// analysis holds the token keys of one sentence for the three scores.
type analysis struct {
	text     string
	spaced   string        // text in NFC with white space collapsed (see spaced)
	toks     []token.Token // all tokens, with offsets
	wordToks []token.Token // the words and numbers, for the three lists below
	stems    []string      // words and numbers, folded and stemmed
	folded   []string      // words and numbers, case- and accent-folded
	words    []string      // words and numbers, lower-cased
	verbatim []string      // every token as written (NFC)
	numbers  []string      // NumberKey of each number token
}

func analyse(lang, s string) analysis {
	a := tokensOf(s)
	a.spaced = spaced(s)
	for _, t := range a.toks {
		switch t.Kind {
		case token.Number:
			k := token.NumberKey(t.Text)
			a.numbers = append(a.numbers, k)
			a.wordToks = append(a.wordToks, t)
			a.stems = append(a.stems, k)
			a.folded = append(a.folded, k)
			a.words = append(a.words, k)
		case token.Word:
			f := token.Fold(t.Text)
			a.wordToks = append(a.wordToks, t)
			a.stems = append(a.stems, token.Stem(lang, f))
			a.folded = append(a.folded, f)
			a.words = append(a.words, token.Lower(t.Text))
		}
	}
	return a
}

// tokensOf is the analysis of s that diff needs: its tokens and their verbatim keys.
func tokensOf(s string) analysis {
	toks := token.Tokenize(s)
	a := analysis{text: s, toks: toks, verbatim: make([]string, len(toks))}
	for i, t := range toks {
		a.verbatim[i] = norm.NFC.String(t.Text)
	}
	return a
}

// similarity is OmegaT's fuzzy score: 100 × (1 − word edit distance ÷ the longer length).
func similarity(a, b []string) float64 {
	return distanceScore(annotate.EditDistance(a, b), max(len(a), len(b)))
}

// distanceScore is similarity's formula for an edit distance between lists of at most n tokens.
func distanceScore(distance, n int) float64 {
	if n == 0 {
		return 100
	}
	return 100 * float64(n-distance) / float64(n)
}

// diff aligns the verbatim tokens of the query q and a memory source m and returns the byte ranges
// of m's tokens that are not in q (deleted or replaced) and of q's tokens that are not in m.
func diff(q, m analysis) (inMatch, inQuery []Range) {
	align(q.verbatim, m.verbatim, func(i, j int) {
		switch {
		case j < 0:
			inQuery = addRange(inQuery, q.toks[i], q.text)
		case i < 0:
			inMatch = addRange(inMatch, m.toks[j], m.text)
		}
	})
	slices.Reverse(inMatch)
	slices.Reverse(inQuery)
	return inMatch, inQuery
}

// align walks an alignment of the fewest edits between the token lists a and b, from the end
// backwards, calling step for each pair of equal tokens kept (i and j), each token of a alone (j is
// -1) and each of b alone (i is -1); a replaced token is one of b alone, then one of a alone.
func align(a, b []string, step func(i, j int)) {
	d := diffTable(a, b)
	for i, j := len(a), len(b); i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			step(i-1, j-1)
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			step(-1, j-1)
			step(i-1, -1)
			i, j = i-1, j-1
		case j > 0 && (i == 0 || d[i][j] == d[i][j-1]+1):
			step(-1, j-1)
			j--
		default:
			step(i-1, -1)
			i--
		}
	}
}

// diffTable is the edit-distance table of the token lists a and b: d[i][j] is the distance between
// a's first i tokens and b's first j, which diff walks back from the end to find the edits.
func diffTable(a, b []string) [][]int {
	cells := make([]int, (len(a)+1)*(len(b)+1)) // one allocation, not one a row
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = cells[i*(len(b)+1) : (i+1)*(len(b)+1)]
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	return d
}

// addRange adds t's range to rs, which arrive from the end backwards; ranges separated only by
// white space merge, so that highlighted runs read as phrases.
func addRange(rs []Range, t token.Token, s string) []Range {
	if n := len(rs); n > 0 && rs[n-1].Start >= t.End && strings.TrimSpace(s[t.End:rs[n-1].Start]) == "" {
		rs[n-1].Start = t.Start
		return rs
	}
	return append(rs, Range{Start: t.Start, End: t.End})
}

// numberDiff reports whether the query and the memory source hold different numbers, and which
// numbers of the query (as written there) the memory source lacks.
func numberDiff(q, m analysis) (differ bool, missing []string) {
	if slices.Equal(sorted(q.numbers), sorted(m.numbers)) {
		return false, nil
	}
	left := slices.Clone(m.numbers)
	for _, t := range q.toks {
		if t.Kind != token.Number {
			continue
		}
		k := token.NumberKey(t.Text)
		if i := slices.Index(left, k); i >= 0 {
			left = slices.Delete(left, i, i+1)
			continue
		}
		missing = append(missing, t.Text)
	}
	return true, missing
}

func sorted(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}
