package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the key two spellings of a word or name share: lower case, without accents or other
// combining marks, with the ligatures œ and æ spelt out and typographic apostrophes made straight, so
// that "Élysée", "e\u0301lyse\u0301e" and "ELYSEE" all fold to "elysee" and "l’État" to "l'etat". It is
// for comparing text (glossaries, names, memories), never for text shown to people.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < rune(len(latinFolds)):
			b.WriteString(latinFolds[r])
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		default:
			return foldNFD(s)
		}
	}
	return b.String()
}

// latinFolds holds the fold of each rune below U+0370 (Latin, IPA, spacing and combining marks), so that
// Fold reads French rune by rune instead of decomposing it first: the decomposition of those runes
// holds only runes of the same range, and the only ones of them that canonical ordering moves are
// combining marks, which the fold drops, so folding rune by rune gives what foldNFD gives.
var latinFolds = func() (t [0x370]string) {
	for r := range t {
		t[r] = foldNFD(string(rune(r)))
	}
	return t
}()

// foldNFD is Fold by decomposing s (NFD) and keeping the base letters.
func foldNFD(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == '’' || r == 'ʼ' || r == '‘':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// CaseShape is a word's case, letter by letter, accents and other marks aside: 'A' for a capital, 'a'
// for a small letter; marks, digits and letters without case leave no trace, and a ligature counts as
// the two letters it stands for ("Œuvre" is "OEuvre"). Two words of the same Fold are written in the
// same case when their shapes are equal ("PAN" is not "pan" nor "Pan"; "ETATS" is "États"): how a
// glossary term marked "match case" compares. A key, never text to show.
func CaseShape(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			c = 'A'
		case unicode.IsLower(r):
			c = 'a'
		default:
			continue
		}
		b = append(b, c)
		if r == 'œ' || r == 'Œ' || r == 'æ' || r == 'Æ' {
			b = append(b, c)
		}
	}
	return string(b)
}

// EditDistance is the Levenshtein distance between two sequences: the fewest insertions, deletions and
// substitutions of elements that turn a into b. Compare runes for names, words for sentences.
func EditDistance[T comparable](a, b []T) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
