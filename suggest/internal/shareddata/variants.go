package shareddata

import (
	"math/rand/v2"
	"strings"

	"github.com/glose-app/glose/suggest/token"
)

// Variator makes near-duplicates of sentences, as a translation memory grown over years holds
// them: words replaced by words drawn from a whole sample. Its draws are seeded, so that a
// benchmark's memory is the same from run to run.
type Variator struct {
	rng   *rand.Rand
	vocab []string // the sample's French words, each as often as it occurs
}

// NewVariator draws words from the French of pairs.
func NewVariator(pairs []Pair) *Variator {
	v := &Variator{rng: rand.New(rand.NewPCG(1, 2))}
	for _, p := range pairs {
		for _, t := range token.Tokenize(p.FR) {
			if t.Kind == token.Word {
				v.vocab = append(v.vocab, t.Text)
			}
		}
	}
	return v
}

// Vary returns s with k of its space-separated words replaced (a word may be drawn twice).
func (v *Variator) Vary(s string, k int) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return s
	}
	for range k {
		words[v.rng.IntN(len(words))] = v.vocab[v.rng.IntN(len(v.vocab))]
	}
	return strings.Join(words, " ")
}

// Pick returns one of pairs at random.
func (v *Variator) Pick(pairs []Pair) Pair { return pairs[v.rng.IntN(len(pairs))] }

// Variants returns n pairs: pairs as they are, then copies of them, round after round, each
// with one to three words of its French replaced.
func (v *Variator) Variants(pairs []Pair, n int) []Pair {
	out := make([]Pair, 0, n)
	for i := 0; len(out) < n; i++ {
		p := pairs[i%len(pairs)]
		if i >= len(pairs) {
			p.FR = v.Vary(p.FR, 1+v.rng.IntN(3))
		}
		out = append(out, p)
	}
	return out
}
