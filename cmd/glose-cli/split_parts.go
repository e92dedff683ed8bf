package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// splitNames are the parts of a split, in the order --ratio gives their shares: two make train and
// dev (train --dev's), three train, dev and test.
var splitNames = []string{"train", "dev", "test"}

// parseRatio reads --ratio: two or three shares, comma-separated, in any unit (80,10,10 or
// 0.8,0.1,0.1), none negative, not all zero.
func parseRatio(s string) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts) > 3 {
		return nil, usageError("--ratio %q: give two or three shares, comma-separated: train,dev or train,dev,test (80,10,10)", s)
	}
	var out []float64
	sum := 0.0
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, usageError("--ratio %q: the %s share %q is not a number of 0 or more", s, splitNames[i], p)
		}
		out = append(out, v)
		sum += v
	}
	if sum == 0 {
		return nil, usageError("--ratio %q: every share is 0", s)
	}
	return out, nil
}

// splitGroup is documents that go into one part together: those of one --group-by value, and those of
// one text (a document given twice would otherwise be trained on and scored on).
type splitGroup struct {
	key  string // what orders it: its --group-by value, else its text's key
	docs []int  // its documents, by place in the corpus
}

// groupDocs puts docs into groups: by the value of key (see splitDoc.groupValue; "file" is the input
// file; "" each document alone), and documents of the same text (textKey) together. missing counts the
// documents without a value of key, each then alone.
func groupDocs(docs []splitDoc, key string) (groups []splitGroup, missing int, err error) {
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	keys := make([]string, len(docs))
	first := map[string]int{}
	join := func(i int, k string) {
		if j, ok := first[k]; ok {
			parent[find(i)] = find(j)
		} else {
			first[k] = i
		}
	}
	for i, d := range docs {
		text := textKey(d.doc.Text)
		keys[i] = text
		join(i, "text\x00"+text)
		v, ok := d.file, true
		switch key {
		case "":
			continue
		case "file":
		default:
			if v, ok, err = d.groupValue(key); err != nil {
				return nil, 0, err
			}
		}
		if !ok {
			missing++
			continue
		}
		keys[i] = "group\x00" + v
		join(i, keys[i])
	}
	at := map[int]int{}
	for i := range docs {
		r := find(i)
		g, ok := at[r]
		if !ok {
			g = len(groups)
			at[r] = g
			groups = append(groups, splitGroup{key: keys[i]})
		}
		groups[g].docs = append(groups[g].docs, i)
	}
	return groups, missing, nil
}

// shuffleGroups orders groups by a hash of the seed and their key: the same corpus and seed give the
// same split whatever the order of the files and lines, and a document added later moves at most the
// documents at the edges of the parts.
func shuffleGroups(groups []splitGroup, seed uint64) {
	rank := func(g splitGroup) uint64 {
		h := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%s", seed, g.key)))
		return binary.BigEndian.Uint64(h[:8])
	}
	slices.SortStableFunc(groups, func(a, b splitGroup) int {
		ra, rb := rank(a), rank(b)
		switch {
		case ra < rb:
			return -1
		case ra > rb:
			return 1
		}
		return a.docs[0] - b.docs[0]
	})
}

// cutGroups deals the ordered groups into len(ratio) parts, cutting where the number of documents
// before each cut comes nearest to its share of the total (the earlier cut on a tie); it returns the
// documents of each part, by place in the corpus, in the corpus's order.
func cutGroups(groups []splitGroup, ratio []float64, total int) [][]int {
	sum := 0.0
	for _, r := range ratio {
		sum += r
	}
	parts := make([][]int, len(ratio))
	g, count, share := 0, 0, 0.0
	for p := range ratio {
		share += ratio[p]
		target := float64(total) * share / sum
		if p == len(ratio)-1 {
			target = float64(total)
		}
		for g < len(groups) && math.Abs(float64(count+len(groups[g].docs))-target) < math.Abs(float64(count)-target) {
			parts[p] = append(parts[p], groups[g].docs...)
			count += len(groups[g].docs)
			g++
		}
		slices.Sort(parts[p])
	}
	return parts
}
