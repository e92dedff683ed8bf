package ner

import (
	"math"
	"slices"
	"strconv"
)

// Distributional word clusters: every word seen often enough in the training text is described by
// the counts of its left and right neighbours among the most frequent words, and k-means (cosine)
// groups these vectors twice, into k fine and k/8 coarse clusters. A word's cluster string is
// "coarse.fine"; unseen words have none. This is a cheap stand-in for Brown clusters.
const (
	clusterMinFreq  = 3
	clusterContexts = 400
	clusterIters    = 12
)

type sparseVec struct {
	idx []int32
	val []float64
}

// buildClusters learns clusters from the texts of exs; k is the number of fine clusters.
func buildClusters(exs []Example, k int) map[string]string {
	var docs [][]string
	freq := map[string]int{}
	for _, ex := range exs {
		toks := tokenize(ex.Text)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = foldString(ex.Text[t.start:t.end])
			freq[words[i]]++
		}
		docs = append(docs, words)
	}
	var vocab []string
	for w, c := range freq {
		if c >= clusterMinFreq {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return compareStrings(a, b)
	})
	if len(vocab) < 2*k {
		return nil
	}
	vecs := contextVectors(docs, vocab)
	fine := kmeans(vecs, k)
	coarse := kmeans(vecs, max(2, k/8))
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		out[w] = strconv.Itoa(coarse[i]) + "." + strconv.Itoa(fine[i])
	}
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// contextVectors counts, for each vocabulary word, its left and right neighbours among the most
// frequent words, then scales counts by sqrt and normalises each vector to unit length.
func contextVectors(docs [][]string, vocab []string) []sparseVec {
	id := make(map[string]int, len(vocab))
	for i, w := range vocab {
		id[w] = i
	}
	counts := contextCounts(docs, id, len(vocab))
	vecs := make([]sparseVec, len(vocab))
	for i, m := range counts {
		vecs[i] = contextUnitVector(m)
	}
	return vecs
}

// contextCounts counts, for each of the n vocabulary words (numbered by id), the context words on its
// left (dimensions 0..nctx) and on its right (nctx..2·nctx), the contexts being the nctx most frequent
// words.
func contextCounts(docs [][]string, id map[string]int, n int) []map[int32]float64 {
	nctx := min(clusterContexts, n)
	counts := make([]map[int32]float64, n)
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	for _, words := range docs {
		for i, w := range words {
			wi, ok := id[w]
			if !ok {
				continue
			}
			if c, ok := contextID(words, i-1, id, nctx); ok {
				counts[wi][int32(c)]++
			}
			if c, ok := contextID(words, i+1, id, nctx); ok {
				counts[wi][int32(nctx+c)]++
			}
		}
	}
	return counts
}

// contextID gives the number of words[i] when i is within words and the word is one of the nctx
// context words.
func contextID(words []string, i int, id map[string]int, nctx int) (int, bool) {
	if i < 0 || i >= len(words) {
		return 0, false
	}
	c, ok := id[words[i]]
	return c, ok && c < nctx
}

// contextUnitVector turns a word's context counts into a sparse vector of their square roots,
// scaled to unit length, so that frequent words do not outweigh rare ones in the clustering.
func contextUnitVector(m map[int32]float64) sparseVec {
	var v sparseVec
	for c := range m {
		v.idx = append(v.idx, c)
	}
	slices.Sort(v.idx)
	norm := 0.0
	for _, c := range v.idx {
		x := math.Sqrt(m[c])
		v.val = append(v.val, x)
		norm += x * x
	}
	for j := range v.val {
		v.val[j] /= math.Sqrt(max(norm, 1e-12))
	}
	return v
}

// kmeans clusters unit vectors by cosine similarity, starting from evenly spaced words of the
// frequency-sorted vocabulary, and returns each vector's cluster.
func kmeans(vecs []sparseVec, k int) []int {
	dim := 0
	for _, v := range vecs {
		for _, c := range v.idx {
			dim = max(dim, int(c)+1)
		}
	}
	cent := make([][]float64, k)
	for j := range cent {
		cent[j] = make([]float64, dim)
		v := vecs[j*len(vecs)/k]
		for n, c := range v.idx {
			cent[j][c] = v.val[n]
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < clusterIters; it++ {
		for i, v := range vecs {
			best, arg := math.Inf(-1), 0
			for j, c := range cent {
				s := 0.0
				for n, d := range v.idx {
					s += c[d] * v.val[n]
				}
				if s > best {
					best, arg = s, j
				}
			}
			assign[i] = arg
		}
		recentre(cent, vecs, assign)
	}
	return assign
}

// recentre sets each centroid to the normalised mean of its members (unchanged when empty).
func recentre(cent [][]float64, vecs []sparseVec, assign []int) {
	sums := make([][]float64, len(cent))
	for j := range sums {
		sums[j] = make([]float64, len(cent[j]))
	}
	for i, v := range vecs {
		for n, d := range v.idx {
			sums[assign[i]][d] += v.val[n]
		}
	}
	for j, s := range sums {
		norm := 0.0
		for _, x := range s {
			norm += x * x
		}
		if norm > 0 {
			for d := range s {
				s[d] /= math.Sqrt(norm)
			}
			cent[j] = s
		}
	}
}
