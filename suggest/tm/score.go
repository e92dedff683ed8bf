package tm

import (
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/suggest/token"
)

// Difference is a set of the ways a memory source differs from the query, as a translator
// reading the match would want to know them.
type Difference uint16

// The differences, from the most to the least serious.
const (
	DiffWords        Difference = 1 << iota // words added, removed or replaced by others
	DiffNumbers                             // different numbers
	DiffWordForms                           // the same words in another form (tense, plural, gender)
	DiffAccents                             // the same words with other accents ("tres", "très")
	DiffCase                                // the same words in another case
	DiffPunctuation                         // punctuation added, removed or replaced
	DiffQuotes                              // quotation marks or apostrophes of another style (« » " “ ’ ')
	DiffNumberFormat                        // the same numbers written otherwise ("1000", "1 000")
	DiffSpacing                             // the same tokens, spaced otherwise
)

// differenceNames name the differences, in the order of the constants, for Names.
var differenceNames = []string{"words", "numbers", "word forms", "accents", "case", "punctuation",
	"quotation marks", "number format", "spacing"}

// Names returns the English names of the differences in d, most serious first.
func (d Difference) Names() []string {
	var out []string
	for i, n := range differenceNames {
		if d&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// Penalties, in percentage points, taken from the word score for differences that leave the
// words the same: the way memoQ and Trados keep 100 % for identical text and give 95–99 % to a
// match that differs only in form. Each applies once however many words it touches, except
// punctuation, which costs punctPenalty per mark up to maxPunctPenalty.
const (
	accentPenalty    = 2
	casePenalty      = 1
	punctPenalty     = 2
	maxPunctPenalty  = 6
	quotePenalty     = 1
	numFormatPenalty = 1
	spacingPenalty   = 1
)

// honestScore is the score shown to translators: 100 only when the texts are the same (but for
// the kind of space: a no-break space before « : » is typography, not text); else the score over
// case- and accent-folded but unstemmed words and numbers, less penalties for every other kind of
// difference, and at most 99. It also returns what differs.
func honestScore(q, m analysis) (float64, Difference) {
	if q.spaced == m.spaced {
		return 100, 0
	}
	d, words := wordDifferences(q, m)
	penalty := 0.0
	if d&DiffAccents != 0 {
		penalty += accentPenalty
	}
	if d&DiffCase != 0 {
		penalty += casePenalty
	}
	if d&DiffNumberFormat != 0 {
		penalty += numFormatPenalty
	}
	pd, marks := punctDifferences(q, m)
	d |= pd
	penalty += min(float64(marks)*punctPenalty, maxPunctPenalty)
	if d&DiffQuotes != 0 {
		penalty += quotePenalty
	}
	if d == 0 { // the same tokens: only the spacing differs
		d, penalty = DiffSpacing, spacingPenalty
	}
	return max(0, min(99, words-penalty)), d
}

// spaced returns s in NFC with every run of white space made one space and the ends trimmed.
func spaced(s string) string {
	return strings.Join(strings.FieldsFunc(norm.NFC.String(s), isSpace), " ")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' }

// wordDifferences aligns the folded words and numbers of q and m and returns how their aligned
// words differ and the word score (OmegaT's formula over the folded keys).
func wordDifferences(q, m analysis) (Difference, float64) {
	var d Difference
	a, b := q.folded, m.folded
	t := diffTable(a, b)
	for i, j := len(a), len(b); i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && t[i][j] == t[i-1][j-1]:
			d |= formDifference(q.wordToks[i-1], m.wordToks[j-1])
			i, j = i-1, j-1
		case i > 0 && j > 0 && t[i][j] == t[i-1][j-1]+1:
			d |= replaced(q, m, i-1, j-1)
			i, j = i-1, j-1
		case j > 0 && (i == 0 || t[i][j] == t[i][j-1]+1):
			d |= added(m.wordToks[j-1])
			j--
		default:
			d |= added(q.wordToks[i-1])
			i--
		}
	}
	return d, distanceScore(t[len(a)][len(b)], max(len(a), len(b)))
}

func added(t token.Token) Difference {
	if t.Kind == token.Number {
		return DiffNumbers
	}
	return DiffWords
}

// replaced says how the query's i-th word differs from the memory's j-th, which replaces it.
func replaced(q, m analysis, i, j int) Difference {
	switch {
	case q.wordToks[i].Kind == token.Number || m.wordToks[j].Kind == token.Number:
		return DiffNumbers
	case q.stems[i] == m.stems[j]:
		return DiffWordForms
	}
	return DiffWords
}

// formDifference says how two tokens with the same folded key differ.
func formDifference(a, b token.Token) Difference {
	x, y := norm.NFC.String(a.Text), norm.NFC.String(b.Text)
	if x == y {
		return 0
	}
	if a.Kind == token.Number {
		if spaced(strings.Map(spaceToSpace, x)) == spaced(strings.Map(spaceToSpace, y)) {
			return 0 // "1 000" with a no-break space or a space
		}
		return DiffNumberFormat
	}
	var d Difference
	if token.Lower(x) != token.Lower(y) {
		d |= DiffAccents
	}
	if sx, sy := stripMarks(x), stripMarks(y); sx != sy && strings.EqualFold(sx, sy) {
		d |= DiffCase
	}
	return d
}

func spaceToSpace(r rune) rune {
	if isSpace(r) {
		return ' '
	}
	return r
}

// stripMarks removes the combining marks of s (the accents).
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// punctDifferences compares the punctuation marks of q and m: marks added, removed or replaced
// count as punctuation (how many edits), marks of another style only as quotation marks.
func punctDifferences(q, m analysis) (Difference, int) {
	pq, pm := marks(q), marks(m)
	sq, sm := make([]string, len(pq)), make([]string, len(pm))
	for i, p := range pq {
		sq[i] = quoteStyle(p)
	}
	for i, p := range pm {
		sm[i] = quoteStyle(p)
	}
	if n := editDistance(sq, sm); n > 0 {
		d := DiffPunctuation
		if editDistance(pq, pm) > n {
			d |= DiffQuotes
		}
		return d, n
	}
	if editDistance(pq, pm) > 0 {
		return DiffQuotes, 0
	}
	return 0, 0
}

// marks returns the punctuation marks and symbols of a, one per grapheme cluster: an emoji with
// its skin tone or a flag is one mark, not two.
func marks(a analysis) []string {
	var out []string
	end := 0
	for _, t := range a.toks {
		if t.Kind != token.Punct || t.Start < end {
			continue
		}
		c, _, _, _ := uniseg.FirstGraphemeClusterInString(a.text[t.Start:], -1)
		end = t.Start + len(c)
		out = append(out, norm.NFC.String(c))
	}
	return out
}

// quoteStyle maps a quotation mark or apostrophe to its plain ASCII form.
func quoteStyle(p string) string {
	switch p {
	case "«", "»", "“", "”", "„", "‟", "″":
		return `"`
	case "‹", "›", "‘", "’", "‚", "‛", "ʼ", "′", "`":
		return "'"
	}
	return p
}

func editDistance(a, b []string) int {
	t := diffTable(a, b)
	return t[len(a)][len(b)]
}
