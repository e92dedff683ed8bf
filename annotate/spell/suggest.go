package spell

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDistance is the largest edit distance of a suggestion from the word it corrects.
const MaxDistance = 2

// deleteIndex finds the words near a word without comparing it with every word: each word is filed
// under itself and under each string one deletion away (a hash of it), and a word is looked up under
// itself and the strings one and two deletions away. Two words an edit or two apart (an insertion, a
// deletion, a substitution, two adjacent letters swapped, or two such edits where one is a deletion
// or an insertion) share one of those strings; the true distance of each candidate is then computed.
// Two substitutions in one word are not found, a price the index's size (some 800,000 entries, 12
// bytes each, for the 75,000 words) pays for.
type deleteIndex struct {
	keys  []uint64 // sorted
	ids   []int32  // ids[i] is the word filed under keys[i]
	lower [][]rune // the words in lower case
}

func (d *Dictionary) deletes() *deleteIndex {
	d.once.Do(func() {
		type entry struct {
			key uint64
			id  int32
		}
		ix := &deleteIndex{lower: make([][]rune, len(d.list))}
		var es []entry
		for i, w := range d.list {
			lw := []rune(strings.ToLower(w))
			ix.lower[i] = lw
			es = append(es, entry{hashRunes(lw, -1), int32(i)})
			for k := range lw {
				es = append(es, entry{hashRunes(lw, k), int32(i)})
			}
		}
		slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
		ix.keys, ix.ids = make([]uint64, len(es)), make([]int32, len(es))
		for i, e := range es {
			ix.keys[i], ix.ids[i] = e.key, e.id
		}
		d.index = ix
	})
	return d.index
}

// hashRunes hashes rs without its rune at skip (none when skip < 0).
func hashRunes(rs []rune, skip int) uint64 {
	h := fnv.New64a()
	var b [4]byte
	for i, r := range rs {
		if i != skip {
			n := utf8.EncodeRune(b[:], r)
			h.Write(b[:n])
		}
	}
	return h.Sum64()
}

// Suggest returns up to n words of the checker's dictionaries that word may be a misspelling of, the
// nearest first (edit distance, counting a swap of two adjacent letters as one edit; then those in
// the word's case, those starting with its letter, those of its length), in the word's case:
// "Recieve" gives "Receive", "PARIS" from "Paris" stays in capitals.
func (c *Checker) Suggest(word string, n int) []string {
	q := []rune(strings.ToLower(normalize(word)))
	if len(q) == 0 || n <= 0 {
		return nil
	}
	type cand struct {
		word       string
		dist, rank int
	}
	var cands []cand
	seen := map[string]bool{}
	for _, d := range c.dicts {
		ix := d.deletes()
		for _, id := range ix.near(q) {
			w := d.list[id]
			if seen[w] {
				continue
			}
			seen[w] = true
			if dist := distance(q, ix.lower[id], MaxDistance); dist <= MaxDistance {
				cands = append(cands, cand{w, dist, rank(word, w, len(q), len(ix.lower[id]))})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.rank, b.rank), strings.Compare(a.word, b.word))
	})
	var out []string
	for _, cd := range cands {
		s := inCaseOf(word, cd.word)
		if s != word && !slices.Contains(out, s) {
			out = append(out, s)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// near returns the ids of the words filed under q or a string up to two deletions from it.
func (ix *deleteIndex) near(q []rune) []int32 {
	keys := map[uint64]bool{hashRunes(q, -1): true}
	for i := range q {
		one := slices.Delete(slices.Clone(q), i, i+1)
		keys[hashRunes(one, -1)] = true
		for j := range one {
			keys[hashRunes(one, j)] = true
		}
	}
	var ids []int32
	for k := range keys {
		i, _ := slices.BinarySearch(ix.keys, k)
		for ; i < len(ix.keys) && ix.keys[i] == k; i++ {
			ids = append(ids, ix.ids[i])
		}
	}
	return ids
}

// rank orders candidates of one distance: those with the word's letters (two swapped, the commonest
// typing slip), then those whose case fits the word (no capitalised name for a lower-case word), then
// those starting with its letter, then those of its length.
func rank(word, cand string, wl, cl int) int {
	r := 0
	if !sameLetters(word, cand) {
		r += 8
	}
	wr, _ := utf8.DecodeRuneInString(word)
	cr, _ := utf8.DecodeRuneInString(cand)
	if unicode.IsUpper(cr) && !unicode.IsUpper(wr) {
		r += 4
	}
	if unicode.ToLower(wr) != unicode.ToLower(cr) {
		r += 2
	}
	if wl != cl {
		r++
	}
	return r
}

// sameLetters reports whether a and b hold the same letters, in any order and case.
func sameLetters(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

// inCaseOf writes a suggestion as word is written: in capitals, or capitalised.
func inCaseOf(word, sugg string) string {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, word)
	if utf8.RuneCountInString(letters) > 1 && letters == strings.ToUpper(letters) {
		return strings.ToUpper(sugg)
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		return title(sugg)
	}
	return sugg
}

// distance is the optimal string alignment distance of a and b (insertions, deletions,
// substitutions, swaps of adjacent runes), or max+1 when it is more than max.
func distance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}
