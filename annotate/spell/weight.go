package spell

import "strings"

// The costs of the edits that turn a misspelling into a suggestion, in quarters of an edit: the slips
// people make most cost less, so that of two words an edit away the likelier one comes first
// ("realy": really, a letter not doubled, before relay, two letters swapped).
const (
	costEdit   = 4 // an insertion, a deletion or a substitution of any letter
	costSwap   = 3 // two adjacent letters swapped ("teh")
	costNear   = 3 // a vowel for another ("seperate"), a key for its neighbour ("pwople"), a letter for one of the same sound ("c", "s")
	costSilent = 3 // a silent h left out or added ("wich")
	costDouble = 2 // a letter doubled or not ("realy", "accross"), an apostrophe or a hyphen left out or added ("Im", "wasnt")
)

// qwerty is where each letter lies on a QWERTY keyboard: its row and its place along the rows, which
// are staggered.
var qwerty = func() map[rune][2]float64 {
	m := map[rune][2]float64{}
	for row, keys := range []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		for col, k := range keys {
			m[k] = [2]float64{float64(row), float64(col) + []float64{0, 0.25, 0.75}[row]}
		}
	}
	return m
}()

// adjacentKeys reports whether a and b are neighbouring keys of a QWERTY keyboard.
func adjacentKeys(a, b rune) bool {
	ka, oka := qwerty[a]
	kb, okb := qwerty[b]
	if !oka || !okb || a == b {
		return false
	}
	dr, dx := ka[0]-kb[0], ka[1]-kb[1]
	if dr == 0 {
		return dx == 1 || dx == -1
	}
	return (dr == 1 || dr == -1) && dx <= 1 && dx >= -1
}

// sounds are the pairs of letters that can stand for one sound.
var sounds = map[[2]rune]bool{{'c', 's'}: true, {'c', 'k'}: true, {'s', 'z'}: true, {'i', 'y'}: true, {'g', 'j'}: true}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// nearLetters[a][b] tells whether the ASCII letters a and b are near: two vowels, neighbouring keys,
// or letters of one sound.
var nearLetters = func() (t [128][128]bool) {
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			t[a][b] = a != b && (isVowel(a) && isVowel(b) || adjacentKeys(a, b) || sounds[[2]rune{a, b}] || sounds[[2]rune{b, a}])
		}
	}
	return t
}()

// substCost is the cost of writing a where b is meant.
func substCost(a, b rune) int {
	switch {
	case a == b:
		return 0
	case a < 128 && b < 128 && nearLetters[a][b]:
		return costNear
	}
	return costEdit
}

// indelCost is the cost of leaving out (or adding) s[k], given its neighbours in s.
func indelCost(s []rune, k int) int {
	r := s[k]
	switch {
	case r == '\'' || r == '-':
		return costDouble
	case k > 0 && s[k-1] == r, k+1 < len(s) && s[k+1] == r:
		return costDouble
	case r == 'h' && k > 0 && strings.ContainsRune("cgpstw", s[k-1]):
		return costSilent
	}
	return costEdit
}

// weightedDistance is the cheapest way, in the costs above, of turning the misspelling a into b by
// insertions, deletions, substitutions and swaps of adjacent letters (the optimal string alignment).
func weightedDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + indelCost(b, j-1)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + indelCost(a, i-1)
		for j := 1; j <= len(b); j++ {
			v := min(prev[j]+indelCost(a, i-1), cur[j-1]+indelCost(b, j-1), prev[j-1]+substCost(a[i-1], b[j-1]))
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] && a[i-1] != a[i-2] {
				v = min(v, prev2[j-2]+costSwap)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
