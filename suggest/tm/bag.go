package tm

import (
	"slices"

	"github.com/glose-app/glose/suggest/token"
)

// bag is a sentence's folded words and numbers (analysis.folded) for upperBound, as numbers a
// Batch gives the words of the units it read, sorted: comparing them is cheaper than comparing
// strings, and a unit's bag costs a tokenisation, not a whole analysis.
type bag struct {
	keys []int32 // the numbers of the words a unit holds too, sorted
	n    int     // how many words in all
}

// upperBound is the highest Score q and m can have, cheaply: the score counts an edit at least for
// every folded word of the longer one that the other lacks.
func upperBound(q, m bag) float64 {
	n := max(q.n, m.n)
	if n == 0 {
		return 100
	}
	common := 0
	for i, j := 0, 0; i < len(q.keys) && j < len(m.keys); {
		switch {
		case q.keys[i] == m.keys[j]:
			common++
			i, j = i+1, j+1
		case q.keys[i] < m.keys[j]:
			i++
		default:
			j++
		}
	}
	return 100 * float64(common) / float64(n)
}

// unitBag returns the bag of a unit's folded words, numbering the new ones.
func (c *lookupCache) unitBag(folded []string) bag {
	keys := make([]int32, len(folded))
	for i, w := range folded {
		n, seen := c.words[w]
		if !seen {
			n = int32(len(c.words))
			c.words[w] = n
		}
		keys[i] = n
	}
	slices.Sort(keys)
	return bag{keys: keys, n: len(keys)}
}

// foldedWords returns the folded words and numbers of s, as analyse finds them.
func foldedWords(s string) []string {
	var out []string
	for _, t := range token.Tokenize(s) {
		if k, ok := foldedKey(t); ok {
			out = append(out, k)
		}
	}
	return out
}

// queryBag returns the bag of a query's folded words: a word no unit read holds has no number
// and cannot be common to any.
func (c *lookupCache) queryBag(folded []string) bag {
	keys := make([]int32, 0, len(folded))
	for _, w := range folded {
		if n, ok := c.words[w]; ok {
			keys = append(keys, n)
		}
	}
	slices.Sort(keys)
	return bag{keys: keys, n: len(folded)}
}

// foldedKey is a word's or number's key in analysis.folded; ok is false for punctuation.
func foldedKey(t token.Token) (string, bool) {
	switch t.Kind {
	case token.Number:
		return token.NumberKey(t.Text), true
	case token.Word:
		return token.Fold(t.Text), true
	}
	return "", false
}
